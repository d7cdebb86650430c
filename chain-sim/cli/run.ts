import { existsSync } from "node:fs";
import { validateGenesisDoc, type GenesisDoc } from "../app/genesis";
import { formatTime } from "../node/blocks";
import { buildDevnetGenesis, DEVNET_MNEMONIC } from "../node/devnet";
import { DEFAULT_NODE_CONFIG, homePaths, isInitialized, writeHome, type NodeConfig } from "../node/home";
import { ChainNode } from "../node/node";
import { generateValidatorKey, type ValidatorKeyFile } from "../node/validatorKey";
import { RpcServer } from "../rpc/server";

export interface InitOptions {
  readonly home: string;
  readonly moniker?: string;
  readonly blockTimeMs?: number;
  /** Genesis time; defaults to now (outside the state machine, so the wall clock is fine here). */
  readonly genesisTimeMs?: number;
  /** Adjusts the generated genesis before it is written (tests set module params this way). */
  readonly patchGenesis?: (genesis: GenesisDoc) => void;
  /** The block producer's key; a new random one by default. */
  readonly validator?: ValidatorKeyFile;
  /**
   * Start from this genesis (e.g. `printchain export`'s state at some height) instead of building
   * the devnet's; the validator key must be one of its validators.
   */
  readonly genesis?: GenesisDoc;
}

/**
 * Writes a home dir: config, validator key, and a genesis: the given one, or a devnet genesis
 * funding accounts 0..9 of the devnet mnemonic.
 */
export async function initHome(options: InitOptions): Promise<string> {
  const paths = homePaths(options.home);
  if (existsSync(paths.genesis)) throw new Error(`${paths.genesis} already exists; the chain at ${options.home} is already initialised`);
  const moniker = options.moniker ?? DEFAULT_NODE_CONFIG.moniker;
  const config: NodeConfig = { ...DEFAULT_NODE_CONFIG, moniker, blockTimeMs: options.blockTimeMs ?? DEFAULT_NODE_CONFIG.blockTimeMs };
  const validator = options.validator ?? generateValidatorKey();
  let genesis: GenesisDoc;
  if (options.genesis) {
    validateGenesisDoc(options.genesis);
    if (!options.genesis.validators.some((member) => member.address === validator.address)) {
      throw new Error(
        `the validator key ${validator.address} is not in the genesis validator set (${options.genesis.validators.map((member) => member.address).join(", ")}): ` +
          "this node produces the blocks, so pass the key of a genesis validator with --validator-key (e.g. the original home's config/priv_validator_key.json)",
      );
    }
    genesis = structuredClone(options.genesis) as GenesisDoc;
  } else {
    const genesisTimeMs = options.genesisTimeMs ?? Math.floor(Date.now() / 1000) * 1000;
    genesis = await buildDevnetGenesis(validator, genesisTimeMs, moniker);
  }
  options.patchGenesis?.(genesis);
  writeHome(options.home, config, genesis, validator);
  return paths.genesis;
}

export interface StartOptions {
  readonly home: string;
  readonly config?: Partial<NodeConfig>;
  /** Print a status line every few seconds (devnet). */
  readonly statusLine?: boolean;
  readonly banner?: boolean;
}

/** Opens the node, serves RPC, produces blocks, and stops cleanly on SIGINT/SIGTERM. */
export async function startNode(options: StartOptions): Promise<void> {
  if (!isInitialized(options.home)) throw new Error(`${options.home} is not initialised; run \`printchain init --home ${options.home}\` first`);
  const node = await ChainNode.open(options.home, { config: options.config, log: (line) => process.stderr.write(`${line}\n`) });
  await node.start();
  const rpc = new RpcServer(node, (error) => process.stderr.write(`rpc: ${error instanceof Error ? error.stack : String(error)}\n`));
  const address = await rpc.listen(node.config.rpc.port, node.config.rpc.host);
  const rpcUrl = `http://${address.address}:${address.port}`;
  if (options.banner) {
    process.stdout.write(
      [
        "printchain devnet",
        `  chain id   ${node.app.chainId}`,
        `  home       ${options.home}`,
        `  RPC        ${rpcUrl}  (CometBFT 0.38 JSON-RPC; try ${rpcUrl}/status)`,
        `  mnemonic   ${DEVNET_MNEMONIC}`,
        `  accounts   0..9 of that mnemonic (m/44'/118'/0'/0/N) hold 1,000,000 PRINT each`,
        "",
      ].join("\n"),
    );
  } else {
    process.stdout.write(`RPC listening on ${rpcUrl} (chain ${node.app.chainId}, height ${node.height})\n`);
  }

  let stopping = false;
  const stop = async (code: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write("\nstopping...\n");
    await rpc.close();
    await node.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  node.events.on("error", (error: unknown) => {
    process.stderr.write(`node stopped: ${error instanceof Error ? error.stack : String(error)}\n`);
    void stop(1);
  });

  if (options.statusLine) {
    let lastHeight = node.height;
    let txCount = 0;
    node.events.on("block", (block: { block: { data: { txs: unknown[] } } }) => (txCount += block.block.data.txs.length));
    const interval = 5000;
    setInterval(() => {
      const latest = node.block(node.height);
      const tps = (txCount / (interval / 1000)).toFixed(1);
      process.stdout.write(
        `height ${node.height} (+${node.height - lastHeight})  time ${latest ? formatTime(Date.parse(latest.block.header.time)) : "-"}  tx/s ${tps}  mempool ${node.mempool.size}\n`,
      );
      lastHeight = node.height;
      txCount = 0;
    }, interval).unref();
  }
}
