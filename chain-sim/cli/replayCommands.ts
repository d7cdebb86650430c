import { writeFileSync } from "node:fs";
import { Command, InvalidArgumentError, Option } from "commander";
import type { GenesisDoc } from "../app/genesis";
import { defaultHome, readJson } from "../node/home";
import { genesisSha256, readBlockFile } from "../replay/blockFile";
import { exportBlocks, exportState } from "../replay/export";
import { RpcBlockSource } from "../replay/rpcSource";
import { describeResult, replayBlocks, ReplayInputError, type ReplayResult } from "../replay/verify";

function height(value: string): number {
  const number = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(number) || number <= 0) throw new InvalidArgumentError("must be a positive integer height");
  return number;
}

function threads(value: string): number {
  const number = Number(value);
  if (!/^[0-9]+$/.test(value) || number > 16) throw new InvalidArgumentError("must be an integer from 0 to 16");
  return number;
}

function readGenesisFile(path: string): GenesisDoc {
  const genesis = readJson(path) as GenesisDoc;
  if (typeof genesis !== "object" || genesis === null || Array.isArray(genesis)) throw new Error(`${path} is not a genesis document`);
  return genesis;
}

function report(result: ReplayResult, chainId: string, json: boolean): void {
  if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else process.stdout.write(`${describeResult(result, chainId).join("\n")}\n`);
  if (!result.ok) process.exitCode = 1;
}

interface ReplayOptions {
  genesis?: string;
  blocks?: string;
  rpc?: string;
  from?: number;
  to?: number;
  threads: number;
  json?: boolean;
}

async function runReplay(options: ReplayOptions): Promise<void> {
  if ((options.blocks === undefined) === (options.rpc === undefined)) throw new Error("give either --blocks FILE (with --genesis FILE) or --rpc URL");
  try {
    if (options.blocks !== undefined) {
      if (options.genesis === undefined) throw new Error("--blocks needs --genesis FILE: the genesis (or exported state) the blocks start from");
      if (options.from !== undefined || options.to !== undefined) throw new Error("--from and --to go with --rpc; a block file is replayed whole");
      const genesis = readGenesisFile(options.genesis);
      const file = readBlockFile(options.blocks);
      const sha = genesisSha256(genesis);
      if (sha !== file.header.genesis_sha256) {
        file.blocks.return?.(undefined);
        throw new Error(`${options.genesis} is not the genesis of ${options.blocks}: its sha256 is ${sha}, the block file's genesis_sha256 is ${file.header.genesis_sha256}`);
      }
      const result = await replayBlocks(genesis, file.blocks, { verifierThreads: options.threads });
      report(result, genesis.chain_id, Boolean(options.json));
      return;
    }
    const source = new RpcBlockSource(options.rpc!);
    const genesis = options.genesis !== undefined ? readGenesisFile(options.genesis) : await source.genesis();
    const initialHeight = Number(genesis.initial_height);
    const from = options.from ?? initialHeight;
    if (from !== initialHeight) {
      throw new Error(
        `--from ${from}: replay starts from a genesis, and this one starts the chain at ${initialHeight}; to start at ${from}, pass --genesis with a state exported at ${from - 1} (printchain export --height ${from - 1})`,
      );
    }
    const { latest } = await source.heights();
    const to = options.to ?? latest;
    if (to < from) throw new Error(`--to ${to} is below the first height ${from}`);
    if (to > latest) throw new Error(`--to ${to} is above the node's latest height ${latest}`);
    const result = await replayBlocks(genesis, source.blocks(from, to), { verifierThreads: options.threads });
    report(result, genesis.chain_id, Boolean(options.json));
  } catch (error) {
    if (error instanceof ReplayInputError) throw new Error(error.message);
    throw error;
  }
}

/** export-blocks, replay and export: verifiability of a chain's blocks and state. */
export function addReplayCommands(program: Command): void {
  const homeOption = ["--home <dir>", "node home directory", defaultHome()] as const;

  program
    .command("export-blocks")
    .description("write blocks of a node home's block log as a block file (NDJSON, printchain-blocks/1); the log is opened read-only, so the node may be running")
    .option(...homeOption)
    .option("--from <height>", "first height (default: the chain's first, or --genesis's initial_height)", height)
    .option("--to <height>", "last height (default: the log's latest)", height)
    .option("--genesis <file>", "with --from after the chain's first height: the state the blocks start from (printchain export --height FROM-1)")
    .requiredOption("--out <file>", "block file to write")
    .action((options: { home: string; from?: number; to?: number; genesis?: string; out: string }) => {
      const genesis = options.genesis !== undefined ? readGenesisFile(options.genesis) : undefined;
      const header = exportBlocks(options.home, options.out, options.from, options.to, genesis);
      process.stdout.write(`wrote blocks ${header.from_height}..${header.to_height} of ${header.chain_id} to ${options.out} (genesis sha256 ${header.genesis_sha256})\n`);
    });

  program
    .command("replay")
    .description("re-execute blocks from genesis on a fresh state machine and verify every hash and result; exits 1 at the first divergent block")
    .option("--genesis <file>", "the genesis (or exported state) the blocks start from; with --rpc, defaults to the node's")
    .option("--blocks <file>", "a block file (printchain export-blocks)")
    .option("--rpc <url>", "replay straight from a node's CometBFT JSON-RPC")
    .option("--from <height>", "with --rpc: first height (must be the genesis's initial_height)", height)
    .option("--to <height>", "with --rpc: last height (default: the node's latest)", height)
    .addOption(new Option("--threads <n>", "signature-verification worker threads").argParser(threads).default(1))
    .option("--json", "print the result as JSON")
    .action(async (options: ReplayOptions) => runReplay(options));

  program
    .command("export")
    .description("write the full state after block HEIGHT as a genesis file (initial_height HEIGHT+1), for `printchain init --genesis`")
    .option(...homeOption)
    .requiredOption("--height <height>", "the height whose state to export", height)
    .option("--out <file>", "genesis file to write (default: stdout)")
    .action(async (options: { home: string; height: number; out?: string }) => {
      const { genesis, appHash, warning } = await exportState(options.home, options.height);
      const text = `${JSON.stringify(genesis, null, 2)}\n`;
      if (warning) process.stderr.write(`warning: ${warning}\n`);
      if (options.out) {
        writeFileSync(options.out, text);
        process.stdout.write(`wrote the state at height ${options.height} of ${genesis.chain_id} to ${options.out} (initial_height ${genesis.initial_height}, app hash ${appHash})\n`);
      } else {
        process.stdout.write(text);
      }
    });
}
