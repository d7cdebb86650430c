import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { DEFAULT_NODE_CONFIG } from "../chain-sim/node/home";
import { readBlockFile } from "../chain-sim/replay/blockFile";
import { exportBlocks } from "../chain-sim/replay/export";
import { replayBlocks } from "../chain-sim/replay/verify";
import { buildWorkload, line, median, round, runBlockPipeline, runNodePipeline } from "./pipeline";
import { measureVerifyRate } from "./verifyLimit";

const TXS = 6000;
const ACCOUNTS = 400;
const BLOCK_SIZE = 250;
const REPEATS = 3;
/** The node's default: one worker thread verifying signatures next to the main thread. */
const THREADS = DEFAULT_NODE_CONFIG.verifierThreads;

/** Live node vs `printchain replay` of its exported blocks; writes bench/results/replay.json. */
export async function runReplayBench(): Promise<void> {
  process.stdout.write(`\nreplay bench: ${TXS} signed bank sends from ${ACCOUNTS} accounts, blocks of up to ${BLOCK_SIZE}, median of ${REPEATS}, ${cpus().length} vCPUs, ${THREADS} verifier thread(s), node ${process.version}\n\n`);
  const workload = await buildWorkload(ACCOUNTS, TXS);
  runBlockPipeline(await buildWorkload(50, 500), BLOCK_SIZE); // JIT warm-up

  const verifyRates: number[] = [measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec];
  const live: Array<{ blocksPerSec: number; txsPerSec: number; produceTxsPerSec: number }> = [];
  const replay: Array<{ blocksPerSec: number; txsPerSec: number }> = [];
  let blocks = 0;
  for (let run = 0; run < REPEATS; run++) {
    // The node as it runs live (broadcasts overlapping block production), then its blocks exported and replayed.
    await runNodePipeline(workload, BLOCK_SIZE, THREADS, async (home, liveRun) => {
      if (liveRun.failed > 0 || Number.isNaN(liveRun.seconds)) throw new Error(`live run: ${liveRun.failed} txs failed or not all committed`);
      blocks = liveRun.blocks;
      live.push({ blocksPerSec: liveRun.blocks / liveRun.seconds, txsPerSec: TXS / liveRun.seconds, produceTxsPerSec: TXS / liveRun.produceSeconds });
      const file = join(home, "blocks.ndjson");
      exportBlocks(home, file);
      // Timed from opening the file: reading and parsing the blocks is part of a replay.
      const started = performance.now();
      const result = await replayBlocks(workload.genesis, readBlockFile(file).blocks, { verifierThreads: THREADS });
      const seconds = (performance.now() - started) / 1000;
      if (!result.ok || result.txs !== TXS) throw new Error(`replay failed: ${JSON.stringify(result)}`);
      replay.push({ blocksPerSec: result.blocks / seconds, txsPerSec: TXS / seconds });
    });
    verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);
  }
  const verifyRate = median(verifyRates);
  const liveTxs = median(live.map((run) => run.txsPerSec));
  const liveBlocks = median(live.map((run) => run.blocksPerSec));
  const liveProduce = median(live.map((run) => run.produceTxsPerSec));
  const replayTxs = median(replay.map((run) => run.txsPerSec));
  const replayBlocksPerSec = median(replay.map((run) => run.blocksPerSec));

  line("limit: raw secp256k1 verification (1 core), signatures/s", `${verifyRate.toFixed(0)}`);
  line(`live node: broadcast → CheckTx → ${blocks} blocks (mempool, DeliverTx, commit, fsync)`, `${liveBlocks.toFixed(1)} blocks/s  ${liveTxs.toFixed(0)} txs/s  ${(liveTxs / verifyRate).toFixed(2)}× the limit`);
  line("live node: inside produceBlock only (signatures checked at CheckTx)", `${liveProduce.toFixed(0)} txs/s`);
  line("replay: block file → verify headers → re-execute → compare results", `${replayBlocksPerSec.toFixed(1)} blocks/s  ${replayTxs.toFixed(0)} txs/s  ${(replayTxs / verifyRate).toFixed(2)}× the limit`);
  line("replay / live", `${(replayTxs / liveTxs).toFixed(2)}×  target ≥ 1`);

  const summary = {
    txs: TXS,
    accounts: ACCOUNTS,
    blockSize: BLOCK_SIZE,
    blocks,
    repeats: REPEATS,
    vcpus: cpus().length,
    verifierThreads: THREADS,
    node: process.version,
    limit: { verifyPerSec: round(verifyRate) },
    live: { blocksPerSec: round(liveBlocks), txsPerSec: round(liveTxs), produceBlockTxsPerSec: round(liveProduce) },
    replay: { blocksPerSec: round(replayBlocksPerSec), txsPerSec: round(replayTxs), vsLive: round(replayTxs / liveTxs), vsVerifyLimit: round(replayTxs / verifyRate) },
    target: { replayAtLeastLive: replayTxs >= liveTxs },
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "replay.json"), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results/replay.json; replay runs at ${(replayTxs / liveTxs).toFixed(2)}× the live node (target ≥ 1: ${summary.target.replayAtLeastLive ? "met" : "not met"})\n`);
}
