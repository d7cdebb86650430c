import { sha256, writeUvarint } from "./merkle";

class Leaf {
  readonly isLeaf: true = true;
  parent: Branch | undefined = undefined;
  /** Cached node hash; undefined when the value changed since it was computed. */
  hash: Uint8Array | undefined = undefined;

  constructor(
    readonly key: string,
    /** sha256(utf8 key): the 256-bit path the trie branches on. */
    readonly path: Uint8Array,
    public value: Uint8Array,
  ) {}
}

class Branch {
  readonly isLeaf: false = false;
  parent: Branch | undefined = undefined;
  hash: Uint8Array | undefined = undefined;

  constructor(
    /** Index (0 = most significant bit of path[0]) of the first bit where the two subtrees differ. */
    readonly bit: number,
    public left: TrieNode,
    public right: TrieNode,
  ) {}
}

type TrieNode = Leaf | Branch;

const EMPTY_ROOT = sha256(new Uint8Array(0));
const encoder = new TextEncoder();

/** Scratch for hash preimages; shared because hashing is synchronous. */
let scratch = new Uint8Array(1024);

function pathBit(path: Uint8Array, bit: number): number {
  return (path[bit >>> 3] >>> (7 - (bit & 7))) & 1;
}

/** First bit index where a and b differ, or -1 if equal. */
function firstDifferingBit(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const x = a[i] ^ b[i];
    if (x !== 0) return i * 8 + Math.clz32(x) - 24;
  }
  return -1;
}

function keyPath(key: string): Uint8Array {
  if (asciiLength(key) === undefined) return sha256(encoder.encode(key));
  if (key.length > scratch.length) scratch = new Uint8Array(Math.max(key.length, scratch.length * 2));
  for (let i = 0; i < key.length; i++) scratch[i] = key.charCodeAt(i);
  return sha256(scratch.subarray(0, key.length));
}

function leafHash(leaf: Leaf): Uint8Array {
  const key = leaf.key;
  // Worst case 3 UTF-8 bytes per UTF-16 code unit, plus prefix, varint and value hash.
  const max = 1 + 10 + key.length * 3 + 32;
  if (max > scratch.length) scratch = new Uint8Array(Math.max(max, scratch.length * 2));
  const ascii = asciiLength(key) !== undefined;
  const keyLength = ascii ? key.length : encoder.encode(key).length;
  scratch[0] = 0x00;
  let offset = writeUvarint(scratch, 1, keyLength);
  if (ascii) {
    for (let i = 0; i < key.length; i++) scratch[offset + i] = key.charCodeAt(i);
  } else {
    encoder.encodeInto(key, scratch.subarray(offset));
  }
  offset += keyLength;
  scratch.set(sha256(leaf.value), offset);
  return sha256(scratch.subarray(0, offset + 32));
}

/** key.length if key is all ASCII, else undefined. */
function asciiLength(key: string): number | undefined {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 0x7f) return undefined;
  return key.length;
}

function branchHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  scratch[0] = 0x01;
  scratch.set(left, 1);
  scratch.set(right, 33);
  return sha256(scratch.subarray(0, 65));
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * An authenticated map: a crit-bit (binary Patricia) trie on sha256(key). A crit-bit trie over a
 * set of paths has exactly one shape, so the root depends only on the current key→value set.
 *
 * Node hashes are cached. A write clears the cache of its leaf's ancestors, stopping at the first
 * already-cleared one (invariant: a cleared node's ancestors are all cleared), and root()
 * rehashes only cleared nodes: commit cost grows with the changes, not with the size.
 * Leaf = sha256(0x00 ‖ uvarint(len(key)) ‖ key ‖ sha256(value)); branch = sha256(0x01 ‖ left ‖ right).
 */
export class MerkleTrie {
  private top: TrieNode | undefined = undefined;
  /** Direct leaf lookup: updates and deletes skip hashing the key and walking down. */
  private readonly leaves = new Map<string, Leaf>();

  get size(): number {
    return this.leaves.size;
  }

  get(key: string): Uint8Array | undefined {
    return this.leaves.get(key)?.value;
  }

  set(key: string, value: Uint8Array): void {
    const existing = this.leaves.get(key);
    if (existing) {
      if (bytesEqual(existing.value, value)) {
        existing.value = value;
        return;
      }
      existing.value = value;
      existing.hash = undefined;
      invalidateFrom(existing.parent);
      return;
    }
    const leaf = new Leaf(key, keyPath(key), value);
    this.leaves.set(key, leaf);
    this.insert(leaf);
  }

  delete(key: string): boolean {
    const leaf = this.leaves.get(key);
    if (!leaf) return false;
    this.leaves.delete(key);
    const parent = leaf.parent;
    if (!parent) {
      this.top = undefined;
      return true;
    }
    const sibling = parent.left === leaf ? parent.right : parent.left;
    const grandparent = parent.parent;
    sibling.parent = grandparent;
    if (!grandparent) this.top = sibling;
    else if (grandparent.left === parent) grandparent.left = sibling;
    else grandparent.right = sibling;
    invalidateFrom(grandparent);
    return true;
  }

  /** Root hash; recomputes only the nodes whose cache a write cleared. */
  root(): Uint8Array {
    if (!this.top) return EMPTY_ROOT.slice();
    return nodeHash(this.top);
  }

  private insert(leaf: Leaf): void {
    if (!this.top) {
      this.top = leaf;
      return;
    }
    // Find the leaf the new path shares the longest prefix with: follow the path's bits down.
    let node: TrieNode = this.top;
    while (!node.isLeaf) node = pathBit(leaf.path, node.bit) === 0 ? node.left : node.right;
    const crit = firstDifferingBit(leaf.path, node.path);
    if (crit < 0) throw new Error(`MerkleTrie: sha256 collision between keys ${JSON.stringify(node.key)} and ${JSON.stringify(leaf.key)}`);
    // The new branch goes above the first node that branches at a later bit than crit.
    let parent: Branch | undefined = undefined;
    let child: TrieNode = this.top;
    while (!child.isLeaf && child.bit < crit) {
      parent = child;
      child = pathBit(leaf.path, child.bit) === 0 ? child.left : child.right;
    }
    const branch = pathBit(leaf.path, crit) === 0 ? new Branch(crit, leaf, child) : new Branch(crit, child, leaf);
    branch.parent = parent;
    leaf.parent = branch;
    child.parent = branch;
    if (!parent) this.top = branch;
    else if (parent.left === child) parent.left = branch;
    else parent.right = branch;
    invalidateFrom(parent);
  }
}

function invalidateFrom(node: Branch | undefined): void {
  while (node && node.hash !== undefined) {
    node.hash = undefined;
    node = node.parent;
  }
}

function nodeHash(node: TrieNode): Uint8Array {
  if (node.hash !== undefined) return node.hash;
  const hash = !node.isLeaf ? branchHash(nodeHash(node.left), nodeHash(node.right)) : leafHash(node);
  node.hash = hash;
  return hash;
}
