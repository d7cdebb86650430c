import BTree, { simpleComparator } from "sorted-btree";

export type Entry = readonly [key: string, value: Uint8Array];

export interface KVReader {
  get(key: string): Uint8Array | undefined;
  has(key: string): boolean;
  /**
   * Entries with start <= key < end in ascending key order (descending when reverse); end undefined = unbounded.
   * Writing to the store while an iterator over it is open is unsupported: collect first, then write.
   */
  iterate(start: string, end: string | undefined, reverse?: boolean): IterableIterator<Entry>;
}

export interface KVStore extends KVReader {
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

/** Throws unless every character of key is ASCII (so JS string order equals byte order). */
export function assertAsciiKey(key: string): void {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 0x7f) throw new Error(`store keys must be ASCII: ${JSON.stringify(key)}`);
  }
}

/** Smallest string greater than every string that starts with prefix (undefined if none) — for prefix iteration. */
export function prefixEnd(prefix: string): string | undefined {
  let end = prefix.length;
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xffff) end--;
  if (end === 0) return undefined;
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1);
}

export function iteratePrefix(store: KVReader, prefix: string, reverse?: boolean): IterableIterator<Entry> {
  return store.iterate(prefix, prefixEnd(prefix), reverse);
}

/** Entries of a string-keyed BTree with start <= key < end, ascending (or descending when reverse). */
export function* iterateBTree<V>(tree: BTree<string, V>, start: string, end: string | undefined, reverse?: boolean): IterableIterator<[string, V]> {
  if (end !== undefined && end <= start) return;
  if (!reverse) {
    for (const entry of tree.entries(start)) {
      if (end !== undefined && entry[0] >= end) return;
      yield entry;
    }
  } else {
    for (const entry of end === undefined ? tree.entriesReversed() : tree.entriesReversed(end, undefined, true)) {
      if (entry[0] < start) return;
      yield entry;
    }
  }
}

/**
 * A write-cache branch over a parent store: reads fall through, writes stay here until write().
 * Used per tx and per block. A pending delete is kept as null so that it hides the parent's entry.
 */
export class CacheStore implements KVStore {
  private readonly pending = new BTree<string, Uint8Array | null>(undefined, simpleComparator);

  constructor(private readonly parent: KVStore) {}

  /** Number of keys written or deleted here and not yet flushed. */
  get pendingCount(): number {
    return this.pending.size;
  }

  get(key: string): Uint8Array | undefined {
    const value = this.pending.get(key);
    if (value === undefined) return this.parent.get(key);
    return value ?? undefined;
  }

  has(key: string): boolean {
    const value = this.pending.get(key);
    if (value === undefined) return this.parent.has(key);
    return value !== null;
  }

  set(key: string, value: Uint8Array): void {
    assertAsciiKey(key);
    this.pending.set(key, value);
  }

  delete(key: string): void {
    this.pending.set(key, null);
  }

  /** Flushes all pending writes and deletes into the parent in sorted key order, then clears them. */
  write(): void {
    const parent = this.parent;
    this.pending.forEachPair((key, value) => {
      if (value === null) parent.delete(key);
      else parent.set(key, value);
    });
    this.pending.clear();
  }

  /** Drops all pending writes and deletes. */
  discard(): void {
    this.pending.clear();
  }

  /** The parent's entries merged with the pending writes (which win over the parent), minus pending deletes. */
  *iterate(start: string, end: string | undefined, reverse?: boolean): IterableIterator<Entry> {
    if (end !== undefined && end <= start) return;
    const mine = iterateBTree(this.pending, start, end, reverse);
    const theirs = this.parent.iterate(start, end, reverse);
    let a = mine.next();
    let b = theirs.next();
    for (;;) {
      if (a.done) {
        if (!b.done) {
          yield b.value;
          yield* theirs;
        }
        return;
      }
      const key = a.value[0];
      if (!b.done) {
        const parentKey = b.value[0];
        if (parentKey !== key && (reverse ? parentKey > key : parentKey < key)) {
          yield b.value;
          b = theirs.next();
          continue;
        }
        if (parentKey === key) b = theirs.next();
      }
      if (a.value[1] !== null) yield a.value as Entry;
      a = mine.next();
    }
  }
}
