import { createHash } from "node:crypto";
import { sha256, simpleMerkleRoot, uvarintLength, writeUvarint } from "./merkle";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const ref = (...parts: Uint8Array[]): Uint8Array => {
  const hasher = createHash("sha256");
  for (const part of parts) hasher.update(part);
  return new Uint8Array(hasher.digest());
};
const leaf = (bytes: Uint8Array): Uint8Array => ref(Uint8Array.of(0), bytes);
const inner = (left: Uint8Array, right: Uint8Array): Uint8Array => ref(Uint8Array.of(1), left, right);
const items = [1, 2, 3, 4, 5].map((i) => Uint8Array.of(i, i * 10));

describe("sha256", () => {
  it("hashes the concatenation of its parts and returns a plain Uint8Array", () => {
    const a = Uint8Array.of(1, 2, 3);
    const b = new Uint8Array(5000).fill(7);
    expect(hex(sha256(a, b, a))).toBe(hex(ref(a, b, a)));
    expect(hex(sha256(a))).toBe(hex(ref(a)));
    expect(hex(sha256())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const big = new Uint8Array(3 << 20).fill(9);
    expect(hex(sha256(big, a))).toBe(hex(ref(big, a)));
    const out = sha256(a);
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    expect(out.length).toBe(32);
  });
});

describe("simpleMerkleRoot", () => {
  it("hashes an empty list to sha256 of nothing", () => {
    expect(hex(simpleMerkleRoot([]))).toBe(hex(ref()));
  });

  it("follows the RFC 6962 structure for 1, 2, 3 and 5 leaves", () => {
    const [a, b, c, d, e] = items.map(leaf);
    expect(hex(simpleMerkleRoot(items.slice(0, 1)))).toBe(hex(a));
    expect(hex(simpleMerkleRoot(items.slice(0, 2)))).toBe(hex(inner(a, b)));
    expect(hex(simpleMerkleRoot(items.slice(0, 3)))).toBe(hex(inner(inner(a, b), c)));
    expect(hex(simpleMerkleRoot(items.slice(0, 5)))).toBe(hex(inner(inner(inner(a, b), inner(c, d)), e)));
  });

  it("matches CometBFT's crypto/merkle test vectors", () => {
    expect(hex(simpleMerkleRoot([new Uint8Array(0)]))).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    expect(hex(simpleMerkleRoot([Uint8Array.of(1, 2, 3)]))).toBe("054edec1d0211f624fed0cbca9d4f9400b0e491c43742af2c5b0abebf0c990d8");
    expect(hex(simpleMerkleRoot([Uint8Array.of(1, 2, 3), Uint8Array.of(4, 5, 6)]))).toBe(
      "82e6cfce00453804379b53962939eaa7906b39904be0813fcadd31b100773c4b",
    );
    const many = [Uint8Array.of(1, 2), Uint8Array.of(3, 4), Uint8Array.of(5, 6), Uint8Array.of(7, 8), Uint8Array.of(9, 10)];
    expect(hex(simpleMerkleRoot(many))).toBe("f326493eceab4f2d9ffbc78c59432a0a005d6ea98392045c74df5d14a113be18");
  });
});

describe("writeUvarint", () => {
  it("writes LEB128 like Go's binary.PutUvarint", () => {
    const buf = new Uint8Array(10);
    expect(writeUvarint(buf, 0, 0)).toBe(1);
    expect(buf[0]).toBe(0);
    expect(writeUvarint(buf, 0, 300)).toBe(2);
    expect([...buf.subarray(0, 2)]).toEqual([0xac, 0x02]);
    expect(writeUvarint(buf, 1, 2 ** 35)).toBe(1 + uvarintLength(2 ** 35));
    expect(uvarintLength(127)).toBe(1);
    expect(uvarintLength(128)).toBe(2);
    expect(() => writeUvarint(buf, 0, -1)).toThrow();
  });
});
