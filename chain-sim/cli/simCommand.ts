import { type Command, InvalidArgumentError } from "commander";
import { formatSummary, runSimulation } from "../sim/simulation";

function integer(min: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number < min) throw new InvalidArgumentError(`must be an integer ≥ ${min}`);
    return number;
  };
}

function seed(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0 || number > 0xffffffff) throw new InvalidArgumentError("must be an integer from 0 to 4294967295");
  return number;
}

/** `printchain sim`: a seeded randomized simulation of the whole network through a real node. */
export function addSimCommand(program: Command): void {
  program
    .command("sim")
    .description("randomized whole-network simulation from a seed (weighted ops of every message type through the real tx pipeline, invariants every --period blocks)")
    .option("--seed <n>", "seed (the same seed gives the same app hashes)", seed, 42)
    .option("--blocks <n>", "blocks to produce", integer(1), 500)
    .option("--block-size <n>", "most txs per block", integer(1), 200)
    .option("--period <n>", "check invariants every N blocks (0: only at the end)", integer(0), 10)
    .option("--export <file>", "write the produced blocks to a block file")
    .option("--home <dir>", "run the node in this (new) home dir and keep it; a temp dir otherwise")
    .option("--json", "print the summary as JSON")
    .option("--quiet", "no progress line")
    .action(async (options: { seed: number; blocks: number; blockSize: number; period: number; export?: string; home?: string; json?: boolean; quiet?: boolean }) => {
      const summary = await runSimulation({
        seed: options.seed,
        blocks: options.blocks,
        blockSize: options.blockSize,
        period: options.period,
        exportFile: options.export,
        home: options.home,
        progress: options.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
      if (summary.failure) {
        const first = summary.failure.failures[0];
        process.stderr.write(`invariant ${first.invariant} broken at height ${summary.failure.height}: ${first.message} ${JSON.stringify(first.numbers)}\nreproduce: printchain sim --seed ${options.seed} --blocks ${options.blocks} --block-size ${options.blockSize} --period 1\n`);
        process.exitCode = 1;
      }
    });
}
