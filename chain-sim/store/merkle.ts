import * as nodeCrypto from "node:crypto";

type OneShotHash = (algorithm: string, data: Uint8Array, outputEncoding: "buffer") => Buffer;

// crypto.hash (Node >= 20.12) skips the Hash object that createHash allocates.
const oneShot: OneShotHash | undefined = typeof nodeCrypto.hash === "function" ? (nodeCrypto.hash as OneShotHash) : undefined;

/** Scratch space for concatenating multi-part inputs; safe to share because hashing is synchronous. */
let scratch = new Uint8Array(1024);

/**
 * Copies the digest into a fresh 32-byte array: V8 keeps typed arrays this small on its own heap,
 * while the Buffer node:crypto returns has an external backing store. The Merkle tries cache
 * hundreds of thousands of these, so on-heap hashes keep them compact and cheap for the GC.
 */
function digest(data: Uint8Array): Uint8Array {
  const out = oneShot ? oneShot("sha256", data, "buffer") : nodeCrypto.createHash("sha256").update(data).digest();
  const hash = new Uint8Array(32);
  hash.set(out);
  return hash;
}

/** SHA-256 of the concatenation of parts, as a plain Uint8Array (not a Buffer). */
export function sha256(...parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return digest(parts[0]);
  let total = 0;
  for (const part of parts) total += part.length;
  if (total > scratch.length) {
    if (total > 1 << 20) {
      const hasher = nodeCrypto.createHash("sha256");
      for (const part of parts) hasher.update(part);
      const hash = new Uint8Array(32);
      hash.set(hasher.digest());
      return hash;
    }
    scratch = new Uint8Array(Math.max(total, scratch.length * 2));
  }
  let offset = 0;
  for (const part of parts) {
    scratch.set(part, offset);
    offset += part.length;
  }
  return digest(scratch.subarray(0, total));
}

/** Writes value as an unsigned LEB128 varint (protobuf/Go uvarint) at offset; returns the offset after it. */
export function writeUvarint(target: Uint8Array, offset: number, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`uvarint: ${value} is not a non-negative safe integer`);
  while (value >= 0x80) {
    target[offset++] = (value % 0x80) | 0x80;
    value = Math.floor(value / 0x80);
  }
  target[offset++] = value;
  return offset;
}

/** Number of bytes writeUvarint uses for value. */
export function uvarintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    length++;
  }
  return length;
}

const LEAF_PREFIX = Uint8Array.of(0);
const INNER_PREFIX = Uint8Array.of(1);
const EMPTY_ROOT = sha256(new Uint8Array(0));

/**
 * CometBFT's simple Merkle tree (RFC 6962): leaves hashed as sha256(0x00 ‖ leaf), inner nodes as
 * sha256(0x01 ‖ left ‖ right), split at the largest power of two below n; empty list → sha256("").
 */
export function simpleMerkleRoot(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return EMPTY_ROOT.slice();
  return subtreeRoot(leaves, 0, leaves.length);
}

function subtreeRoot(leaves: readonly Uint8Array[], start: number, count: number): Uint8Array {
  if (count === 1) return sha256(LEAF_PREFIX, leaves[start]);
  const split = largestPowerOfTwoBelow(count);
  return sha256(INNER_PREFIX, subtreeRoot(leaves, start, split), subtreeRoot(leaves, start + split, count - split));
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
