import { matches, type QueryCondition } from "../rpc/txQuery";
import type { EventJson } from "./blocks";

/** Where a tx sits: block height and position in the block. */
export interface TxRef {
  readonly height: number;
  readonly index: number;
}

// A ref packed into one number (height × 2^16 + index) keeps posting lists compact and sortable.
const INDEX_SPAN = 65536;

function pack(height: number, index: number): number {
  return height * INDEX_SPAN + index;
}

function unpack(ref: number): TxRef {
  return { height: Math.floor(ref / INDEX_SPAN), index: ref % INDEX_SPAN };
}

/**
 * The node's tx index (CometBFT's kv indexer): by hash, by height, and by every event attribute
 * as "type.key" → value → txs. In memory; rebuilt from the block log at start.
 */
export class TxIndex {
  private readonly byHash = new Map<string, number>();
  private readonly txCounts: number[] = [];
  private readonly postings = new Map<string, Map<string, number[]>>();

  add(height: number, index: number, hashHex: string, events: readonly EventJson[]): void {
    if (index >= INDEX_SPAN) throw new Error(`tx index ${index} exceeds ${INDEX_SPAN - 1}`);
    const ref = pack(height, index);
    this.byHash.set(hashHex.toUpperCase(), ref);
    this.txCounts[height] = Math.max(this.txCounts[height] ?? 0, index + 1);
    for (const event of events) {
      for (const attribute of event.attributes) {
        if (!attribute.index) continue;
        const composite = `${event.type}.${attribute.key}`;
        let values = this.postings.get(composite);
        if (!values) this.postings.set(composite, (values = new Map()));
        const refs = values.get(attribute.value);
        // Txs arrive in (height, index) order, so each list stays sorted; one tx may repeat a value.
        if (!refs) values.set(attribute.value, [ref]);
        else if (refs[refs.length - 1] !== ref) refs.push(ref);
      }
    }
  }

  getByHash(hashHex: string): TxRef | undefined {
    const ref = this.byHash.get(hashHex.toUpperCase());
    return ref === undefined ? undefined : unpack(ref);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** All txs matching every condition, in (height, index) order, or reversed. */
  search(conditions: readonly QueryCondition[], descending = false): TxRef[] {
    let result: number[] | undefined;
    for (const condition of conditions) {
      const refs = this.refsFor(condition);
      result = result === undefined ? refs : intersect(result, refs);
      if (result.length === 0) break;
    }
    const refs = (result ?? []).map(unpack);
    return descending ? refs.reverse() : refs;
  }

  private refsFor(condition: QueryCondition): number[] {
    if (condition.key === "tx.hash") {
      if (condition.op !== "=" || typeof condition.value !== "string") return [];
      const ref = this.byHash.get(condition.value.toUpperCase());
      return ref === undefined ? [] : [ref];
    }
    if (condition.key === "tx.height") return this.refsByHeight(condition);
    const values = this.postings.get(condition.key);
    if (!values) return [];
    if (condition.op === "=" && typeof condition.value === "string") return values.get(condition.value) ?? [];
    const merged: number[] = [];
    for (const [value, refs] of values) if (matches(condition, value)) merged.push(...refs);
    return [...new Set(merged)].sort((a, b) => a - b);
  }

  private refsByHeight(condition: QueryCondition): number[] {
    const refs: number[] = [];
    const exact = condition.op === "=" && typeof condition.value === "number" ? condition.value : undefined;
    const first = exact ?? 1;
    const last = exact ?? this.txCounts.length - 1;
    for (let height = first; height <= last; height++) {
      const count = this.txCounts[height] ?? 0;
      if (count === 0 || !matches(condition, String(height))) continue;
      for (let index = 0; index < count; index++) refs.push(pack(height, index));
    }
    return refs;
  }
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return out;
}
