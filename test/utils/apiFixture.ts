import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { ChainNode } from "../../chain-sim/node/node";
import { RpcServer } from "../../chain-sim/rpc/server";
import { runSimulation, type SimSummary } from "../../chain-sim/sim/simulation";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { startGraphqlServer, type GraphqlServer, type GraphqlServerOptions } from "../../graphql/server";

interface Codec<T> {
  fromPartial(value: unknown): T;
  encode(message: T): { finish(): Uint8Array };
}

export interface GraphqlResponse<Data = Record<string, any>> {
  readonly status: number;
  readonly data?: Data;
  readonly errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }>;
}

/**
 * The API over a real chain: a seeded simulation (printers, jobs in every state, epochs,
 * validators, delegations, proposals; signed txs executed by the real node) served by the real
 * RPC, indexed by the real indexer into a real embedded PostgreSQL, and the GraphQL server over
 * that database. Figures are checked against the node's own queries (`abci`).
 */
export class ApiFixture {
  private constructor(
    /** Every SQL statement the API sent (tests count them). */
    readonly statements: string[],
    readonly summary: SimSummary,
    readonly node: ChainNode,
    readonly rpc: RpcServer,
    readonly rpcUrl: string,
    readonly comet: Comet38Client,
    readonly database: Database,
    readonly api: GraphqlServer,
    private readonly home: string,
  ) {}

  static async start(options: { seed?: number; blocks?: number; blockSize?: number; server?: Partial<GraphqlServerOptions> } = {}): Promise<ApiFixture> {
    const home = mkdtempSync(join(tmpdir(), "printchain-api-"));
    const chainHome = join(home, "chain");
    const summary = await runSimulation({ seed: options.seed ?? 7, blocks: options.blocks ?? 100, blockSize: options.blockSize ?? 20, period: 0, home: chainHome });
    const node = await ChainNode.open(chainHome, { config: { verifierThreads: 0 } });
    const rpc = new RpcServer(node);
    const address = await rpc.listen(0, "127.0.0.1");
    const rpcUrl = `http://127.0.0.1:${address.port}`;
    const database = await openDatabase({ home, databaseUrl: process.env.DATABASE_URL, unsafeNoFsync: true });
    await new Indexer({ rpcUrl, dataSource: database.dataSource, once: true }).run();
    const statements: string[] = [];
    const api = await startGraphqlServer({ databaseUrl: database.url, rpcUrl, port: 0, ...options.server, onStatement: (sql) => statements.push(sql) });
    return new ApiFixture(statements, summary, node, rpc, rpcUrl, await Comet38Client.connect(rpcUrl), database, api, home);
  }

  async stop(): Promise<void> {
    this.comet.disconnect();
    await this.api.close();
    await this.database.close();
    await this.rpc.close();
    await this.node.stop();
    rmSync(this.home, { recursive: true, force: true });
  }

  /** POSTs a GraphQL operation over HTTP. */
  async graphql<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, url = this.api.url): Promise<GraphqlResponse<Data>> {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as Omit<GraphqlResponse<Data>, "status">;
    return { status: response.status, ...body };
  }

  /** Like graphql, but fails the test on any error. */
  async data<Data = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const response = await this.graphql<Data>(query, variables);
    if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  /** One SSE subscription over HTTP: its `next` payloads as they arrive, until `close`. `opened` rejects unless the answer is a 200 event stream. */
  subscribe(query: string, variables: Record<string, unknown> = {}) {
    const controller = new AbortController();
    const payloads: Array<{ data?: Record<string, any>; errors?: unknown[] }> = [];
    const opened = fetch(this.api.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    }).then((response) => {
      if (response.status !== 200 || !response.headers.get("content-type")?.includes("text/event-stream")) throw new Error(`not an event stream: ${response.status} ${response.headers.get("content-type")}`);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffer += decoder.decode(value, { stream: true });
            let end: number;
            while ((end = buffer.indexOf("\n\n")) >= 0) {
              const lines = buffer.slice(0, end).split("\n");
              buffer = buffer.slice(end + 2);
              if (!lines.includes("event: next")) continue;
              payloads.push(JSON.parse(lines.filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trim()).join("\n")));
            }
          }
        } catch {
          // aborted
        }
      })();
    });
    return {
      opened,
      payloads,
      async waitFor(count: number, timeoutMs = 15_000): Promise<void> {
        const until = Date.now() + timeoutMs;
        while (payloads.length < count && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
      },
      close: () => controller.abort(),
    };
  }

  /** An ABCI gRPC query to the node with generated codecs. */
  async abci<Req, Res>(path: string, request: Codec<Req>, value: unknown, response: { decode(bytes: Uint8Array): Res }): Promise<Res> {
    const result = await this.comet.abciQuery({ path, data: request.encode(request.fromPartial(value)).finish() });
    if (result.code !== 0) throw new Error(`query ${path} failed: ${result.log}`);
    return response.decode(result.value);
  }

  /** SQL on the indexer's database (for setup, never as the expected value). */
  sql<Row = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
    return this.database.dataSource.query(text, params) as Promise<Row[]>;
  }
}
