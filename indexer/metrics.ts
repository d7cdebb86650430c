/**
 * The indexer's observability: Prometheus metrics in a registry of its own (never prom-client's
 * global one, so several indexers can share a process), the health and readiness the loop
 * reports, and an HTTP server for `GET /metrics`, `/health` and `/ready`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

const PREFIX = "printchain_indexer_";

type LoopState = { readonly phase: "not started" | "running" | "stopped" } | { readonly phase: "failed"; readonly reason: string };

export interface HealthReport {
  readonly healthy: boolean;
  readonly body: { status: "ok"; height: number | null; head: number | null } | { status: "unhealthy"; reason: string; height: number | null; head: number | null };
}

export interface ReadinessReport {
  readonly ready: boolean;
  readonly body: { ready: boolean; height: number | null; head: number | null; lag: number | null; reason?: string };
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export class IndexerMetrics {
  readonly registry = new Registry();
  readonly indexedHeight = new Gauge({ name: `${PREFIX}indexed_height`, help: "Last height committed to the database (the checkpoint)", registers: [this.registry] });
  readonly chainHeadHeight = new Gauge({ name: `${PREFIX}chain_head_height`, help: "Latest height the node reported in its last status answer", registers: [this.registry] });
  readonly lagBlocks = new Gauge({ name: `${PREFIX}lag_blocks`, help: "Chain head height minus indexed height", registers: [this.registry] });
  readonly blocksIndexed = new Counter({ name: `${PREFIX}blocks_indexed_total`, help: "Blocks committed to the database by this process", registers: [this.registry] });
  readonly rowsWritten = new Counter({ name: `${PREFIX}rows_written_total`, help: "Rows written by committed batches (ledger and module tables)", registers: [this.registry] });
  readonly databaseRetries = new Counter({ name: `${PREFIX}db_retries_total`, help: "Database calls retried after a connection error", registers: [this.registry] });
  readonly rpcRetries = new Counter({ name: `${PREFIX}rpc_retries_total`, help: "RPC requests retried after a failure", registers: [this.registry] });
  readonly rpcFetchDuration = new Histogram({
    name: `${PREFIX}rpc_fetch_duration_seconds`,
    help: "Time to fetch one height (block and block_results, the successful attempt)",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly batchWriteDuration = new Histogram({
    name: `${PREFIX}batch_write_duration_seconds`,
    help: "Time to write and commit one batch (the successful attempt)",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly batchBlocks = new Histogram({ name: `${PREFIX}batch_blocks`, help: "Blocks per committed batch", buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000], registers: [this.registry] });

  private loop: LoopState = { phase: "not started" };
  private databaseError: string | undefined;
  private indexed: number | undefined;
  private head: number | undefined;

  /** With `processMetrics`, prom-client's default process metrics (CPU, memory, event loop lag) go into this registry too. */
  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }

  loopStarted(): void {
    this.loop = { phase: "running" };
  }

  /** `failure` undefined: a normal end (`--once` done, or stopped). */
  loopEnded(failure?: unknown): void {
    this.loop = failure === undefined ? { phase: "stopped" } : { phase: "failed", reason: messageOf(failure) };
  }

  setIndexedHeight(height: number): void {
    this.indexed = height;
    this.indexedHeight.set(height);
    this.updateLag();
  }

  setChainHead(height: number): void {
    this.head = height;
    this.chainHeadHeight.set(height);
    this.updateLag();
  }

  batchWritten(blocks: number, rows: number, seconds: number): void {
    this.blocksIndexed.inc(blocks);
    this.rowsWritten.inc(rows);
    this.batchWriteDuration.observe(seconds);
    this.batchBlocks.observe(blocks);
  }

  heightFetched(seconds: number): void {
    this.rpcFetchDuration.observe(seconds);
  }

  rpcRetried(): void {
    this.rpcRetries.inc();
  }

  databaseSucceeded(): void {
    this.databaseError = undefined;
  }

  databaseRetried(error: unknown): void {
    this.databaseError = messageOf(error);
    this.databaseRetries.inc();
  }

  health(): HealthReport {
    const heights = { height: this.indexed ?? null, head: this.head ?? null };
    const reason = this.unhealthyReason();
    return reason === undefined ? { healthy: true, body: { status: "ok", ...heights } } : { healthy: false, body: { status: "unhealthy", reason, ...heights } };
  }

  /** Ready: healthy, and indexed up to the head last seen (backfill done). */
  readiness(): ReadinessReport {
    const lag = this.indexed !== undefined && this.head !== undefined ? Math.max(0, this.head - this.indexed) : null;
    const reason = this.unhealthyReason() ?? (lag === null ? "heights not known yet" : lag > 0 ? `${lag} blocks behind the head` : undefined);
    const body = { ready: reason === undefined, height: this.indexed ?? null, head: this.head ?? null, lag };
    return reason === undefined ? { ready: true, body } : { ready: false, body: { ...body, reason } };
  }

  private unhealthyReason(): string | undefined {
    if (this.loop.phase === "failed") return `indexer failed: ${this.loop.reason}`;
    if (this.loop.phase !== "running") return `indexer ${this.loop.phase}`;
    if (this.databaseError !== undefined) return `database unavailable: ${this.databaseError}`;
    return undefined;
  }

  private updateLag(): void {
    if (this.indexed !== undefined && this.head !== undefined) this.lagBlocks.set(Math.max(0, this.head - this.indexed));
  }
}

export interface MetricsServer {
  /** Base URL, e.g. `http://127.0.0.1:9464`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

async function handle(metrics: IndexerMetrics, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://localhost").pathname;
  const known = path === "/metrics" || path === "/health" || path === "/ready";
  if (!known) return sendJson(response, 404, { error: `not found: ${path}`, paths: ["/metrics", "/health", "/ready"] });
  if (request.method !== "GET" && request.method !== "HEAD") return sendJson(response, 405, { error: `method ${request.method} not allowed` }, { Allow: "GET, HEAD" });
  if (path === "/metrics") {
    const text = await metrics.registry.metrics();
    response.writeHead(200, { "Content-Type": metrics.registry.contentType, "Content-Length": Buffer.byteLength(text) });
    response.end(text); // node:http leaves the body out of a HEAD answer
    return;
  }
  if (path === "/health") {
    const health = metrics.health();
    return sendJson(response, health.healthy ? 200 : 503, health.body);
  }
  const readiness = metrics.readiness();
  sendJson(response, readiness.ready ? 200 : 503, readiness.body);
}

/** Serves `metrics` on `host`:`port` (0: a free port). Rejects if the port is taken. */
export function startMetricsServer(metrics: IndexerMetrics, options: { port: number; host?: string }): Promise<MetricsServer> {
  const host = options.host ?? "127.0.0.1";
  const server: Server = createServer((request, response) => {
    handle(metrics, request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: messageOf(error) });
      else response.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const urlHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${port}`,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections(); // a scraper's kept-alive connection must not hold close() up
          }),
      });
    });
  });
}
