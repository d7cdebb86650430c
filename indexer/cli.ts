/** `printchain index`: the indexer from the command line. */
import { homedir } from "node:os";
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import type { Progress } from "./indexer";
import type { IndexerMetrics, MetricsServer } from "./metrics";

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new InvalidArgumentError("must be a positive integer");
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0 || number > 65_535) throw new InvalidArgumentError("must be a port number (0 picks a free one)");
  return number;
}

const DEFAULT_METRICS_PORT = 9464;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")}m`;
}

export function formatProgress(progress: Progress): string {
  return `indexed ${progress.height}/${progress.target} · ${progress.blocksPerSecond.toFixed(1)} blocks/s · ${Math.round(progress.rowsPerSecond)} rows/s · ETA ${formatDuration(progress.etaSeconds)}`;
}

/**
 * Starts the metrics server. An explicit port that is taken is an error; the default one, taken
 * (say, by another indexer on this machine), gives way to a free port, with a warning.
 */
export async function serveMetrics(metrics: IndexerMetrics, metricsPort: number, host: string, isDefaultPort: boolean): Promise<MetricsServer> {
  const { startMetricsServer: start } = await import("./metrics");
  try {
    return await start(metrics, { port: metricsPort, host });
  } catch (error) {
    if (!isDefaultPort || (error as { code?: string }).code !== "EADDRINUSE") throw new Error(`cannot serve metrics on ${host}:${metricsPort}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    process.stderr.write(`metrics port ${metricsPort} is in use; serving metrics on a free port instead\n`);
    return start(metrics, { port: 0, host });
  }
}

export function addIndexCommand(program: Command): void {
  program
    .command("index")
    .description("copy the ledger into PostgreSQL ($DATABASE_URL, or an embedded server under <home>/indexer/pg): backfill from the checkpoint, then follow the head")
    .option("--rpc <url>", "node RPC", "http://127.0.0.1:26657")
    .option("--home <dir>", "home dir of the embedded PostgreSQL's data (<home>/indexer/pg)", join(homedir(), ".printchain"))
    .option("--batch <n>", "blocks per database transaction", positiveInt, 100)
    .option("--concurrency <n>", "RPC requests in flight during backfill", positiveInt, 8)
    .option("--once", "backfill to the current head and exit")
    .option("--check", "run the completeness check on the database and exit (non-zero if it finds gaps or a module checkpoint off the ledger's)")
    .option("--quiet", "no progress line")
    .option("--digest [epoch]", "print each ended epoch's state digest (or only EPOCH's) and exit; see indexer/README.md \"Digests\"", positiveInt)
    .option("--json", "with --digest: print the digests (with per-table row counts and hashes) as JSON")
    .option("--metrics-port <n>", "port of the /metrics, /health and /ready HTTP server (0: a free port)", port, DEFAULT_METRICS_PORT)
    .option("--metrics-host <host>", "address the metrics server listens on", "127.0.0.1")
    .option("--no-metrics", "no metrics server")
    .action(async (options: { rpc: string; home: string; batch: number; concurrency: number; once?: boolean; check?: boolean; quiet?: boolean; digest?: number | true; json?: boolean; metrics: boolean; metricsPort: number; metricsHost: string }, command: Command) => {
      // Loaded here, so that other printchain commands do not pay for TypeORM and pg at start.
      const [{ openDatabase }, { checkCompleteness }, { Indexer }] = await Promise.all([import("./db/dataSource"), import("./check"), import("./indexer")]);
      const database = await openDatabase({ home: options.home });
      try {
        if (options.check) {
          const report = await checkCompleteness(database.dataSource);
          process.stdout.write(`checkpoint ${report.checkpoint ?? "none"}, ${report.blocks} blocks from ${report.firstHeight ?? "-"}, ${report.gaps.length} gaps${report.moduleCheckpoints.length > 0 ? `, ${report.moduleCheckpoints.length} module checkpoints off the ledger's` : ""}\n`);
          for (const gap of report.gaps) process.stdout.write(`  height ${gap.height}: ${gap.problem}\n`);
          for (const problem of report.moduleCheckpoints) process.stdout.write(`  module ${problem.module}: ${problem.problem}\n`);
          if (report.gaps.length > 0 || report.moduleCheckpoints.length > 0) process.exitCode = 1;
          return;
        }
        if (options.digest !== undefined) {
          const { epochDigest, epochDigests, formatDigest } = await import("./digest");
          const manager = database.dataSource.manager;
          const found = options.digest === true ? await epochDigests(manager) : [await epochDigest(manager, options.digest)].filter((digest) => digest !== undefined);
          if (options.json) process.stdout.write(`${JSON.stringify(options.digest === true ? found : found[0] ?? null, null, 2)}\n`);
          else for (const digest of found) process.stdout.write(`${formatDigest(digest)}\n`);
          if (options.digest !== true && found.length === 0) {
            process.stderr.write(`no epoch ${options.digest} in the database\n`);
            process.exitCode = 1;
          }
          return;
        }
        const metrics = options.metrics ? new (await import("./metrics")).IndexerMetrics({ processMetrics: true }) : undefined;
        const server = metrics && (await serveMetrics(metrics, options.metricsPort, options.metricsHost, command.getOptionValueSource("metricsPort") === "default"));
        if (server) process.stderr.write(`metrics at ${server.url}/metrics (also /health, /ready)\n`);
        const indexer = new Indexer({
          metrics,
          rpcUrl: options.rpc,
          dataSource: database.dataSource,
          batchSize: options.batch,
          concurrency: options.concurrency,
          once: options.once,
          onProgress: options.quiet ? undefined : (progress) => process.stderr.write(`${formatProgress(progress)}\n`),
          log: (line) => process.stderr.write(`${line}\n`),
        });
        const stop = (): void => indexer.stop();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        try {
          const height = await indexer.run();
          process.stdout.write(`indexed to height ${height}\n`);
        } finally {
          process.off("SIGINT", stop);
          process.off("SIGTERM", stop);
          await server?.close();
        }
      } finally {
        await database.close();
      }
    });
}
