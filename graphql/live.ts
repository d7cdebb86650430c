/**
 * What subscriptions follow: the indexer's checkpoint. One poll (a primary-key read) every
 * `intervalMs` while anyone is subscribed, shared by every subscriber; each advance is the range
 * of heights the indexer committed since the last one, and subscription resolvers read their rows
 * for that range (an indexer batch commits atomically, so the range is complete when seen).
 */
import { EventEmitter, on } from "node:events";
import type { Pool } from "pg";

export interface CheckpointAdvance {
  /** Heights (fromHeight, toHeight] were committed. */
  readonly fromHeight: number;
  readonly toHeight: number;
}

export class CheckpointFeed {
  private readonly events = new EventEmitter();
  private timer: NodeJS.Timeout | undefined;
  private height: number | undefined;
  private subscribers = 0;
  private polling = false;

  constructor(
    private readonly pool: Pool,
    private readonly intervalMs = 500,
  ) {
    this.events.setMaxListeners(0);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const { rows } = await this.pool.query<{ height: string }>(`SELECT height FROM checkpoints WHERE id = 'main'`);
      const height = rows[0] ? Number(rows[0].height) : undefined;
      if (height === undefined) return;
      if (this.height !== undefined && height > this.height) this.events.emit("advance", { fromHeight: this.height, toHeight: height } satisfies CheckpointAdvance);
      this.height = height;
    } catch {
      // The database is away for a moment: the next poll sees everything committed meanwhile.
    } finally {
      this.polling = false;
    }
  }

  /** Advances from now on, until `signal` aborts (the client went away). */
  async *advances(signal: AbortSignal): AsyncGenerator<CheckpointAdvance> {
    if (this.subscribers++ === 0) {
      this.height = undefined;
      await this.poll();
      this.timer = setInterval(() => void this.poll(), this.intervalMs);
    }
    try {
      for await (const [advance] of on(this.events, "advance", { signal })) yield advance as CheckpointAdvance;
    } catch (error) {
      if ((error as { name?: string }).name !== "AbortError") throw error;
    } finally {
      if (--this.subscribers === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.events.removeAllListeners();
  }
}
