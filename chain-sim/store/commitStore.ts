import BTree, { simpleComparator } from "sorted-btree";
import { assertAsciiKey, iterateBTree, type Entry, type KVStore } from "./kvStore";
import { sha256, simpleMerkleRoot, writeUvarint } from "./merkle";
import { MerkleTrie } from "./merkleTrie";

/** The module a key belongs to: the text before its first "/", which must be non-empty. */
function moduleOf(key: string): string {
  const slash = key.indexOf("/");
  if (slash <= 0) throw new Error(`store key ${JSON.stringify(key)} has no module prefix ("<module>/...")`);
  return key.slice(0, slash);
}

/**
 * Secondary indexes live under "<module>/index/": they are a pure function of the module's
 * records (rebuilt from them on import), so they stay out of the Merkle tries. The app hash
 * commits to the records, and per-block hashing follows the records that changed.
 */
export function isDerivedKey(key: string): boolean {
  const slash = key.indexOf("/");
  return slash > 0 && key.startsWith("index/", slash + 1);
}

/** The Cosmos SDK multistore leaf for one module: uvarint(len(name)) ‖ name ‖ uvarint(32) ‖ sha256(root). */
function storeInfoLeaf(name: string, root: Uint8Array): Uint8Array {
  const leaf = new Uint8Array(name.length + 10 + 1 + 32);
  let offset = writeUvarint(leaf, 0, name.length);
  for (let i = 0; i < name.length; i++) leaf[offset + i] = name.charCodeAt(i);
  offset = writeUvarint(leaf, offset + name.length, 32);
  leaf.set(sha256(root), offset);
  return leaf.subarray(0, offset + 32);
}

/**
 * The committed state: a sorted BTree of all entries plus one MerkleTrie per module (the key
 * prefix before the first "/") over its records (not its derived indexes). commit() rehashes only
 * the modules written since the last commit.
 */
export class CommitStore implements KVStore {
  private data = new BTree<string, Uint8Array>(undefined, simpleComparator);
  /** undefined in a clone() until its first write or commit needs them (then rebuilt from data). */
  private tries: Map<string, MerkleTrie> | undefined = new Map();
  /** Modules written since the last commit. */
  private dirty = new Set<string>();
  /** Module roots at the last commit, sorted by module name. */
  private roots: Array<[module: string, root: Uint8Array]> = [];
  private hash: Uint8Array = simpleMerkleRoot([]);
  /** One-entry cache of moduleOf(), since consecutive writes usually hit the same module. */
  private lastModule = "";
  private lastTrie: MerkleTrie | undefined = undefined;

  /** Builds a store from exported entries; call commit() to get its app hash. */
  static fromEntries(entries: Iterable<Entry>): CommitStore {
    const store = new CommitStore();
    for (const [key, value] of entries) store.set(key, value);
    return store;
  }

  /** App hash of the last commit() (simpleMerkleRoot([]) before the first). */
  get lastHash(): Uint8Array {
    return this.hash;
  }

  get size(): number {
    return this.data.size;
  }

  get(key: string): Uint8Array | undefined {
    return this.data.get(key);
  }

  has(key: string): boolean {
    return this.data.has(key);
  }

  set(key: string, value: Uint8Array): void {
    assertAsciiKey(key);
    if (!isDerivedKey(key)) this.trieFor(key).set(key, value);
    this.data.set(key, value);
  }

  delete(key: string): void {
    if (!this.data.delete(key)) return;
    if (!isDerivedKey(key)) this.trieFor(key).delete(key);
  }

  iterate(start: string, end: string | undefined, reverse?: boolean): IterableIterator<Entry> {
    return iterateBTree(this.data, start, end, reverse);
  }

  /** All entries in key order. */
  entries(): IterableIterator<Entry> {
    return this.data.entries();
  }

  /**
   * Returns the app hash: simpleMerkleRoot over the non-empty modules sorted by name (the SDK
   * multistore's StoreInfo leaves). Costs O(changes since the last commit · trie depth).
   */
  commit(): Uint8Array {
    if (this.dirty.size === 0) return this.hash;
    const tries = this.ensureTries();
    const roots = new Map(this.roots);
    for (const module of this.dirty) {
      const trie = tries.get(module);
      if (trie && trie.size > 0) {
        roots.set(module, trie.root());
      } else {
        roots.delete(module);
        tries.delete(module);
      }
    }
    this.dirty.clear();
    this.lastTrie = undefined;
    this.lastModule = "";
    this.roots = [...roots].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.hash = simpleMerkleRoot(this.roots.map(([module, root]) => storeInfoLeaf(module, root)));
    return this.hash;
  }

  /** Each non-empty module's trie root at the last commit, sorted by module name. */
  moduleRoots(): Array<[module: string, root: Uint8Array]> {
    return this.roots.map(([module, root]) => [module, root]);
  }

  /**
   * O(1): the BTree is cloned copy-on-write and the clone's tries are left unbuilt. Reads,
   * entries() and lastHash on the clone cost nothing extra; its first write or commit() with
   * changes rebuilds its tries from the data, O(size) hashing.
   */
  clone(): CommitStore {
    const copy = new CommitStore();
    copy.data = this.data.clone();
    copy.tries = undefined;
    copy.dirty = new Set(this.dirty);
    copy.roots = this.roots;
    copy.hash = this.hash;
    return copy;
  }

  /** The trie of key's module (created if missing), marked dirty. */
  private trieFor(key: string): MerkleTrie {
    const last = this.lastModule;
    if (this.lastTrie && key.length > last.length && key.charCodeAt(last.length) === 0x2f && key.startsWith(last)) {
      this.dirty.add(last);
      return this.lastTrie;
    }
    const module = moduleOf(key);
    const tries = this.ensureTries();
    let trie = tries.get(module);
    if (!trie) tries.set(module, (trie = new MerkleTrie()));
    this.dirty.add(module);
    this.lastModule = module;
    this.lastTrie = trie;
    return trie;
  }

  private ensureTries(): Map<string, MerkleTrie> {
    if (this.tries) return this.tries;
    const tries = new Map<string, MerkleTrie>();
    this.data.forEachPair((key, value) => {
      if (isDerivedKey(key)) return;
      const module = moduleOf(key);
      let trie = tries.get(module);
      if (!trie) tries.set(module, (trie = new MerkleTrie()));
      trie.set(key, value);
    });
    this.tries = tries;
    return tries;
  }
}
