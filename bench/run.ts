import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { measurePoolVerifyRate, measureVerifyRate } from "./verifyLimit";
import { buildWorkload, runAppPipeline, runNodePipeline } from "./pipeline";

const TXS = Number(process.env.BENCH_TXS ?? 8000);
const ACCOUNTS = 400;
const BLOCK_SIZE = 500;
/** The bar: the full pipeline at ≥ 0.8 × the single-core raw verification rate. */
const TARGET_RATIO = 0.8;

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}

async function main(): Promise<void> {
  process.stdout.write(`printchain bench: ${TXS} signed bank sends, ${ACCOUNTS} accounts, blocks of ${BLOCK_SIZE}, ${cpus().length} cores, node ${process.version}\n\n`);
  const workload = await buildWorkload(ACCOUNTS, TXS);

  // The limit, measured in this run on this machine: raw secp256k1 verification on one core.
  const single = measureVerifyRate({ seconds: 1 });
  const pool = await measurePoolVerifyRate(2, { seconds: 1 });
  line(`raw verify, 1 core (${single.verifier})`, `${single.opsPerSec.toFixed(0)} /s`);
  line("raw verify, 2 worker threads", `${pool.opsPerSec.toFixed(0)} /s`);

  // Warm up the JIT on a small run, then measure.
  runAppPipeline(await buildWorkload(50, 500), BLOCK_SIZE);
  const app = runAppPipeline(workload, BLOCK_SIZE);
  const appRate = TXS / app.seconds;
  line("state machine, 1 core: CheckTx + DeliverTx + commit", `${appRate.toFixed(0)} tx/s  ratio ${(appRate / single.opsPerSec).toFixed(2)}`);

  const node = await runNodePipeline(workload, BLOCK_SIZE, 2);
  const nodeRate = TXS / node.seconds;
  line("node, verify in 2 workers: mempool + blocks + block log", `${nodeRate.toFixed(0)} tx/s  ratio ${(nodeRate / single.opsPerSec).toFixed(2)}`);

  const result = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: { txs: TXS, accounts: ACCOUNTS, blockSize: BLOCK_SIZE, failedTxs: app.failed + node.failed },
    limit: { rawVerifyPerSecSingleCore: Math.round(single.opsPerSec), verifier: single.verifier, rawVerifyPerSecTwoThreads: Math.round(pool.opsPerSec) },
    pipeline: {
      singleCoreTxPerSec: Math.round(appRate),
      singleCoreRatio: round(appRate / single.opsPerSec),
      nodeTwoWorkersTxPerSec: Math.round(nodeRate),
      nodeTwoWorkersRatio: round(nodeRate / single.opsPerSec),
    },
    target: { ratio: TARGET_RATIO, met: appRate / single.opsPerSec >= TARGET_RATIO || nodeRate / single.opsPerSec >= TARGET_RATIO },
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pipeline.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results/pipeline.json; target ratio ${TARGET_RATIO}: ${result.target.met ? "met" : "NOT met"}\n`);
  if (app.failed + node.failed > 0) throw new Error(`${app.failed + node.failed} benchmark txs failed`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
