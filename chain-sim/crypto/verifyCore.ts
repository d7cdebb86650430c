/**
 * The one implementation of secp256k1 signature verification, shared by the main thread
 * (secp256k1.ts) and the worker threads (verifierPool.ts).
 *
 * It is kept as plain JavaScript source text rather than a TypeScript function serialised with
 * `.toString()`: a transpiled or coverage-instrumented function can reference helpers outside its
 * own body (e.g. `cov_xxx()` counters under `jest --coverage`), which would break inside a worker.
 * The text is evaluated once per thread: with `new Function` on the main thread, and as part of
 * the `eval: true` worker source in the pool. It only uses globals available in both places
 * (`Buffer`, `BigInt`, `Map`) plus the `node:crypto` module it is given.
 */
import * as nodeCrypto from "node:crypto";

/** Verification functions produced by {@link VERIFY_CORE_SOURCE}. */
export interface VerifyCore {
  /** ECDSA/secp256k1 over sha256(signBytes), 64-byte r‖s, low-S required; false (never throws) on any bad input. */
  verify(signBytes: Uint8Array, signature: Uint8Array, pubkey: Uint8Array): boolean;
  /** True iff the signature is 64 bytes and its s (bytes 32..63, big-endian) is ≤ n/2. */
  isLowS(signature: Uint8Array): boolean;
  /** Verifies `count` checks packed by {@link packChecks} into `buffer`; returns one 0/1 byte per check. */
  verifyPacked(buffer: ArrayBuffer, count: number): Uint8Array;
  /** Number of public keys (valid or invalid) currently cached. */
  cachedKeys(): number;
  /** Whether this pubkey is in the cache (does not touch its recency). */
  isCached(pubkey: Uint8Array): boolean;
}

type VerifyCoreFactory = (crypto: typeof nodeCrypto, maxCachedKeys: number) => VerifyCore;

/**
 * JavaScript source of a function expression `(crypto, maxCachedKeys) => VerifyCore`.
 *
 * Packed batch layout (see {@link packChecks}): a Uint32 table of 6 entries per check
 * (signBytes offset, length, signature offset, length, pubkey offset, length; offsets relative to
 * the start of the buffer, host byte order as written by a Uint32Array), followed by the
 * concatenated bytes. A length of 0xffffffff marks a field that was not a Uint8Array (rejected).
 */
export const VERIFY_CORE_SOURCE = String.raw`(function createSecp256k1Verifier(crypto, maxCachedKeys) {
  "use strict";
  // secp256k1 group order n and floor(n / 2), big-endian.
  var N = Buffer.from("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", "hex");
  var HALF_N = Buffer.from("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0", "hex");
  var SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
  // Cache of pubkey (hex) -> KeyObject, or null for a key that is not a point on the curve.
  // It is an LRU in two generations: keys are stored in "young" when first seen or used again
  // from "old"; when young reaches half the bound it becomes old and the previous old
  // generation is dropped. So at most maxCachedKeys keys are held, the ceil(maxCachedKeys / 2)
  // keys used last are always kept, and a hit in young costs one Map lookup. A single Map
  // refreshed with delete + set on every hit is slow when the same key is re-inserted again and
  // again: about 25 us a call with 10,000 entries on Node 20, some 7% of a verification.
  var generation = Math.ceil(maxCachedKeys / 2);
  var young = new Map();
  var old = new Map();
  // Length recorded by packChecks for a field that is not a Uint8Array.
  var ABSENT = 0xffffffff;

  // Compares the 32 big-endian bytes at bytes[offset..offset+32) with ref: -1, 0 or 1.
  function compare32(bytes, offset, ref) {
    for (var i = 0; i < 32; i++) {
      var a = bytes[offset + i], b = ref[i];
      if (a !== b) return a < b ? -1 : 1;
    }
    return 0;
  }

  function isZero32(bytes, offset) {
    for (var i = 0; i < 32; i++) if (bytes[offset + i] !== 0) return false;
    return true;
  }

  function isBytes(value) {
    return value instanceof Uint8Array;
  }

  function isLowS(signature) {
    return isBytes(signature) && signature.length === 64 && compare32(signature, 32, HALF_N) <= 0;
  }

  function cacheId(pubkey) {
    return Buffer.from(pubkey.buffer, pubkey.byteOffset, pubkey.byteLength).toString("hex");
  }

  function remember(id, keyObject) {
    young.set(id, keyObject);
    if (young.size >= generation) {
      old = young;
      young = new Map();
    }
  }

  function keyObjectFor(pubkey) {
    var id = cacheId(pubkey);
    var cached = young.get(id);
    if (cached !== undefined) return cached;
    cached = old.get(id);
    if (cached !== undefined) {
      old.delete(id);
      remember(id, cached);
      return cached;
    }
    var keyObject = null;
    try {
      keyObject = crypto.createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pubkey]), format: "der", type: "spki" });
    } catch (e) {
      keyObject = null; // not a point on the curve (or x >= p)
    }
    remember(id, keyObject);
    return keyObject;
  }

  function verify(signBytes, signature, pubkey) {
    try {
      if (!isBytes(signBytes) || !isBytes(signature) || !isBytes(pubkey)) return false;
      if (signature.length !== 64 || pubkey.length !== 33) return false;
      if (pubkey[0] !== 0x02 && pubkey[0] !== 0x03) return false;
      if (isZero32(signature, 0) || compare32(signature, 0, N) >= 0) return false; // r in [1, n)
      if (isZero32(signature, 32) || compare32(signature, 32, HALF_N) > 0) return false; // s in [1, n/2]
      var keyObject = keyObjectFor(pubkey);
      if (keyObject === null) return false;
      return crypto.verify("sha256", signBytes, { key: keyObject, dsaEncoding: "ieee-p1363" }, signature) === true;
    } catch (e) {
      return false;
    }
  }

  function verifyPacked(buffer, count) {
    var results = new Uint8Array(count);
    var table = new Uint32Array(buffer, 0, count * 6);
    for (var i = 0; i < count; i++) {
      var t = i * 6;
      if (table[t + 1] === ABSENT || table[t + 3] === ABSENT || table[t + 5] === ABSENT) continue; // not a Uint8Array: 0
      var signBytes = new Uint8Array(buffer, table[t], table[t + 1]);
      var signature = new Uint8Array(buffer, table[t + 2], table[t + 3]);
      var pubkey = new Uint8Array(buffer, table[t + 4], table[t + 5]);
      results[i] = verify(signBytes, signature, pubkey) ? 1 : 0;
    }
    return results;
  }

  return {
    verify: verify,
    isLowS: isLowS,
    verifyPacked: verifyPacked,
    cachedKeys: function () { return young.size + old.size; },
    isCached: function (pubkey) { return isBytes(pubkey) && (young.has(cacheId(pubkey)) || old.has(cacheId(pubkey))); },
  };
})`;

/** Default bound of the per-thread KeyObject cache. */
export const DEFAULT_MAX_CACHED_KEYS = 10_000;

/** Evaluates {@link VERIFY_CORE_SOURCE} on the current thread. */
export function createVerifyCore(maxCachedKeys: number = DEFAULT_MAX_CACHED_KEYS): VerifyCore {
  if (!Number.isInteger(maxCachedKeys) || maxCachedKeys < 1) throw new RangeError(`maxCachedKeys must be a positive integer, got ${maxCachedKeys}`);
  const factory = new Function(`return ${VERIFY_CORE_SOURCE};`)() as VerifyCoreFactory;
  return factory(nodeCrypto, maxCachedKeys);
}

const ABSENT_FIELD = 0xffffffff;

/** The minimal shape of a check that {@link packChecks} needs. */
export interface PackableCheck {
  readonly signBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly pubkey: Uint8Array;
}

function byteLength(value: unknown): number {
  return value instanceof Uint8Array ? value.length : 0;
}

/**
 * Packs checks[start, end) into one ArrayBuffer (layout documented on {@link VERIFY_CORE_SOURCE}),
 * so that a chunk crosses to a worker as a single transferable buffer. A field that is not a
 * Uint8Array is marked absent, so the check is rejected just as verify() rejects the original.
 */
export function packChecks(checks: readonly PackableCheck[], start: number = 0, end: number = checks.length): ArrayBuffer {
  const count = end - start;
  const tableBytes = count * 6 * 4;
  let total = tableBytes;
  for (let i = start; i < end; i++) {
    const check = checks[i];
    total += byteLength(check?.signBytes) + byteLength(check?.signature) + byteLength(check?.pubkey);
  }
  const buffer = new ArrayBuffer(total);
  const table = new Uint32Array(buffer, 0, count * 6);
  const bytes = new Uint8Array(buffer);
  let offset = tableBytes;
  const put = (slot: number, value: unknown): void => {
    table[slot] = offset;
    if (value instanceof Uint8Array) {
      bytes.set(value, offset);
      table[slot + 1] = value.length;
      offset += value.length;
    } else {
      table[slot + 1] = ABSENT_FIELD;
    }
  };
  for (let i = 0; i < count; i++) {
    const check = checks[start + i];
    put(i * 6, check?.signBytes);
    put(i * 6 + 2, check?.signature);
    put(i * 6 + 4, check?.pubkey);
  }
  return buffer;
}
