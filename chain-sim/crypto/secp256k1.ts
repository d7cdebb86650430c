import { createHash } from "node:crypto";
import { createVerifyCore, DEFAULT_MAX_CACHED_KEYS } from "./verifyCore";

/** Bound of the main thread's KeyObject cache (each worker thread has its own of the same size). */
export const MAX_CACHED_PUBKEYS = DEFAULT_MAX_CACHED_KEYS;

const core = createVerifyCore(MAX_CACHED_PUBKEYS);

/** True iff `signature` is a 64-byte r‖s whose s is ≤ n/2 (n = secp256k1 group order), as Cosmos requires. */
export function isLowS(signature: Uint8Array): boolean {
  return core.isLowS(signature);
}

/**
 * Cosmos secp256k1 verification: `signature` is a 64-byte r‖s ECDSA signature over
 * sha256(signBytes) by the 33-byte compressed `pubkey`. Rejects high-S, r or s outside [1, n),
 * wrong lengths, keys not starting 0x02/0x03 and keys not on the curve. Returns false, never throws.
 * KeyObjects are cached per pubkey (LRU, {@link MAX_CACHED_PUBKEYS} entries; invalid keys too).
 */
export function verifySecp256k1(signBytes: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean {
  return core.verify(signBytes, signature, pubkey);
}

/** The 20-byte Cosmos account address of a compressed secp256k1 public key: ripemd160(sha256(pubkey)). */
export function pubkeyToAddressBytes(pubkey33: Uint8Array): Uint8Array {
  const sha = createHash("sha256").update(pubkey33).digest();
  return new Uint8Array(createHash("ripemd160").update(sha).digest());
}

/** Number of public keys in the main thread's KeyObject cache (for tests and diagnostics). */
export function cachedPubkeyCount(): number {
  return core.cachedKeys();
}
