/**
 * The indexer loop: resume from the checkpoint, read heights through the RPC (a window in
 * flight), decode, write batches (each with the checkpoint, in one transaction; the next batch is
 * fetched and decoded while one is written), then follow the
 * head by polling `status` (or stop there with `once`). A decode or write error stops it with
 * the height and cause; a database connection error is retried with backoff.
 */
import type { Registry } from "@cosmjs/proto-signing";
import type { DataSource } from "typeorm";
import { createPrintchainRegistry } from "../proto";
import type { IndexerMetrics } from "./metrics";
import { decodeBlock, DecodeError, type DecodedBlock } from "./source/decode";
import { RpcSource } from "./source/rpc";
import { ModuleError } from "./modules/handler";
import { catchUpModules } from "./modules/runner";
import { hasGenesis, readCheckpoint, storeGenesis, writeBatch, writeGenesis } from "./writer";

export interface Progress {
  readonly height: number;
  readonly target: number;
  readonly blocksPerSecond: number;
  readonly rowsPerSecond: number;
  readonly etaSeconds: number;
}

export interface IndexerOptions {
  readonly rpcUrl: string;
  readonly dataSource: DataSource;
  readonly batchSize?: number;
  readonly concurrency?: number;
  /** Backfill to the head seen at start, then return. */
  readonly once?: boolean;
  readonly pollMs?: number;
  readonly prefix?: string;
  readonly registry?: Registry;
  readonly onProgress?: (progress: Progress) => void;
  readonly log?: (line: string) => void;
  /** How long to keep retrying a lost database connection. */
  readonly dbRetryMs?: number;
  /** Where the loop reports heights, batches, retries and health (see metrics.ts). */
  readonly metrics?: IndexerMetrics;
}

export class IndexerError extends Error {
  constructor(
    readonly height: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "IndexerError";
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"]);

/** Lost/refused connections and server shutdowns: worth retrying; anything else is a real error. */
export function isConnectionError(error: unknown): boolean {
  for (let current = error as { code?: string; message?: string; cause?: unknown; driverError?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    if (current.code && CONNECTION_CODES.has(current.code)) return true;
    if (/Connection terminated|connection timeout|the database system is (starting up|shutting down)|Client has encountered a connection error|terminating connection/i.test(current.message ?? "")) return true;
    current = (current.driverError ?? current.cause) as typeof current;
  }
  return false;
}

/** Attempts for a height the node answers with a JSON-RPC error (the node is up and means it). */
const NODE_ERROR_ATTEMPTS = 2;

/** The JSON-RPC error object a node answered with, if `error` (or a cause of it) is one. */
export function nodeErrorAnswer(error: unknown): { code: number; message: string; data?: unknown } | undefined {
  for (let current = error as { message?: unknown; cause?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    if (typeof current.message === "string" && current.message.startsWith("{")) {
      try {
        const parsed = JSON.parse(current.message) as { code?: unknown; message?: unknown; data?: unknown };
        if (typeof parsed.code === "number" && typeof parsed.message === "string") return { code: parsed.code, message: parsed.message, data: parsed.data };
      } catch {
        // not a JSON-RPC error object
      }
    }
    current = current.cause as typeof current;
  }
  return undefined;
}

/** The IndexerError for a height that could not be fetched. */
function fetchFailure(height: number, error: unknown): IndexerError {
  const answer = nodeErrorAnswer(error);
  if (answer) {
    const detail = answer.data === undefined || answer.data === "" ? "" : `: ${typeof answer.data === "string" ? answer.data : JSON.stringify(answer.data)}`;
    return new IndexerError(height, `cannot index height ${height}: the node answered its block or block_results with error ${answer.code} (${answer.message}${detail})`, { cause: error });
  }
  return new IndexerError(height, `cannot index height ${height}: fetching it failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}

export class Indexer {
  private stopped = false;
  private readonly registry: Registry;

  constructor(private readonly options: IndexerOptions) {
    this.registry = options.registry ?? createPrintchainRegistry();
  }

  /** Ends the loop after the batch in progress. */
  stop(): void {
    this.stopped = true;
  }

  private async withDbRetry<T>(what: string, call: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.dbRetryMs ?? 120_000);
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await call();
        this.options.metrics?.databaseSucceeded();
        return result;
      } catch (error) {
        if (!isConnectionError(error) || Date.now() > deadline || this.stopped) throw error;
        this.options.metrics?.databaseRetried(error);
        const delay = Math.min(2_000, 50 * 2 ** attempt);
        this.options.log?.(`${what}: database unavailable (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`);
        await sleep(delay);
      }
    }
  }

  /** Runs until stopped (or, with `once`, until the head seen at start). Returns the last indexed height. */
  async run(): Promise<number> {
    const { dataSource } = this.options;
    const batchSize = this.options.batchSize ?? 100;
    const concurrency = this.options.concurrency ?? 8;
    const metrics = this.options.metrics;
    const source = await RpcSource.connect(this.options.rpcUrl, {
      log: this.options.log,
      onFetchDuration: metrics && ((seconds) => metrics.heightFetched(seconds)),
      onRetry: (error, attempt) => {
        // Stopping ends the RPC retries (a node that is down must not hold SIGINT/SIGTERM up).
        if (this.stopped || (attempt >= NODE_ERROR_ATTEMPTS && nodeErrorAnswer(error))) throw error;
        metrics?.rpcRetried();
      },
    });
    let failure: unknown;
    try {
      metrics?.loopStarted();
      const status = await source.status();
      metrics?.setChainHead(status.latestHeight);
      let checkpoint = await this.withDbRetry("read checkpoint", () => readCheckpoint(dataSource));
      if (!checkpoint) {
        const genesis = await source.genesis();
        if (genesis.chainId !== status.chainId) throw new Error(`the node at ${this.options.rpcUrl} serves chain ${status.chainId}, but its genesis is chain ${genesis.chainId}'s`);
        await this.withDbRetry("write genesis", () => writeGenesis(dataSource, genesis));
        checkpoint = (await readCheckpoint(dataSource))!;
      } else if (!(await this.withDbRetry("read genesis", () => hasGenesis(dataSource)))) {
        // Indexed before the genesis table existed: fetched once, so modules rebuilt from the ledger can read it.
        const genesis = await source.genesis();
        if (genesis.chainId !== checkpoint.chainId) throw new Error(`the database indexes chain ${checkpoint.chainId}, the node at ${this.options.rpcUrl} has the genesis of ${genesis.chainId}`);
        await this.withDbRetry("store genesis", () => storeGenesis(dataSource, genesis));
      }
      if (checkpoint.chainId !== status.chainId) throw new Error(`the database indexes chain ${checkpoint.chainId}, the node at ${this.options.rpcUrl} serves ${status.chainId}`);
      let height = checkpoint.height;
      metrics?.setIndexedHeight(height);
      // Modules added after the ledger was indexed (a later migration) catch up from the stored ledger.
      try {
        await this.withDbRetry("catch up modules", () => catchUpModules(dataSource, batchSize));
      } catch (error) {
        if (error instanceof ModuleError) throw new IndexerError(error.height, `catching up modules failed: ${error.message}`, { cause: error });
        throw error;
      }
      if (height + 1 < status.earliestHeight) throw new IndexerError(height + 1, `the node's earliest block is ${status.earliestHeight}, the checkpoint is at ${height}: heights in between cannot be read`);
      const started = Date.now();
      const startHeight = height;
      let rowsWritten = 0;
      let lastReport = 0;
      let target = status.latestHeight;
      const report = (force: boolean): void => {
        const now = Date.now();
        if (!this.options.onProgress || (!force && now - lastReport < 1_000)) return;
        lastReport = now;
        const seconds = Math.max(0.001, (now - started) / 1000);
        const blocksPerSecond = (height - startHeight) / seconds;
        this.options.onProgress({ height, target, blocksPerSecond, rowsPerSecond: rowsWritten / seconds, etaSeconds: blocksPerSecond > 0 ? Math.max(0, target - height) / blocksPerSecond : Infinity });
      };
      while (!this.stopped) {
        if (height >= target) {
          if (this.options.once) break;
          await sleep(this.options.pollMs ?? 500);
          try {
            target = (await source.status()).latestHeight;
          } catch (error) {
            if (this.stopped) break; // stopped while the node was unreachable: nothing is lost
            throw error;
          }
          metrics?.setChainHead(target);
          continue;
        }
        // Batch k is written while batch k+1 is fetched and decoded (one batch ahead, no more).
        // Anything that goes wrong in batch k+1 surfaces only once batch k has committed (or
        // failed first), and nothing of batch k+1 is written.
        let batch: DecodedBlock[] = [];
        let writing: Promise<void> | undefined;
        const write = async (blocks: DecodedBlock[]): Promise<void> => {
          try {
            let seconds = 0;
            const stats = await this.withDbRetry(`write ${blocks[0].height}..${blocks[blocks.length - 1].height}`, async () => {
              const started = performance.now();
              const written = await writeBatch(dataSource, status.chainId, blocks);
              seconds = (performance.now() - started) / 1000;
              return written;
            });
            rowsWritten += stats.rows;
            metrics?.batchWritten(blocks.length, stats.rows, seconds);
          } catch (error) {
            const at = error instanceof ModuleError ? error.height : blocks[0].height;
            throw new IndexerError(at, `writing heights ${blocks[0].height}..${blocks[blocks.length - 1].height} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          }
          height = blocks[blocks.length - 1].height;
          metrics?.setIndexedHeight(height);
          report(false);
        };
        /** Waits for the batch being written; its error (the lower heights) wins. */
        const settle = async (): Promise<void> => {
          const pending = writing;
          writing = undefined;
          if (pending) await pending;
        };
        const flush = async (): Promise<void> => {
          await settle();
          if (this.stopped) return;
          const blocks = batch;
          batch = [];
          writing = write(blocks);
          writing.catch(() => undefined); // awaited by settle()
        };
        // The range yields heights in order, so a fetch that failed is at the height expected next.
        let expected = height + 1;
        try {
          for await (const raw of source.range(height + 1, target, concurrency, batchSize)) {
            expected = raw.height + 1;
            try {
              batch.push(decodeBlock(raw.block, raw.results, this.registry, this.options.prefix ?? "print"));
            } catch (error) {
              const message = error instanceof DecodeError ? error.message : `height ${raw.height}: ${error instanceof Error ? error.message : String(error)}`;
              throw new IndexerError(raw.height, `cannot index ${message}`, { cause: error });
            }
            if (this.stopped) break; // the batch being written finishes (settle below); this one is dropped
            // Blocks already fetched resolve as microtasks only: let the write's socket I/O run.
            if (writing) await new Promise<void>((resolve) => setImmediate(resolve));
            if (batch.length >= batchSize) await flush();
          }
          if (batch.length > 0 && !this.stopped) await flush();
        } catch (error) {
          await settle(); // batch k first: its error, else its commit, before batch k+1's error
          if (this.stopped && !(error instanceof IndexerError)) break; // a fetch cut short by stop(): nothing of it was written
          throw error instanceof IndexerError ? error : fetchFailure(expected, error);
        }
        await settle();
        report(true);
      }
      return height;
    } catch (error) {
      failure = error;
      throw error;
    } finally {
      metrics?.loopEnded(failure);
      source.disconnect();
    }
  }
}
