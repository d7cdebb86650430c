import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { jobsCodecs, printersCodecs, stakingCodecs, toBigInt } from "../../proto";
import { valoperFromAccount } from "../../chain-sim/types/address";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { buildCli } from "../../chain-sim/cli/main";
import { checkCompleteness } from "../../indexer/check";
import { EMBEDDED_DATABASE, openDatabase, type Database } from "../../indexer/db/dataSource";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../indexer/db/embeddedPostgres";
import { epochDigests } from "../../indexer/digest";
import { Indexer, IndexerError } from "../../indexer/indexer";
import { IndexerMetrics, startMetricsServer, type MetricsServer } from "../../indexer/metrics";
import { readCheckpoint } from "../../indexer/writer";
import { captureOutput } from "../utils/cliCapture";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";

/**
 * Operations: the metrics / health / readiness server during and after a backfill, a height the
 * node answers with a JSON-RPC error, and `printchain index --once` SIGKILLed at three seeded
 * points of a backfill over several epochs, against a clean index of the same chain.
 */
jest.setTimeout(90_000);

const EPOCH = 10;
const ACCEPTANCE_MS = 4_000;
const [CUSTOMER, ALICE, BOB, VALIDATOR, DELEGATOR] = [1, 2, 4, 5, 6];
const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };
const CLI = join(__dirname, "..", "..", "bin", "printchain.js");

let chain: ManualChain;
const homes: string[] = [];
let served: Database;
let servedRestarted: EmbeddedPostgres | undefined;
let clean: Database;

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, { acceptanceWindowMs: String(ACCEPTANCE_MS), confirmationWindowMs: "120000", lateGraceMs: "300000" });
  Object.assign(appState.printers.params, { minBond: "1000000" });
  Object.assign(appState.emissions.params, { epochLength: String(EPOCH) });
  Object.assign(appState.staking.params, { unbondingBlocks: "4" });
}

const a = (index: number): string => chain.addresses[index];
const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const uprint = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });

const register = (owner: number, printerId: string): EncodeObject =>
  msg(printersCodecs.MsgRegisterPrinter, {
    owner: a(owner), printerId, moniker: printerId,
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA"], layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { ...BERLIN, region: "DE" }, bond: "1000000",
  });

async function completeJob(owner: number, printerId: string, quality: number): Promise<void> {
  const deadlineMs = (await chain.latestTimeMs()) + BLOCK_MS + 3_600_000;
  const created = await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgCreateJob, {
    customer: a(CUSTOMER), designHash: "ab".repeat(32), designUri: "ipfs://design", quantity: 1, material: "PLA", technology: 1,
    minBuildVolume: { xMm: 10, yMm: 10, zMm: 10 }, estimatedGrams: 100, price: uprint(5_000_000n), ...BERLIN, maxDistanceKm: 50, deadlineMs,
  }));
  const jobId = toBigInt(jobsCodecs.MsgCreateJobResponse.decode(created.msgResponses[0].value).jobId).toString();
  await chain.submitOk(owner, msg(jobsCodecs.MsgAcceptJob, { operator: a(owner), jobId, printerId }));
  await chain.submitOk(owner, msg(jobsCodecs.MsgSubmitProofOfPrint, {
    operator: a(owner), jobId, evidenceHash: "cd".repeat(32), evidenceUri: `ipfs://evidence-${jobId}`, printSeconds: 3600, gramsUsed: 95,
    errorCount: 0, errorKinds: [], firstAttempt: true, unitsCompleted: 1,
  }));
  await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgConfirmJob, { customer: a(CUSTOMER), jobId, qualityScore: quality, defects: [] }));
}

async function untilHeight(height: number): Promise<void> {
  while (chain.node.node.height < height) await chain.produce();
}

interface RpcCall {
  readonly method: string;
  readonly height: number | undefined;
}

/** What a proxy does with a call: undefined forwards it to the node; an object is the answer's `error`. */
type Intercept = (call: RpcCall) => Promise<{ code: number; message: string; data: string } | undefined>;

interface RpcProxy {
  readonly url: string;
  readonly calls: RpcCall[];
  close(): Promise<void>;
}

type JsonRpcRequest = { id: unknown; method: string; params?: { height?: string | number } };

/**
 * A JSON-RPC proxy in front of the node, for single requests and batches (arrays: the indexer
 * sends the `block` and `block_results` of several heights in one POST). Each request goes through
 * `intercept`; a batch is answered once all of its requests are.
 */
function rpcProxy(target: string, intercept: Intercept): Promise<RpcProxy> {
  const calls: RpcCall[] = [];
  const forwardToNode = async (requests: JsonRpcRequest[]): Promise<unknown[]> => {
    if (requests.length === 0) return [];
    const response = await fetch(target, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(requests) });
    return (await response.json()) as unknown[];
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const sent = JSON.parse(Buffer.concat(chunks).toString("utf8")) as JsonRpcRequest | JsonRpcRequest[];
      const requests = Array.isArray(sent) ? sent : [sent];
      const errors = await Promise.all(
        requests.map((entry) => {
          const call = { method: entry.method, height: entry.params?.height === undefined ? undefined : Number(entry.params.height) };
          calls.push(call);
          return intercept(call);
        }),
      );
      const answered = requests.flatMap((entry, index) => (errors[index] ? [{ jsonrpc: "2.0", id: entry.id, error: errors[index] }] : []));
      const answers = [...answered, ...(await forwardToNode(requests.filter((_, index) => !errors[index])))];
      if (response.destroyed) return;
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(Array.isArray(sent) ? answers : answers[0]));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
        calls,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    }),
  );
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

/** The value of an unlabelled sample in the Prometheus text exposition. */
function sample(exposition: string, name: string): number {
  const line = exposition.split("\n").find((entry) => entry.startsWith(`${name} `));
  if (!line) throw new Error(`no sample ${name} in:\n${exposition}`);
  return Number(line.slice(name.length + 1));
}

/** GET /ready; an indexer that failed ends the wait at once. */
async function readiness(serverUrl: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const ready = await getJson(`${serverUrl}/ready`);
  if (String(ready.body.reason ?? "").startsWith("indexer failed")) throw new Error(String(ready.body.reason));
  return ready;
}

/** Polls `probe` until it returns a value (no timing is asserted; the deadline only ends a hung test). */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const count = async (database: Database, sql: string, parameters: unknown[] = []): Promise<number> => Number((await database.dataSource.query(sql, parameters))[0].n);

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const tables = (await database.dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`)) as Array<{ table_name: string }>;
  const out: Record<string, number> = {};
  for (const { table_name: table } of tables) out[table] = await count(database, `SELECT count(*) AS n FROM "${table}"`);
  return out;
}

/** Deterministic pseudo-random numbers in [0, 1) from a seed (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const open = (home: string): Promise<Database> => openDatabase({ home, databaseUrl: "", unsafeNoFsync: true });

beforeAll(async () => {
  homes.push(...["served", "clean", "killed"].map((label) => mkdtempSync(join(tmpdir(), `printchain-ops-${label}-`))));
  [chain, served, clean] = await Promise.all([ManualChain.start(patchGenesis), open(homes[0]), open(homes[1])]);
  await chain.submitOk(ALICE, register(ALICE, "printer-a"));
  await chain.submitOk(BOB, register(BOB, "printer-b"));
  await chain.submitOk(VALIDATOR, msg(stakingCodecs.MsgCreateValidator, {
    description: { moniker: "v5" }, commission: { rate: "0.05", maxRate: "0.2", maxChangeRate: "0.01" }, minSelfDelegation: "1",
    validatorAddress: valoperFromAccount(a(VALIDATOR)), pubkey: new Uint8Array(32).fill(5), value: uprint(3_000_000_000n),
  }));
  await completeJob(ALICE, "printer-a", 90);
  await untilHeight(EPOCH);
  await completeJob(BOB, "printer-b", 70);
  await chain.submitOk(DELEGATOR, msg(stakingCodecs.MsgDelegate, { delegatorAddress: a(DELEGATOR), validatorAddress: valoperFromAccount(a(VALIDATOR)), amount: uprint(1_000_000_000n) }));
  await untilHeight(3 * EPOCH);
  await completeJob(ALICE, "printer-a", 80);
  await chain.submitOk(DELEGATOR, msg(stakingCodecs.MsgUndelegate, { delegatorAddress: a(DELEGATOR), validatorAddress: valoperFromAccount(a(VALIDATOR)), amount: uprint(333_000_007n) }));
  await untilHeight(6 * EPOCH + 2);
});

afterAll(async () => {
  await served?.close();
  await servedRestarted?.stop();
  await clean?.close();
  await chain?.stop();
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe("indexer operations: metrics, health, readiness, bad heights, SIGKILL", () => {
  test("/ready is 503 while a (held) backfill runs and 200 once caught up; /metrics counts the blocks, batches and fetches; /health; 404 and 405", async () => {
    const head = chain.node.node.height;
    const batchSize = 3;
    const gate = 19; // `block` of heights above it is held until released
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const proxy = await rpcProxy(chain.node.url, async (call) => {
      if (call.method === "block" && call.height! > gate) await released;
      return undefined;
    });
    const metrics = new IndexerMetrics();
    const server: MetricsServer = await startMetricsServer(metrics, { port: 0 });
    const indexer = new Indexer({ rpcUrl: proxy.url, dataSource: served.dataSource, batchSize, concurrency: 2, pollMs: 50, metrics });
    const running = indexer.run();
    running.catch(() => undefined); // awaited below
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const held = Math.floor(gate / batchSize) * batchSize; // the last whole batch below the gate
      const during = await eventually("the held backfill", async () => {
        const ready = await readiness(server.url);
        return ready.body.height === held ? ready : undefined;
      });
      expect(during).toMatchObject({ status: 503, body: { ready: false, height: held, head, lag: head - held } });
      expect(await getJson(`${server.url}/health`)).toMatchObject({ status: 200, body: { status: "ok", height: held, head } });
      expect(sample(await (await fetch(`${server.url}/metrics`)).text(), "printchain_indexer_lag_blocks")).toBe(head - held);

      release();
      const after = await eventually("readiness", async () => {
        const ready = await readiness(server.url);
        return ready.status === 200 ? ready : undefined;
      });
      expect(after.body).toEqual({ ready: true, height: head, head, lag: 0 });

      const response = await fetch(`${server.url}/metrics`);
      expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      expect(sample(text, "printchain_indexer_blocks_indexed_total")).toBe(head);
      expect(sample(text, "printchain_indexer_indexed_height")).toBe(head);
      expect(sample(text, "printchain_indexer_chain_head_height")).toBe(head);
      expect(sample(text, "printchain_indexer_lag_blocks")).toBe(0);
      expect(sample(text, "printchain_indexer_rpc_fetch_duration_seconds_count")).toBe(head);
      expect(sample(text, "printchain_indexer_rpc_fetch_duration_seconds_sum")).toBeGreaterThan(0);
      expect(sample(text, "printchain_indexer_batch_write_duration_seconds_count")).toBe(Math.ceil(head / batchSize));
      expect(sample(text, "printchain_indexer_batch_write_duration_seconds_sum")).toBeGreaterThan(0);
      expect(sample(text, "printchain_indexer_batch_blocks_sum")).toBe(head);
      expect(sample(text, `printchain_indexer_batch_blocks_bucket{le="5"}`)).toBe(Math.ceil(head / batchSize));
      expect(sample(text, "printchain_indexer_db_retries_total")).toBe(0);
      expect(sample(text, "printchain_indexer_rpc_retries_total")).toBe(0);
      // Every ledger row is among the rows written (module rows come on top).
      const ledgerRows = await count(served, `SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM txs) + (SELECT count(*) FROM messages) + (SELECT count(*) FROM events) + (SELECT count(*) FROM attributes) + (SELECT count(*) FROM balance_changes) AS n`);
      expect(sample(text, "printchain_indexer_rows_written_total")).toBeGreaterThanOrEqual(ledgerRows);
      expect(await count(served, `SELECT count(*) AS n FROM blocks`)).toBe(head);

      expect(await getJson(`${server.url}/nothing-here`)).toMatchObject({ status: 404, body: { error: "not found: /nothing-here" } });
      const post = await getJson(`${server.url}/metrics`, { method: "POST" });
      expect(post).toMatchObject({ status: 405, body: { error: "method POST not allowed" } });
      expect(post.headers.get("allow")).toBe("GET, HEAD");
    } finally {
      release();
      indexer.stop();
      await running.catch(() => undefined);
      await proxy.close();
    }
    try {
      expect(await running).toBe(head);
      expect(await getJson(`${server.url}/health`)).toMatchObject({ status: 503, body: { status: "unhealthy", reason: "indexer stopped", height: head } });
      expect(await getJson(`${server.url}/ready`)).toMatchObject({ status: 503, body: { ready: false, reason: "indexer stopped" } });
    } finally {
      await server.close();
    }
  });

  test("a height the node answers with a JSON-RPC error (block, then block_results) stops the indexer at it after two attempts; its batch is not written", async () => {
    const from = (await readCheckpoint(served.dataSource))!.height;
    await untilHeight(from + 9);
    for (const [method, missing, written] of [["block", from + 5, from + 3], ["block_results", from + 8, from + 6]] as const) {
      const notAvailable = { code: -32603, message: "Internal error", data: `${method === "block" ? "block" : "block results"} at height ${missing} is not available` };
      const proxy = await rpcProxy(chain.node.url, async (call) => (call.method === method && call.height === missing ? notAvailable : undefined));
      const metrics = new IndexerMetrics();
      try {
        const run = new Indexer({ rpcUrl: proxy.url, dataSource: served.dataSource, batchSize: 3, concurrency: 2, once: true, metrics }).run();
        const error = (await run.catch((caught: unknown) => caught)) as IndexerError;
        expect(error).toBeInstanceOf(IndexerError);
        expect(error.height).toBe(missing);
        expect(error.message).toContain(`cannot index height ${missing}`);
        expect(error.message).toContain(notAvailable.data);
        expect(proxy.calls.filter((call) => call.method === method && call.height === missing)).toHaveLength(2);
        // the batches below it committed; nothing of its own batch
        expect((await readCheckpoint(served.dataSource))!.height).toBe(written);
        expect(await count(served, `SELECT count(*) AS n FROM blocks WHERE height > $1`, [String(written)])).toBe(0);
        expect(await count(served, `SELECT count(*) AS n FROM module_checkpoints WHERE height <> $1`, [String(written)])).toBe(0);
        expect(metrics.health()).toMatchObject({ healthy: false, body: { status: "unhealthy", reason: expect.stringContaining(`indexer failed: cannot index height ${missing}`) } });
      } finally {
        await proxy.close();
      }
    }
    const head = chain.node.node.height;
    expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: served.dataSource, once: true }).run()).toBe(head);
    expect(await checkCompleteness(served.dataSource)).toMatchObject({ checkpoint: head, blocks: head, gaps: [], moduleCheckpoints: [] });
  });

  test("the completeness check reports a module checkpoint off the ledger's", async () => {
    const checkpoint = (await readCheckpoint(served.dataSource))!.height;
    await served.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE module_checkpoints SET height = height - 2 WHERE module = 'jobs'`);
      const report = await checkCompleteness(manager);
      expect(report.gaps).toEqual([]);
      expect(report.moduleCheckpoints).toEqual([{ module: "jobs", height: checkpoint - 2, problem: `at height ${checkpoint - 2}, the ledger checkpoint is at ${checkpoint}` }]);
      throw new Error("rollback");
    }).catch((error: Error) => expect(error.message).toBe("rollback"));
    expect((await checkCompleteness(served.dataSource)).moduleCheckpoints).toEqual([]);
  });

  test("a database outage under a following indexer: /health and /ready 503 while its writes are retried, 200 once PostgreSQL is back", async () => {
    const metrics = new IndexerMetrics();
    const server = await startMetricsServer(metrics, { port: 0 });
    const indexer = new Indexer({ rpcUrl: chain.node.url, dataSource: served.dataSource, batchSize: 3, pollMs: 50, metrics, log: () => undefined });
    const running = indexer.run();
    running.catch(() => undefined); // awaited below
    const state = async (): Promise<[number, number, number]> => [(await fetch(`${server.url}/health`)).status, (await fetch(`${server.url}/ready`)).status, Number((await readiness(server.url)).body.height)];
    try {
      await eventually("readiness", async () => ((await state())[1] === 200 ? true : undefined));
      const embedded = served.embedded!;
      await embedded.stop();
      await chain.produce();
      const down = await eventually("the outage to be seen", async () => {
        const health = await getJson(`${server.url}/health`);
        return health.status === 503 ? health : undefined;
      });
      expect(String(down.body.reason)).toMatch(/^database unavailable: /);
      expect((await readiness(server.url)).status).toBe(503);
      expect(sample(await (await fetch(`${server.url}/metrics`)).text(), "printchain_indexer_db_retries_total")).toBeGreaterThan(0);
      servedRestarted = await startEmbeddedPostgres({ dataDir: embedded.dataDir, port: embedded.port, database: EMBEDDED_DATABASE, unsafeNoFsync: true });
      const head = chain.node.node.height;
      expect(await eventually("recovery", async () => {
        const now = await state();
        return now[1] === 200 && now[2] === head ? now : undefined;
      })).toEqual([200, 200, head]);
    } finally {
      indexer.stop();
      await running.catch(() => undefined);
      await server.close();
    }
    expect(await running).toBe(chain.node.node.height);
  });

  test("`printchain index --once` SIGKILLed at three seeded points of the backfill, restarted: the same rows and per-epoch digests as a clean run", async () => {
    const head = chain.node.node.height;
    const killedHome = homes[2];
    const random = seededRandom(20261201);
    // Kill points: the first `block` request at or above each height. 12+ heights apart (over
    // two batches plus the fetch window), so every killed run has committed a batch.
    const killAt: number[] = [];
    for (let point = 0, height = 0; point < 3; point++) killAt.push((height += 12 + Math.floor(random() * 6)));
    expect(killAt[2]).toBeLessThan(head - 3);

    let child: ChildProcess | undefined;
    let killHeight = Infinity;
    let atKillPoint: (() => void) | undefined;
    const never = new Promise<never>(() => undefined);
    const proxy = await rpcProxy(chain.node.url, async (call) => {
      if ((call.method === "block" || call.method === "block_results") && call.height! >= killHeight) {
        atKillPoint?.();
        return never; // held: the indexer is killed while waiting for it
      }
      return undefined;
    });
    const runCli = (): { exit: Promise<NodeJS.Signals | number | null>; output: () => string } => {
      let output = "";
      child = spawn(process.execPath, [CLI, "index", "--once", "--rpc", proxy.url, "--home", killedHome, "--batch", "3", "--concurrency", "2", "--metrics-port", "0"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: "" } });
      child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      return { exit: new Promise((resolve) => child!.once("exit", (code, signal) => resolve(signal ?? code))), output: () => output };
    };
    /** The first height a run asks for: one above the checkpoint it resumed from. */
    const resumedAt: number[] = [];
    const firstBlockSince = (call: number): number => proxy.calls.slice(call).find((entry) => entry.method === "block")!.height!;
    try {
      for (const height of killAt) {
        const callsBefore = proxy.calls.length;
        killHeight = height;
        const reached = new Promise<void>((resolve) => (atKillPoint = resolve));
        const run = runCli();
        await Promise.race([reached, run.exit.then((code) => Promise.reject(new Error(`index exited (${code}) before height ${height}:\n${run.output()}`)))]);
        // The CLI's metrics server answers while its backfill is held.
        const url = /metrics at (http:\/\/127\.0\.0\.1:\d+)\/metrics/.exec(run.output())?.[1];
        expect(url).toBeDefined();
        const ready = await getJson(`${url}/ready`);
        expect(ready).toMatchObject({ status: 503, body: { ready: false, head } });
        expect(ready.body.height as number).toBeLessThan(height);
        child!.kill("SIGKILL");
        expect(await run.exit).toBe("SIGKILL");
        resumedAt.push(firstBlockSince(callsBefore));
      }
      killHeight = Infinity;
      const callsBefore = proxy.calls.length;
      const last = runCli();
      expect([await last.exit, last.output()]).toEqual([0, expect.stringContaining(`indexed to height ${head}`)]);
      resumedAt.push(firstBlockSince(callsBefore));
    } finally {
      child?.kill("SIGKILL");
      await proxy.close();
    }
    // Each run resumed above the previous one's start: every killed run had committed batches.
    expect(resumedAt[0]).toBe(1);
    for (let run = 1; run < resumedAt.length; run++) expect(resumedAt[run]).toBeGreaterThan(resumedAt[run - 1]);

    // The same batch size as the killed runs: a restart resumes on the same batch boundaries.
    expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: clean.dataSource, batchSize: 3, once: true }).run()).toBe(head);
    const killed = await open(killedHome);
    try {
      const expected = await tableCounts(clean);
      expect(expected.blocks).toBe(head);
      expect(await tableCounts(killed)).toEqual(expected);
      const digests = await epochDigests(clean.dataSource.manager);
      expect(digests.map((digest) => digest.endHeight)).toEqual(Array.from({ length: Math.floor(head / EPOCH) }, (_, n) => (n + 1) * EPOCH));
      expect(await epochDigests(killed.dataSource.manager)).toEqual(digests);
      expect(await checkCompleteness(killed.dataSource)).toMatchObject({ checkpoint: head, gaps: [], moduleCheckpoints: [] });
      // for `index --check` below: one module checkpoint moved off the ledger's
      await killed.dataSource.query(`UPDATE module_checkpoints SET height = height - 1 WHERE module = 'rollups'`);
    } finally {
      await killed.close();
    }
    const check = await captureOutput(() => buildCli().parseAsync(["node", "printchain", "index", "--check", "--home", killedHome]));
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain(`checkpoint ${head}, ${head} blocks from 1, 0 gaps, 1 module checkpoints off the ledger's\n  module rollups: at height ${head - 1}, the ledger checkpoint is at ${head}\n`);
  });
});
