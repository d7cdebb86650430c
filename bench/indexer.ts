/**
 * The indexer benchmark: a pre-built chain of BLOCKS blocks (a real ChainNode, one signed
 * MsgMultiSend per block, ≥ 1,000,000 events in block_results), served by the real RPC server
 * while `printchain index --once` (a child process, embedded PostgreSQL) indexes it end to end.
 * The limit: PostgreSQL's own `COPY … FROM` of the same rows into empty copies of the same tables
 * (`LIKE … INCLUDING ALL`: same columns, keys, indexes), on the same server, in the same run.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { MsgMultiSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { Client } from "pg";
import { createPrintchainRegistry } from "../proto";
import { buildGenesis, DEVNET_CHAIN_ID } from "../chain-sim/node/devnet";
import { DEFAULT_NODE_CONFIG, writeHome } from "../chain-sim/node/home";
import { ChainNode } from "../chain-sim/node/node";
import { generateValidatorKey } from "../chain-sim/node/validatorKey";
import { RpcServer } from "../chain-sim/rpc/server";
import { sha256 } from "../chain-sim/store/merkle";
import { addressFromBytes } from "../chain-sim/types/address";
import { EMBEDDED_DATABASE } from "../indexer/db/dataSource";
import { startEmbeddedPostgres } from "../indexer/db/embeddedPostgres";
import { benchSigners, GENESIS_TIME_MS, line, median, round, signBenchTx } from "./pipeline";

/** `INDEXER_BENCH_SCALE` (default 1) shrinks the chain for a quick trial; the figures are only meaningful at 1. */
const SCALE = Number(process.env.INDEXER_BENCH_SCALE ?? "1");
const BLOCKS = Math.round(20_000 * SCALE);
const MIN_EVENTS = Math.round(1_000_000 * SCALE);
/** Outputs of the one MsgMultiSend in every block: 4 events per output (coin_spent, coin_received, transfer, message). */
const OUTPUTS = 12;
const SENDERS = 200;
const RECIPIENTS = 5_000;
const GAS = 1_000_000;
/** COPY FROM of every table this many times (fresh copies each time); the limit is the median round's total. */
const COPY_ROUNDS = 3;
/** The issue's bars. */
const TARGET_RATIO = 0.5;
const TARGET_PEAK_MB = 512;
const REPO = join(__dirname, "..", "..");

interface BuiltChain {
  readonly home: string;
  readonly node: ChainNode;
  readonly blocks: number;
  readonly txs: number;
  readonly events: number;
  readonly attributes: number;
  readonly seconds: number;
}

/** A real node in a temp home, BLOCKS blocks each with one signed multi-send of OUTPUTS outputs. */
async function buildChain(): Promise<BuiltChain> {
  const started = performance.now();
  const signers = await benchSigners("indexer bench", SENDERS, 0);
  const recipients = Array.from({ length: RECIPIENTS }, (_, index) => addressFromBytes(sha256(new TextEncoder().encode(`indexer bench recipient ${index}`)).slice(0, 20)));
  const validator = generateValidatorKey();
  const genesis = buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: GENESIS_TIME_MS, validator, moniker: "indexer bench", balances: signers.map((signer) => ({ address: signer.address, amount: 1_000_000_000_000n })) });
  const home = mkdtempSync(join(tmpdir(), "printchain-bench-indexer-node-"));
  writeHome(home, { ...DEFAULT_NODE_CONFIG, snapshotInterval: 1_000_000 }, genesis, validator);
  const node = await ChainNode.open(home);
  const registry = createPrintchainRegistry();
  let txs = 0;
  let events = 0;
  let attributes = 0;
  for (let height = 1; height <= BLOCKS; height++) {
    const signer = signers[height % SENDERS];
    const outputs = Array.from({ length: OUTPUTS }, (_, index) => ({ address: recipients[(height * OUTPUTS + index) % RECIPIENTS], coins: [{ denom: "uprint", amount: String(1 + ((height + index) % 997)) }] }));
    const total = outputs.reduce((sum, output) => sum + BigInt(output.coins[0].amount), 0n);
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.fromPartial({ inputs: [{ address: signer.address, coins: [{ denom: "uprint", amount: total.toString() }] }], outputs }) };
    const tx = await signBenchTx(signer, registry, [msg], { amount: String(Math.ceil(GAS * 0.025)), gas: GAS });
    const { result } = await node.broadcast(tx);
    if (result.code !== 0) throw new Error(`bench tx at height ${height} rejected by CheckTx: ${result.log}`);
    const block = await node.produceBlock();
    for (const txResult of block.results.txs_results) {
      if (txResult.code !== 0) throw new Error(`bench tx at height ${height} failed: ${txResult.log}`);
      events += txResult.events.length;
      for (const event of txResult.events) attributes += event.attributes.length;
    }
    events += block.results.finalize_block_events.length;
    for (const event of block.results.finalize_block_events) attributes += event.attributes.length;
    txs += block.block.data.txs.length;
  }
  if (events < MIN_EVENTS) throw new Error(`the bench chain holds ${events} events, fewer than ${MIN_EVENTS}: raise OUTPUTS`);
  return { home, node, blocks: node.height, txs, events, attributes, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// Memory of the indexer child and its PostgreSQL (/proc)

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function kb(text: string | undefined, field: string): number {
  const match = text?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) : 0;
}

/** Every live descendant of `root` (not `root` itself). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(name));
    children.set(ppid, list);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

interface ChildRun {
  readonly seconds: number;
  /** VmHWM of the indexer process (the last reading before it exited). */
  readonly peakRssMb: number;
  /** Peak over the samples of the summed PSS of the PostgreSQL processes (shared buffers counted once). */
  readonly postgresPeakPssMb: number;
  /** CPU seconds (user + system) of the indexer process and of its PostgreSQL processes, at the last sample. */
  readonly cpuSeconds: number;
  readonly postgresCpuSeconds: number;
  readonly stdout: string;
}

/** Runs `printchain index …` as a child, sampling its memory (and its PostgreSQL's) every 100 ms. */
function cpuTicks(pid: number): number {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return 0;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime, stime
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ). */
const TICKS = 100;

/** `INDEXER_BENCH_CPU_PROF=<dir>`: the timed indexer run writes a V8 CPU profile there (slows it a little). */
function runIndexer(args: readonly string[], profileDir?: string): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    const child = spawn(process.execPath, [...nodeArgs, join(REPO, "bin", "printchain.js"), "index", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-8000)));
    let peakRssKb = 0;
    let postgresPeakKb = 0;
    let cpu = 0;
    const postgresCpu = new Map<number, number>();
    const sample = (): void => {
      const pid = child.pid;
      if (pid === undefined) return;
      const status = readProc(`/proc/${pid}/status`);
      if (status) peakRssKb = Math.max(peakRssKb, kb(status, "VmHWM"), kb(status, "VmRSS"));
      cpu = Math.max(cpu, cpuTicks(pid));
      let pss = 0;
      for (const descendant of descendants(pid)) {
        pss += kb(readProc(`/proc/${descendant}/smaps_rollup`), "Pss");
        postgresCpu.set(descendant, Math.max(postgresCpu.get(descendant) ?? 0, cpuTicks(descendant)));
      }
      postgresPeakKb = Math.max(postgresPeakKb, pss);
    };
    const timer = setInterval(sample, 100);
    child.once("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once("exit", (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`printchain index ${args.join(" ")} exited with ${code ?? signal}: ${stderr.trim()}`));
      const postgresTicks = [...postgresCpu.values()].reduce((sum, ticks) => sum + ticks, 0);
      resolve({ seconds, peakRssMb: peakRssKb / 1024, postgresPeakPssMb: postgresPeakKb / 1024, cpuSeconds: cpu / TICKS, postgresCpuSeconds: postgresTicks / TICKS, stdout });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The limit: COPY of the same rows on the same server

interface CopyLimit {
  readonly tables: Record<string, { rows: number; copyFromMs: number }>;
  readonly rows: number;
  readonly seconds: number;
  readonly roundsSeconds: number[];
  readonly serverStartSeconds: number;
}

/** Restarts the indexer's embedded server, counts every table, and times COPY FROM of each into an empty LIKE copy. */
async function measureCopy(indexerHome: string): Promise<CopyLimit> {
  const dataDir = join(indexerHome, "indexer", "pg");
  const startedAt = performance.now();
  const server = await startEmbeddedPostgres({ dataDir, database: EMBEDDED_DATABASE });
  const serverStartSeconds = (performance.now() - startedAt) / 1000;
  const client = new Client({ connectionString: server.url });
  await client.connect();
  try {
    const names = ((await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`)).rows as Array<{ tablename: string }>).map((row) => row.tablename);
    const tables: Record<string, { rows: number; copyFromMs: number }> = {};
    let rows = 0;
    const roundsMs: number[] = Array.from({ length: COPY_ROUNDS }, () => 0);
    for (const name of names) {
      const table = client.escapeIdentifier(name);
      const copy = client.escapeIdentifier(`bench_copy_${name}`);
      const file = join(dataDir, `bench-copy-${name}.tsv`);
      const count = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
      // The server writes and reads the file itself (it owns the data dir); text format, as a COPY-based writer would stream.
      await client.query(`COPY ${table} TO ${client.escapeLiteral(file)}`);
      const times: number[] = [];
      for (let r = 0; r < COPY_ROUNDS; r++) {
        await client.query(`DROP TABLE IF EXISTS ${copy}`);
        await client.query(`CREATE TABLE ${copy} (LIKE ${table} INCLUDING ALL)`);
        await client.query("CHECKPOINT"); // the COPY TO, CREATE and DROP out of the way of the timed load
        const started = performance.now();
        await client.query(`COPY ${copy} FROM ${client.escapeLiteral(file)}`);
        times.push(performance.now() - started);
        roundsMs[r] += times[r];
      }
      await client.query(`DROP TABLE ${copy}`);
      rmSync(file, { force: true });
      tables[name] = { rows: count, copyFromMs: round(median(times)) };
      rows += count;
    }
    const copyMs = median(roundsMs);
    return { tables, rows, seconds: copyMs / 1000, roundsSeconds: roundsMs.map((ms) => round(ms / 1000)), serverStartSeconds };
  } finally {
    await client.end();
    await server.stop();
  }
}

// ---------------------------------------------------------------------------------------------

/** `printchain index --once` over a pre-built chain vs COPY of the same rows; writes bench/results/indexer.json. */
export async function runIndexerBench(): Promise<void> {
  process.stdout.write(`printchain indexer bench: ${BLOCKS} blocks, one signed MsgMultiSend of ${OUTPUTS} outputs each, indexed by \`printchain index --once\` into embedded PostgreSQL, ${cpus().length} vCPUs, node ${process.version}\n\n`);
  if (!existsSync(join(REPO, "dist", "chain-sim", "cli", "main.js"))) throw new Error("printchain is not built: run `npm run build` first (npm run bench does)");
  const chain = await buildChain();
  line("build: node, signed multi-sends, fsync'd blocks (not in the figures)", `${chain.seconds.toFixed(1)} s  ${chain.blocks} blocks  ${chain.txs} txs  ${chain.events} events  ${chain.attributes} attributes`);

  const rpc = new RpcServer(chain.node);
  const indexerHome = mkdtempSync(join(tmpdir(), "printchain-bench-indexer-db-"));
  try {
    const { port } = await rpc.listen(0, "127.0.0.1");
    const url = `http://127.0.0.1:${port}`;
    // initdb and the migrations once, outside the timed run (an installed indexer has done them).
    const initStarted = performance.now();
    await runIndexer(["--check", "--home", indexerHome]);
    line("setup: initdb + migrations (not in the figures)", `${((performance.now() - initStarted) / 1000).toFixed(1)} s`);

    const serverCpu = process.cpuUsage();
    const run = await runIndexer(["--once", "--rpc", url, "--home", indexerHome, "--quiet"], process.env.INDEXER_BENCH_CPU_PROF || undefined);
    const { user, system } = process.cpuUsage(serverCpu);
    const rpcCpuSeconds = (user + system) / 1e6;
    if (!run.stdout.includes(`indexed to height ${chain.blocks}`)) throw new Error(`the indexer stopped short: ${run.stdout.trim()}`);
    await rpc.close();

    const copy = await measureCopy(indexerHome);
    const events = copy.tables.events?.rows ?? 0;
    if ((copy.tables.blocks?.rows ?? 0) !== chain.blocks || events !== chain.events || (copy.tables.attributes?.rows ?? 0) !== chain.attributes) {
      throw new Error(`indexed ${copy.tables.blocks?.rows} blocks / ${events} events / ${copy.tables.attributes?.rows} attributes; the chain has ${chain.blocks} / ${chain.events} / ${chain.attributes}`);
    }
    const check = spawnSync(process.execPath, [join(REPO, "bin", "printchain.js"), "index", "--check", "--home", indexerHome], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`completeness check failed: ${check.stdout}${check.stderr}`);

    const indexerRowsPerSec = copy.rows / run.seconds;
    const copyRowsPerSec = copy.rows / copy.seconds;
    const ratio = indexerRowsPerSec / copyRowsPerSec;
    const rowsByTable = Object.entries(copy.tables).map(([name, table]) => `${name} ${table.rows}`).join(", ");
    line("rows written (every table, counted after the run)", `${copy.rows}  (${rowsByTable})`);
    line(`limit: COPY FROM of the same rows into LIKE … INCLUDING ALL copies, median of ${COPY_ROUNDS}`, `${copyRowsPerSec.toFixed(0)} rows/s  (${copy.seconds.toFixed(1)} s)`);
    line("indexer: `index --once`, process start to exit (incl. PG start/stop)", `${(chain.blocks / run.seconds).toFixed(1)} blocks/s  ${indexerRowsPerSec.toFixed(0)} rows/s  (${run.seconds.toFixed(1)} s; PG start ≈ ${copy.serverStartSeconds.toFixed(1)} s)`);
    line("indexer / COPY", `${ratio.toFixed(2)}×  target ≥ ${TARGET_RATIO}`);
    line("CPU during the run: indexer / its PostgreSQL / node+RPC server", `${run.cpuSeconds.toFixed(1)} s / ${run.postgresCpuSeconds.toFixed(1)} s / ${rpcCpuSeconds.toFixed(1)} s  of ${(run.seconds * cpus().length).toFixed(1)} core-s`);
    line("peak RSS: indexer process (VmHWM)", `${run.peakRssMb.toFixed(0)} MB  target < ${TARGET_PEAK_MB} MB`);
    line("peak PSS: its PostgreSQL processes (summed, sampled every 100 ms)", `${run.postgresPeakPssMb.toFixed(0)} MB`);

    const summary = {
      date: new Date().toISOString(),
      machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
      chain: { blocks: chain.blocks, txs: chain.txs, events: chain.events, attributes: chain.attributes, outputsPerMultiSend: OUTPUTS, buildSeconds: round(chain.seconds) },
      limit: { copyRowsPerSec: Math.round(copyRowsPerSec), copySeconds: round(copy.seconds), rounds: COPY_ROUNDS, roundsSeconds: copy.roundsSeconds, tables: copy.tables },
      indexer: {
        seconds: round(run.seconds),
        rows: copy.rows,
        blocksPerSec: round(chain.blocks / run.seconds),
        rowsPerSec: Math.round(indexerRowsPerSec),
        eventsPerSec: Math.round(events / run.seconds),
        peakRssMb: round(run.peakRssMb),
        postgresPeakPssMb: round(run.postgresPeakPssMb),
        postgresStartSeconds: round(copy.serverStartSeconds),
        cpuSeconds: { indexer: round(run.cpuSeconds), postgres: round(run.postgresCpuSeconds), nodeRpcServer: round(rpcCpuSeconds) },
      },
      target: { ratio: TARGET_RATIO, achievedRatio: round(ratio), ratioMet: ratio >= TARGET_RATIO, peakRssMbMax: TARGET_PEAK_MB, memoryMet: run.peakRssMb < TARGET_PEAK_MB, met: ratio >= TARGET_RATIO && run.peakRssMb < TARGET_PEAK_MB },
    };
    if (SCALE === 1) {
      const dir = join(REPO, "bench", "results");
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "indexer.json"), `${JSON.stringify(summary, null, 2)}\n`);
    }
    process.stdout.write(
      `\n${SCALE === 1 ? "wrote bench/results/indexer.json" : `INDEXER_BENCH_SCALE=${SCALE}: no results written`}; indexer at ${round(ratio)}× the COPY rate (target ${TARGET_RATIO}: ${summary.target.ratioMet ? "met" : "not met"}), peak RSS ${run.peakRssMb.toFixed(0)} MB (target < ${TARGET_PEAK_MB} MB: ${summary.target.memoryMet ? "met" : "not met"})\n`,
    );
  } finally {
    await rpc.close().catch(() => undefined);
    await chain.node.stop();
    rmSync(chain.home, { recursive: true, force: true });
    rmSync(indexerHome, { recursive: true, force: true });
  }
}
