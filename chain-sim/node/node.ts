import { EventEmitter } from "node:events";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { App } from "../app/app";
import { createApp } from "../app/createApp";
import { preverifySignatures } from "../app/preverify";
import type { GenesisDoc } from "../app/genesis";
import { genesisTimeMs } from "../app/genesis";
import type { QueryResult, TxResult } from "../app/txResult";
import type { ValidatorUpdate } from "../types/module";
import { VerifierPool } from "../crypto/verifierPool";
import { CommitStore } from "../store/commitStore";
import { iteratePrefix } from "../store/kvStore";
import { sha256, simpleMerkleRoot } from "../store/merkle";
import { readLatestSnapshot, writeSnapshot } from "../store/snapshot";
import { queryInvalidArgument, queryNotFound, sdkErrors } from "../types/errors";
import type { QueryCondition } from "../rpc/txQuery";
import type { PendingSignatureCheck } from "../tx/preverify";
import { BlockLog } from "./blockLog";
import {
  base64,
  blockIdFor,
  BLOCK_PROTOCOL_VERSION,
  commitSignBytes,
  EMPTY_BLOCK_ID,
  formatTime,
  fromBase64,
  hashCommit,
  hashResults,
  hashTxs,
  hex,
  resultsToJson,
  type CommitJson,
  type ExecTxResultJson,
  type HeaderJson,
  type StoredBlock,
} from "./blocks";
import { homePaths, readConfig, readGenesis, readJson, type HomePaths, type NodeConfig } from "./home";
import { Mempool, MempoolError } from "./mempool";
import { TxIndex, type TxRef } from "./txIndex";
import { loadValidatorKey, signWithValidator, type ValidatorKey, type ValidatorKeyFile } from "./validatorKey";
import { validatorUpdateFromJson, ValidatorSetHistory, type ConsensusValidator } from "./validatorSet";

export const GET_TX_PATH = "/cosmos.tx.v1beta1.Service/GetTx";
/** CometBFT's mempool.max_tx_bytes: the RPC refuses larger txs before CheckTx. */
export const MAX_RPC_TX_BYTES = 1024 * 1024;

/** A committed tx as the RPC serves it. */
export interface IndexedTx {
  readonly hash: string;
  readonly height: number;
  readonly index: number;
  readonly tx: string;
  readonly result: ExecTxResultJson;
}

export interface NodeOptions {
  /** Overrides config.json (e.g. --rpc-port, --block-time). */
  readonly config?: Partial<NodeConfig>;
  /** Logs lines about startup and blocks; silent by default. */
  readonly log?: (line: string) => void;
}

/**
 * A single-validator node: it replays its block log at start (from the newest snapshot), then
 * produces a block every blockTimeMs from the mempool. The state machine inside never sees the
 * wall clock: header times step by blockTimeMs from genesis time.
 */
export class ChainNode {
  readonly events = new EventEmitter();
  readonly mempool: Mempool;
  private readonly txIndex = new TxIndex();
  private readonly validatorSets: ValidatorSetHistory;
  private readonly blockCache = new Map<number, StoredBlock>();
  private readonly txWaiters = new Map<string, Array<(ref: TxRef) => void>>();
  private pendingChecks: Array<{ item: PendingSignatureCheck; done: () => void }> = [];
  private flushScheduled = false;
  private timer: NodeJS.Timeout | undefined;
  private producing: Promise<unknown> = Promise.resolve();
  private running = false;
  private closed = false;

  private constructor(
    readonly paths: HomePaths,
    readonly config: NodeConfig,
    readonly genesis: GenesisDoc,
    readonly validator: ValidatorKey,
    readonly app: App,
    private readonly blockLog: BlockLog,
    private readonly verifier: VerifierPool,
    private readonly log: (line: string) => void,
  ) {
    this.mempool = new Mempool(config.mempool);
    this.validatorSets = new ValidatorSetHistory(genesis.validators, Number(genesis.initial_height));
  }

  /** Opens a home dir: restores the newest snapshot, replays the rest of the block log, rebuilds the tx index. */
  static async open(home: string, options: NodeOptions = {}): Promise<ChainNode> {
    const paths = homePaths(home);
    const fileConfig = readConfig(paths);
    const config: NodeConfig = { ...fileConfig, ...options.config, rpc: { ...fileConfig.rpc, ...options.config?.rpc } };
    const genesis = readGenesis(paths);
    const validator = loadValidatorKey(readJson(paths.validatorKey) as ValidatorKeyFile);
    if (!genesis.validators.some((member) => member.address === validator.address)) {
      throw new Error(`this node's key (${validator.address}) is not in the genesis validator set: the devnet's block producer must be a genesis validator`);
    }
    const blockLog = BlockLog.open(paths.blockLog);
    const log = options.log ?? (() => undefined);
    const app = restoreApp(genesis, paths, blockLog, log);
    const node = new ChainNode(paths, config, genesis, validator, app, blockLog, new VerifierPool(config.verifierThreads), log);
    await node.replayLog();
    return node;
  }

  /** The latest committed height (initialHeight - 1 before the first block). */
  get height(): number {
    return this.initialHeight - 1 + this.blockLog.length;
  }

  /** The consensus validator set that signs block `height` (CometBFT order). */
  validatorsAt(height: number): readonly ConsensusValidator[] {
    return this.validatorSets.at(height);
  }

  get initialHeight(): number {
    return Number(this.genesis.initial_height);
  }

  /**
   * Starts producing blocks on a timer. A new chain commits its first block before this resolves:
   * CometBFT clients cannot read a status without a latest block.
   */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    if (this.height < this.initialHeight) await this.produceBlock();
    this.scheduleNext(this.config.blockTimeMs);
  }

  /** Stops block production, waits for the block in progress, writes a snapshot and closes files. */
  async stop(): Promise<void> {
    if (this.closed) return;
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.producing.catch(() => undefined);
    this.closed = true;
    if (this.height >= this.initialHeight) this.snapshot();
    this.blockLog.close();
    await this.verifier.close();
  }

  /** Produces one block now (serialised with the timer's blocks). */
  produceBlock(): Promise<StoredBlock> {
    const next = this.producing.then(() => this.buildBlock());
    this.producing = next.catch(() => undefined);
    return next;
  }

  block(height: number): StoredBlock | undefined {
    if (!Number.isSafeInteger(height) || height < this.initialHeight || height > this.height) return undefined;
    const cached = this.blockCache.get(height);
    if (cached) return cached;
    const block = readLoggedBlock(this.blockLog, this.initialHeight, height);
    this.cacheBlock(height, block);
    return block;
  }

  /** The commit (validator signatures) for a height: the last_commit of the next block. */
  commit(height: number): CommitJson {
    const block = this.block(height);
    if (!block) throw new Error(`no block at height ${height}`);
    const timestamp = block.block.header.time;
    const signature = signWithValidator(this.validator, commitSignBytes(this.app.chainId, height, block.block_id, timestamp));
    return {
      height: String(height),
      round: 0,
      block_id: block.block_id,
      signatures: [{ block_id_flag: 2, validator_address: this.validator.address, timestamp, signature: base64(signature) }],
    };
  }

  /** CheckTx through the mempool. Throws MempoolError for what CometBFT refuses before CheckTx. */
  async broadcast(bytes: Uint8Array): Promise<{ hash: string; result: TxResult }> {
    if (this.closed) throw new MempoolError("node is shutting down");
    if (bytes.length === 0) throw new MempoolError("tx is empty");
    if (bytes.length > MAX_RPC_TX_BYTES) throw new MempoolError(`tx too large. Max size is ${MAX_RPC_TX_BYTES}, but got ${bytes.length}`);
    const hash = hex(sha256(bytes));
    this.mempool.reserve(hash, bytes.length);
    try {
      await this.preverify([bytes]);
      const result = this.app.checkTx(bytes);
      if (result.code === 0) this.mempool.add({ hash, bytes });
      else this.mempool.release(hash);
      return { hash, result };
    } catch (error) {
      this.mempool.release(hash);
      throw error;
    }
  }

  /** Resolves when a tx is committed (or rejects after timeoutMs). */
  waitForTx(hash: string, timeoutMs: number): Promise<TxRef> {
    const known = this.txIndex.getByHash(hash);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const key = hash.toUpperCase();
      const timer = setTimeout(() => {
        this.txWaiters.set(key, (this.txWaiters.get(key) ?? []).filter((waiter) => waiter !== done));
        reject(new Error(`timed out waiting for tx to be included in a block`));
      }, timeoutMs);
      const done = (ref: TxRef): void => {
        clearTimeout(timer);
        resolve(ref);
      };
      this.txWaiters.set(key, [...(this.txWaiters.get(key) ?? []), done]);
    });
  }

  txByHash(hash: string): IndexedTx | undefined {
    const ref = this.txIndex.getByHash(hash);
    return ref ? this.txAt(ref) : undefined;
  }

  searchTxs(conditions: readonly QueryCondition[], descending: boolean): TxRef[] {
    return this.txIndex.search(conditions, descending);
  }

  txAt(ref: TxRef): IndexedTx {
    const block = this.block(ref.height);
    if (!block) throw new Error(`no block at height ${ref.height}`);
    const tx = block.block.data.txs[ref.index];
    return { hash: hex(sha256(fromBase64(tx))), height: ref.height, index: ref.index, tx, result: block.results.txs_results[ref.index] };
  }

  /** abci_query: the app's paths plus GetTx, which needs the node's tx index. Only the latest height is served. */
  query(path: string, data: Uint8Array, height = 0): QueryResult {
    if (height !== 0 && height !== this.height) {
      const error = sdkErrors.invalidHeight.wrap(`historical queries are not supported; latest height is ${this.height}`);
      return { code: error.code, codespace: error.codespace, log: error.log, value: new Uint8Array(), height: this.height };
    }
    if (path === GET_TX_PATH) return this.queryGetTx(data);
    return this.app.query(path, data);
  }

  private queryGetTx(data: Uint8Array): QueryResult {
    const fail = (error: { code: number; codespace: string; log: string }): QueryResult => ({ ...error, value: new Uint8Array(), height: this.height });
    let hash: string;
    try {
      hash = GetTxRequest.decode(data).hash;
    } catch {
      return fail(queryInvalidArgument("request is not valid protobuf"));
    }
    const found = /^[0-9a-fA-F]{64}$/.test(hash) ? this.txByHash(hash) : undefined;
    if (!found) return fail(queryNotFound(`tx not found: ${hash.slice(0, 64)}`));
    const txBytes = fromBase64(found.tx);
    const block = this.block(found.height)!;
    const value = GetTxResponse.encode({
      tx: Tx.decode(txBytes),
      txResponse: {
        height: BigInt(found.height),
        txhash: found.hash,
        codespace: found.result.codespace,
        code: found.result.code,
        data: Buffer.from(fromBase64(found.result.data)).toString("hex").toUpperCase(),
        rawLog: found.result.log,
        logs: [],
        info: "",
        gasWanted: BigInt(found.result.gas_wanted),
        gasUsed: BigInt(found.result.gas_used),
        tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: txBytes },
        timestamp: block.block.header.time,
        events: found.result.events.map((event) => ({ type: event.type, attributes: event.attributes.map((a) => ({ ...a })) })),
      },
    }).finish();
    return { code: 0, codespace: "", log: "", value, height: this.height };
  }

  private scheduleNext(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      const started = performance.now();
      this.produceBlock().then(
        () => this.scheduleNext(Math.max(0, this.config.blockTimeMs - (performance.now() - started))),
        (error: unknown) => {
          // A failed block is a bug or a broken invariant: stop rather than continue on bad state.
          this.running = false;
          this.events.emit("error", error);
        },
      );
    }, delayMs);
  }

  private async buildBlock(): Promise<StoredBlock> {
    if (this.closed) throw new Error("node is closed");
    const height = this.height + 1;
    const previous = this.height >= this.initialHeight ? this.block(this.height) : undefined;
    const timeMs = previous ? Date.parse(previous.block.header.time) + this.config.blockTimeMs : genesisTimeMs(this.genesis);
    const pending = this.mempool.reap(this.config.maxBlockBytes);
    const txs = pending.map((tx) => tx.bytes);
    await this.preverify(txs);

    const headerAppHash = hex(this.app.lastInfo.appHash);
    const execution = this.app.finalizeBlock({ chainId: this.app.chainId, height, timeMs, proposer: this.validator.address }, txs);
    const results = resultsToJson(height, execution);
    this.validatorSets.apply(height, execution.validatorUpdates);
    const lastCommit: CommitJson = previous
      ? this.commit(height - 1)
      : { height: "0", round: 0, block_id: EMPTY_BLOCK_ID, signatures: [] };
    const header: HeaderJson = {
      version: { block: BLOCK_PROTOCOL_VERSION, app: "0" },
      chain_id: this.app.chainId,
      height: String(height),
      time: formatTime(timeMs),
      last_block_id: previous?.block_id ?? EMPTY_BLOCK_ID,
      last_commit_hash: hex(hashCommit(lastCommit)),
      data_hash: hex(hashTxs(txs)),
      validators_hash: this.validatorSets.hash(height),
      next_validators_hash: this.validatorSets.hash(height + 1),
      consensus_hash: hex(sha256(new TextEncoder().encode(JSON.stringify(this.genesis.consensus_params)))),
      app_hash: headerAppHash,
      last_results_hash: hex(hashResults(previous?.results.txs_results ?? [])),
      evidence_hash: hex(simpleMerkleRoot([])),
      proposer_address: this.validator.address,
    };
    const stored: StoredBlock = {
      block_id: blockIdFor(header),
      block: { header, data: { txs: txs.map(base64) }, evidence: { evidence: [] }, last_commit: lastCommit },
      results,
    };
    // The block counts as committed once its record is durably in the log.
    this.blockLog.append(Buffer.from(JSON.stringify(stored), "utf8"));
    this.afterCommit(height, stored, pending.map((tx) => tx.hash));
    return stored;
  }

  private afterCommit(height: number, stored: StoredBlock, hashes: readonly string[]): void {
    this.cacheBlock(height, stored);
    this.indexBlock(height, stored, hashes);
    this.mempool.update(hashes, (bytes) => this.app.checkTx(bytes, "recheck"));
    if (height % this.config.snapshotInterval === 0) this.snapshot();
    for (const [index, hash] of hashes.entries()) {
      const waiters = this.txWaiters.get(hash);
      if (!waiters) continue;
      this.txWaiters.delete(hash);
      for (const waiter of waiters) waiter({ height, index });
    }
    if (hashes.length > 0) this.log(`block ${height} txs=${hashes.length} app_hash=${hex(this.app.lastInfo.appHash)}`);
    this.events.emit("block", stored);
  }

  private indexBlock(height: number, stored: StoredBlock, hashes: readonly string[]): void {
    hashes.forEach((hash, index) => this.txIndex.add(height, index, hash, stored.results.txs_results[index].events));
  }

  private snapshot(): void {
    writeSnapshot(this.paths.snapshots, this.app.lastInfo.height, this.app.lastInfo.appHash, this.app.store.entries());
  }

  private cacheBlock(height: number, block: StoredBlock): void {
    if (this.blockCache.size >= 256) this.blockCache.delete(this.blockCache.keys().next().value as number);
    this.blockCache.set(height, block);
  }

  /**
   * Re-executes the logged blocks the restored state has not seen; every app hash must match the
   * log. Signatures of block h+1 are verified in the worker threads while block h executes.
   */
  private async replayLog(): Promise<void> {
    await replayStoredBlocks(this.app, this.verifier, (height) => this.block(height)!, this.initialHeight, this.height, (height, stored) => {
      this.indexBlock(height, stored, stored.block.data.txs.map((tx) => hex(sha256(fromBase64(tx)))));
      this.validatorSets.apply(height, stored.results.validator_updates.map(validatorUpdateFromJson));
    });
    this.log(`restored height ${this.height}, app hash ${hex(this.app.lastInfo.appHash)}`);
  }

  /** Verifies the signatures of txs ahead of execution, in worker threads, batching concurrent callers. */
  private preverify(txs: readonly Uint8Array[]): Promise<void> {
    const unknown = this.app.unverifiedSignatureChecks(txs);
    if (unknown.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      let remaining = unknown.length;
      const done = (): void => {
        if (--remaining === 0) resolve();
      };
      for (const item of unknown) this.pendingChecks.push({ item, done });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => void this.flushChecks());
      }
    });
  }

  private async flushChecks(): Promise<void> {
    this.flushScheduled = false;
    const batch = this.pendingChecks;
    this.pendingChecks = [];
    const valid = await this.verifier.verifyBatch(batch.map(({ item }) => item.check));
    batch.forEach(({ item, done }, index) => {
      if (valid[index]) this.app.signatureCache.add(item.cacheKey);
      done();
    });
  }
}

/**
 * Walks stored blocks fromHeight..toHeight, calling `visit` for each; the blocks above the app's
 * height are re-executed first, and every app hash must match the stored one. Signatures of block
 * h+1 are verified in the pool's worker threads while block h executes.
 */
export async function replayStoredBlocks(
  app: App,
  verifier: VerifierPool,
  blockAt: (height: number) => StoredBlock,
  fromHeight: number,
  toHeight: number,
  visit: (height: number, stored: StoredBlock) => void = () => undefined,
): Promise<void> {
  const txsAt = (height: number): Uint8Array[] => blockAt(height).block.data.txs.map(fromBase64);
  let nextTxs = app.lastInfo.height < toHeight ? txsAt(app.lastInfo.height + 1) : [];
  let verifying = preverifySignatures(app, verifier, nextTxs);
  for (let height = fromHeight; height <= toHeight; height++) {
    const stored = blockAt(height);
    if (height > app.lastInfo.height) {
      const txs = nextTxs;
      await verifying;
      nextTxs = height < toHeight ? txsAt(height + 1) : [];
      verifying = preverifySignatures(app, verifier, nextTxs);
      const header = stored.block.header;
      if (header.app_hash !== hex(app.lastInfo.appHash)) {
        throw new Error(`block ${height}: header app hash ${header.app_hash} differs from the replayed state ${hex(app.lastInfo.appHash)}`);
      }
      const execution = app.finalizeBlock({ chainId: header.chain_id, height, timeMs: Date.parse(header.time), proposer: header.proposer_address }, txs);
      if (base64(execution.appHash) !== stored.results.app_hash) {
        throw new Error(`block ${height}: replay gives app hash ${hex(execution.appHash)}, the log has ${hex(fromBase64(stored.results.app_hash))}`);
      }
    }
    visit(height, stored);
  }
  await verifying;
}

/** Block `height` of a log whose first record is the genesis's initial height. */
export function readLoggedBlock(blockLog: BlockLog, initialHeight: number, height: number): StoredBlock {
  return JSON.parse(Buffer.from(blockLog.read(height - initialHeight + 1)).toString("utf8")) as StoredBlock;
}

/** Newest usable snapshot at or below the log's height (and maxHeight), or genesis. */
export function restoreApp(genesis: GenesisDoc, paths: HomePaths, blockLog: BlockLog, log: (line: string) => void, maxHeight?: number): App {
  const initialHeight = Number(genesis.initial_height);
  const snapshot = readLatestSnapshot(paths.snapshots, Math.min(maxHeight ?? Number.MAX_SAFE_INTEGER, initialHeight - 1 + blockLog.length));
  if (snapshot && snapshot.header.height >= initialHeight) {
    const committed = CommitStore.fromEntries(snapshot.entries);
    const appHash = committed.commit();
    if (hex(appHash) !== hex(snapshot.header.appHash)) throw new Error(`snapshot at ${snapshot.header.height} is corrupt: its entries hash to ${hex(appHash)}`);
    log(`loaded snapshot at height ${snapshot.header.height}`);
    const header = readLoggedBlock(blockLog, initialHeight, snapshot.header.height).block.header;
    const app = createApp(genesis.chain_id, committed, { height: snapshot.header.height, appHash, blockTimeMs: Date.parse(header.time) });
    // Every module writes state at genesis: a snapshot without a module's store is another version's.
    const missing = app.moduleNames.filter((name) => iteratePrefix(committed, `${name}/`).next().done);
    if (missing.length > 0) {
      throw new Error(`the snapshot at height ${snapshot.header.height} has no ${missing.join(", ")} state: this home was written by an older printchain. Start a new chain in another home (--home DIR) or remove ${paths.home}`);
    }
    return app;
  }
  const app = createApp(genesis.chain_id);
  const { validators } = app.initChain(genesis, genesisTimeMs(genesis));
  assertGenesisValidators(genesis, validators);
  return app;
}

/** As CometBFT's InitChain: the app's initial validator set must be the genesis document's. */
export function assertGenesisValidators(genesis: GenesisDoc, validators: readonly ValidatorUpdate[]): void {
  if (validators.length === 0) return;
  const describe = (set: ReadonlyArray<{ key: string; power: string }>): string =>
    set.map(({ key, power }) => `${key}:${power}`).sort().join(",");
  const fromApp = describe(validators.map((v) => ({ key: base64(v.pubKey), power: v.power.toString() })));
  const fromDoc = describe(genesis.validators.map((v) => ({ key: v.pub_key.value, power: v.power })));
  if (fromApp !== fromDoc) throw new Error(`genesis validators (${fromDoc}) differ from the staking genesis's bonded set (${fromApp})`);
}
