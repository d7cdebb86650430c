import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { measurePoolVerifyRate, measureVerifyRate } from "./verifyLimit";
import { DEFAULT_NODE_CONFIG } from "../chain-sim/node/home";
import { runEmissionsBench } from "./emissions";
import { runGovBench } from "./gov";
import { runGraphqlBench } from "./graphql";
import { runIndexerBench } from "./indexer";
import { runReplayBench } from "./replay";
import { runSimBench } from "./sim";
import { runMarketplaceBench } from "./marketplace";
import { formatText, RESULTS_DIR, writeSummary, type BenchName as SummarisedBench } from "./summary";
import { buildWorkload, line, median, round, runAppPipeline, runBlockPipeline, runNodePipeline, runPipelinedBlocks, type Workload } from "./pipeline";

const TXS = 6000;
const ACCOUNTS = 400;
const BLOCK_SIZE = 500;
const REPEATS = 3;
/** The bar: the full pipeline at ≥ 0.8 × the single-core raw verification rate. */
const TARGET_RATIO = 0.8;

/** Median throughput over REPEATS runs; a failed tx in a benchmark is a bug, not a data point. */
async function measure(run: () => Promise<{ seconds: number; failed: number }> | { seconds: number; failed: number }): Promise<number> {
  const rates: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const { seconds, failed } = await run();
    if (failed > 0) throw new Error(`${failed} benchmark txs failed`);
    rates.push(TXS / seconds);
  }
  return median(rates);
}

/** The signed-bank-send pipeline benchmark; writes bench/results/pipeline.json. */
async function runPipelineBench(): Promise<void> {
  process.stdout.write(`printchain bench: ${TXS} signed bank sends from ${ACCOUNTS} accounts, blocks of ${BLOCK_SIZE}, median of ${REPEATS}, ${cpus().length} vCPUs, node ${process.version}\n\n`);
  const workload: Workload = await buildWorkload(ACCOUNTS, TXS);
  runBlockPipeline(await buildWorkload(50, 500), BLOCK_SIZE); // JIT warm-up

  // The limit, measured in this run on this machine: raw secp256k1 verification.
  const verifyRates = [measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec];
  const block = await measure(() => runBlockPipeline(workload, BLOCK_SIZE));
  verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);
  const pipelined = await measure(() => runPipelinedBlocks(workload, BLOCK_SIZE, 2));
  verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);
  const mempool = await measure(() => runAppPipeline(workload, BLOCK_SIZE));
  verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);
  const node = await measure(() => runNodePipeline(workload, BLOCK_SIZE, DEFAULT_NODE_CONFIG.verifierThreads));
  const poolRate = (await measurePoolVerifyRate(2, { seconds: 1, runs: 3 })).opsPerSec;
  const single = median(verifyRates);
  const verifier = measureVerifyRate({ seconds: 0.2, runs: 1 }).verifier;

  line(`limit: raw verify, 1 thread (${verifier})`, `${single.toFixed(0)} /s`);
  line("limit: raw verify, 2 worker threads", `${poolRate.toFixed(0)} /s (${(poolRate / single).toFixed(2)}x of 1 thread)`);
  line("block execution, 1 core: decode+ante+verify+send+commit", `${block.toFixed(0)} tx/s  ratio ${(block / single).toFixed(2)}`);
  line("block execution, 2 cores: block k+1 verified in 2 workers", `${pipelined.toFixed(0)} tx/s  ratio ${(pipelined / single).toFixed(2)}`);
  line("CheckTx then block, 1 core: every tx through the mempool", `${mempool.toFixed(0)} tx/s  ratio ${(mempool / single).toFixed(2)}`);
  line(`node (${DEFAULT_NODE_CONFIG.verifierThreads} verify worker): broadcast+mempool+blocks+fsync'd log`, `${node.toFixed(0)} tx/s  ratio ${(node / single).toFixed(2)}`);

  const ratio = block / single;
  const best = Math.max(block, pipelined) / single;
  const result = {
    date: new Date().toISOString(),
    machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: { txs: TXS, accounts: ACCOUNTS, blockSize: BLOCK_SIZE, repeats: REPEATS },
    limit: { rawVerifyPerSec: Math.round(single), verifier, rawVerifyPerSecTwoThreads: Math.round(poolRate), twoThreadSpeedup: round(poolRate / single) },
    pipeline: {
      blockExecutionTxPerSec: Math.round(block),
      blockExecutionRatio: round(ratio),
      pipelinedBlocksTwoWorkersTxPerSec: Math.round(pipelined),
      pipelinedBlocksTwoWorkersRatio: round(pipelined / single),
      checkTxThenBlockTxPerSec: Math.round(mempool),
      checkTxThenBlockRatio: round(mempool / single),
      nodeVerifierThreads: DEFAULT_NODE_CONFIG.verifierThreads,
      nodeTxPerSec: Math.round(node),
      nodeRatio: round(node / single),
    },
    target: { ratio: TARGET_RATIO, singleCoreMet: ratio >= TARGET_RATIO, bestRatio: round(best), met: best >= TARGET_RATIO, twoCoresAboveOne: pipelined / single > 1 },
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "pipeline.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `\nwrote bench/results/pipeline.json; block execution: ${round(ratio)} of the raw verify rate on one core, ${round(pipelined / single)} on two (target ${TARGET_RATIO}: ${result.target.met ? "met" : "not met"})\n`,
  );
}

const BENCHES = { pipeline: runPipelineBench, marketplace: runMarketplaceBench, emissions: runEmissionsBench, gov: runGovBench, replay: runReplayBench, sim: runSimBench, indexer: runIndexerBench, graphql: runGraphqlBench } as const satisfies Record<SummarisedBench, () => Promise<void>>; // every bench has a summary
type BenchName = keyof typeof BENCHES;

/**
 * `node dist/bench/run.js [pipeline|marketplace|emissions|gov|replay|sim|indexer|graphql]...`: the named
 * benchmarks, or all of them in this order; then bench/results/summary.{json,md} (see ./summary).
 */
async function main(args: readonly string[]): Promise<void> {
  const names = Object.keys(BENCHES) as BenchName[];
  const unknown = args.filter((arg) => !(names as string[]).includes(arg));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(", ")}; choose from ${names.join(", ")}`);
  const selected = args.length === 0 ? names : names.filter((name) => args.includes(name));
  const started = Date.now();
  try {
    for (const [index, name] of selected.entries()) {
      if (index > 0) process.stdout.write("\n");
      await BENCHES[name]();
    }
  } finally {
    // Also after a failed bench: what ran is summarised, the failed one marked stale.
    const summary = writeSummary(RESULTS_DIR, selected, started);
    process.stdout.write(`\n${formatText(summary)}\nwrote bench/results/summary.json and bench/results/summary.md\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
