import { createHash } from "node:crypto";
import * as merkle from "./merkle";
import { MerkleTrie } from "./merkleTrie";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const bytes = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const ref = (...parts: Uint8Array[]): Buffer => {
  const hasher = createHash("sha256");
  for (const part of parts) hasher.update(part);
  return hasher.digest();
};

/** Deterministic PRNG (xorshift32) so the tests are reproducible. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Independent reference: the crit-bit root of a key→value map, built top-down from the sorted paths. */
function referenceRoot(entries: Map<string, Uint8Array>): string {
  const leaves = [...entries].map(([key, value]) => {
    const keyBytes = Buffer.from(key, "utf8");
    return { path: ref(keyBytes), hash: ref(Uint8Array.of(0, keyBytes.length), keyBytes, ref(value)) };
  });
  leaves.sort((a, b) => Buffer.compare(a.path, b.path));
  const bit = (path: Buffer, i: number): number => (path[i >> 3] >> (7 - (i & 7))) & 1;
  const build = (lo: number, hi: number, from: number): Buffer => {
    if (hi - lo === 1) return leaves[lo].hash;
    for (let i = from; ; i++) {
      const split = leaves.slice(lo, hi).findIndex((leaf) => bit(leaf.path, i) === 1);
      if (split > 0) return ref(Uint8Array.of(1), build(lo, lo + split, i + 1), build(lo + split, hi, i + 1));
    }
  };
  return leaves.length === 0 ? hex(ref()) : hex(build(0, leaves.length, 0));
}

describe("MerkleTrie", () => {
  it("has the empty root sha256('') and a leaf-hash root for one key", () => {
    const trie = new MerkleTrie();
    expect(hex(trie.root())).toBe(hex(ref()));
    trie.set("bank/a", bytes("1"));
    const keyBytes = bytes("bank/a");
    expect(hex(trie.root())).toBe(hex(ref(Uint8Array.of(0, keyBytes.length), keyBytes, ref(bytes("1")))));
    expect(trie.size).toBe(1);
  });

  it("depends only on the key→value set, not on the insertion order", () => {
    const keys = Array.from({ length: 200 }, (_, i) => `k/${i}`);
    const roots = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const trie = new MerkleTrie();
      for (const key of shuffled(keys, seed)) trie.set(key, bytes(`v${key}`));
      roots.add(hex(trie.root()));
    }
    expect(roots.size).toBe(1);
    expect([...roots][0]).toBe(referenceRoot(new Map(keys.map((key) => [key, bytes(`v${key}`)]))));
  });

  it("returns to the previous root when a key is deleted, and ignores missing keys", () => {
    const trie = new MerkleTrie();
    for (let i = 0; i < 50; i++) trie.set(`k/${i}`, bytes(String(i)));
    const before = hex(trie.root());
    trie.set("k/new", bytes("x"));
    expect(hex(trie.root())).not.toBe(before);
    expect(trie.delete("k/new")).toBe(true);
    expect(hex(trie.root())).toBe(before);
    expect(trie.delete("k/new")).toBe(false);
    expect(trie.size).toBe(50);
    for (let i = 0; i < 50; i++) expect(trie.delete(`k/${i}`)).toBe(true);
    expect(hex(trie.root())).toBe(hex(ref()));
  });

  it("gives the same root when the same value is set twice, a different one for a different value", () => {
    const trie = new MerkleTrie();
    trie.set("a/1", bytes("x"));
    trie.set("a/2", bytes("y"));
    const root = hex(trie.root());
    trie.set("a/1", bytes("x"));
    expect(hex(trie.root())).toBe(root);
    trie.set("a/1", bytes("z"));
    const changed = hex(trie.root());
    expect(changed).not.toBe(root);
    trie.set("a/1", bytes("x"));
    expect(hex(trie.root())).toBe(root);
  });

  it("matches a from-scratch rebuild after 10k random keys with interleaved updates, deletes and roots", () => {
    const next = rng(42);
    const trie = new MerkleTrie();
    const model = new Map<string, Uint8Array>();
    for (let i = 0; i < 10_000; i++) {
      const key = `m/${next() % 12_000}`;
      const op = next() % 10;
      if (op < 2 && model.size > 0) {
        expect(trie.delete(key)).toBe(model.delete(key));
      } else {
        const value = bytes(String(next()));
        trie.set(key, value);
        model.set(key, value);
      }
      if (i % 997 === 0) trie.root();
    }
    const rebuilt = new MerkleTrie();
    for (const [key, value] of model) rebuilt.set(key, value);
    expect(trie.size).toBe(model.size);
    expect(hex(trie.root())).toBe(hex(rebuilt.root()));
    expect(hex(trie.root())).toBe(referenceRoot(model));
  });

  it("hashes non-ASCII keys as UTF-8", () => {
    const trie = new MerkleTrie();
    trie.set("mod/é€", bytes("v"));
    trie.set("mod/x", bytes("w"));
    expect(hex(trie.root())).toBe(referenceRoot(new Map([["mod/é€", bytes("v")], ["mod/x", bytes("w")]])));
  });

  it("rehashes only the changed path on root()", () => {
    const trie = new MerkleTrie();
    for (let i = 0; i < 10_000; i++) trie.set(`k/${i}`, bytes(String(i)));
    trie.root();
    const spy = jest.spyOn(merkle, "sha256");
    try {
      trie.set("k/5", bytes("changed"));
      trie.root();
      // 2 for the leaf, one per ancestor: about log2(10k) ≈ 14, far below the size.
      expect(spy.mock.calls.length).toBeGreaterThan(2);
      expect(spy.mock.calls.length).toBeLessThan(60);
      spy.mockClear();
      trie.root();
      expect(spy.mock.calls.length).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });
});
