import { verify as nodeVerify, createPublicKey } from "node:crypto";
import { Secp256k1, Sha256, Ripemd160 } from "@cosmjs/crypto";
import fc from "fast-check";
import { cachedPubkeyCount, isLowS, pubkeyToAddressBytes, verifySecp256k1 } from "./secp256k1";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const P = 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn;
const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");

function toBytes32(value: bigint): Uint8Array {
  return Uint8Array.from(Buffer.from(value.toString(16).padStart(64, "0"), "hex"));
}

function toBigInt(bytes: Uint8Array): bigint {
  return BigInt(`0x${Buffer.from(bytes).toString("hex") || "0"}`);
}

function withS(signature: Uint8Array, s: bigint): Uint8Array {
  const out = Uint8Array.from(signature);
  out.set(toBytes32(s), 32);
  return out;
}

function withR(signature: Uint8Array, r: bigint): Uint8Array {
  const out = Uint8Array.from(signature);
  out.set(toBytes32(r), 0);
  return out;
}

function flipBit(bytes: Uint8Array, bit: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[bit >> 3] ^= 1 << (bit & 7);
  return out;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

interface Fixture {
  readonly signBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly pubkey: Uint8Array;
}

/** A CosmJS-signed ~200-byte sign doc: CosmJS signs a 32-byte hash, so it signs sha256(signBytes). */
function cosmjsFixture(seed: number): Fixture {
  const privkey = new Sha256(Uint8Array.of(seed & 0xff, seed >> 8, 0x5e)).digest();
  const keypair = Secp256k1.makeKeypair(privkey);
  const pubkey = Secp256k1.compressPubkey(keypair.pubkey);
  const signBytes = Uint8Array.from({ length: 200 }, (_, i) => (i * 31 + seed * 7) & 0xff);
  const signature = Secp256k1.trimRecoveryByte(Secp256k1.createSignature(new Sha256(signBytes).digest(), privkey).toFixedLength());
  return { signBytes, signature, pubkey };
}

const fixtures = Array.from({ length: 8 }, (_, i) => cosmjsFixture(i + 1));
const valid = fixtures[0];

describe("verifySecp256k1", () => {
  it("accepts CosmJS-produced signatures over sha256(signBytes)", () => {
    for (const f of fixtures) {
      expect(f.signature).toHaveLength(64);
      expect(f.pubkey).toHaveLength(33);
      expect(isLowS(f.signature)).toBe(true);
      expect(verifySecp256k1(f.signBytes, f.signature, f.pubkey)).toBe(true);
    }
  });

  it("accepts Buffers and views at non-zero offsets", () => {
    const backing = new Uint8Array(7 + 33 + 64 + valid.signBytes.length);
    backing.set(valid.pubkey, 7);
    backing.set(valid.signature, 40);
    backing.set(valid.signBytes, 104);
    expect(verifySecp256k1(backing.subarray(104), backing.subarray(40, 104), backing.subarray(7, 40))).toBe(true);
    expect(verifySecp256k1(Buffer.from(valid.signBytes), Buffer.from(valid.signature), Buffer.from(valid.pubkey))).toBe(true);
  });

  it("rejects the high-S twin of a valid signature, which plain ECDSA accepts", () => {
    const s = toBigInt(valid.signature.subarray(32));
    const highS = withS(valid.signature, N - s);
    expect(isLowS(highS)).toBe(false);
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, valid.pubkey]), format: "der", type: "spki" });
    expect(nodeVerify("sha256", valid.signBytes, { key, dsaEncoding: "ieee-p1363" }, highS)).toBe(true);
    expect(verifySecp256k1(valid.signBytes, highS, valid.pubkey)).toBe(false);
  });

  it("rejects a flipped bit anywhere in signBytes, signature or pubkey", () => {
    for (let bit = 0; bit < valid.signBytes.length * 8; bit += 13) {
      expect(verifySecp256k1(flipBit(valid.signBytes, bit), valid.signature, valid.pubkey)).toBe(false);
    }
    for (let bit = 0; bit < 64 * 8; bit++) {
      expect(verifySecp256k1(valid.signBytes, flipBit(valid.signature, bit), valid.pubkey)).toBe(false);
    }
    for (let bit = 0; bit < 33 * 8; bit++) {
      expect(verifySecp256k1(valid.signBytes, valid.signature, flipBit(valid.pubkey, bit))).toBe(false);
    }
  });

  it("rejects someone else's key and someone else's signature", () => {
    const other = fixtures[1];
    expect(verifySecp256k1(valid.signBytes, valid.signature, other.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, other.signature, valid.pubkey)).toBe(false);
  });

  it("rejects r or s equal to 0 or at least n", () => {
    expect(verifySecp256k1(valid.signBytes, withR(valid.signature, 0n), valid.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, withR(valid.signature, N), valid.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, withR(valid.signature, N + 1n), valid.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, withR(valid.signature, 2n ** 256n - 1n), valid.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, withS(valid.signature, 0n), valid.pubkey)).toBe(false);
    expect(verifySecp256k1(valid.signBytes, withS(valid.signature, N), valid.pubkey)).toBe(false);
  });

  it("rejects wrong lengths and bad pubkey prefixes", () => {
    const { signBytes, signature, pubkey } = valid;
    expect(verifySecp256k1(signBytes, signature.subarray(0, 63), pubkey)).toBe(false);
    expect(verifySecp256k1(signBytes, Uint8Array.from([...signature, 0]), pubkey)).toBe(false);
    expect(verifySecp256k1(signBytes, Secp256k1.createSignature(new Sha256(signBytes).digest(), new Sha256(Uint8Array.of(1, 0, 0x5e)).digest()).toFixedLength(), pubkey)).toBe(false);
    expect(verifySecp256k1(signBytes, signature, pubkey.subarray(0, 32))).toBe(false);
    expect(verifySecp256k1(signBytes, signature, Uint8Array.from([...pubkey, 0]))).toBe(false);
    for (const prefix of [0x00, 0x01, 0x04, 0x05, 0x06, 0x07, 0xff]) {
      const bad = Uint8Array.from(pubkey);
      bad[0] = prefix;
      expect(verifySecp256k1(signBytes, signature, bad)).toBe(false);
    }
    // The same key uncompressed (65 bytes) is not accepted either: Cosmos keys are compressed.
    const uncompressed = Secp256k1.uncompressPubkey(pubkey);
    expect(verifySecp256k1(signBytes, signature, uncompressed)).toBe(false);
  });

  it("rejects pubkeys whose x is not on the curve or not below p, and caches them as invalid", () => {
    // Find an x with x^3 + 7 a non-residue mod p: no point has that x.
    let x = 1n;
    while (modPow((x ** 3n + 7n) % P, (P - 1n) / 2n, P) === 1n) x++;
    for (const badX of [x, P, P + 1n, 2n ** 256n - 1n, 0n]) {
      const pubkey = Uint8Array.from([0x02, ...toBytes32(badX)]);
      const before = cachedPubkeyCount();
      expect(verifySecp256k1(valid.signBytes, valid.signature, pubkey)).toBe(false);
      const after = cachedPubkeyCount();
      expect(after).toBeLessThanOrEqual(before + 1);
      expect(verifySecp256k1(valid.signBytes, valid.signature, pubkey)).toBe(false);
      expect(cachedPubkeyCount()).toBe(after);
    }
  });

  it("never throws on garbage", () => {
    const weird: unknown[] = [undefined, null, 0, "abc", {}, [], new Uint16Array(33), new ArrayBuffer(64), new DataView(new ArrayBuffer(64)), new Uint8Array(0)];
    const call = (a: unknown, b: unknown, c: unknown): boolean => verifySecp256k1(a as Uint8Array, b as Uint8Array, c as Uint8Array);
    for (const a of [valid.signBytes, ...weird]) {
      for (const b of [valid.signature, ...weird]) {
        for (const c of [valid.pubkey, ...weird]) {
          if (a === valid.signBytes && b === valid.signature && c === valid.pubkey) continue;
          expect(call(a, b, c)).toBe(false);
        }
      }
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ minLength: 60, maxLength: 68 }), fc.uint8Array({ minLength: 31, maxLength: 35 }), (m, s, k) => {
        expect(verifySecp256k1(m, s, k)).toBe(false);
        expect(typeof isLowS(s)).toBe("boolean");
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.constantFrom(0x02, 0x03), fc.uint8Array({ minLength: 32, maxLength: 32 }), (s, prefix, x) => {
        expect(verifySecp256k1(valid.signBytes, s, Uint8Array.from([prefix, ...x]))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe("isLowS", () => {
  const base = valid.signature;
  it("compares s with floor(n / 2)", () => {
    expect(isLowS(withS(base, N / 2n))).toBe(true);
    expect(isLowS(withS(base, N / 2n + 1n))).toBe(false);
    expect(isLowS(withS(base, N / 2n - 1n))).toBe(true);
    expect(isLowS(withS(base, 1n))).toBe(true);
    expect(isLowS(withS(base, N - 1n))).toBe(false);
    expect(isLowS(withS(base, 2n ** 256n - 1n))).toBe(false);
  });
  it("is false for anything that is not 64 bytes", () => {
    expect(isLowS(base.subarray(0, 63))).toBe(false);
    expect(isLowS(new Uint8Array(65))).toBe(false);
    expect(isLowS(undefined as unknown as Uint8Array)).toBe(false);
  });
  it("accepts exactly the low-S signatures", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 256n - 1n }), (s) => {
        expect(isLowS(withS(base, s))).toBe(s <= N / 2n);
      }),
    );
  });
});

describe("pubkeyToAddressBytes", () => {
  it("is ripemd160(sha256(pubkey)), as computed by CosmJS's own hash implementations", () => {
    for (const f of fixtures) {
      const address = pubkeyToAddressBytes(f.pubkey);
      expect(address).toBeInstanceOf(Uint8Array);
      expect(address).toHaveLength(20);
      expect(Buffer.from(address).toString("hex")).toBe(Buffer.from(new Ripemd160(new Sha256(f.pubkey).digest()).digest()).toString("hex"));
    }
  });
});
