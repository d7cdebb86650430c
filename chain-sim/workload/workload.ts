import { sha256 } from "@cosmjs/crypto";
import { createPrintchainRegistry } from "../../proto";
import { hex, type StoredBlock } from "../node/blocks";
import type { ChainNode } from "../node/node";
import type { PlannedOp } from "../sim/operations";
import { Rng } from "../sim/rng";
import { signSimTx } from "../sim/simulation";
import { StateView } from "../sim/view";
import type { Fleet } from "./fleet";
import { planBlock, type WorkloadContext } from "./operations";

export interface WorkloadOptions {
  /** Where the first failure of each kind is reported (never more than once per kind). */
  readonly log?: (line: string) => void;
  /** Most txs the workload sends per block. */
  readonly maxTxsPerBlock?: number;
}

/** Counters since the workload started. */
export interface WorkloadStats {
  /** Txs sent and accepted into the mempool. */
  readonly submitted: number;
  /** Txs refused at CheckTx (or by the mempool). */
  readonly refused: number;
  /** The workload's txs committed in blocks, and how many of them failed there. */
  readonly committed: number;
  readonly failed: number;
  /** Successful committed txs by op name. */
  readonly byOp: Readonly<Record<string, number>>;
}

interface Pending {
  readonly op: string;
  readonly signer: number;
  readonly height: number;
}

/** A tx not in a block this many blocks after it was sent is taken as dropped (re-checked out of the mempool). */
const DROP_AFTER_BLOCKS = 5;

/**
 * The devnet's workload: a client of the node, like any wallet. After every committed block it
 * reads the state through ABCI queries, plans what the fleet, the customers, the stakers and the
 * voters do next (./operations.ts), signs those txs with the fleet's keys and submits them through
 * `ChainNode.broadcast`, the path of the RPC's broadcast_tx_sync (CheckTx, then the mempool). The
 * chain stays a pure function of its blocks: nothing here runs inside the state machine.
 */
export class Workload {
  private readonly registry = createPrintchainRegistry();
  private readonly view: StateView;
  private readonly rng: Rng;
  private readonly accountNumbers = new Map<number, number>();
  /** The next sequence of accounts with txs in flight. */
  private readonly nextSequence = new Map<number, number>();
  private readonly inFlight = new Map<number, number>();
  private readonly pending = new Map<string, Pending>();
  private readonly reported = new Set<string>();
  private readonly voted = new Set<string>();
  /** Claims (a job, a printer...) of earlier ticks whose txs are still in the mempool: not planned again. */
  private liveClaims: Array<{ readonly keys: Set<string>; readonly hashes: Set<string>; closed: boolean }> = [];
  private readonly stats_ = { submitted: 0, refused: 0, committed: 0, failed: 0, byOp: {} as Record<string, number> };
  private readonly log: (line: string) => void;
  private readonly maxTxs: number;
  private running = false;
  private ticking: Promise<void> = Promise.resolve();
  private busy = false;
  private again = false;
  private readonly onBlock = (block: StoredBlock): void => this.blockCommitted(block);

  constructor(
    private readonly node: ChainNode,
    readonly fleet: Fleet,
    options: WorkloadOptions = {},
  ) {
    this.view = new StateView(node);
    this.log = options.log ?? (() => undefined);
    this.maxTxs = options.maxTxsPerBlock ?? 400;
    // Planning is seeded, but a restart resumes from another height: a new stream from there.
    this.rng = new Rng(`printchain-devnet workload ops ${fleet.seed} ${node.height}`);
  }

  get stats(): WorkloadStats {
    return { ...this.stats_, byOp: { ...this.stats_.byOp } };
  }

  /** Starts acting on every block the node commits (and on the current state at once). */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.node.events.on("block", this.onBlock);
    this.schedule();
  }

  /** Stops listening and waits for the txs being sent. */
  async stop(): Promise<void> {
    this.running = false;
    this.node.events.off("block", this.onBlock);
    await this.idle();
  }

  /** Resolves when the txs planned for the latest block are all sent. */
  async idle(): Promise<void> {
    while (this.busy) await this.ticking;
  }

  private blockCommitted(block: StoredBlock): void {
    const height = Number(block.block.header.height);
    block.block.data.txs.forEach((tx, index) => {
      const hash = hex(sha256(Buffer.from(tx, "base64")));
      const pending = this.pending.get(hash);
      if (!pending) return;
      this.settle(hash, pending);
      const result = block.results.txs_results[index];
      this.stats_.committed++;
      if (result.code === 0) this.stats_.byOp[pending.op] = (this.stats_.byOp[pending.op] ?? 0) + 1;
      else {
        this.stats_.failed++;
        this.report(`${pending.op} failed in block ${result.codespace}/${result.code}`, result.log);
      }
    });
    for (const [hash, pending] of this.pending) {
      if (height - pending.height < DROP_AFTER_BLOCKS) continue;
      this.settle(hash, pending);
      this.nextSequence.delete(pending.signer);
    }
    this.schedule();
  }

  private settle(hash: string, pending: Pending): void {
    this.pending.delete(hash);
    for (const entry of this.liveClaims) entry.hashes.delete(hash);
    this.liveClaims = this.liveClaims.filter((entry) => !entry.closed || entry.hashes.size > 0);
    const left = (this.inFlight.get(pending.signer) ?? 1) - 1;
    if (left > 0) this.inFlight.set(pending.signer, left);
    else {
      this.inFlight.delete(pending.signer);
      this.nextSequence.delete(pending.signer);
    }
  }

  private schedule(): void {
    if (!this.running) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.ticking = (async () => {
      try {
        do {
          this.again = false;
          await this.tick();
        } while (this.again && this.running);
      } catch (error) {
        this.report("workload tick", error instanceof Error ? (error.stack ?? error.message) : String(error));
      } finally {
        this.busy = false;
      }
    })();
  }

  /** Logs a failure the first time its kind is seen. */
  private report(kind: string, detail: string): void {
    if (this.reported.has(kind)) return;
    this.reported.add(kind);
    this.log(`workload: ${kind}: ${detail.slice(0, 400)} (further ones are not logged)`);
  }

  private account(index: number): { accountNumber: number; sequence: number } {
    const local = this.nextSequence.get(index);
    const knownNumber = this.accountNumbers.get(index);
    if (local !== undefined && knownNumber !== undefined) return { accountNumber: knownNumber, sequence: local };
    const onChain = this.view.account(this.fleet.accounts[index].address);
    if (!onChain) throw new Error(`workload account ${index} (${this.fleet.accounts[index].address}) is not on the chain: was this home initialised with the workload?`);
    this.accountNumbers.set(index, onChain.accountNumber);
    return { accountNumber: onChain.accountNumber, sequence: local ?? onChain.sequence };
  }

  private async tick(): Promise<void> {
    const height = this.node.height;
    const latest = this.node.block(height);
    if (!latest) return;
    this.view.invalidate();
    const lastTimeMs = Date.parse(latest.block.header.time);
    const blockTimeMs = this.node.config.blockTimeMs;
    const claims = new Set<string>();
    const claim = (key: string): boolean => {
      if (claims.has(key) || this.liveClaims.some((entry) => entry.keys.has(key))) return false;
      claims.add(key);
      return true;
    };
    const ctx: WorkloadContext = {
      rng: this.rng,
      population: this.fleet,
      fleet: this.fleet,
      view: this.view,
      height: height + 1,
      lastTimeMs,
      nextTimeMs: lastTimeMs + blockTimeMs,
      blockTimeMs,
      voted: this.voted,
      claim,
    };
    const planned = planBlock(ctx, this.maxTxs);
    const hashes = new Set<string>();
    const live = { keys: claims, hashes, closed: false };
    this.liveClaims.push(live);
    try {
      for (const op of planned) {
        if (!this.running) return;
        const hash = await this.send(op, height);
        if (hash && this.pending.has(hash)) hashes.add(hash);
      }
    } finally {
      live.closed = true;
      if (hashes.size === 0) this.liveClaims = this.liveClaims.filter((entry) => entry !== live);
    }
  }

  /** Signs and broadcasts; the tx hash if the mempool took it. */
  private async send(planned: PlannedOp, height: number): Promise<string | undefined> {
    let sequence: number;
    let bytes: Uint8Array;
    try {
      const account = this.account(planned.signer);
      sequence = account.sequence;
      bytes = signSimTx(this.registry, this.fleet.accounts[planned.signer], account.accountNumber, sequence, planned.msgs, this.node.app.chainId);
    } catch (error) {
      this.stats_.refused++;
      this.report(`${planned.op} not signed`, error instanceof Error ? error.message : String(error));
      return;
    }
    try {
      const { hash, result } = await this.node.broadcast(bytes);
      if (result.code === 0) {
        this.stats_.submitted++;
        this.pending.set(hash, { op: planned.op, signer: planned.signer, height });
        this.inFlight.set(planned.signer, (this.inFlight.get(planned.signer) ?? 0) + 1);
        this.nextSequence.set(planned.signer, sequence + 1);
        return hash;
      } else {
        this.stats_.refused++;
        // A wrong sequence means our count drifted (a tx dropped): read it from the chain next time.
        if (result.codespace === "sdk" && result.code === 32) this.nextSequence.delete(planned.signer);
        this.report(`${planned.op} refused at CheckTx ${result.codespace}/${result.code}`, result.log);
      }
    } catch (error) {
      this.stats_.refused++;
      this.report(`${planned.op} not accepted by the mempool`, error instanceof Error ? error.message : String(error));
    }
  }
}
