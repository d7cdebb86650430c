/**
 * The RPC reader: `block` + `block_results` per height through @cosmjs/tendermint-rpc's
 * Comet38Client, with a window of heights in flight, delivered in height order. Transport
 * errors are retried with backoff (the node restarting); what comes back is decoded by the caller.
 * HTTP goes through node:http with a keep-alive agent (cheaper per request than global fetch), and
 * the `block` and `block_results` requests of a group of heights travel in one JSON-RPC batch POST
 * (Comet38Client still makes and decodes each request; the batching is inside its RpcClient).
 * ws:// URLs use cosmjs's WebsocketClient as Comet38Client.connect would.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { Comet38Client, WebsocketClient, type comet38, type RpcClient } from "@cosmjs/tendermint-rpc";
import type { GenesisDocument } from "../modules/handler";

type JsonRpcRequest = Parameters<RpcClient["execute"]>[0];
type JsonRpcSuccess = Awaited<ReturnType<RpcClient["execute"]>>;

interface Queued {
  readonly request: JsonRpcRequest;
  readonly resolve: (response: JsonRpcSuccess) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * JSON-RPC 2.0 over HTTP POST on kept-alive connections. The requests `execute` receives in one
 * tick go out together as JSON-RPC batches (arrays of up to `maxBatch` requests per POST, in the
 * order received; a lone request as a plain object), each request carrying its position in the
 * batch as its id. Each response is matched back by that id and settles its own request: a
 * JSON-RPC error rejects that request only; a transport error, a bad status or a body that is not
 * a JSON-RPC answer rejects every request of the POST.
 */
export class KeepAliveHttpClient implements RpcClient {
  private readonly url: URL;
  private readonly agent: HttpAgent;
  private readonly send: typeof httpRequest;
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(
    endpoint: string,
    maxSockets = 16,
    private readonly maxBatch = 1,
  ) {
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
      this.queue.push({ request, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      queueMicrotask(this.flush);
    });

  private readonly flush = (): void => {
    this.scheduled = false;
    const queue = this.queue;
    this.queue = [];
    for (let index = 0; index < queue.length; index += this.maxBatch) this.post(queue.slice(index, index + this.maxBatch));
  };

  private post(items: readonly Queued[]): void {
    const failAll = (error: unknown): void => {
      for (const item of items) item.reject(error);
    };
    const single = items.length === 1;
    const body = Buffer.from(JSON.stringify(single ? items[0].request : items.map((item, index) => ({ ...item.request, id: index }))));
    const req = this.send(this.url, { method: "POST", agent: this.agent, headers: { "Content-Type": "application/json", "Content-Length": body.length } }, (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", failAll);
      response.on("end", () => {
        const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
        if ((response.statusCode ?? 0) >= 400) return failAll(new Error(`Bad status on response: ${response.statusCode}`, { cause: { status: response.statusCode, body: text } }));
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          return failAll(new Error(`invalid JSON-RPC response: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
        }
        if (single) return settle(items[0], parsed, items[0].request.id);
        // A batch refused as a whole (too large, say) is answered with one error object.
        if (!Array.isArray(parsed)) return failAll(answerError(parsed) ?? new Error("invalid JSON-RPC batch response: not an array"));
        const byId = new Map<unknown, unknown>();
        for (const entry of parsed as unknown[]) if (typeof entry === "object" && entry !== null) byId.set((entry as { id?: unknown }).id, entry);
        items.forEach((item, index) => {
          const entry = byId.get(index);
          if (entry === undefined) item.reject(new Error(`invalid JSON-RPC batch response: no answer to ${item.request.method}`));
          else settle(item, entry, item.request.id);
        });
      });
    });
    req.on("error", failAll);
    req.end(body);
  }
}

/** The JSON-RPC error of an answer (as the message, JSON), or a complaint about its shape; undefined for a success. */
function answerError(parsed: unknown): Error | undefined {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return new Error("invalid JSON-RPC response: not an object");
  const { error } = parsed as { error?: unknown };
  if (error !== undefined) return new Error(JSON.stringify(error));
  return "result" in parsed ? undefined : new Error("invalid JSON-RPC response: no result");
}

function settle(item: Queued, parsed: unknown, id: JsonRpcSuccess["id"]): void {
  const error = answerError(parsed);
  if (error) item.reject(error);
  else item.resolve({ jsonrpc: "2.0", id, result: (parsed as { result: unknown }).result });
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

/** Heights per JSON-RPC batch POST by default: 2 requests each (the chain-sim node takes up to 100 per batch). */
export const DEFAULT_HEIGHTS_PER_REQUEST = 4;

export interface RpcSourceOptions {
  /** Attempts per request before giving up (transport errors only). */
  readonly attempts?: number;
  readonly log?: (line: string) => void;
  /** Heights whose `block` and `block_results` share one JSON-RPC batch POST (HTTP only; 1..50). */
  readonly heightsPerRequest?: number;
  /**
   * Called once per height fetched, with the wall time in seconds from the request of its
   * successful attempt to both its responses parsed (heights sharing a POST each report theirs).
   */
  readonly onFetchDuration?: (seconds: number) => void;
  /**
   * Called before each retry (per height for `block`/`block_results`), with the error, the attempt
   * that failed and what failed (`status`, `block 5`, …); an error it throws ends the retrying of
   * that call with that error.
   */
  readonly onRetry?: (error: unknown, attempt: number, what: string) => void;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const retryDelay = (attempt: number): number => Math.min(5_000, 100 * 2 ** (attempt - 1));

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class RpcSource {
  private constructor(
    readonly url: string,
    private readonly client: Comet38Client,
    private readonly attempts: number,
    private readonly log: (line: string) => void,
    private readonly heightsPerRequest: number,
    private readonly hooks: Pick<RpcSourceOptions, "onFetchDuration" | "onRetry"> = {},
  ) {}

  static async connect(url: string, options: RpcSourceOptions = {}): Promise<RpcSource> {
    const http = /^https?:\/\//.test(url);
    const heightsPerRequest = http ? Math.max(1, Math.min(50, Math.floor(options.heightsPerRequest ?? DEFAULT_HEIGHTS_PER_REQUEST))) : 1;
    const client = http ? Comet38Client.create(new KeepAliveHttpClient(url, 16, 2 * heightsPerRequest)) : await Comet38Client.connect(url);
    return new RpcSource(url, client, options.attempts ?? 8, options.log ?? (() => undefined), heightsPerRequest, options);
  }

  disconnect(): void {
    this.client.disconnect();
  }

  private async retry<T>(what: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= this.attempts) throw new Error(`${what} failed after ${attempt} attempts: ${message(error)}`, { cause: error });
        this.hooks.onRetry?.(error, attempt, what);
        const delay = retryDelay(attempt);
        this.log(`${what} failed (${message(error)}); retrying in ${delay} ms`);
        await sleep(delay);
      }
    }
  }

  async status(): Promise<{ chainId: string; latestHeight: number; earliestHeight: number }> {
    const status = await this.retry("status", () => this.client.status());
    return { chainId: status.nodeInfo.network, latestHeight: status.syncInfo.latestBlockHeight, earliestHeight: status.syncInfo.earliestBlockHeight ?? 1 };
  }

  /**
   * The genesis document (`genesis`). Read as the raw JSON-RPC result: cosmjs's decoded response
   * drops `initial_height` (and reduces the time to milliseconds), so one request goes through a
   * client of its own (HTTP keep-alive or websocket, as for the other calls), closed after it.
   */
  async genesis(): Promise<GenesisDocument> {
    const raw = await this.retry("genesis", async () => {
      const client: RpcClient = /^https?:\/\//.test(this.url) ? new KeepAliveHttpClient(this.url, 1) : new WebsocketClient(this.url);
      try {
        return (await client.execute({ jsonrpc: "2.0", id: 1, method: "genesis", params: {} })).result as { genesis?: unknown };
      } finally {
        client.disconnect();
      }
    });
    const doc = raw?.genesis as Record<string, unknown> | undefined;
    const invalid = (detail: string): Error => new Error(`the node's genesis ${detail}`);
    if (typeof doc !== "object" || doc === null) throw invalid("response has no genesis document");
    if (typeof doc.chain_id !== "string" || doc.chain_id === "") throw invalid("has no chain_id");
    if (typeof doc.genesis_time !== "string" || Number.isNaN(Date.parse(doc.genesis_time))) throw invalid(`time ${JSON.stringify(doc.genesis_time)} is not RFC 3339`);
    // CometBFT reads an absent or zero initial_height as 1.
    const initial = doc.initial_height ?? "1";
    if (typeof initial !== "string" || !/^\d+$/.test(initial)) throw invalid(`initial_height ${JSON.stringify(initial)} is not an integer`);
    const appState = doc.app_state ?? {};
    if (typeof appState !== "object" || appState === null || Array.isArray(appState)) throw invalid("app_state is not an object");
    const validators = ((doc.validators ?? []) as unknown[]).map((entry, index) => {
      const validator = entry as { address?: unknown; pub_key?: { value?: unknown }; power?: unknown };
      if (typeof validator.address !== "string" || typeof validator.pub_key?.value !== "string" || typeof validator.power !== "string" || !/^\d+$/.test(validator.power)) {
        throw invalid(`validator ${index} is not {address, pub_key: {value}, power}`);
      }
      return { address: validator.address, pub_key: validator.pub_key.value, power: validator.power };
    });
    return { chainId: doc.chain_id, initialHeight: Math.max(1, Number(initial)), genesisTime: doc.genesis_time, validators, appState: appState as Record<string, unknown> };
  }

  fetch(height: number): Promise<RawBlock> {
    return this.fetchGroup(height, height)[0];
  }

  /**
   * Heights `from`..`to`, one promise each, settled as each arrives. Every attempt makes the
   * `block` and `block_results` requests of all the heights still missing in one tick (over HTTP:
   * one batch POST); each height keeps its own attempt count and error, as if fetched alone, and
   * the heights that failed are retried together after the backoff.
   */
  fetchGroup(from: number, to: number): Array<Promise<RawBlock>> {
    const settlers: Array<{ resolve: (block: RawBlock) => void; reject: (error: unknown) => void }> = [];
    const promises: Array<Promise<RawBlock>> = [];
    for (let height = from; height <= to; height++) promises.push(new Promise<RawBlock>((resolve, reject) => settlers.push({ resolve, reject })));
    void (async () => {
      let missing = promises.map((_, index) => from + index);
      for (let attempt = 1; missing.length > 0; attempt++) {
        const started = performance.now();
        const outcomes = await Promise.allSettled(
          missing.map((height) => Promise.all([this.client.block(height), this.client.blockResults(height)]).then(([block, results]) => ({ height, block, results, seconds: (performance.now() - started) / 1000 }))),
        );
        const failed: number[] = [];
        outcomes.forEach((outcome, index) => {
          const height = missing[index];
          const settler = settlers[height - from];
          if (outcome.status === "fulfilled") {
            const { block, results, seconds } = outcome.value;
            this.hooks.onFetchDuration?.(seconds);
            settler.resolve({ height, block, results });
            return;
          }
          const error: unknown = outcome.reason;
          const what = `block ${height}`;
          if (attempt >= this.attempts) return settler.reject(new Error(`${what} failed after ${attempt} attempts: ${message(error)}`, { cause: error }));
          try {
            this.hooks.onRetry?.(error, attempt, what);
          } catch (stop) {
            return settler.reject(stop);
          }
          this.log(`${what} failed (${message(error)}); retrying in ${retryDelay(attempt)} ms`);
          failed.push(height);
        });
        missing = failed;
        if (missing.length > 0) await sleep(retryDelay(attempt));
      }
    })().catch((error: unknown) => {
      for (const settler of settlers) settler.reject(error); // a hook that threw outside the retry path; no-op for the settled
    });
    return promises;
  }

  /**
   * Heights `from`..`to` in order, with up to `concurrency` heights in flight, requested in groups
   * of up to `heightsPerRequest` (one POST each over HTTP), and up to `ahead` blocks fetched ahead
   * of the consumer (fetching goes on while the consumer writes). A failed fetch surfaces when the
   * consumer reaches its height.
   */
  async *range(from: number, to: number, concurrency: number, ahead = concurrency): AsyncGenerator<RawBlock> {
    const limit = Math.max(1, concurrency);
    const window = Math.max(ahead, limit);
    const perRequest = Math.max(1, Math.min(this.heightsPerRequest, limit));
    const pending: Array<Promise<RawBlock>> = [];
    let next = from;
    let inFlight = 0;
    const fill = (): void => {
      // Whole groups only (a lone height at the end of the range excepted), so that POSTs stay full.
      for (;;) {
        const size = Math.min(perRequest, to - next + 1);
        if (size <= 0 || inFlight + size > limit || pending.length + size > window) return;
        inFlight += size;
        for (const promise of this.fetchGroup(next, next + size - 1)) {
          const tracked = promise.finally(() => {
            inFlight--;
            fill();
          });
          tracked.catch(() => undefined); // handled when awaited in order
          pending.push(tracked);
        }
        next += size;
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
