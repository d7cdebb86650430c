import { existsSync } from "node:fs";
import { validateGenesisDoc, type GenesisDoc } from "../app/genesis";
import { formatTime } from "../node/blocks";
import { buildDevnetGenesis, DEVNET_MNEMONIC } from "../node/devnet";
import { DEFAULT_NODE_CONFIG, homePaths, isInitialized, writeHome, type NodeConfig } from "../node/home";
import { ChainNode } from "../node/node";
import { generateValidatorKey, type ValidatorKeyFile } from "../node/validatorKey";
import { RpcServer } from "../rpc/server";
import { buildFleet, fleetGenesisExtras, readWorkloadSettings, writeWorkloadSettings, type WorkloadSettings } from "../workload/fleet";
import { Workload } from "../workload/workload";
import { StateView } from "../sim/view";
import { emissionsCodecs } from "../../proto";

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
  /**
   * A devnet with a workload (chain-sim/workload/): its fleet's accounts, validators, auditor,
   * arbiter and attestor join the devnet genesis, and the settings go to config/workload.json.
   * Ignored with `genesis`.
   */
  readonly workload?: WorkloadSettings;
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
    const extras = options.workload ? fleetGenesisExtras(buildFleet(options.workload)) : undefined;
    genesis = await buildDevnetGenesis(validator, genesisTimeMs, moniker, extras);
  }
  options.patchGenesis?.(genesis);
  writeHome(options.home, config, genesis, validator);
  if (options.workload && !options.genesis) writeWorkloadSettings(options.home, options.workload);
  return paths.genesis;
}

/** What `startNode` hands to extra services (an indexer, a GraphQL server...) when they start. */
export interface ServiceContext {
  readonly home: string;
  readonly node: ChainNode;
  /** The node's JSON-RPC URL, e.g. http://127.0.0.1:26657. */
  readonly rpcUrl: string;
  /** Lines to stderr, prefixed with the service's name. */
  readonly log: (line: string) => void;
}

/** A running extra service: stopped (in reverse start order) before the node. */
export interface RunningService {
  stop(): Promise<void>;
  /** A short segment for the devnet's status line, e.g. "indexed 1234". */
  status?(): string;
  /** Lines for the banner, e.g. "GraphQL    http://127.0.0.1:4000/graphql". */
  readonly banner?: readonly string[];
}

/** Something started with the node, after its RPC listens (e.g. the indexer reading that RPC). */
export interface DevnetService {
  readonly name: string;
  start(context: ServiceContext): Promise<RunningService>;
}

export interface StartOptions {
  readonly home: string;
  readonly config?: Partial<NodeConfig>;
  /** Print a status line every few seconds (devnet). */
  readonly statusLine?: boolean;
  readonly banner?: boolean;
  /** Run the workload of config/workload.json, if the home has one (devnet). */
  readonly workload?: boolean;
  /** Extra services started after the RPC, in order. */
  readonly services?: readonly DevnetService[];
  /** Stop on SIGINT/SIGTERM and exit the process (default true; tests pass false and call stop). */
  readonly handleSignals?: boolean;
}

/** A started node and what runs with it. */
export interface RunningNode {
  readonly node: ChainNode;
  readonly rpc: RpcServer;
  readonly rpcUrl: string;
  readonly workload?: Workload;
  readonly services: ReadonlyArray<{ readonly name: string; readonly service: RunningService }>;
  /** Stops the services, the workload, the RPC and the node (idempotent). */
  stop(): Promise<void>;
}

/** Opens the node, serves RPC, produces blocks, starts the workload and the services, and stops cleanly on SIGINT/SIGTERM. */
export async function startNode(options: StartOptions): Promise<RunningNode> {
  if (!isInitialized(options.home)) throw new Error(`${options.home} is not initialised; run \`printchain init --home ${options.home}\` first`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const node = await ChainNode.open(options.home, { config: options.config, log });
  await node.start();
  const rpc = new RpcServer(node, (error) => process.stderr.write(`rpc: ${error instanceof Error ? error.stack : String(error)}\n`));
  const address = await rpc.listen(node.config.rpc.port, node.config.rpc.host);
  const rpcUrl = `http://${address.address}:${address.port}`;

  const settings = options.workload ? readWorkloadSettings(options.home) : undefined;
  const workload = settings ? new Workload(node, buildFleet(settings), { log }) : undefined;
  const services: Array<{ name: string; service: RunningService }> = [];
  let stopped: Promise<void> | undefined;
  const stopAll = (): Promise<void> =>
    (stopped ??= (async () => {
      for (const { name, service } of [...services].reverse()) {
        await service.stop().catch((error: unknown) => log(`${name}: stop failed: ${error instanceof Error ? error.message : String(error)}`));
      }
      await workload?.stop();
      await rpc.close();
      await node.stop();
    })());
  try {
    for (const service of options.services ?? []) {
      services.push({ name: service.name, service: await service.start({ home: options.home, node, rpcUrl, log: (line) => log(`${service.name}: ${line}`) }) });
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  await workload?.start();

  if (options.banner) {
    process.stdout.write(
      [
        "printchain devnet",
        `  chain id   ${node.app.chainId}`,
        `  home       ${options.home}`,
        `  RPC        ${rpcUrl}  (CometBFT 0.38 JSON-RPC; try ${rpcUrl}/status)`,
        `  mnemonic   ${DEVNET_MNEMONIC}`,
        `  accounts   0..9 of that mnemonic (m/44'/118'/0'/0/N) hold 1,000,000 PRINT each`,
        ...(settings
          ? [`  workload   ${settings.printers} printers, seed ${settings.seed}, epochs of ${settings.epochLength} blocks, a role-weight proposal every ${settings.proposalEveryEpochs} epochs`]
          : [`  workload   none (a quiet devnet${options.workload ? ": this home has no config/workload.json; a new --home gets one" : ""})`]),
        ...services.flatMap(({ service }) => (service.banner ?? []).map((line) => `  ${line}`)),
        "",
      ].join("\n"),
    );
  } else {
    process.stdout.write(`RPC listening on ${rpcUrl} (chain ${node.app.chainId}, height ${node.height})\n`);
  }

  if (options.handleSignals !== false) {
    let exiting = false;
    const exit = async (code: number): Promise<void> => {
      if (exiting) return;
      exiting = true;
      process.stdout.write("\nstopping...\n");
      await stopAll();
      process.exit(code);
    };
    process.on("SIGINT", () => void exit(0));
    process.on("SIGTERM", () => void exit(0));
    node.events.on("error", (error: unknown) => {
      process.stderr.write(`node stopped: ${error instanceof Error ? error.stack : String(error)}\n`);
      void exit(1);
    });
  } else {
    // A failed block stops the node (a bug or a broken invariant): stop what runs with it too.
    node.events.on("error", (error: unknown) => {
      process.stderr.write(`node stopped: ${error instanceof Error ? error.stack : String(error)}\n`);
      void stopAll();
    });
  }

  if (options.statusLine) {
    let lastHeight = node.height;
    let txCount = 0;
    let lastWorkload = workload?.stats.committed ?? 0;
    node.events.on("block", (block: { block: { data: { txs: unknown[] } } }) => (txCount += block.block.data.txs.length));
    const interval = 5000;
    const view = new StateView(node);
    const currentEpoch = (): string => {
      try {
        return String(view.query("/printchain.emissions.v1.Query/CurrentEpoch", emissionsCodecs.QueryCurrentEpochRequest, emissionsCodecs.QueryCurrentEpochResponse, {}).epoch);
      } catch {
        return "-";
      }
    };
    setInterval(() => {
      const latest = node.block(node.height);
      view.invalidate();
      const perSecond = (count: number): string => (count / (interval / 1000)).toFixed(1);
      const segments = [
        `height ${node.height} (+${node.height - lastHeight})`,
        `epoch ${currentEpoch()}`,
        `time ${latest ? formatTime(Date.parse(latest.block.header.time)) : "-"}`,
        `tx/s ${perSecond(txCount)}`,
        ...(workload ? [`workload tx/s ${perSecond(workload.stats.committed - lastWorkload)}`] : []),
        `mempool ${node.mempool.size}`,
        ...services.flatMap(({ service }) => (service.status ? [service.status()] : [])),
      ];
      process.stdout.write(`${segments.join("  ")}\n`);
      lastHeight = node.height;
      txCount = 0;
      lastWorkload = workload?.stats.committed ?? 0;
    }, interval).unref();
  }
  return { node, rpc, rpcUrl, workload, services, stop: stopAll };
}
