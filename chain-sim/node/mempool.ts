import type { TxResult } from "../app/txResult";

export interface MempoolLimits {
  /** Most txs held at once (CometBFT mempool.size). */
  readonly maxTxs: number;
  /** Most bytes held at once (CometBFT mempool.max_txs_bytes). */
  readonly maxBytes: number;
  /** How many recent tx hashes are remembered to reject duplicates (CometBFT mempool.cache_size). */
  readonly cacheSize: number;
}

export const DEFAULT_MEMPOOL_LIMITS: MempoolLimits = { maxTxs: 20_000, maxBytes: 256 * 1024 * 1024, cacheSize: 100_000 };

export interface PendingTx {
  readonly hash: string;
  readonly bytes: Uint8Array;
}

/** Why the mempool refused a tx before CheckTx ran (an RPC error, as in CometBFT). */
export class MempoolError extends Error {}

/**
 * First-in first-out pool of txs that passed CheckTx. The block producer reaps from the front;
 * after each block the survivors are re-checked against the new state.
 */
export class Mempool {
  private readonly pending = new Map<string, Uint8Array>();
  private readonly seen = new Set<string>();
  private bytes = 0;

  constructor(private readonly limits: MempoolLimits = DEFAULT_MEMPOOL_LIMITS) {}

  get size(): number {
    return this.pending.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  /** Reserves a hash before CheckTx: duplicates and a full pool are refused here. */
  reserve(hash: string, size: number): void {
    if (this.seen.has(hash)) throw new MempoolError("tx already exists in cache");
    if (this.pending.size >= this.limits.maxTxs || this.bytes + size > this.limits.maxBytes) {
      throw new MempoolError(`mempool is full: number of txs ${this.pending.size} (max: ${this.limits.maxTxs}), total txs bytes ${this.bytes} (max: ${this.limits.maxBytes})`);
    }
    this.remember(hash);
  }

  /** Releases a reservation whose CheckTx failed, so a corrected resubmission is possible. */
  release(hash: string): void {
    this.seen.delete(hash);
  }

  add(tx: PendingTx): void {
    this.pending.set(tx.hash, tx.bytes);
    this.bytes += tx.bytes.length;
  }

  /** Txs from the front of the pool up to the byte budget, in arrival order. */
  reap(maxBytes: number, maxTxs = Number.MAX_SAFE_INTEGER): PendingTx[] {
    const reaped: PendingTx[] = [];
    let total = 0;
    for (const [hash, bytes] of this.pending) {
      if (reaped.length >= maxTxs || total + bytes.length > maxBytes) break;
      reaped.push({ hash, bytes });
      total += bytes.length;
    }
    return reaped;
  }

  /** Removes committed txs, then re-checks the rest in order and drops those now invalid. */
  update(committed: readonly string[], recheck: (bytes: Uint8Array) => TxResult): void {
    for (const hash of committed) this.remove(hash);
    for (const [hash, bytes] of [...this.pending]) {
      if (recheck(bytes).code !== 0) {
        this.remove(hash);
        this.seen.delete(hash);
      }
    }
  }

  list(limit: number): PendingTx[] {
    return this.reap(Number.MAX_SAFE_INTEGER, limit);
  }

  private remove(hash: string): void {
    const bytes = this.pending.get(hash);
    if (!bytes) return;
    this.pending.delete(hash);
    this.bytes -= bytes.length;
  }

  private remember(hash: string): void {
    if (this.seen.size >= this.limits.cacheSize) this.seen.delete(this.seen.values().next().value as string);
    this.seen.add(hash);
  }
}
