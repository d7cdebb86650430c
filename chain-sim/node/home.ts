import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { GenesisDoc } from "../app/genesis";
import { validateGenesisDoc } from "../app/genesis";
import { DEFAULT_MEMPOOL_LIMITS, type MempoolLimits } from "./mempool";
import type { ValidatorKeyFile } from "./validatorKey";

/** The node's settings (config/config.json). None of them can change the state machine's results. */
export interface NodeConfig {
  readonly moniker: string;
  readonly rpc: { readonly host: string; readonly port: number };
  /** Target interval between blocks; also the step between header times. */
  readonly blockTimeMs: number;
  /** Write a state snapshot every this many blocks (and on clean shutdown). */
  readonly snapshotInterval: number;
  /** Most bytes of txs in one block. */
  readonly maxBlockBytes: number;
  /** Worker threads verifying signatures (0 = on the main thread). */
  readonly verifierThreads: number;
  readonly mempool: MempoolLimits;
}

export const DEFAULT_RPC_PORT = 26657;

export const DEFAULT_NODE_CONFIG: NodeConfig = {
  moniker: "printchain-node",
  rpc: { host: "127.0.0.1", port: DEFAULT_RPC_PORT },
  blockTimeMs: 1000,
  snapshotInterval: 100,
  maxBlockBytes: 4 * 1024 * 1024,
  verifierThreads: 1,
  mempool: DEFAULT_MEMPOOL_LIMITS,
};

export interface HomePaths {
  readonly home: string;
  readonly config: string;
  readonly genesis: string;
  readonly validatorKey: string;
  readonly data: string;
  readonly blockLog: string;
  readonly snapshots: string;
}

/** `$HOME/.printchain` unless a home is given. */
export function defaultHome(): string {
  return join(homedir(), ".printchain");
}

export function homePaths(home: string): HomePaths {
  return {
    home,
    config: join(home, "config", "config.json"),
    genesis: join(home, "config", "genesis.json"),
    validatorKey: join(home, "config", "priv_validator_key.json"),
    data: join(home, "data"),
    blockLog: join(home, "data", "blocks.log"),
    snapshots: join(home, "data", "snapshots"),
  };
}

export function isInitialized(home: string): boolean {
  const paths = homePaths(home);
  return existsSync(paths.genesis) && existsSync(paths.validatorKey) && existsSync(paths.config);
}

/** Writes a new home dir; refuses to overwrite an existing chain. */
export function writeHome(home: string, config: NodeConfig, genesis: GenesisDoc, validatorKey: ValidatorKeyFile): HomePaths {
  const paths = homePaths(home);
  if (existsSync(paths.genesis)) throw new Error(`${paths.genesis} already exists; use another --home or remove it`);
  validateGenesisDoc(genesis);
  mkdirSync(join(home, "config"), { recursive: true });
  mkdirSync(paths.snapshots, { recursive: true });
  writeJsonAtomic(paths.config, config);
  writeJsonAtomic(paths.validatorKey, validatorKey, 0o600);
  writeJsonAtomic(paths.genesis, genesis);
  return paths;
}

export function readConfig(paths: HomePaths): NodeConfig {
  const raw = readJson(paths.config) as Partial<NodeConfig>;
  const config: NodeConfig = {
    ...DEFAULT_NODE_CONFIG,
    ...raw,
    rpc: { ...DEFAULT_NODE_CONFIG.rpc, ...raw.rpc },
    mempool: { ...DEFAULT_NODE_CONFIG.mempool, ...raw.mempool },
  };
  validateConfig(config);
  return config;
}

export function validateConfig(config: NodeConfig): void {
  const positive = (value: number, name: string): void => {
    if (!Number.isSafeInteger(value) || value <= 0) throw new Error(`config: ${name} must be a positive integer, got ${value}`);
  };
  positive(config.blockTimeMs, "blockTimeMs");
  positive(config.snapshotInterval, "snapshotInterval");
  positive(config.maxBlockBytes, "maxBlockBytes");
  positive(config.mempool.maxTxs, "mempool.maxTxs");
  positive(config.mempool.maxBytes, "mempool.maxBytes");
  positive(config.mempool.cacheSize, "mempool.cacheSize");
  if (!Number.isSafeInteger(config.rpc.port) || config.rpc.port < 0 || config.rpc.port > 65535) throw new Error(`config: rpc.port ${config.rpc.port} is not a port`);
  if (!Number.isSafeInteger(config.verifierThreads) || config.verifierThreads < 0 || config.verifierThreads > 16) {
    throw new Error("config: verifierThreads must be between 0 and 16");
  }
}

export function readGenesis(paths: HomePaths): GenesisDoc {
  const genesis = readJson(paths.genesis) as GenesisDoc;
  validateGenesisDoc(genesis);
  return genesis;
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function writeJsonAtomic(path: string, value: unknown, mode = 0o644): void {
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode });
  renameSync(temporary, path);
}
