import { emissionsCodecs, printchain, toBigInt } from "../../../proto";
import { iteratePrefix, type KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import * as events from "./events";
import type { CompletedJob } from "../../types/jobs";
import { accountFromValoper } from "../../types/address";
import { DEC_ONE, parseDec } from "../../types/dec";
import type { BankKeeper, PrintersKeeper, StakingKeeper } from "./expectedKeepers";
import { ATTESTED_ROLES, DEFAULT_EMISSIONS_PARAMS, paramsFromProto, paramsToProto, ROLE_ENUM, type EmissionsParams } from "./params";
import { jobPoints } from "./points";
import { epochMint } from "./schedule";
import { payProRata, ROLES, splitByRole, type Contribution, type Role } from "./split";

export type PrinterPoints = printchain.emissions.v1.PrinterPoints;
export type EpochSummary = printchain.emissions.v1.EpochSummary;
export type Reward = printchain.emissions.v1.Reward;

/** Mints each epoch's emission and pays it out (minter permission). */
export const EMISSIONS_ACCOUNT = "emissions";
/** Receives remainders, unclaimed role pools and the community share without contributors. */
export const COMMUNITY_POOL_ACCOUNT = "community_pool";

const PARAMS_KEY = "emissions/params";
const STATE_KEY = "emissions/state";
const POINTS_PREFIX = "emissions/points/";
const CONTRIBUTIONS_PREFIX = "emissions/contributions/";
const SUMMARIES_PREFIX = "emissions/summaries/";
const REWARDS_PREFIX = "emissions/rewards/";

const epochKey = (epoch: number | bigint): string => epoch.toString().padStart(20, "0");

/**
 * Where the epochs stand: the last settled epoch and the height it ended at, and, from its first
 * block on, the weights and last height of the epoch in progress.
 */
export interface EpochState {
  readonly lastEpoch: number;
  readonly lastEndHeight: number;
  readonly weights?: ReadonlyMap<Role, number>;
  readonly endHeight?: number;
}

/**
 * Epoch accounting. Points accrue as jobs settle (the jobs module's hook) and as attestors attest
 * contributions; the last block of an epoch mints, splits and pays (EndBlock, after the jobs
 * module, so jobs settled in that block count).
 */
export class EmissionsKeeper {
  constructor(
    private readonly bank: BankKeeper,
    private readonly printers: PrintersKeeper,
    private readonly staking: StakingKeeper,
    /** Module account where the jobs take rate collects (the epoch's fees), by name and address. */
    private readonly feePool: { readonly name: string; readonly address: string },
  ) {}

  getParams(store: KVReader): EmissionsParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(emissionsCodecs.Params.decode(bytes)) : DEFAULT_EMISSIONS_PARAMS;
  }

  setParams(ctx: Context, params: EmissionsParams): void {
    ctx.store.set(PARAMS_KEY, emissionsCodecs.Params.encode(paramsToProto(params)).finish());
  }

  getState(store: KVReader): EpochState {
    const bytes = store.get(STATE_KEY);
    return bytes ? epochStateFromProto(emissionsCodecs.EpochState.decode(bytes)) : { lastEpoch: 0, lastEndHeight: 0 };
  }

  setState(ctx: Context, state: EpochState): void {
    ctx.store.set(STATE_KEY, emissionsCodecs.EpochState.encode(epochStateToProto(state)).finish());
  }

  /** The epoch in progress and its last block (as fixed at its first block, or as params say before it). */
  currentEpoch(store: KVReader): { epoch: number; startHeight: number; endHeight: number } {
    const state = this.getState(store);
    return { epoch: state.lastEpoch + 1, startHeight: state.lastEndHeight + 1, endHeight: state.endHeight ?? state.lastEndHeight + this.getParams(store).epochLength };
  }

  getPrinterPoints(store: KVReader, epoch: number, printerId: string): PrinterPoints | undefined {
    const bytes = store.get(`${POINTS_PREFIX}${epochKey(epoch)}/${printerId}`);
    return bytes ? emissionsCodecs.PrinterPoints.decode(bytes) : undefined;
  }

  setPrinterPoints(ctx: Context, points: PrinterPoints): void {
    ctx.store.set(`${POINTS_PREFIX}${epochKey(toBigInt(points.epoch))}/${points.printerId}`, emissionsCodecs.PrinterPoints.encode(points).finish());
  }

  *printerPoints(store: KVReader, epoch?: number): IterableIterator<PrinterPoints> {
    const prefix = epoch === undefined ? POINTS_PREFIX : `${POINTS_PREFIX}${epochKey(epoch)}/`;
    for (const [, value] of iteratePrefix(store, prefix)) yield emissionsCodecs.PrinterPoints.decode(value);
  }

  setContribution(ctx: Context, contribution: printchain.emissions.v1.Contribution): void {
    ctx.store.set(this.contributionKey(toBigInt(contribution.epoch), contribution.role, contribution.contributor), emissionsCodecs.Contribution.encode(contribution).finish());
  }

  getContribution(store: KVReader, epoch: number, role: number, contributor: string): printchain.emissions.v1.Contribution | undefined {
    const bytes = store.get(this.contributionKey(BigInt(epoch), role, contributor));
    return bytes ? emissionsCodecs.Contribution.decode(bytes) : undefined;
  }

  *contributions(store: KVReader, epoch?: number, role?: number): IterableIterator<printchain.emissions.v1.Contribution> {
    const prefix = epoch === undefined ? CONTRIBUTIONS_PREFIX : `${CONTRIBUTIONS_PREFIX}${epochKey(epoch)}/${role === undefined ? "" : `${role}/`}`;
    for (const [, value] of iteratePrefix(store, prefix)) yield emissionsCodecs.Contribution.decode(value);
  }

  getSummary(store: KVReader, epoch: number): EpochSummary | undefined {
    const bytes = store.get(SUMMARIES_PREFIX + epochKey(epoch));
    return bytes ? emissionsCodecs.EpochSummary.decode(bytes) : undefined;
  }

  setSummary(ctx: Context, summary: EpochSummary): void {
    ctx.store.set(SUMMARIES_PREFIX + epochKey(toBigInt(summary.epoch)), emissionsCodecs.EpochSummary.encode(summary).finish());
  }

  *summaries(store: KVReader): IterableIterator<EpochSummary> {
    for (const [, value] of iteratePrefix(store, SUMMARIES_PREFIX)) yield emissionsCodecs.EpochSummary.decode(value);
  }

  setReward(ctx: Context, reward: Reward): void {
    const key = `${REWARDS_PREFIX}${reward.recipient}/${epochKey(toBigInt(reward.epoch))}/${reward.role}/${reward.printerId || reward.validator}`;
    ctx.store.set(key, emissionsCodecs.Reward.encode(reward).finish());
  }

  /** An account's rewards, of one epoch or of all, in epoch order. */
  *rewards(store: KVReader, recipient?: string, epoch?: number): IterableIterator<Reward> {
    const prefix = recipient === undefined ? REWARDS_PREFIX : `${REWARDS_PREFIX}${recipient}/${epoch ? `${epochKey(epoch)}/` : ""}`;
    for (const [, value] of iteratePrefix(store, prefix)) yield emissionsCodecs.Reward.decode(value);
  }

  /** The jobs module's hook: credits a completed job's points to its printer for the epoch in progress. */
  recordCompletedJob(ctx: Context, job: CompletedJob): void {
    const params = this.getParams(ctx.store);
    const { epoch } = this.currentEpoch(ctx.store);
    const printer = this.printers.getPrinter(ctx.store, job.printerId);
    if (!printer) throw new Error(`invariant broken: completed job ${job.jobId} of unknown printer ${job.printerId}`);
    const stats = this.printers.getStats(ctx.store, job.printerId);
    const accepted = toBigInt(stats.jobsAccepted);
    const selfDealt = job.customer === printer.owner;
    const points = jobPoints(
      {
        value: job.value,
        quantity: job.quantity,
        unitsCompleted: job.unitsCompleted,
        firstAttempt: job.firstAttempt,
        onTime: job.onTime,
        acceptMs: job.acceptMs,
        averageAcceptMs: accepted === 0n ? job.acceptMs : Number(toBigInt(stats.acceptMsTotal) / accepted),
        gramsEstimated: job.gramsEstimated,
        gramsUsed: job.gramsUsed,
        printSeconds: job.printSeconds,
        quality: job.quality,
        selfDealt,
      },
      params.points,
    ).total;
    const previous = this.getPrinterPoints(ctx.store, epoch, job.printerId);
    const uncapped = toBigInt(previous?.uncappedPoints) + points;
    const capped = uncapped < params.maxPointsPerPrinter ? uncapped : params.maxPointsPerPrinter;
    const record = emissionsCodecs.PrinterPoints.fromPartial({
      epoch,
      printerId: job.printerId,
      owner: printer.owner,
      points: capped.toString(),
      uncappedPoints: uncapped.toString(),
      jobs: (previous?.jobs ?? 0) + 1,
      selfDealtJobs: (previous?.selfDealtJobs ?? 0) + (selfDealt ? 1 : 0),
    });
    this.setPrinterPoints(ctx, record);
    events.emitPrinterPoints(ctx.events, record, job.jobId, points, selfDealt);
  }

  /** Adds attested points to a contributor of an attested role for the epoch in progress; returns the epoch. */
  attest(ctx: Context, attestor: string, contributor: string, role: Role, points: bigint): number {
    const { epoch } = this.currentEpoch(ctx.store);
    const previous = this.getContribution(ctx.store, epoch, ROLE_ENUM[role], contributor);
    const total = BigInt(previous?.points || "0") + points;
    this.setContribution(ctx, emissionsCodecs.Contribution.fromPartial({ epoch, role: ROLE_ENUM[role], contributor, points: total.toString() }));
    events.emitContributionAttested(ctx.events, epoch, role, contributor, attestor, points, total);
    return epoch;
  }

  /** BeginBlock: an epoch's first block fixes its weights and length, so param changes apply from the next epoch. */
  beginBlock(ctx: Context): void {
    const state = this.getState(ctx.store);
    if (state.endHeight !== undefined) return;
    const params = this.getParams(ctx.store);
    this.setState(ctx, { ...state, weights: params.weights, endHeight: ctx.block.height + params.epochLength - 1 });
  }

  /** EndBlock: settles the epoch when this block is its last. */
  endBlock(ctx: Context): void {
    const state = this.getState(ctx.store);
    if (state.endHeight === undefined || state.weights === undefined) throw new Error("invariant broken: an epoch without weights at EndBlock");
    if (ctx.block.height < state.endHeight) return;
    this.settleEpoch(ctx, state.lastEpoch + 1, state.lastEndHeight + 1, { ...this.getParams(ctx.store), weights: state.weights });
    this.setState(ctx, { lastEpoch: state.lastEpoch + 1, lastEndHeight: ctx.block.height });
  }

  /**
   * Mints R_mint(e), takes the fees, splits R_total by role weight, pays each role pro rata to
   * its contributors' points, and sends every remainder to the community pool. Conservation is
   * checked: a broken invariant is a bug and stops the node.
   */
  private settleEpoch(ctx: Context, epoch: number, startHeight: number, params: EmissionsParams): void {
    const denom = params.mintDenom;
    const minted = epochMint(params.schedule, epoch, this.bank.getSupply(ctx.store, denom));
    if (minted > 0n) this.bank.mintCoins(ctx, EMISSIONS_ACCOUNT, [{ denom, amount: minted }]);
    const fees = this.bank.getBalance(ctx.store, this.feePool.address, denom);
    if (fees > 0n) this.bank.sendCoinsFromModuleToModule(ctx, this.feePool.name, EMISSIONS_ACCOUNT, [{ denom, amount: fees }]);
    const total = minted + fees;

    const split = splitByRole(total, params.weights);
    let community = split.remainder;
    let paid = 0n;
    const roles: printchain.emissions.v1.IRolePayout[] = [];
    for (const role of ROLES) {
      const pool = split.shares.get(role) ?? 0n;
      const payout = role === "validators" ? this.validatorPayouts(ctx.store, pool) : this.contributorPayouts(ctx.store, role, epoch, pool);
      let rolePaid = 0n;
      for (const { recipient, printerId, validator, points, amount, commission } of payout.payouts) {
        if (amount > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, EMISSIONS_ACCOUNT, recipient, [{ denom, amount }]);
        const reward = emissionsCodecs.Reward.fromPartial({
          epoch,
          role: ROLE_ENUM[role],
          recipient,
          printerId,
          points: points.toString(),
          amount: amount.toString(),
          validator,
          commission: commission.toString(),
        });
        this.setReward(ctx, reward);
        events.emitReward(ctx.events, reward);
        rolePaid += amount;
      }
      community += payout.remainder;
      paid += rolePaid;
      const rolePayout = { role: ROLE_ENUM[role], weight: params.weights.get(role) ?? 0, pool: pool.toString(), paid: rolePaid.toString(), recipients: payout.payouts.length, points: payout.points.toString() };
      roles.push(rolePayout);
      events.emitRoleSplit(ctx.events, epoch, rolePayout);
    }
    if (community > 0n) this.bank.sendCoinsFromModuleToModule(ctx, EMISSIONS_ACCOUNT, COMMUNITY_POOL_ACCOUNT, [{ denom, amount: community }]);
    if (minted + fees !== paid + community) throw new Error(`invariant broken: epoch ${epoch} minted ${minted} + fees ${fees} != paid ${paid} + community ${community}`);

    const summary = emissionsCodecs.EpochSummary.fromPartial({
      epoch,
      startHeight,
      endHeight: ctx.block.height,
      endTimeMs: ctx.block.timeMs,
      minted: minted.toString(),
      fees: fees.toString(),
      total: total.toString(),
      roles,
      communityPoolAdded: community.toString(),
      supplyAfter: this.bank.getSupply(ctx.store, denom).toString(),
    });
    this.setSummary(ctx, summary);
    events.emitEpochEnd(ctx.events, summary, paid);
  }

  /** A printer or attested role's pool, pro rata to the epoch's points, in key order. */
  private contributorPayouts(store: KVReader, role: Role, epoch: number, pool: bigint): RolePayouts {
    let contributions: Array<Contribution & { printerId: string }> = [];
    if (role === "printers") {
      contributions = [...this.printerPoints(store, epoch)].map((record) => ({ recipient: record.owner, points: BigInt(record.points), printerId: record.printerId }));
    } else if (ATTESTED_ROLES.includes(role)) {
      contributions = [...this.contributions(store, epoch, ROLE_ENUM[role])].map((contribution) => ({ recipient: contribution.contributor, points: BigInt(contribution.points), printerId: "" }));
    }
    const payout = payProRata(pool, contributions);
    return {
      payouts: payout.payouts.map((entry) => ({ ...entry, validator: "", commission: 0n })),
      remainder: payout.remainder,
      points: contributions.reduce((sum, contribution) => sum + contribution.points, 0n),
    };
  }

  /**
   * The validators' pool: pro rata to bonded tokens across the bonded set; each validator's part
   * pays its commission to the operator and the rest to its delegations pro rata to shares (the
   * SDK's distribution, settled at once instead of lazily). Truncation dust goes to the remainder.
   */
  private validatorPayouts(store: KVReader, pool: bigint): RolePayouts {
    const validators = this.staking.bondedValidators(store);
    const byTokens = payProRata(pool, validators.map((validator) => ({ recipient: validator.operatorAddress, points: BigInt(validator.tokens), validator })));
    const payouts: RolePayoutEntry[] = [];
    let remainder = byTokens.remainder;
    for (const { validator, amount } of byTokens.payouts) {
      const operator = validator.operatorAddress;
      const commission = (amount * parseDec(validator.commission?.rate || "0")) / DEC_ONE;
      const tokens = BigInt(validator.tokens);
      const totalShares = parseDec(validator.delegatorShares);
      const delegations = [...this.staking.validatorDelegations(store, operator)].map((delegation) => ({ recipient: delegation.delegatorAddress, points: parseDec(delegation.shares) }));
      const split = payProRata(amount - commission, delegations);
      remainder += split.remainder;
      const entries = new Map<string, RolePayoutEntry>();
      for (const { recipient, points, amount: share } of split.payouts) {
        entries.set(recipient, { recipient, printerId: "", validator: operator, points: (points * tokens) / totalShares, amount: share, commission: 0n });
      }
      if (commission > 0n) {
        const account = accountFromValoper(operator);
        const own = entries.get(account) ?? { recipient: account, printerId: "", validator: operator, points: 0n, amount: 0n, commission: 0n };
        entries.set(account, { ...own, amount: own.amount + commission, commission });
      }
      payouts.push(...entries.values());
    }
    return { payouts, remainder, points: validators.reduce((sum, validator) => sum + BigInt(validator.tokens), 0n) };
  }

  private contributionKey(epoch: bigint, role: number, contributor: string): string {
    return `${CONTRIBUTIONS_PREFIX}${epochKey(epoch)}/${role}/${contributor}`;
  }
}

interface RolePayoutEntry {
  readonly recipient: string;
  readonly printerId: string;
  readonly validator: string;
  readonly points: bigint;
  readonly amount: bigint;
  readonly commission: bigint;
}

/** One role's payouts, what is left of its pool, and the points it paid on. */
interface RolePayouts {
  readonly payouts: readonly RolePayoutEntry[];
  readonly remainder: bigint;
  readonly points: bigint;
}

export function epochStateToProto(state: EpochState): printchain.emissions.v1.EpochState {
  return emissionsCodecs.EpochState.fromPartial({
    lastEpoch: state.lastEpoch,
    lastEndHeight: state.lastEndHeight,
    weights: state.weights ? ROLES.map((role) => ({ role: ROLE_ENUM[role], weight: state.weights!.get(role) ?? 0 })) : [],
    endHeight: state.endHeight ?? 0,
  });
}

export function epochStateFromProto(message: printchain.emissions.v1.IEpochState): EpochState {
  const endHeight = Number(toBigInt(message.endHeight));
  const weights = message.weights?.length ? new Map(ROLES.map((role) => [role, message.weights!.find((entry) => entry.role === ROLE_ENUM[role])?.weight ?? 0])) : undefined;
  return { lastEpoch: Number(toBigInt(message.lastEpoch)), lastEndHeight: Number(toBigInt(message.lastEndHeight)), ...(endHeight > 0 && weights ? { weights, endHeight } : {}) };
}
