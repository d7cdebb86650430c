/**
 * The RPC reader: `block` + `block_results` per height through @cosmjs/tendermint-rpc's
 * Comet38Client, with a window of requests in flight, delivered in height order. Transport
 * errors are retried with backoff (the node restarting); what comes back is decoded by the caller.
 */
import { Comet38Client, type comet38 } from "@cosmjs/tendermint-rpc";

export interface RawBlock {
  readonly height: number;
  readonly block: comet38.BlockResponse;
  readonly results: comet38.BlockResultsResponse;
}

export interface GenesisBalance {
  readonly address: string;
  readonly coins: ReadonlyArray<{ readonly denom: string; readonly amount: string }>;
}

export interface RpcSourceOptions {
  /** Attempts per request before giving up (transport errors only). */
  readonly attempts?: number;
  readonly log?: (line: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RpcSource {
  private constructor(
    readonly url: string,
    private readonly client: Comet38Client,
    private readonly attempts: number,
    private readonly log: (line: string) => void,
  ) {}

  static async connect(url: string, options: RpcSourceOptions = {}): Promise<RpcSource> {
    return new RpcSource(url, await Comet38Client.connect(url), options.attempts ?? 8, options.log ?? (() => undefined));
  }

  disconnect(): void {
    this.client.disconnect();
  }

  private async retry<T>(what: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= this.attempts) throw new Error(`${what} failed after ${attempt} attempts: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        const delay = Math.min(5_000, 100 * 2 ** (attempt - 1));
        this.log(`${what} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${delay} ms`);
        await sleep(delay);
      }
    }
  }

  async status(): Promise<{ chainId: string; latestHeight: number; earliestHeight: number }> {
    const status = await this.retry("status", () => this.client.status());
    return { chainId: status.nodeInfo.network, latestHeight: status.syncInfo.latestBlockHeight, earliestHeight: status.syncInfo.earliestBlockHeight ?? 1 };
  }

  async genesisBalances(): Promise<GenesisBalance[]> {
    const genesis = await this.retry("genesis", () => this.client.genesis());
    const bank = genesis.appState?.bank as { balances?: GenesisBalance[] } | undefined;
    return bank?.balances ?? [];
  }

  fetch(height: number): Promise<RawBlock> {
    return this.retry(`block ${height}`, async () => {
      const [block, results] = await Promise.all([this.client.block(height), this.client.blockResults(height)]);
      return { height, block, results };
    });
  }

  /**
   * Heights `from`..`to` in order, with up to `concurrency` requests in flight and up to `ahead`
   * blocks fetched ahead of the consumer (fetching goes on while the consumer writes). A failed
   * fetch surfaces when the consumer reaches its height.
   */
  async *range(from: number, to: number, concurrency: number, ahead = concurrency): AsyncGenerator<RawBlock> {
    const pending: Array<Promise<RawBlock>> = [];
    let next = from;
    let inFlight = 0;
    const fill = (): void => {
      while (next <= to && inFlight < concurrency && pending.length < Math.max(ahead, concurrency)) {
        inFlight++;
        const promise = this.fetch(next++).finally(() => {
          inFlight--;
          fill();
        });
        promise.catch(() => undefined); // handled when awaited in order
        pending.push(promise);
      }
    };
    try {
      fill();
      while (pending.length > 0) {
        const block = await pending.shift()!;
        fill();
        yield block;
      }
    } finally {
      next = to + 1; // the consumer stopped: fetch nothing more
    }
  }
}
