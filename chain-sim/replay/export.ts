import { existsSync } from "node:fs";
import { createApp } from "../app/createApp";
import { genesisTimeMs, type GenesisDoc, type GenesisValidator } from "../app/genesis";
import { VerifierPool } from "../crypto/verifierPool";
import { formatTime, hex, type StoredBlock } from "../node/blocks";
import { BlockLog } from "../node/blockLog";
import { homePaths, isInitialized, readConfig, readGenesis, type HomePaths } from "../node/home";
import { assertGenesisValidators, readLoggedBlock, replayStoredBlocks, restoreApp } from "../node/node";
import { validatorUpdateFromJson, ValidatorSetHistory } from "../node/validatorSet";
import { writeBlockFile, type BlockFileHeader } from "./blockFile";

/** A node home's genesis and block log, the log opened read-only (the node may be running). */
export interface HomeChain {
  readonly paths: HomePaths;
  readonly genesis: GenesisDoc;
  readonly log: BlockLog;
  readonly initialHeight: number;
  /** The latest block in the log. */
  readonly height: number;
  block(height: number): StoredBlock;
  close(): void;
}

export function openHomeChain(home: string): HomeChain {
  if (!isInitialized(home)) throw new Error(`${home} is not an initialised node home (no config/genesis.json)`);
  const paths = homePaths(home);
  const genesis = readGenesis(paths);
  if (!existsSync(paths.blockLog)) throw new Error(`${home} has no block log yet (${paths.blockLog}): start the node first`);
  const log = BlockLog.openReadOnly(paths.blockLog);
  const initialHeight = Number(genesis.initial_height);
  return {
    paths,
    genesis,
    log,
    initialHeight,
    height: initialHeight - 1 + log.length,
    block: (height) => readLoggedBlock(log, initialHeight, height),
    close: () => log.close(),
  };
}

function checkRange(chain: HomeChain, from: number, to: number): void {
  if (chain.height < chain.initialHeight) throw new Error(`${chain.paths.home} has no blocks yet`);
  const range = `the log holds heights ${chain.initialHeight}..${chain.height}`;
  if (from < chain.initialHeight || from > chain.height) throw new Error(`--from ${from} is out of range: ${range}`);
  if (to < from) throw new Error(`--to ${to} is below --from ${from}`);
  if (to > chain.height) throw new Error(`--to ${to} is out of range: ${range}`);
}

/**
 * `printchain export-blocks`: blocks from..to of a home's block log, as a block file. Blocks that
 * start after the chain's first replay from the state before them, so the file names that genesis:
 * `startGenesis`, a state exported at from-1 (initial_height = from) of the same chain.
 */
export function exportBlocks(home: string, out: string, from?: number, to?: number, startGenesis?: GenesisDoc): BlockFileHeader {
  const chain = openHomeChain(home);
  try {
    const first = from ?? (startGenesis ? Number(startGenesis.initial_height) : chain.initialHeight);
    const last = to ?? chain.height;
    checkRange(chain, first, last);
    let genesis = chain.genesis;
    if (startGenesis) {
      if (startGenesis.chain_id !== chain.genesis.chain_id) throw new Error(`--genesis is for chain ${startGenesis.chain_id}, this home's is ${chain.genesis.chain_id}`);
      if (Number(startGenesis.initial_height) !== first) throw new Error(`--genesis starts the chain at ${startGenesis.initial_height}, not at --from ${first}`);
      genesis = startGenesis;
    } else if (first !== chain.initialHeight) {
      throw new Error(
        `blocks from ${first} replay from the state after block ${first - 1}, not from this home's genesis (which starts at ${chain.initialHeight}): ` +
          `export it (printchain export --height ${first - 1} --out STATE.json) and pass --genesis STATE.json`,
      );
    }
    function* blocks(): Generator<StoredBlock> {
      for (let height = first; height <= last; height++) yield chain.block(height);
    }
    return writeBlockFile(out, genesis, blocks());
  } finally {
    chain.close();
  }
}

export interface ExportedState {
  readonly genesis: GenesisDoc;
  /** Uppercase hex app hash at the exported height (the imported chain's genesis app hash). */
  readonly appHash: string;
  /** Set when the exported validators are not the consensus set for height+1 (see exportState). */
  readonly warning?: string;
}

/**
 * `printchain export`: the full state after block `height` as a genesis file. The state is the
 * newest snapshot at or below `height` plus the log re-executed up to `height` (every app hash
 * checked), as the node restores itself. The genesis has initial_height height+1; validators,
 * the consensus set for height+1; genesis_time, the time block height+1 had (or will have:
 * block height's time + the home's blockTimeMs), which the imported chain's first block gets.
 * Before returning, the export is imported into a fresh state machine, which must reproduce the
 * app hash and the validator set.
 */
export async function exportState(home: string, height: number, options: { log?: (line: string) => void } = {}): Promise<ExportedState> {
  const chain = openHomeChain(home);
  const pool = new VerifierPool(1);
  try {
    checkRange(chain, height, height);
    const { genesis } = chain;
    const app = restoreApp(genesis, chain.paths, chain.log, options.log ?? (() => undefined), height);
    const sets = new ValidatorSetHistory(genesis.validators, chain.initialHeight);
    await replayStoredBlocks(app, pool, chain.block, chain.initialHeight, height, (at, stored) => {
      sets.apply(at, stored.results.validator_updates.map(validatorUpdateFromJson));
    });
    if (app.lastInfo.height !== height) throw new Error(`internal error: the state is at ${app.lastInfo.height}, not ${height}`);
    const appHash = hex(app.lastInfo.appHash);
    const exportedHeader = chain.block(height).block.header;
    const nextTime = height < chain.height ? chain.block(height + 1).block.header.time : formatTime(Date.parse(exportedHeader.time) + readConfig(chain.paths).blockTimeMs);
    const names = new Map(genesis.validators.map((v) => [v.pub_key.value, v.name]));
    const toGenesis = (at: number): GenesisValidator[] =>
      sets.at(at).map((member) => ({
        address: member.address,
        pub_key: { type: "tendermint/PubKeyEd25519", value: member.pubKey },
        power: member.power.toString(),
        name: names.get(member.pubKey) ?? member.address,
      }));
    const appState = JSON.parse(JSON.stringify(app.exportGenesisState())) as Record<string, unknown>;
    const build = (validators: GenesisValidator[]): GenesisDoc => ({
      genesis_time: nextTime,
      chain_id: genesis.chain_id,
      initial_height: String(height + 1),
      consensus_params: genesis.consensus_params,
      validators,
      app_hash: appHash,
      app_state: appState,
    });
    let exported = build(toGenesis(height + 1));
    let warning: string | undefined;
    // Import it as the node would (InitChain), to prove the file reproduces the state.
    const { appHash: importedHash, validators: bonded } = createApp(genesis.chain_id).initChain(exported, genesisTimeMs(exported));
    if (hex(importedHash) !== appHash) throw new Error(`the exported state imports with app hash ${hex(importedHash)}, not ${appHash}: export/import is not faithful here (a bug)`);
    try {
      assertGenesisValidators(exported, bonded);
    } catch {
      // Block `height` changed the validator set (effective at height+2). A genesis cannot carry a
      // pending update and InitChain must return the genesis set, so the file has the new set.
      exported = build(toGenesis(height + 2));
      assertGenesisValidators(exported, bonded);
      warning = `block ${height} changed the validator set (effective from height ${height + 2}); the genesis carries the new set, so the imported chain's header at ${height + 1} has another validators_hash than the original's (app hashes are unaffected)`;
    }
    return { genesis: exported, appHash, warning };
  } finally {
    await pool.close();
    chain.close();
  }
}
