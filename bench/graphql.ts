/**
 * The GraphQL benchmark: 10,000 printers, 1,000,000 jobs and 30 epochs of per-printer rollups in
 * the indexer's schema (embedded PostgreSQL, the real migrations and their triggers), served by
 * `printchain serve` in a child process, driven by autocannon with 20 concurrent connections: the
 * printer-metrics query and the leaderboard query. The limit, measured in the same run: a bare
 * node:http server (also a child process) answering the same requests with the same response
 * bytes, precomputed — what HTTP and JSON cost on this machine with no GraphQL and no database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { openDatabase } from "../indexer/db/dataSource";
import { line, round } from "./pipeline";

const PRINTERS = Number(process.env.GRAPHQL_BENCH_PRINTERS ?? 10_000);
const JOBS = Number(process.env.GRAPHQL_BENCH_JOBS ?? 1_000_000);
const EPOCHS = 30;
const EPOCH_LENGTH = 100;
const CONNECTIONS = 20;
const DURATION_S = Number(process.env.GRAPHQL_BENCH_SECONDS ?? 10);
/** Distinct printers / epochs the requests rotate over. */
const DISTINCT = 500;
const TARGET_P99_MS = 50;
const REPO = join(__dirname, "..", "..");

const PRINTER_METRICS = `query PrinterMetrics($id: ID!) {
  printer(id: $id) {
    id moniker status region technology latitude longitude
    performance { epochs completed failed onTimeRate firstAttemptRate avgQuality avgAcceptMs points rewards }
    epochs(last: 10) { nodes { epoch completed onTimeRate avgQuality p95AcceptMs points rewards } }
  }
}`;
const LEADERBOARD = `query Leaderboard($epoch: Int!) {
  leaderboard(by: POINTS, epoch: $epoch, first: 20) { rank value printer { id moniker region } performance { completed onTimeRate avgQuality rewards } }
}`;

/** The dataset, generated in SQL (deterministic: every value is a function of the row number). */
async function loadDataset(query: (sql: string) => Promise<unknown>): Promise<void> {
  const regions = `(ARRAY['DE','US-CA','US-NY','BR','JP','IN','KE','FR','AU','CN'])`;
  await query(`INSERT INTO printers (id, owner, moniker, status, technology, materials, region, latitude_udeg, longitude_udeg, bond, registered_height, updated_height)
    SELECT 'p-' || i, 'print1owner' || (i % 2000), 'printer ' || i,
      CASE WHEN i % 10 = 0 THEN 'PRINTER_STATUS_PAUSED' ELSE 'PRINTER_STATUS_ACTIVE' END,
      (ARRAY['TECHNOLOGY_FDM','TECHNOLOGY_SLA','TECHNOLOGY_SLS'])[1 + i % 3], '["PLA","PETG"]'::jsonb, ${regions}[1 + i % 10],
      ((i * 7919) % 180000000) - 90000000, ((i * 104729) % 360000000) - 180000000, 1000000, 1 + i % 50, 1 + i % 50
    FROM generate_series(1, ${PRINTERS}) i`);
  await query(`INSERT INTO jobs (id, customer, printer_id, printer_owner, status, price, denom, material, technology, quantity, estimated_grams, design_hash,
      latitude_udeg, longitude_udeg, max_distance_km, due_time, created_height, created_time, accepted_height, accepted_time, settled_height, settled_time, printer_payout, fee, late)
    SELECT j, 'print1customer' || (j % 5000), 'p-' || (1 + j % ${PRINTERS}), 'print1owner' || ((1 + j % ${PRINTERS}) % 2000),
      (ARRAY['JOB_STATUS_COMPLETED','JOB_STATUS_COMPLETED','JOB_STATUS_COMPLETED','JOB_STATUS_FAILED','JOB_STATUS_ACCEPTED','JOB_STATUS_OPEN','JOB_STATUS_EXPIRED'])[1 + j % 7],
      1000000 + (j % 97) * 10000, 'uprint', 'PLA', 'TECHNOLOGY_FDM', 1 + j % 4, 50 + j % 200, md5(j::text),
      0, 0, 100, timestamptz '2026-01-01' + (j || ' seconds')::interval, 1 + (j * ${EPOCHS * EPOCH_LENGTH}::bigint) / ${JOBS}, timestamptz '2026-01-01' + (j || ' seconds')::interval,
      2 + (j * ${EPOCHS * EPOCH_LENGTH}::bigint) / ${JOBS}, timestamptz '2026-01-01' + ((j + 30) || ' seconds')::interval,
      CASE WHEN j % 7 < 4 THEN 5 + (j * ${EPOCHS * EPOCH_LENGTH}::bigint) / ${JOBS} END, CASE WHEN j % 7 < 4 THEN timestamptz '2026-01-01' + ((j + 300) || ' seconds')::interval END,
      CASE WHEN j % 7 < 3 THEN 950000 END, CASE WHEN j % 7 < 3 THEN 50000 END, CASE WHEN j % 7 < 4 THEN j % 11 = 0 END
    FROM generate_series(1, ${JOBS}) j`);
  await query(`INSERT INTO epochs (epoch, end_height, end_time, minted, fees, total, paid, community_pool_added, weights, roles)
    SELECT e, e * ${EPOCH_LENGTH}, timestamptz '2026-01-01' + (e * ${EPOCH_LENGTH} || ' seconds')::interval, 1000000000, 0, 1000000000, 990000000, 10000000,
      '{"ROLE_PRINTERS":50,"ROLE_VALIDATORS":20,"ROLE_DEVELOPERS":10,"ROLE_MODEL_PROVIDERS":10,"ROLE_LIQUIDITY_PROVIDERS":5,"ROLE_COMMUNITY":5}'::jsonb, '[]'::jsonb
    FROM generate_series(1, ${EPOCHS}) e`);
  await query(`INSERT INTO printer_epoch_stats SELECT 'p-' || i, e, (e - 1) * ${EPOCH_LENGTH}, e * ${EPOCH_LENGTH},
      10, 1, 8, 6, 5, 1, 1, 0, 8 * (1000 + i % 5000), 1000 + i % 5000, 2000 + i % 5000, trunc(5 / 7.0, 4), 7, 6, trunc(6 / 7.0, 4),
      600 + i % 100, 620, 20000 + i % 1000, i % 3, 12, 14, 5, 5 * (60 + i % 40), 60 + i % 40, (i * 7 + e * 13) % 100000, (i * 11 + e * 17) % 1000000
    FROM generate_series(1, ${PRINTERS}) i, generate_series(1, ${EPOCHS}) e`);
  await query(`INSERT INTO checkpoints (id, chain_id, height, block_hash, updated_at) VALUES ('main', 'printchain-bench', ${EPOCHS * EPOCH_LENGTH}, '', now())`);
  await query(`VACUUM ANALYZE`);
}

function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) resolve({ child, url: match[1] });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code}): ${output}`)));
  });
}

/** A bare node:http server answering each request body with its precomputed response bytes. */
const BARE_SERVER = `
const { createServer } = require("node:http");
const responses = new Map(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")));
const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const body = responses.get(Buffer.concat(chunks).toString());
    response.writeHead(body ? 200 : 404, { "content-type": "application/graphql-response+json; charset=utf-8", "content-length": Buffer.byteLength(body ?? "") });
    response.end(body ?? "");
  });
});
server.listen(0, "127.0.0.1", () => process.stdout.write("bare on http://127.0.0.1:" + server.address().port + "/graphql\\n"));
`;

interface Load {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function drive(url: string, bodies: readonly string[]): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests: [{ method: "POST", headers: { "content-type": "application/json" }, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requestsPerSecond: round(result.requests.average), errors: result.errors, non2xx: result.non2xx };
}

export async function runGraphqlBench(): Promise<void> {
  process.stdout.write(`printchain bench graphql: ${PRINTERS} printers, ${JOBS} jobs, ${EPOCHS} epochs of rollups; autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per run; ${cpus().length} vCPUs, node ${process.version}\n\n`);
  const home = mkdtempSync(join(tmpdir(), "printchain-bench-graphql-"));
  const children: ChildProcess[] = [];
  const database = await openDatabase({ home, databaseUrl: "", unsafeNoFsync: true });
  try {
    const loadStarted = performance.now();
    await loadDataset((sql) => database.dataSource.query(sql));
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    line("dataset loaded (SQL, triggers maintaining counts and totals)", `${loadSeconds.toFixed(1)} s`);

    const api = await startChild(["bin/printchain.js", "serve", "--port", "0", "--rpc", "http://127.0.0.1:9"], { ...process.env, DATABASE_URL: database.url }, /GraphQL API on (\S+)/);
    children.push(api.child);
    const printerBodies = Array.from({ length: DISTINCT }, (_, i) => JSON.stringify({ query: PRINTER_METRICS, variables: { id: `p-${1 + ((i * 7919) % PRINTERS)}` } }));
    const leaderboardBodies = Array.from({ length: EPOCHS }, (_, i) => JSON.stringify({ query: LEADERBOARD, variables: { epoch: i + 1 } }));
    const responses: Array<[string, string]> = [];
    for (const body of [...printerBodies, ...leaderboardBodies]) {
      const response = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      const text = await response.text();
      if (!response.ok || text.includes('"errors"')) throw new Error(`the API answered ${response.status}: ${text.slice(0, 500)}`);
      responses.push([body, text]);
    }
    const responsesFile = join(home, "responses.json");
    writeFileSync(responsesFile, JSON.stringify(responses));
    const bare = await startChild(["-e", BARE_SERVER, responsesFile], process.env, /bare on (\S+)/);
    children.push(bare.child);

    const figures: Record<string, { api: Load; limit: Load }> = {};
    for (const [name, bodies] of [["printerMetrics", printerBodies], ["leaderboard", leaderboardBodies]] as const) {
      await drive(api.url, bodies.slice(0, 50)); // warm-up: JIT, plans, caches
      const measured = await drive(api.url, bodies);
      const limit = await drive(bare.url, bodies);
      figures[name] = { api: measured, limit };
      line(`${name}: API p50 / p99 / req/s`, `${measured.p50Ms} ms / ${measured.p99Ms} ms / ${measured.requestsPerSecond}${measured.errors + measured.non2xx > 0 ? ` (${measured.errors} errors, ${measured.non2xx} non-2xx)` : ""}`);
      line(`${name}: limit, bare node:http, same bytes`, `${limit.p50Ms} ms / ${limit.p99Ms} ms / ${limit.requestsPerSecond}`);
      line(`${name}: API req/s over the limit's; p99 target < ${TARGET_P99_MS} ms`, `${round(measured.requestsPerSecond / limit.requestsPerSecond)}; ${measured.p99Ms < TARGET_P99_MS ? "met" : "not met"}`);
    }
    const summary = {
      date: new Date().toISOString(),
      machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
      workload: { printers: PRINTERS, jobs: JOBS, epochs: EPOCHS, connections: CONNECTIONS, durationSeconds: DURATION_S, distinctRequests: { printerMetrics: printerBodies.length, leaderboard: leaderboardBodies.length } },
      loadSeconds: round(loadSeconds),
      queries: Object.fromEntries(Object.entries(figures).map(([name, { api: measured, limit }]) => [name, { api: measured, limit, throughputRatio: round(measured.requestsPerSecond / limit.requestsPerSecond), p99TargetMs: TARGET_P99_MS, met: measured.p99Ms < TARGET_P99_MS && measured.errors + measured.non2xx === 0 }])),
    };
    const dir = join(REPO, "bench", "results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "graphql.json"), `${JSON.stringify(summary, null, 2)}\n`);
    process.stdout.write(`\nwrote bench/results/graphql.json\n`);
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await database.close();
    rmSync(home, { recursive: true, force: true });
  }
}
