import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { runSimulation } from "../chain-sim/sim/simulation";
import { line, round } from "./pipeline";
import { measureVerifyRate } from "./verifyLimit";

const SEED = 42;
const BLOCKS = 500;
const BLOCK_SIZE = 200;
const PERIOD = 10;

/** The long simulation (seed 42, 500 blocks × 200 txs) against the raw signature-verification rate measured in the same run. */
export async function runSimBench(): Promise<void> {
  process.stdout.write(`printchain sim bench: seed ${SEED}, ${BLOCKS} blocks × up to ${BLOCK_SIZE} txs, invariants every ${PERIOD} blocks, ${cpus().length} vCPUs\n\n`);
  const verify = measureVerifyRate();
  const summary = await runSimulation({ seed: SEED, blocks: BLOCKS, blockSize: BLOCK_SIZE, period: PERIOD, verifierThreads: 0 });
  if (summary.failure) throw new Error(`invariant broken at height ${summary.failure.height}: ${JSON.stringify(summary.failure.failures)}`);
  const broadcasts = summary.totals.ok + summary.totals.checktx + summary.totals.block;
  const blocksPerSec = summary.finalHeight / summary.runSeconds;
  const txsPerSec = summary.txs / summary.runSeconds;
  const opsPerSec = broadcasts / summary.runSeconds;
  line(`limit: secp256k1 verification, 1 thread (${verify.verifier})`, `${verify.opsPerSec.toFixed(0)} verifies/s`);
  line("simulation run time", `${summary.runSeconds.toFixed(1)} s`);
  line("blocks/s", blocksPerSec.toFixed(2));
  line("txs committed/s (every tx signed, CheckTx'd, executed, committed)", `${txsPerSec.toFixed(0)}  ${(txsPerSec / verify.opsPerSec).toFixed(3)}× the verify rate`);
  line("ops broadcast/s (including those refused at CheckTx)", `${opsPerSec.toFixed(0)}  ${(opsPerSec / verify.opsPerSec).toFixed(3)}× the verify rate`);
  line("ops: ok / refused at CheckTx / failed in block", `${summary.totals.ok} / ${summary.totals.checktx} / ${summary.totals.block}`);
  line("invalid ops refused with the expected code / otherwise", `${summary.invalid.matched} / ${summary.invalid.mismatched}`);
  line("invariant checks run", String(summary.invariantChecks));
  line("peak RSS / peak heap", `${(summary.peakRssBytes / 2 ** 20).toFixed(0)} MiB / ${(summary.peakHeapBytes / 2 ** 20).toFixed(0)} MiB`);
  line("final height / app hash", `${summary.finalHeight} / ${summary.appHash}`);
  const result = {
    date: new Date().toISOString(),
    machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: { seed: SEED, blocks: BLOCKS, blockSize: BLOCK_SIZE, period: PERIOD },
    limit: { verifyPerSec: round(verify.opsPerSec), verifier: verify.verifier },
    run: {
      seconds: round(summary.runSeconds),
      blocksPerSec: round(blocksPerSec),
      txsPerSec: round(txsPerSec),
      opsPerSec: round(opsPerSec),
      ratioTxsToVerify: round((txsPerSec / verify.opsPerSec) * 1000) / 1000,
      peakRssMiB: round(summary.peakRssBytes / 2 ** 20),
      peakHeapMiB: round(summary.peakHeapBytes / 2 ** 20),
      invariantChecks: summary.invariantChecks,
      txs: summary.txs,
      finalHeight: summary.finalHeight,
      appHash: summary.appHash,
    },
    totals: summary.totals,
    invalid: { matched: summary.invalid.matched, mismatched: summary.invalid.mismatched },
    proposals: summary.proposals,
    ops: summary.ops,
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "sim.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results/sim.json\n`);
}

if (require.main === module) {
  runSimBench().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
