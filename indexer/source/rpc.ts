/**
 * The RPC reader: `block` + `block_results` per height through @cosmjs/tendermint-rpc's
 * Comet38Client, with a window of requests in flight, delivered in height order. Transport
 * errors are retried with backoff (the node restarting); what comes back is decoded by the caller.
 * HTTP goes through node:http with a keep-alive agent (cheaper per request than global fetch);
 * ws:// URLs use cosmjs's WebsocketClient as Comet38Client.connect would.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Comet38Client, type comet38, type RpcClient } from "@cosmjs/tendermint-rpc";

type JsonRpcRequest = Parameters<RpcClient["execute"]>[0];
type JsonRpcSuccess = Awaited<ReturnType<RpcClient["execute"]>>;

/** JSON-RPC 2.0 over HTTP POST, one request per POST, on kept-alive connections. */
export class KeepAliveHttpClient implements RpcClient {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;

  constructor(endpoint: string, maxSockets = 16) {
    this.url = new URL(endpoint);
    const https = this.url.protocol === "https:";
    this.agent = https ? new HttpsAgent({ keepAlive: true, maxSockets }) : new HttpAgent({ keepAlive: true, maxSockets });
    this.send = https ? (httpsRequest as typeof httpRequest) : httpRequest;
  }

  disconnect(): void {
    this.agent.destroy();
  }

  readonly execute = (request: JsonRpcRequest): Promise<JsonRpcSuccess> =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(JSON.stringify(request));
      const req = this.send(this.url, { method: "POST", agent: this.agent, headers: { "Content-Type": "application/json", "Content-Length": body.length } }, (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if ((response.statusCode ?? 0) >= 400) return reject(new Error(`Bad status on response: ${response.statusCode}`, { cause: { status: response.statusCode, body: text } }));
          let parsed: { id?: unknown; result?: unknown; error?: unknown };
          try {
            parsed = JSON.parse(text) as typeof parsed;
          } catch (error) {
            return reject(new Error(`invalid JSON-RPC response: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
          }
          if (parsed.error !== undefined) return reject(new Error(JSON.stringify(parsed.error)));
          if (typeof parsed !== "object" || parsed === null || !("result" in parsed)) return reject(new Error("invalid JSON-RPC response: no result"));
          resolve({ jsonrpc: "2.0", id: parsed.id as JsonRpcSuccess["id"], result: parsed.result });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
}

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
    const client = /^https?:\/\//.test(url) ? Comet38Client.create(new KeepAliveHttpClient(url)) : await Comet38Client.connect(url);
    return new RpcSource(url, client, options.attempts ?? 8, options.log ?? (() => undefined));
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
