import { CommitStore } from "./commitStore";
import { CacheStore, iteratePrefix, prefixEnd, type Entry, type KVStore } from "./kvStore";

const v = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const str = (value: Uint8Array | undefined): string | undefined => (value === undefined ? undefined : Buffer.from(value).toString("utf8"));
const list = (entries: Iterable<Entry>): Array<[string, string]> => [...entries].map(([key, value]) => [key, str(value) as string]);

/** A plain sorted-by-scan store that records the order of writes, as the reference parent. */
class MapStore implements KVStore {
  readonly map = new Map<string, Uint8Array>();
  readonly log: string[] = [];
  get(key: string): Uint8Array | undefined {
    return this.map.get(key);
  }
  has(key: string): boolean {
    return this.map.has(key);
  }
  set(key: string, value: Uint8Array): void {
    this.log.push(`set ${key}`);
    this.map.set(key, value);
  }
  delete(key: string): void {
    this.log.push(`delete ${key}`);
    this.map.delete(key);
  }
  *iterate(start: string, end: string | undefined, reverse?: boolean): IterableIterator<Entry> {
    const keys = [...this.map.keys()].filter((key) => key >= start && (end === undefined || key < end)).sort();
    if (reverse) keys.reverse();
    for (const key of keys) yield [key, this.map.get(key) as Uint8Array];
  }
}

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

describe("prefixEnd / iteratePrefix", () => {
  it("computes the exclusive upper bound of a prefix", () => {
    expect(prefixEnd("bank/")).toBe("bank0");
    expect(prefixEnd("a")).toBe("b");
    expect(prefixEnd("")).toBeUndefined();
    expect(prefixEnd("a\uffff\uffff")).toBe("b");
    expect(prefixEnd("\uffff")).toBeUndefined();
  });

  it("iterates exactly the keys with the prefix, both directions", () => {
    const store = new MapStore();
    for (const key of ["bank", "bank/", "bank/a", "bank/b/c", "bank0", "bankz", "ba", "auth/x"]) store.set(key, v(key));
    expect(list(iteratePrefix(store, "bank/")).map(([key]) => key)).toEqual(["bank/", "bank/a", "bank/b/c"]);
    expect(list(iteratePrefix(store, "bank/", true)).map(([key]) => key)).toEqual(["bank/b/c", "bank/a", "bank/"]);
    expect(list(iteratePrefix(store, "")).length).toBe(8);
  });
});

describe("CacheStore", () => {
  it("reads through, keeps writes until write(), and drops them on discard()", () => {
    const parent = new MapStore();
    parent.set("m/a", v("1"));
    parent.set("m/b", v("2"));
    const cache = new CacheStore(parent);
    cache.set("m/c", v("3"));
    cache.delete("m/a");
    cache.delete("m/zz");
    expect(str(cache.get("m/b"))).toBe("2");
    expect(cache.get("m/a")).toBeUndefined();
    expect(cache.has("m/a")).toBe(false);
    expect(cache.has("m/c")).toBe(true);
    expect(parent.has("m/c")).toBe(false);
    expect(cache.pendingCount).toBe(3);
    cache.discard();
    expect(cache.pendingCount).toBe(0);
    expect(str(cache.get("m/a"))).toBe("1");
    expect(cache.has("m/c")).toBe(false);
  });

  it("flushes in sorted key order and clears", () => {
    const parent = new MapStore();
    const cache = new CacheStore(parent);
    cache.set("m/c", v("3"));
    cache.set("m/a", v("1"));
    cache.delete("m/b");
    cache.set("m/a", v("1b"));
    parent.log.length = 0;
    cache.write();
    expect(parent.log).toEqual(["set m/a", "delete m/b", "set m/c"]);
    expect(cache.pendingCount).toBe(0);
    expect(str(parent.get("m/a"))).toBe("1b");
    cache.write();
    expect(parent.log.length).toBe(3);
  });

  it("merges pending writes into iteration, hides deletes, honours bounds and reverse", () => {
    const parent = new MapStore();
    for (const key of ["m/a", "m/b", "m/d", "m/f"]) parent.set(key, v(`p${key}`));
    const cache = new CacheStore(parent);
    cache.set("m/b", v("cb"));
    cache.set("m/c", v("cc"));
    cache.delete("m/d");
    cache.set("m/g", v("cg"));
    cache.delete("m/zz");
    expect(list(cache.iterate("m/", undefined))).toEqual([
      ["m/a", "pm/a"],
      ["m/b", "cb"],
      ["m/c", "cc"],
      ["m/f", "pm/f"],
      ["m/g", "cg"],
    ]);
    expect(list(cache.iterate("m/b", "m/f", true))).toEqual([
      ["m/c", "cc"],
      ["m/b", "cb"],
    ]);
    expect(list(cache.iterate("m/c", "m/c"))).toEqual([]);
    expect(list(cache.iterate("m/d", "m/a"))).toEqual([]);
  });

  it("rejects non-ASCII keys", () => {
    const cache = new CacheStore(new MapStore());
    expect(() => cache.set("m/é", v("x"))).toThrow(/ASCII/);
  });

  it("behaves like a flat map through three nested layers under random operations", () => {
    const next = rng(7);
    const base = new CommitStore();
    const block = new CacheStore(base);
    let tx = new CacheStore(block);
    const model = new Map<string, string>();
    let txModel = new Map<string, string | null>();
    const keyOf = (): string => `${["a", "b", "c"][next() % 3]}/${String(next() % 300).padStart(3, "0")}`;
    const view = (): Map<string, string> => {
      const merged = new Map(model);
      for (const [key, value] of txModel) {
        if (value === null) merged.delete(key);
        else merged.set(key, value);
      }
      return merged;
    };
    for (let step = 0; step < 4000; step++) {
      const op = next() % 100;
      const key = keyOf();
      if (op < 45) {
        const value = `v${next() % 1000}`;
        tx.set(key, v(value));
        txModel.set(key, value);
      } else if (op < 65) {
        tx.delete(key);
        txModel.set(key, null);
      } else if (op < 75) {
        tx.write();
        for (const [k, value] of txModel) {
          if (value === null) model.delete(k);
          else model.set(k, value);
        }
        txModel = new Map();
      } else if (op < 78) {
        tx.discard();
        txModel = new Map();
      } else if (op < 80) {
        tx.write();
        block.write();
        base.commit();
        for (const [k, value] of txModel) {
          if (value === null) model.delete(k);
          else model.set(k, value);
        }
        txModel = new Map();
        tx = new CacheStore(block);
      } else {
        const expected = view();
        expect(str(tx.get(key))).toBe(expected.get(key));
        expect(tx.has(key)).toBe(expected.has(key));
        const start = keyOf();
        const end = next() % 4 === 0 ? undefined : keyOf();
        const reverse = next() % 2 === 0;
        const keys = [...expected.keys()].filter((k) => k >= start && (end === undefined || k < end)).sort();
        if (reverse) keys.reverse();
        expect(list(tx.iterate(start, end, reverse))).toEqual(keys.map((k) => [k, expected.get(k)]));
      }
    }
    tx.write();
    block.write();
    for (const [k, value] of txModel) {
      if (value === null) model.delete(k);
      else model.set(k, value);
    }
    expect(list(base.entries())).toEqual([...model].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });
});
