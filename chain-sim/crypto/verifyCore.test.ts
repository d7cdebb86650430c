import { generateKeyPairSync, sign } from "node:crypto";
import { createVerifyCore, packChecks, type PackableCheck } from "./verifyCore";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** A node:crypto-signed check, normalised to low-S. */
function nodeCheck(message: string): PackableCheck {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "secp256k1" });
  const jwk = publicKey.export({ format: "jwk" });
  const x = Buffer.from(jwk.x ?? "", "base64url");
  const y = Buffer.from(jwk.y ?? "", "base64url");
  const pubkey = Uint8Array.from([y[31] & 1 ? 0x03 : 0x02, ...x]);
  const signBytes = new TextEncoder().encode(message);
  const signature = new Uint8Array(sign("sha256", signBytes, { key: privateKey, dsaEncoding: "ieee-p1363" }));
  const s = BigInt(`0x${Buffer.from(signature.subarray(32)).toString("hex")}`);
  if (s > N / 2n) signature.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
  return { signBytes, signature, pubkey };
}

describe("createVerifyCore", () => {
  it("verifies node:crypto signatures normalised to low-S", () => {
    const core = createVerifyCore(10);
    for (let i = 0; i < 5; i++) {
      const check = nodeCheck(`doc ${i}`);
      expect(core.verify(check.signBytes, check.signature, check.pubkey)).toBe(true);
    }
  });

  it("bounds its key cache and evicts the least recently used key", () => {
    const core = createVerifyCore(4);
    const [a, b, c] = [nodeCheck("a"), nodeCheck("b"), nodeCheck("c")];
    expect(core.verify(a.signBytes, a.signature, a.pubkey)).toBe(true);
    expect(core.verify(b.signBytes, b.signature, b.pubkey)).toBe(true);
    expect(core.verify(a.signBytes, a.signature, a.pubkey)).toBe(true); // a is now more recent than b
    expect(core.verify(c.signBytes, c.signature, c.pubkey)).toBe(true);
    expect(core.isCached(a.pubkey)).toBe(true);
    expect(core.isCached(b.pubkey)).toBe(false);
    expect(core.isCached(c.pubkey)).toBe(true);
    // An evicted key still verifies (it is simply re-imported).
    expect(core.verify(b.signBytes, b.signature, b.pubkey)).toBe(true);
    expect(core.isCached(b.pubkey)).toBe(true);
  });

  it("never holds more than its bound and always keeps the most recent half", () => {
    for (const bound of [1, 2, 3, 10, 11]) {
      const core = createVerifyCore(bound);
      const pubkeys = Array.from({ length: 40 }, (_, i) => Uint8Array.from([0x02, ...new Uint8Array(31), i + 1]));
      const used: Uint8Array[] = [];
      for (let step = 0; step < 200; step++) {
        // Mostly new keys, sometimes a recently used one again.
        const pubkey = step % 3 === 2 && used.length > 2 ? used[used.length - 2] : pubkeys[step % pubkeys.length];
        core.verify(new Uint8Array(1), new Uint8Array(64).fill(1), pubkey);
        used.push(pubkey);
        expect(core.cachedKeys()).toBeLessThanOrEqual(bound);
        const recent = new Set<Uint8Array>();
        for (let i = used.length - 1; i >= 0 && recent.size < Math.ceil(bound / 2); i--) recent.add(used[i]);
        for (const key of recent) expect(core.isCached(key)).toBe(true);
      }
    }
  });

  it("does not cache keys that fail the cheap checks", () => {
    const core = createVerifyCore(10);
    const check = nodeCheck("x");
    const bad = Uint8Array.from(check.pubkey);
    bad[0] = 0x04;
    expect(core.verify(check.signBytes, check.signature, bad)).toBe(false);
    expect(core.verify(check.signBytes, check.signature.subarray(1), check.pubkey)).toBe(false);
    expect(core.cachedKeys()).toBe(0);
  });

  it("rejects a non-positive cache size", () => {
    expect(() => createVerifyCore(0)).toThrow(RangeError);
    expect(() => createVerifyCore(1.5)).toThrow(RangeError);
  });
});

describe("packChecks / verifyPacked", () => {
  it("round-trips ranges of checks, including odd lengths and non-byte fields", () => {
    const core = createVerifyCore(10);
    const good = [nodeCheck("one"), nodeCheck("a somewhat longer sign doc"), nodeCheck("")];
    const checks: PackableCheck[] = [
      ...good,
      { ...good[0], signature: good[1].signature },
      { ...good[1], pubkey: good[1].pubkey.subarray(0, 32) },
      { ...good[2], signBytes: undefined as unknown as Uint8Array },
      { ...good[0], signature: "nope" as unknown as Uint8Array },
    ];
    const expected = checks.map((check) => (core.verify(check.signBytes, check.signature, check.pubkey) ? 1 : 0));
    expect(expected).toEqual([1, 1, 1, 0, 0, 0, 0]);
    for (let start = 0; start <= checks.length; start++) {
      for (let end = start; end <= checks.length; end++) {
        const buffer = packChecks(checks, start, end);
        expect(Array.from(core.verifyPacked(buffer, end - start))).toEqual(expected.slice(start, end));
      }
    }
  });
});
