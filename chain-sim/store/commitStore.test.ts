import { CommitStore } from "./commitStore";
import { CacheStore, type Entry } from "./kvStore";
import { sha256, simpleMerkleRoot } from "./merkle";
import { MerkleTrie } from "./merkleTrie";

const v = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const keys = (entries: Iterable<Entry>): string[] => [...entries].map(([key]) => key);

function sample(): CommitStore {
  const store = new CommitStore();
  for (let i = 0; i < 300; i++) {
    store.set(`bank/balances/${i}`, v(`b${i}`));
    store.set(`auth/accounts/${i}`, v(`a${i}`));
  }
  store.set("params/x", v("1"));
  return store;
}

describe("CommitStore", () => {
  it("starts at the empty root and computes the SDK multistore app hash over non-empty modules", () => {
    const store = new CommitStore();
    expect(hex(store.lastHash)).toBe(hex(simpleMerkleRoot([])));
    expect(hex(store.commit())).toBe(hex(simpleMerkleRoot([])));

    store.set("bank/a", v("1"));
    store.set("auth/b", v("2"));
    store.set("auth/c", v("3"));
    const hash = store.commit();
    const trie = (entries: Array<[string, string]>): Uint8Array => {
      const t = new MerkleTrie();
      for (const [key, value] of entries) t.set(key, v(value));
      return t.root();
    };
    const authRoot = trie([["auth/b", "2"], ["auth/c", "3"]]);
    const bankRoot = trie([["bank/a", "1"]]);
    const leaf = (name: string, root: Uint8Array): Uint8Array =>
      new Uint8Array([name.length, ...Buffer.from(name), 32, ...sha256(root)]);
    expect(hex(hash)).toBe(hex(simpleMerkleRoot([leaf("auth", authRoot), leaf("bank", bankRoot)])));
    expect(store.moduleRoots().map(([name, root]) => [name, hex(root)])).toEqual([
      ["auth", hex(authRoot)],
      ["bank", hex(bankRoot)],
    ]);
    expect(hex(store.lastHash)).toBe(hex(hash));
  });

  it("leaves emptied modules out of the app hash", () => {
    const store = new CommitStore();
    store.set("bank/a", v("1"));
    const bankOnly = hex(store.commit());
    store.set("zz/a", v("1"));
    expect(hex(store.commit())).not.toBe(bankOnly);
    store.delete("zz/a");
    expect(hex(store.commit())).toBe(bankOnly);
    expect(store.moduleRoots().map(([name]) => name)).toEqual(["bank"]);
  });

  it("returns the same hash when committing without changes", () => {
    const store = sample();
    const first = hex(store.commit());
    expect(hex(store.commit())).toBe(first);
    store.delete("nope/missing");
    store.delete("no-module");
    expect(hex(store.commit())).toBe(first);
  });

  it("changes the hash when any value changes and restores it when the value is restored", () => {
    const store = sample();
    const original = hex(store.commit());
    for (const key of ["bank/balances/7", "auth/accounts/299", "params/x"]) {
      const old = store.get(key) as Uint8Array;
      store.set(key, v("different"));
      expect(hex(store.commit())).not.toBe(original);
      store.set(key, old);
      expect(hex(store.commit())).toBe(original);
    }
    store.set("bank/new", v("n"));
    expect(hex(store.commit())).not.toBe(original);
    store.delete("bank/new");
    expect(hex(store.commit())).toBe(original);
  });

  it("exports and re-imports to the same hash", () => {
    const store = sample();
    store.commit();
    store.delete("bank/balances/3");
    store.set("auth/accounts/5", v("changed"));
    const hash = hex(store.commit());
    const imported = CommitStore.fromEntries(store.entries());
    expect(imported.size).toBe(store.size);
    expect(hex(imported.commit())).toBe(hash);
    expect(keys(imported.entries())).toEqual(keys(store.entries()));
  });

  it("iterates in key order with bounds, both directions", () => {
    const store = new CommitStore();
    for (const key of ["m/a", "m/b", "m/c", "n/a"]) store.set(key, v(key));
    expect(keys(store.iterate("m/b", undefined))).toEqual(["m/b", "m/c", "n/a"]);
    expect(keys(store.iterate("m/a", "m/c", true))).toEqual(["m/b", "m/a"]);
    expect(keys(store.iterate("m/", "n/", true))).toEqual(["m/c", "m/b", "m/a"]);
    expect(keys(store.iterate("z", undefined, true))).toEqual([]);
    expect(keys(store.iterate("", undefined, true))).toEqual(["n/a", "m/c", "m/b", "m/a"]);
  });

  it("rejects keys without a module prefix and non-ASCII keys", () => {
    const store = new CommitStore();
    expect(() => store.set("nomodule", v("x"))).toThrow(/module/);
    expect(() => store.set("/x", v("x"))).toThrow(/module/);
    expect(() => store.set("m/é", v("x"))).toThrow(/ASCII/);
    expect(store.size).toBe(0);
  });

  it("commits what nested CacheStores write through", () => {
    const store = sample();
    store.commit();
    const expected = CommitStore.fromEntries(store.entries());
    const block = new CacheStore(store);
    const tx1 = new CacheStore(block);
    tx1.set("bank/balances/1", v("x"));
    tx1.delete("auth/accounts/2");
    tx1.write();
    const tx2 = new CacheStore(block);
    tx2.set("bank/balances/9", v("discarded"));
    tx2.discard();
    const tx3 = new CacheStore(block);
    tx3.set("gov/p/1", v("p"));
    tx3.write();
    expect(store.get("bank/balances/1")).toEqual(v("b1"));
    block.write();
    expected.set("bank/balances/1", v("x"));
    expected.delete("auth/accounts/2");
    expected.set("gov/p/1", v("p"));
    expect(hex(store.commit())).toBe(hex(expected.commit()));
    expect(store.moduleRoots().map(([name]) => name)).toEqual(["auth", "bank", "gov", "params"]);
  });

  it("clones cheaply and independently", () => {
    const store = sample();
    const hash = hex(store.commit());
    store.set("bank/uncommitted", v("u"));
    const copy = store.clone();
    expect(hex(copy.lastHash)).toBe(hash);
    expect(copy.size).toBe(store.size);
    store.set("bank/balances/1", v("changed in original"));
    expect(copy.get("bank/balances/1")).toEqual(v("b1"));
    const copyHash = hex(copy.commit());
    expect(copyHash).toBe(hex(CommitStore.fromEntries(copy.entries()).commit()));
    copy.set("auth/accounts/1", v("changed in copy"));
    expect(store.get("auth/accounts/1")).toEqual(v("a1"));
    expect(hex(copy.commit())).toBe(hex(CommitStore.fromEntries(copy.entries()).commit()));
    expect(hex(store.commit())).toBe(hex(CommitStore.fromEntries(store.entries()).commit()));
    const untouched = store.clone();
    expect(hex(untouched.commit())).toBe(hex(store.lastHash));
  });
});
