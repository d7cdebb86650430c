import { govCodecs, printchain, toBigInt } from "../../../proto";
import { CacheStore, iteratePrefix, type KVReader } from "../../store/kvStore";
import { accountFromValoper } from "../../types/address";
import { toWireCoin, type Coin } from "../../types/coins";
import type { Context } from "../../types/context";
import { DEC_ONE, parseDec } from "../../types/dec";
import { ChainError } from "../../types/errors";
import { EventManager } from "../../types/events";
import { govErrors } from "./errors";
import * as events from "./events";
import type { BankKeeper, MsgRouter, StakingKeeper } from "./expectedKeepers";
import { DEFAULT_GOV_PARAMS, paramsFromProto, paramsToProto, type GovParams } from "./params";

export type Proposal = printchain.gov.v1.Proposal;
export type Vote = printchain.gov.v1.Vote;
export type Deposit = printchain.gov.v1.Deposit;

/** The gov module account: holds deposits and is the authority that signs passed proposals' messages. */
export const GOV_MODULE_ACCOUNT = "gov";

const { ProposalStatus, VoteOption } = printchain.gov.v1;

const PARAMS_KEY = "gov/params";
const NEXT_ID_KEY = "gov/next_proposal_id";
const PROPOSALS_PREFIX = "gov/proposals/";
const DEPOSITS_PREFIX = "gov/deposits/";
const VOTES_PREFIX = "gov/votes/";
// Derived from the proposals (kept out of the Merkle trie, rebuilt on import by setProposal).
const STATUS_INDEX = "gov/index/status/";
const DEPOSIT_END_QUEUE = "gov/index/deposit_end/";
const VOTING_END_QUEUE = "gov/index/voting_end/";
/**
 * Per proposal in its voting period and per validator: the shares delegated to it by accounts
 * that voted, in total and by option (shares × weight, unscaled: 36 decimals, so sums are exact).
 * A pure function of the votes and the delegations, kept current by votes and staking's hook, so
 * the tally reads one entry per validator instead of every vote.
 */
const TALLY_INDEX = "gov/index/tally/";

const pad = (value: number | bigint): string => value.toString().padStart(20, "0");
const EMPTY = new Uint8Array();

/** A tally in voting power (bonded tokens), each option's total as an 18-decimal fixed point. */
export interface Tally {
  readonly yes: bigint;
  readonly abstain: bigint;
  readonly no: bigint;
  readonly noWithVeto: bigint;
}

/** What a tally decides: pass or not, and whether the deposits burn (the SDK's order of checks). */
export interface TallyOutcome {
  readonly tally: Tally;
  readonly passes: boolean;
  readonly burnDeposits: boolean;
}

/**
 * Cosmos SDK v1-style governance: proposals carry messages that the gov module account signs and
 * the app's router executes if the stake-weighted tally passes. Deposits are held by the gov module
 * account until the proposal ends; then they are refunded or burned by the SDK's rules.
 */
export class GovKeeper {
  constructor(
    private readonly bank: BankKeeper,
    private readonly staking: StakingKeeper,
    private readonly router: MsgRouter,
    /** The gov module account's address: the only signer a proposal message may have. */
    readonly authority: string,
  ) {}

  getParams(store: KVReader): GovParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(govCodecs.Params.decode(bytes)) : DEFAULT_GOV_PARAMS;
  }

  setParams(ctx: Context, params: GovParams): void {
    ctx.store.set(PARAMS_KEY, govCodecs.Params.encode(paramsToProto(params)).finish());
  }

  nextProposalId(store: KVReader): bigint {
    const bytes = store.get(NEXT_ID_KEY);
    return bytes ? BigInt(new TextDecoder().decode(bytes)) : 1n;
  }

  setNextProposalId(ctx: Context, id: bigint): void {
    ctx.store.set(NEXT_ID_KEY, new TextEncoder().encode(id.toString()));
  }

  getProposal(store: KVReader, id: bigint): Proposal | undefined {
    const bytes = store.get(PROPOSALS_PREFIX + pad(id));
    return bytes ? govCodecs.Proposal.decode(bytes) : undefined;
  }

  /** Writes a proposal and keeps its status index and deposit/voting end queues in step. */
  setProposal(ctx: Context, proposal: Proposal): void {
    const id = toBigInt(proposal.id);
    const previous = this.getProposal(ctx.store, id);
    if (previous) for (const key of indexKeys(previous)) ctx.store.delete(key);
    ctx.store.set(PROPOSALS_PREFIX + pad(id), govCodecs.Proposal.encode(proposal).finish());
    for (const key of indexKeys(proposal)) ctx.store.set(key, EMPTY);
  }

  *proposals(store: KVReader): IterableIterator<Proposal> {
    for (const [, value] of iteratePrefix(store, PROPOSALS_PREFIX)) yield govCodecs.Proposal.decode(value);
  }

  getDeposit(store: KVReader, id: bigint, depositor: string): Deposit | undefined {
    const bytes = store.get(depositKey(id, depositor));
    return bytes ? govCodecs.Deposit.decode(bytes) : undefined;
  }

  setDeposit(ctx: Context, deposit: Deposit): void {
    ctx.store.set(depositKey(toBigInt(deposit.proposalId), deposit.depositor), govCodecs.Deposit.encode(deposit).finish());
  }

  *deposits(store: KVReader, id?: bigint): IterableIterator<Deposit> {
    for (const [, value] of iteratePrefix(store, id === undefined ? DEPOSITS_PREFIX : `${DEPOSITS_PREFIX}${pad(id)}/`)) yield govCodecs.Deposit.decode(value);
  }

  getVote(store: KVReader, id: bigint, voter: string): Vote | undefined {
    const bytes = store.get(voteKey(id, voter));
    return bytes ? govCodecs.Vote.decode(bytes) : undefined;
  }

  setVote(ctx: Context, vote: Vote): void {
    ctx.store.set(voteKey(toBigInt(vote.proposalId), vote.voter), govCodecs.Vote.encode(vote).finish());
  }

  *votes(store: KVReader, id?: bigint): IterableIterator<Vote> {
    for (const [, value] of iteratePrefix(store, id === undefined ? VOTES_PREFIX : `${VOTES_PREFIX}${pad(id)}/`)) yield govCodecs.Vote.decode(value);
  }

  /** Stores a new proposal in its deposit period (messages are validated by the Msg server); returns its id. */
  submitProposal(ctx: Context, msg: printchain.gov.v1.MsgSubmitProposal, initialDeposit: readonly Coin[]): bigint {
    const params = this.getParams(ctx.store);
    if (msg.metadata.length > params.maxMetadataLen) throw govErrors.metadataTooLong.wrap(`metadata is ${msg.metadata.length} characters, at most ${params.maxMetadataLen}`);
    assertDepositDenoms(initialDeposit, params);
    for (const min of params.minDeposit) {
      const required = (min.amount * params.minInitialDepositRatio) / DEC_ONE;
      const given = initialDeposit.find((coin) => coin.denom === min.denom)?.amount ?? 0n;
      if (given < required) throw govErrors.minDepositTooSmall.wrap(`initial deposit ${given}${min.denom} is below ${required}${min.denom} (min_initial_deposit_ratio of min_deposit)`);
    }
    const id = this.nextProposalId(ctx.store);
    this.setNextProposalId(ctx, id + 1n);
    const height = ctx.block.height;
    const proposal = govCodecs.Proposal.fromPartial({
      id,
      messages: msg.messages,
      status: ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD,
      submitHeight: height,
      submitTimeMs: ctx.block.timeMs,
      depositEndHeight: height + params.maxDepositPeriod,
      metadata: msg.metadata,
      title: msg.title,
      summary: msg.summary,
      proposer: msg.proposer,
    });
    this.setProposal(ctx, proposal);
    events.emitSubmitProposal(ctx.events, proposal, initialDeposit);
    if (initialDeposit.length > 0) this.addDeposit(ctx, id, msg.proposer, initialDeposit);
    return id;
  }

  /** MsgDeposit: each coin at least min_deposit_ratio of min_deposit, then added. */
  deposit(ctx: Context, id: bigint, depositor: string, amount: readonly Coin[]): void {
    const params = this.getParams(ctx.store);
    assertDepositDenoms(amount, params);
    for (const coin of amount) {
      const min = params.minDeposit.find((entry) => entry.denom === coin.denom)!.amount;
      const required = (min * params.minDepositRatio) / DEC_ONE;
      if (coin.amount < required) throw govErrors.minDepositTooSmall.wrap(`deposit ${coin.amount}${coin.denom} is below ${required}${coin.denom} (min_deposit_ratio of min_deposit)`);
    }
    this.addDeposit(ctx, id, depositor, amount);
  }

  /** Moves the coins to the gov account; reaching min_deposit starts the voting period at once. */
  private addDeposit(ctx: Context, id: bigint, depositor: string, amount: readonly Coin[]): void {
    const proposal = this.activeProposal(ctx.store, id);
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, GOV_MODULE_ACCOUNT, amount);
    const previous = this.getDeposit(ctx.store, id, depositor);
    this.setDeposit(ctx, govCodecs.Deposit.fromPartial({ proposalId: id, depositor, amount: addCoins(previous?.amount ?? [], amount).map(toWireCoin) }));
    const total = addCoins(proposal.totalDeposit, amount);
    const params = this.getParams(ctx.store);
    const reached = params.minDeposit.every((min) => (total.find((coin) => coin.denom === min.denom)?.amount ?? 0n) >= min.amount);
    const votingStarted = proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && reached;
    const voting = votingStarted ? { status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, votingStartHeight: ctx.block.height, votingEndHeight: ctx.block.height + params.votingPeriod } : {};
    this.setProposal(ctx, govCodecs.Proposal.fromPartial({ ...proposal, totalDeposit: total.map(toWireCoin), ...voting }));
    events.emitDeposit(ctx.events, id, depositor, amount, total, votingStarted);
  }

  /** MsgVote / MsgVoteWeighted (options validated by the Msg server): a later vote replaces an earlier one. */
  vote(ctx: Context, id: bigint, voter: string, options: printchain.gov.v1.IWeightedVoteOption[], metadata: string): void {
    const proposal = this.getProposal(ctx.store, id);
    if (!proposal) throw govErrors.unknownProposal.wrap(`proposal ${id} does not exist`);
    if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) throw govErrors.inactiveProposal.wrap(`proposal ${id} is not in its voting period`);
    const params = this.getParams(ctx.store);
    if (metadata.length > params.maxMetadataLen) throw govErrors.metadataTooLong.wrap(`metadata is ${metadata.length} characters, at most ${params.maxMetadataLen}`);
    const previous = this.getVote(ctx.store, id, voter);
    if (previous) this.countVoter(ctx, id, voter, parseOptions(previous.options), -1n);
    const vote = govCodecs.Vote.fromPartial({ proposalId: id, voter, options, metadata });
    this.setVote(ctx, vote);
    this.countVoter(ctx, id, voter, parseOptions(vote.options), 1n);
    events.emitVote(ctx.events, vote);
  }

  /** Staking's hook: a voter's delegation changed, so its shares move in the tally of every proposal it voted on. */
  afterDelegationSharesChanged(ctx: Context, delegator: string, operator: string, before: bigint, after: bigint): void {
    if (before === after) return;
    for (const [key] of [...iteratePrefix(ctx.store, this.statusPrefix(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD))]) {
      const id = BigInt(key.slice(key.lastIndexOf("/") + 1));
      const vote = this.getVote(ctx.store, id, delegator);
      if (vote) this.addShares(ctx, id, operator, after - before, parseOptions(vote.options));
    }
  }

  /** Rebuilds a voting proposal's tally index from its votes and the current delegations (genesis import). */
  rebuildTallyIndex(ctx: Context, id: bigint): void {
    for (const vote of [...this.votes(ctx.store, id)]) this.countVoter(ctx, id, vote.voter, parseOptions(vote.options), 1n);
  }

  /** Adds (sign 1) or removes (sign −1) every delegation of a voter in a proposal's tally index. */
  private countVoter(ctx: Context, id: bigint, voter: string, options: readonly ParsedOption[], sign: bigint): void {
    for (const delegation of [...this.staking.delegatorDelegations(ctx.store, voter)]) this.addShares(ctx, id, delegation.validatorAddress, sign * parseDec(delegation.shares), options);
  }

  private addShares(ctx: Context, id: bigint, operator: string, shares: bigint, options: readonly ParsedOption[]): void {
    const key = `${TALLY_INDEX}${pad(id)}/${operator}`;
    const entry = readTallyEntry(ctx.store.get(key));
    entry.shares += shares;
    for (const { option, weight } of options) entry.byOption[option] += shares * weight;
    if (entry.shares === 0n) ctx.store.delete(key);
    else ctx.store.set(key, new TextEncoder().encode([entry.shares, ...entry.byOption.slice(1)].join(",")));
  }

  /**
   * The Cosmos SDK's tally: every bonded validator's power goes to its operator's vote, less the
   * shares of its delegators who voted themselves; those delegators' power goes to their own votes.
   * Read per validator from the tally index, so its cost does not grow with the number of votes.
   * Power is an 18-decimal fixed point truncated once per validator and option (ARCHITECTURE §3),
   * and the thresholds are compared exactly, by cross-multiplying.
   */
  tally(store: KVReader, id: bigint): TallyOutcome {
    const results = [0n, 0n, 0n, 0n, 0n];
    let totalPower = 0n;
    for (const validator of this.staking.bondedValidators(store)) {
      const tokens = BigInt(validator.tokens);
      const shares = parseDec(validator.delegatorShares);
      if (shares === 0n) continue;
      const voted = readTallyEntry(store.get(`${TALLY_INDEX}${pad(id)}/${validator.operatorAddress}`));
      for (let option = 1; option < results.length; option++) results[option] += (voted.byOption[option] * tokens) / shares;
      totalPower += (voted.shares * tokens * DEC_ONE) / shares;
      const own = this.getVote(store, id, accountFromValoper(validator.operatorAddress));
      if (!own) continue;
      const inherited = ((shares - voted.shares) * tokens * DEC_ONE) / shares;
      for (const { option, weight } of parseOptions(own.options)) results[option] += (inherited * weight) / DEC_ONE;
      totalPower += inherited;
    }
    const tally: Tally = { yes: results[VoteOption.VOTE_OPTION_YES], abstain: results[VoteOption.VOTE_OPTION_ABSTAIN], no: results[VoteOption.VOTE_OPTION_NO], noWithVeto: results[VoteOption.VOTE_OPTION_NO_WITH_VETO] };
    const params = this.getParams(store);
    const bonded = this.staking.totalBondedTokens(store) * DEC_ONE;
    const fail = (burnDeposits: boolean): TallyOutcome => ({ tally, passes: false, burnDeposits });
    if (bonded === 0n) return fail(false);
    if (totalPower * DEC_ONE < params.quorum * bonded) return fail(params.burnVoteQuorum);
    const counted = totalPower - tally.abstain;
    if (counted === 0n) return fail(false);
    if (tally.noWithVeto * DEC_ONE > params.vetoThreshold * totalPower) return fail(params.burnVoteVeto);
    if (tally.yes * DEC_ONE > params.threshold * counted) return { tally, passes: true, burnDeposits: false };
    return fail(false);
  }

  /** EndBlock: drops proposals whose deposit period ended short, then decides those whose voting ended. */
  endBlock(ctx: Context): void {
    const height = ctx.block.height;
    for (const id of this.dueIds(ctx.store, DEPOSIT_END_QUEUE, height)) this.drop(ctx, this.getProposal(ctx.store, id)!);
    for (const id of this.dueIds(ctx.store, VOTING_END_QUEUE, height)) this.decide(ctx, this.getProposal(ctx.store, id)!);
  }

  /** Never reached min_deposit: the proposal, its deposits and votes are deleted; deposits refunded unless burn_proposal_deposit_prevote. */
  private drop(ctx: Context, proposal: Proposal): void {
    const id = toBigInt(proposal.id);
    const burn = this.getParams(ctx.store).burnProposalDepositPrevote;
    this.settleDeposits(ctx, id, burn);
    for (const key of [...iteratePrefix(ctx.store, `${DEPOSITS_PREFIX}${pad(id)}/`), ...iteratePrefix(ctx.store, `${VOTES_PREFIX}${pad(id)}/`)].map(([key]) => key)) ctx.store.delete(key);
    for (const key of indexKeys(proposal)) ctx.store.delete(key);
    ctx.store.delete(PROPOSALS_PREFIX + pad(id));
    events.emitResult(ctx.events, { proposal, result: "proposal_dropped", burned: burn });
  }

  /** Voting ended: tally, settle the deposits, and if it passed run its messages on a branch, all or nothing. */
  private decide(ctx: Context, proposal: Proposal): void {
    const id = toBigInt(proposal.id);
    const outcome = this.tally(ctx.store, id);
    this.settleDeposits(ctx, id, outcome.burnDeposits);
    let result = "proposal_rejected";
    proposal.status = ProposalStatus.PROPOSAL_STATUS_REJECTED;
    if (outcome.passes) {
      const failure = this.execute(ctx, proposal);
      result = failure === undefined ? "proposal_passed" : "proposal_failed";
      proposal.status = failure === undefined ? ProposalStatus.PROPOSAL_STATUS_PASSED : ProposalStatus.PROPOSAL_STATUS_FAILED;
      proposal.failedReason = failure ?? "";
    }
    proposal.finalTallyResult = tallyToProto(outcome.tally);
    this.setProposal(ctx, proposal);
    for (const [key] of [...iteratePrefix(ctx.store, `${TALLY_INDEX}${pad(id)}/`)]) ctx.store.delete(key);
    events.emitResult(ctx.events, { proposal, result, burned: outcome.burnDeposits });
  }

  /** Runs every message as the gov module account; returns why the first failed, or undefined when all succeeded (then their writes and events stick). */
  private execute(ctx: Context, proposal: Proposal): string | undefined {
    const branch = new CacheStore(ctx.store);
    const emitted = new EventManager();
    try {
      for (const message of proposal.messages) {
        const typeUrl = message.type_url ?? "";
        const route = this.router.route(typeUrl);
        if (!route) throw govErrors.unroutableProposalMsg.wrap(typeUrl);
        const msg = route.decode(message.value ?? new Uint8Array());
        route.validateBasic(msg);
        route.handle({ ...ctx, store: branch, events: emitted }, msg);
      }
    } catch (error) {
      if (error instanceof ChainError) return error.log;
      throw error;
    }
    branch.write();
    ctx.events.append(emitted.events);
    return undefined;
  }

  /** Refunds every deposit of the proposal, or burns them all; the records stay as history. */
  private settleDeposits(ctx: Context, id: bigint, burn: boolean): void {
    let burned: Coin[] = [];
    for (const deposit of [...this.deposits(ctx.store, id)]) {
      const coins = addCoins([], deposit.amount);
      if (burn) burned = addCoins(burned, coins);
      else this.bank.sendCoinsFromModuleToAccount(ctx, GOV_MODULE_ACCOUNT, deposit.depositor, coins);
    }
    if (burned.length > 0) this.bank.burnCoins(ctx, GOV_MODULE_ACCOUNT, burned);
  }

  /** A proposal that still takes deposits (deposit or voting period). */
  private activeProposal(store: KVReader, id: bigint): Proposal {
    const proposal = this.getProposal(store, id);
    if (!proposal) throw govErrors.unknownProposal.wrap(`proposal ${id} does not exist`);
    if (proposal.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && proposal.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) {
      throw govErrors.inactiveProposal.wrap(`proposal ${id} has ended`);
    }
    return proposal;
  }

  /** Ids queued under `queue` with an end height ≤ `height`, in (height, id) order. */
  private dueIds(store: KVReader, queue: string, height: number): bigint[] {
    return [...store.iterate(queue, queue + pad(height + 1))].map(([key]) => BigInt(key.slice(key.lastIndexOf("/") + 1)));
  }

  /** The ids of one status's proposals, from the status index (key order = id order). */
  statusPrefix(status: number): string {
    return `${STATUS_INDEX}${status}/`;
  }

  proposalFromIndexKey(store: KVReader, key: string): Proposal {
    return this.getProposal(store, BigInt(key.slice(key.lastIndexOf("/") + 1)))!;
  }
}

export const PROPOSALS_KEY_PREFIX = PROPOSALS_PREFIX;

export function depositKey(id: bigint, depositor: string): string {
  return `${DEPOSITS_PREFIX}${pad(id)}/${depositor}`;
}

export function voteKey(id: bigint, voter: string): string {
  return `${VOTES_PREFIX}${pad(id)}/${voter}`;
}

export function votesPrefix(id: bigint): string {
  return `${VOTES_PREFIX}${pad(id)}/`;
}

export function depositsPrefix(id: bigint): string {
  return `${DEPOSITS_PREFIX}${pad(id)}/`;
}

function indexKeys(proposal: Proposal): string[] {
  const id = pad(toBigInt(proposal.id));
  const keys = [`${STATUS_INDEX}${proposal.status}/${id}`];
  if (proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) keys.push(`${DEPOSIT_END_QUEUE}${pad(toBigInt(proposal.depositEndHeight))}/${id}`);
  if (proposal.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) keys.push(`${VOTING_END_QUEUE}${pad(toBigInt(proposal.votingEndHeight))}/${id}`);
  return keys;
}

interface ParsedOption {
  readonly option: number;
  readonly weight: bigint;
}

/** A tally index entry: shares in total and shares × weight by option (index = VoteOption). */
function readTallyEntry(bytes: Uint8Array | undefined): { shares: bigint; byOption: bigint[] } {
  if (!bytes) return { shares: 0n, byOption: [0n, 0n, 0n, 0n, 0n] };
  const [shares, ...byOption] = new TextDecoder().decode(bytes).split(",").map(BigInt);
  return { shares, byOption: [0n, ...byOption] };
}

function parseOptions(options: readonly printchain.gov.v1.IWeightedVoteOption[]): ParsedOption[] {
  return options.map(({ option, weight }) => ({ option: option ?? 0, weight: parseDec(weight ?? "0") }));
}

/** Deposits may only be in min_deposit's denoms. */
function assertDepositDenoms(coins: readonly Coin[], params: GovParams): void {
  for (const coin of coins) {
    if (!params.minDeposit.some((min) => min.denom === coin.denom)) {
      throw govErrors.invalidDepositDenom.wrap(`${coin.denom} is not a deposit denom (expected ${params.minDeposit.map((min) => min.denom).join(", ")})`);
    }
  }
}

type CoinLike = { readonly denom?: string | null; readonly amount?: string | bigint | null };

/** The sum of two coin lists (wire or parsed), sorted by denom. */
function addCoins(a: readonly CoinLike[], b: readonly CoinLike[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const coin of [...a, ...b]) sums.set(coin.denom ?? "", (sums.get(coin.denom ?? "") ?? 0n) + BigInt(coin.amount ?? 0));
  return [...sums.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([denom, amount]) => ({ denom, amount }));
}

/** A tally as the proto holds it: integer voting power per option (truncated). */
export function tallyToProto(tally: Tally): printchain.gov.v1.TallyResult {
  const int = (value: bigint): string => (value / DEC_ONE).toString();
  return govCodecs.TallyResult.fromPartial({ yesCount: int(tally.yes), abstainCount: int(tally.abstain), noCount: int(tally.no), noWithVetoCount: int(tally.noWithVeto) });
}

