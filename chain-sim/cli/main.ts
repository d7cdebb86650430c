import { Command, InvalidArgumentError } from "commander";
import { isInitialized, defaultHome, DEFAULT_RPC_PORT, readJson } from "../node/home";
import type { GenesisDoc } from "../app/genesis";
import { loadValidatorKey, type ValidatorKeyFile } from "../node/validatorKey";
import { DEVNET_MNEMONIC } from "../node/devnet";
import { devnetServices } from "./devnetServices";
import { initHome, startNode } from "./run";
import { DEFAULT_WORKLOAD_SETTINGS } from "../workload/fleet";
import { NODE_OPTION, print, queryAccount, queryBalances, listKeys, showStatus } from "./client";
import { addQueryCommands } from "./queryCommands";
import { addKey, defaultKeyringDir, KEYRING_PASSWORD_ENV, showKey } from "./signer";
import { addTxCommands } from "./txCommands";
import { addReplayCommands } from "./replayCommands";
import { addSimCommand } from "./simCommand";
import { addIndexCommand } from "../../indexer/cli";
import { addServeCommand } from "../../graphql/cli";

function positiveInt(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number <= 0) throw new InvalidArgumentError("must be a positive integer");
  return number;
}

function nonNegativeInt(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new InvalidArgumentError("must be a non-negative integer");
  return number;
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError("must be a port number (0-65535)");
  return number;
}

function nodeOverrides(options: { rpcPort?: number; rpcHost?: string; blockTime?: number }): Record<string, unknown> {
  const overrides: Record<string, unknown> = {};
  if (options.rpcPort !== undefined || options.rpcHost !== undefined) {
    overrides.rpc = { ...(options.rpcPort !== undefined ? { port: options.rpcPort } : {}), ...(options.rpcHost ? { host: options.rpcHost } : {}) };
  }
  if (options.blockTime !== undefined) overrides.blockTimeMs = options.blockTime;
  return overrides;
}

/** The `printchain` command line. */
export function buildCli(): Command {
  const program = new Command("printchain").description("printchain: a Cosmos-style appchain for a decentralized 3D-printing network").showHelpAfterError();
  const homeOption = ["--home <dir>", "node home directory", defaultHome()] as const;

  program
    .command("init")
    .description("write a devnet home dir: config, validator key and a genesis funding accounts 0..9 of the devnet mnemonic (or the --genesis given)")
    .option(...homeOption)
    .option("--moniker <name>", "node name")
    .option("--block-time <ms>", "block interval in milliseconds", positiveInt)
    .option("--genesis <file>", "start from this genesis file instead of the devnet's (e.g. `printchain export`'s state at a height)")
    .option("--validator-key <file>", "the block producer's priv_validator_key.json (default: a new key); with --genesis, it must be a genesis validator's")
    .action(async (options: { home: string; moniker?: string; blockTime?: number; genesis?: string; validatorKey?: string }) => {
      const validator = options.validatorKey !== undefined ? (readJson(options.validatorKey) as ValidatorKeyFile) : undefined;
      if (validator) {
        try {
          loadValidatorKey(validator);
        } catch (error) {
          throw new Error(`${options.validatorKey} is not a usable validator key: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      const genesisDoc = options.genesis !== undefined ? (readJson(options.genesis) as GenesisDoc) : undefined;
      const genesis = await initHome({ home: options.home, moniker: options.moniker, blockTimeMs: options.blockTime, validator, genesis: genesisDoc });
      process.stdout.write(`initialised ${options.home}\ngenesis: ${genesis}\n`);
    });

  program
    .command("start")
    .description("run the node: replay the block log, serve CometBFT JSON-RPC, produce blocks")
    .option(...homeOption)
    .option("--rpc-port <port>", `JSON-RPC port (default ${DEFAULT_RPC_PORT})`, port)
    .option("--rpc-host <host>", "JSON-RPC listen address (default 127.0.0.1)")
    .option("--block-time <ms>", "block interval in milliseconds", positiveInt)
    .action(async (options: { home: string; rpcPort?: number; rpcHost?: string; blockTime?: number }) => {
      await startNode({ home: options.home, config: nodeOverrides(options) });
    });

  program
    .command("devnet")
    .description("init the devnet if needed (with a workload: a fleet of printers, customers, stakers and voters), then start it with a live status line")
    .option(...homeOption)
    .option("--rpc-port <port>", `JSON-RPC port (default ${DEFAULT_RPC_PORT})`, port)
    .option("--rpc-host <host>", "JSON-RPC listen address (default 127.0.0.1)")
    .option("--block-time <ms>", "block interval in milliseconds", positiveInt)
    .option("--printers <n>", `fleet size of the workload, at init (default ${DEFAULT_WORKLOAD_SETTINGS.printers})`, positiveInt)
    .option("--seed <n>", `seed of the workload's fleet and planner, at init (default ${DEFAULT_WORKLOAD_SETTINGS.seed})`, nonNegativeInt)
    .option("--epoch-length <blocks>", `emissions epoch length in blocks, at init (default ${DEFAULT_WORKLOAD_SETTINGS.epochLength})`, positiveInt)
    .option("--no-workload", "a quiet devnet: the genesis of `init`, no workload")
    .option("--graphql-port <port>", "GraphQL API and dashboard port (0: a free one)", port, 4000)
    .option("--graphql-host <host>", "GraphQL listen address", "127.0.0.1")
    .option("--metrics-port <port>", "the indexer's /metrics, /health, /ready port (a free one if taken)", port, 9464)
    .option("--no-indexer", "only the node (and workload): no indexer, GraphQL server or dashboard")
    .action(async (options: { home: string; rpcPort?: number; rpcHost?: string; blockTime?: number; printers?: number; seed?: number; epochLength?: number; workload: boolean; graphqlPort: number; graphqlHost: string; metricsPort: number; indexer: boolean }) => {
      const genesisChoices = options.printers !== undefined || options.seed !== undefined || options.epochLength !== undefined;
      if (!isInitialized(options.home)) {
        const workload = options.workload
          ? {
              ...DEFAULT_WORKLOAD_SETTINGS,
              ...(options.printers !== undefined ? { printers: options.printers } : {}),
              ...(options.seed !== undefined ? { seed: options.seed } : {}),
              ...(options.epochLength !== undefined ? { epochLength: options.epochLength } : {}),
            }
          : undefined;
        if (!workload && genesisChoices) throw new InvalidArgumentError("--printers, --seed and --epoch-length configure the workload: drop them or --no-workload");
        await initHome({ home: options.home, blockTimeMs: options.blockTime, workload });
      } else if (genesisChoices) {
        process.stderr.write(`note: ${options.home} is already initialised; --printers, --seed and --epoch-length apply only to a new home\n`);
      }
      const services = options.indexer ? devnetServices({ graphqlPort: options.graphqlPort, graphqlHost: options.graphqlHost, metricsPort: options.metricsPort }) : [];
      await startNode({ home: options.home, config: nodeOverrides(options), statusLine: true, banner: true, workload: options.workload, services });
    });

  program
    .command("status")
    .description("show a node's chain id, height and latest app hash")
    .option(...NODE_OPTION)
    .action(async (options: { node: string }) => showStatus(options.node));

  const keys = program.command("keys").description(`keys derived from a mnemonic, and a keyring of named keys encrypted with $${KEYRING_PASSWORD_ENV}`);
  const keyringDir = ["--keyring-dir <dir>", "keyring directory", defaultKeyringDir()] as const;
  keys
    .command("add <name>")
    .description("create a key (24-word mnemonic, printed once) or --recover one, stored encrypted in the keyring")
    .option("--recover", "recover the key from --mnemonic")
    .option("--mnemonic <words>", "BIP-39 mnemonic to recover (with --recover)")
    .option(...keyringDir)
    .action(async (name: string, options: { recover?: boolean; mnemonic?: string; keyringDir: string }) => {
      if (Boolean(options.recover) !== (options.mnemonic !== undefined)) throw new InvalidArgumentError("--recover and --mnemonic go together");
      print(await addKey(name, options));
    });
  keys
    .command("show <name>")
    .description("the address of a keyring key")
    .option(...keyringDir)
    .action(async (name: string, options: { keyringDir: string }) => print(await showKey(name, options.keyringDir)));
  keys
    .command("list")
    .description("addresses of accounts 0..N-1 of a mnemonic (default: the devnet mnemonic)")
    .option("--mnemonic <words>", "BIP-39 mnemonic", DEVNET_MNEMONIC)
    .option("--count <n>", "how many accounts", positiveInt, 10)
    .action(async (options: { mnemonic: string; count: number }) => listKeys(options.mnemonic, options.count));

  const query = program.command("query").alias("q").description("query chain state over RPC");
  query
    .command("balances <address>")
    .description("all balances of an address")
    .option(...NODE_OPTION)
    .action(async (address: string, options: { node: string }) => queryBalances(options.node, address));
  query
    .command("account <address>")
    .description("account number, sequence and pubkey of an address")
    .option(...NODE_OPTION)
    .action(async (address: string, options: { node: string }) => queryAccount(options.node, address));

  addQueryCommands(query);

  addTxCommands(program.command("tx").description("sign and broadcast transactions"));
  addReplayCommands(program);
  addSimCommand(program);
  addIndexCommand(program);
  addServeCommand(program, defaultHome());
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildCli().parseAsync([...argv]);
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
