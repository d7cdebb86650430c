import { GasInfo, Result, TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { verifySecp256k1 } from "../crypto/secp256k1";
import { CacheStore, type KVStore } from "../store/kvStore";
import { CommitStore } from "../store/commitStore";
import type { BlockInfo, Context, ExecMode } from "../types/context";
import { ChainError, queryInvalidArgument, sdkErrors } from "../types/errors";
import { EventManager, withAttribute, type Event } from "../types/events";
import { GasKVStore, GasMeter, infiniteGasMeter } from "../types/gas";
import type { AppModule, MsgRoute, QueryRoute, ValidatorUpdate } from "../types/module";
import { gasLimitOf, runAnte, type AnteDeps } from "../tx/ante";
import { decodeTx, type DecodedTx } from "../tx/decode";
import { pendingSignatureChecks, type PendingSignatureCheck } from "../tx/preverify";
import type { GenesisDoc } from "./genesis";
import { PANIC_CODE, type BlockExecution, type QueryResult, type TxResult } from "./txResult";
import type { AuthKeeper } from "../modules/auth/keeper";
import type { BankKeeper } from "../modules/bank/keeper";
import { VerifiedSignatureCache } from "./signatureCache";

export const SIMULATE_PATH = "/cosmos.tx.v1beta1.Service/Simulate";

export interface AppWiring {
  readonly chainId: string;
  /** Modules in hook order (genesis, begin block, end block). */
  readonly modules: readonly AppModule[];
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
}

/** Where the committed chain stands. */
export interface AppInfo {
  readonly height: number;
  readonly appHash: Uint8Array;
  readonly blockTimeMs: number;
}

/**
 * The deterministic state machine: a pure function of genesis and blocks (ARCHITECTURE §3).
 * All methods are synchronous, so nothing can interleave inside a block.
 */
export class App {
  readonly chainId: string;
  readonly signatureCache = new VerifiedSignatureCache();
  private readonly modules: readonly AppModule[];
  private readonly msgRoutes = new Map<string, MsgRoute<never>>();
  private readonly msgModules = new Map<string, string>();
  private readonly queryRoutes = new Map<string, QueryRoute>();
  private readonly ante: AnteDeps;
  /** Decoding is a pure function of the bytes: a tx decoded by CheckTx is not decoded again in its block. */
  private readonly decoded = new WeakMap<Uint8Array, DecodedTx>();
  private readonly auth: AuthKeeper;
  private committed: CommitStore;
  private checkState: CacheStore;
  private info: AppInfo;

  constructor(wiring: AppWiring, committed = new CommitStore(), info?: AppInfo) {
    this.chainId = wiring.chainId;
    this.modules = wiring.modules;
    this.auth = wiring.auth;
    for (const module of wiring.modules) {
      for (const route of module.msgRoutes) {
        if (this.msgRoutes.has(route.typeUrl)) throw new Error(`message ${route.typeUrl} registered twice`);
        this.msgRoutes.set(route.typeUrl, route);
        this.msgModules.set(route.typeUrl, module.name);
      }
      for (const route of module.queryRoutes) {
        if (this.queryRoutes.has(route.path)) throw new Error(`query ${route.path} registered twice`);
        this.queryRoutes.set(route.path, route);
      }
    }
    this.ante = {
      auth: wiring.auth,
      bank: wiring.bank,
      verifySignature: (mode, cacheKey, check) => {
        let valid = this.signatureCache.has(cacheKey);
        if (!valid) {
          const { signBytes, signature, pubkey } = check();
          valid = verifySecp256k1(signBytes, signature, pubkey);
        }
        // CheckTx remembers a good signature for the block; the block consumes it.
        if (mode === "deliver") this.signatureCache.delete(cacheKey);
        else if (valid) this.signatureCache.add(cacheKey);
        return valid;
      },
    };
    this.committed = committed;
    this.checkState = new CacheStore(committed);
    this.info = info ?? { height: 0, appHash: committed.lastHash, blockTimeMs: 0 };
  }

  get lastInfo(): AppInfo {
    return this.info;
  }

  /** The modules' names, in hook order (each is the first segment of its store keys). */
  get moduleNames(): string[] {
    return this.modules.map((module) => module.name);
  }

  /** The committed store (read-only use: queries, export, snapshots). */
  get store(): CommitStore {
    return this.committed;
  }

  /** Applies every module's genesis in hook order and commits; returns the genesis app hash and validator set. */
  initChain(genesis: GenesisDoc, genesisTimeMs: number): { appHash: Uint8Array; validators: readonly ValidatorUpdate[] } {
    if (this.info.height !== 0 || this.committed.size !== 0) throw new Error("initChain on a non-empty state");
    const known = new Set(this.modules.map((module) => module.name));
    for (const name of Object.keys(genesis.app_state)) {
      if (!known.has(name)) throw new Error(`genesis app_state has unknown module "${name}"`);
    }
    const initialHeight = Number(genesis.initial_height);
    const block: BlockInfo = { chainId: this.chainId, height: initialHeight, timeMs: genesisTimeMs, proposer: "" };
    const branch = new CacheStore(this.committed);
    const validators: ValidatorUpdate[] = [];
    for (const module of this.modules) {
      const ctx = this.context(block, "genesis", branch, infiniteGasMeter(), new EventManager());
      validators.push(...(module.initGenesis(ctx, genesis.app_state[module.name] ?? module.defaultGenesis()) ?? []));
    }
    branch.write();
    const appHash = this.committed.commit();
    this.info = { height: initialHeight - 1, appHash, blockTimeMs: genesisTimeMs };
    this.checkState = new CacheStore(this.committed);
    return { appHash, validators };
  }

  exportGenesisState(): Record<string, unknown> {
    const state: Record<string, unknown> = {};
    for (const module of this.modules) state[module.name] = module.exportGenesis(this.committed);
    return state;
  }

  /** Mempool admission: runs the tx on the check state, so later txs of the same sender see its effects. */
  checkTx(bytes: Uint8Array, mode: "check" | "recheck" = "check"): TxResult {
    // A rejected tx leaves no trace, not even its sequence bump: it never enters the mempool.
    const branch = new CacheStore(this.checkState);
    const result = this.runTx(mode, branch, this.nextBlock(), bytes);
    if (result.code === 0) branch.write();
    return result;
  }

  /** Decodes without executing (for pre-verification of signatures); undefined if undecodable. */
  tryDecode(bytes: Uint8Array): DecodedTx | undefined {
    try {
      return this.decode(bytes);
    } catch {
      return undefined;
    }
  }

  private decode(bytes: Uint8Array): DecodedTx {
    let tx = this.decoded.get(bytes);
    if (!tx) {
      tx = decodeTx(bytes, (typeUrl) => this.msgRoutes.get(typeUrl));
      this.decoded.set(bytes, tx);
    }
    return tx;
  }

  /**
   * The signature checks these txs' ante handlers will make that are not verified yet, computed
   * from the account numbers the check state knows, so they can run ahead (in worker threads).
   */
  unverifiedSignatureChecks(txs: readonly Uint8Array[]): PendingSignatureCheck[] {
    const checks: PendingSignatureCheck[] = [];
    for (const bytes of txs) {
      const tx = this.tryDecode(bytes);
      if (!tx) continue;
      for (const item of pendingSignatureChecks(tx, this.chainId, (address) => this.auth.getAccount(this.checkState, address))) {
        if (!this.signatureCache.has(item.cacheKey)) checks.push(item);
      }
    }
    return checks;
  }

  /** Executes a block on a branch of committed state, writes it back and commits. */
  finalizeBlock(block: BlockInfo, txs: readonly Uint8Array[]): BlockExecution {
    if (block.height !== this.info.height + 1) throw new Error(`expected block ${this.info.height + 1}, got ${block.height}`);
    if (block.chainId !== this.chainId) throw new Error(`block for chain ${block.chainId}, this is ${this.chainId}`);
    const deliver = new CacheStore(this.committed);
    const events: Event[] = [];
    this.runHooks(block, deliver, "BeginBlock", events);
    const txResults = txs.map((bytes) => this.runTx("deliver", deliver, block, bytes));
    const validatorUpdates = this.runHooks(block, deliver, "EndBlock", events);
    deliver.write();
    const appHash = this.committed.commit();
    this.info = { height: block.height, appHash, blockTimeMs: block.timeMs };
    this.checkState = new CacheStore(this.committed);
    return { txResults, events, appHash, validatorUpdates };
  }

  /** abci_query: module gRPC paths and tx simulation, against the latest committed state. */
  query(path: string, data: Uint8Array): QueryResult {
    const height = this.info.height;
    try {
      if (path === SIMULATE_PATH) return { ...ok(this.simulate(data)), height };
      const route = this.queryRoutes.get(path);
      if (!route) throw sdkErrors.unknownRequest.wrap(`unknown query path ${JSON.stringify(path.slice(0, 200))}`);
      return { ...ok(route.handle(this.committed, data)), height };
    } catch (error) {
      if (error instanceof ChainError) return { code: error.code, codespace: error.codespace, log: error.log, value: new Uint8Array(), height };
      if (error instanceof RangeError || error instanceof TypeError) {
        const invalid = queryInvalidArgument(`request is not valid protobuf: ${error.message}`);
        return { code: invalid.code, codespace: invalid.codespace, log: invalid.log, value: new Uint8Array(), height };
      }
      throw error;
    }
  }

  private simulate(request: Uint8Array): Uint8Array {
    const { txBytes } = SimulateRequest.decode(request);
    if (txBytes.length === 0) throw queryInvalidArgument("empty tx_bytes");
    const result = this.runTx("simulate", new CacheStore(this.checkState), this.nextBlock(), txBytes);
    if (result.code !== 0) throw new ChainError(result.codespace, result.code, result.log);
    return SimulateResponse.encode({
      gasInfo: GasInfo.fromPartial({ gasWanted: BigInt(result.gasWanted), gasUsed: BigInt(result.gasUsed) }),
      result: Result.fromPartial({
        data: new Uint8Array(),
        log: "",
        events: result.events.map((event) => ({ type: event.type, attributes: event.attributes.map((a) => ({ ...a })) })),
        msgResponses: TxMsgData.decode(result.data).msgResponses,
      }),
    }).finish();
  }

  private nextBlock(): BlockInfo {
    return { chainId: this.chainId, height: this.info.height + 1, timeMs: this.info.blockTimeMs, proposer: "" };
  }

  /** Runs one hook of every module in order; returns the validator updates EndBlock hooks report. */
  private runHooks(block: BlockInfo, store: KVStore, mode: "BeginBlock" | "EndBlock", sink: Event[]): ValidatorUpdate[] {
    const validatorUpdates: ValidatorUpdate[] = [];
    for (const module of this.modules) {
      const hook = mode === "BeginBlock" ? module.beginBlock : module.endBlock;
      if (!hook) continue;
      const events = new EventManager();
      validatorUpdates.push(...(hook.call(module, this.context(block, "block", store, infiniteGasMeter(), events)) ?? []));
      for (const event of events.events) sink.push(withAttribute(event, "mode", mode));
    }
    return validatorUpdates;
  }

  /**
   * One tx: decode → ante on its own branch (fee and sequence stick once it passes) → messages on a
   * second branch, written only if every message succeeds. Only ChainErrors are tx failures; any
   * other error in a block is a bug and stops the node.
   */
  private runTx(mode: ExecMode, store: KVStore, block: BlockInfo, bytes: Uint8Array): TxResult {
    let gasMeter: GasMeter | undefined;
    const committedEvents: Event[] = [];
    try {
      const tx = this.decode(bytes);
      const params = this.auth.getParams(store);
      gasMeter = new GasMeter(gasLimitOf(tx, params, mode === "simulate"));

      const anteBranch = new CacheStore(store);
      const anteEvents = new EventManager();
      runAnte(this.context(block, mode, new GasKVStore(anteBranch, gasMeter), gasMeter, anteEvents), tx, params, this.ante);
      anteBranch.write();
      committedEvents.push(...anteEvents.events);

      const msgBranch = new CacheStore(store);
      const msgEvents: Event[] = [];
      const responses = tx.msgs.map(({ typeUrl, route, msg }, index) => {
        const events = new EventManager();
        events.emit("message", [["action", typeUrl], ["sender", route.signers(msg)[0] ?? ""], ["module", this.msgModules.get(typeUrl) ?? ""]]);
        const value = route.handle(this.context(block, mode, new GasKVStore(msgBranch, gasMeter!), gasMeter!, events), msg);
        for (const event of events.events) msgEvents.push(withAttribute(event, "msg_index", String(index)));
        return { typeUrl: route.responseTypeUrl, value };
      });
      msgBranch.write();
      committedEvents.push(...msgEvents);
      const data = TxMsgData.encode({ data: [], msgResponses: responses }).finish();
      return { code: 0, codespace: "", log: "", data, gasWanted: gasMeter.limit, gasUsed: gasMeter.consumed, events: committedEvents };
    } catch (error) {
      const gasWanted = gasMeter?.limit ?? 0;
      const gasUsed = gasMeter?.consumed ?? 0;
      if (error instanceof ChainError) {
        return { code: error.code, codespace: error.codespace, log: error.log, data: new Uint8Array(), gasWanted, gasUsed, events: committedEvents };
      }
      if (mode === "deliver") throw error;
      const message = error instanceof Error ? error.message : String(error);
      return { code: PANIC_CODE, codespace: "undefined", log: `panic: ${message}`, data: new Uint8Array(), gasWanted, gasUsed, events: [] };
    }
  }

  private context(block: BlockInfo, mode: ExecMode, store: KVStore, gasMeter: GasMeter, events: EventManager): Context {
    return { block, mode, store, gasMeter, events };
  }
}

function ok(value: Uint8Array): Omit<QueryResult, "height"> {
  return { code: 0, codespace: "", log: "", value };
}
