import fc from "fast-check";
import { govCodecs, printchain, stakingCodecs } from "../../../proto";
import { CommitStore } from "../../store/commitStore";
import { CacheStore, iteratePrefix, type KVReader } from "../../store/kvStore";
import { addressFromBytes, valoperFromAccount } from "../../types/address";
import type { Context } from "../../types/context";
import { DEC_ONE, decFromInt, formatDec, parseDec } from "../../types/dec";
import { ChainError } from "../../types/errors";
import { EventManager } from "../../types/events";
import { infiniteGasMeter } from "../../types/gas";
import { GOV, PRINT, StakingHarness } from "../../../test/utils/stakingHarness";
import type { StakingKeeper } from "./expectedKeepers";
import { GovKeeper } from "./keeper";
import { DEFAULT_GOV_PARAMS, paramsFromProto, paramsToProto } from "./params";

const { VoteOption, ProposalStatus } = printchain.gov.v1;
const account = (n: number): string => addressFromBytes(new Uint8Array(20).fill(n));

/** A bonded set given as validator → { delegator: tokens } (shares = tokens, as at a validator's start). */
function stakingOf(set: Record<number, Record<number, bigint>>): StakingKeeper {
  const validators = Object.entries(set).map(([operator, delegations]) => {
    const tokens = Object.values(delegations).reduce((sum, amount) => sum + amount, 0n);
    return stakingCodecs.Validator.fromPartial({ operatorAddress: valoperFromAccount(account(Number(operator))), tokens: tokens.toString(), delegatorShares: formatDec(decFromInt(tokens)), status: 3 });
  });
  const delegations = Object.entries(set).flatMap(([operator, byDelegator]) =>
    Object.entries(byDelegator).map(([delegator, amount]) =>
      stakingCodecs.Delegation.fromPartial({ delegatorAddress: account(Number(delegator)), validatorAddress: valoperFromAccount(account(Number(operator))), shares: formatDec(decFromInt(amount)) }),
    ),
  );
  return {
    bondedValidators: () => validators,
    *delegatorDelegations(_store: KVReader, delegator: string) {
      yield* delegations.filter((delegation) => delegation.delegatorAddress === delegator);
    },
    totalBondedTokens: () => validators.reduce((sum, validator) => sum + BigInt(validator.tokens), 0n),
  };
}

function setup(staking: StakingKeeper): { keeper: GovKeeper; ctx: Context } {
  const unused = (): never => {
    throw new Error("not used by the tally");
  };
  const keeper = new GovKeeper({ getBalance: unused, sendCoinsFromAccountToModule: unused, sendCoinsFromModuleToAccount: unused, burnCoins: unused }, staking, { route: () => undefined }, account(99));
  const ctx: Context = { block: { chainId: "test", height: 1, timeMs: 0, proposer: "" }, mode: "deliver", store: new CacheStore(new CommitStore()), gasMeter: infiniteGasMeter(), events: new EventManager() };
  keeper.setProposal(ctx, govCodecs.Proposal.fromPartial({ id: 1, status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, votingEndHeight: 10 }));
  return { keeper, ctx };
}

function vote(keeper: GovKeeper, ctx: Context, voter: number, ...options: Array<[number, string]>): void {
  keeper.vote(ctx, 1n, account(voter), options.map(([option, weight]) => ({ option, weight: formatDec(parseDec(weight)) })), "");
}

const tokens = (value: bigint): bigint => decFromInt(value);

describe("tally (Cosmos SDK rules and order)", () => {
  // Validator 1 self-bonds 60 with delegator 3's 40; validator 2 self-bonds 100. Bonded 200.
  const set = { 1: { 1: 60n, 3: 40n }, 2: { 2: 100n } };

  it("a delegator's own vote overrides its validator's; the validator keeps the rest", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_YES, "1"]);
    vote(keeper, ctx, 3, [VoteOption.VOTE_OPTION_NO, "1"]);
    const outcome = keeper.tally(ctx.store, 1n);
    // 100 of 200 voted (quorum 0.334 met); yes 60 / 100 > 0.5.
    expect(outcome.tally).toEqual({ yes: tokens(60n), abstain: 0n, no: tokens(40n), noWithVeto: 0n });
    expect(outcome).toMatchObject({ passes: true, burnDeposits: false });
  });

  it("weighted votes split power by weight, truncating", () => {
    const { keeper, ctx } = setup(stakingOf({ 1: { 1: 3n } }));
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_YES, "0.333333333333333333"], [VoteOption.VOTE_OPTION_NO, "0.666666666666666667"]);
    const { tally } = keeper.tally(ctx.store, 1n);
    expect(tally.yes).toBe(parseDec("0.999999999999999999"));
    expect(tally.no).toBe(parseDec("2.000000000000000001"));
  });

  it("below quorum fails, burning only when burn_vote_quorum", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 3, [VoteOption.VOTE_OPTION_YES, "1"]); // 40 / 200 = 0.2 < 0.334
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: false });
    keeper.setParams(ctx, { ...DEFAULT_GOV_PARAMS, burnVoteQuorum: true });
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: true });
  });

  it("quorum is compared exactly: participation equal to the quorum passes it", () => {
    const { keeper, ctx } = setup(stakingOf({ 1: { 1: 334n }, 2: { 2: 666n } }));
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_YES, "1"]); // 334 / 1000 = 0.334, not below
    expect(keeper.tally(ctx.store, 1n).passes).toBe(true);
  });

  it("all abstain fails without burning", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 2, [VoteOption.VOTE_OPTION_ABSTAIN, "1"]);
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: false });
  });

  it("veto above the threshold fails and burns, checked before the yes share", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 2, [VoteOption.VOTE_OPTION_YES, "1"]);
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_NO_WITH_VETO, "1"]); // veto 100 / 200 = 0.5 > 0.334
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: true });
  });

  it("a yes share of exactly the threshold does not pass (strictly greater)", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 2, [VoteOption.VOTE_OPTION_YES, "1"]);
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_NO, "1"]);
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: false });
  });

  it("abstain counts for quorum but not in the yes share", () => {
    const { keeper, ctx } = setup(stakingOf(set));
    vote(keeper, ctx, 2, [VoteOption.VOTE_OPTION_ABSTAIN, "1"]);
    vote(keeper, ctx, 3, [VoteOption.VOTE_OPTION_YES, "1"]); // yes 40 / (140 − 100) = 1
    expect(keeper.tally(ctx.store, 1n).passes).toBe(true);
  });

  it("no bonded stake fails without burning", () => {
    const { keeper, ctx } = setup(stakingOf({}));
    vote(keeper, ctx, 1, [VoteOption.VOTE_OPTION_YES, "1"]);
    expect(keeper.tally(ctx.store, 1n)).toMatchObject({ passes: false, burnDeposits: false });
  });
});

describe("gov params", () => {
  const proto = (changes: Record<string, unknown>) => govCodecs.Params.fromPartial({ ...paramsToProto(DEFAULT_GOV_PARAMS), ...changes });

  it("round-trip the defaults", () => {
    expect(paramsFromProto(paramsToProto(DEFAULT_GOV_PARAMS))).toEqual(DEFAULT_GOV_PARAMS);
  });

  it.each([
    [{ quorum: "1.5" }, /quorum must be at most 1/],
    [{ quorum: "-0.1" }, /quorum/],
    [{ threshold: "0" }, /threshold must be in \(0, 1\]/],
    [{ vetoThreshold: "1.000000000000000001" }, /veto_threshold/],
    [{ minDeposit: [] }, /min_deposit must not be empty/],
    [{ votingPeriod: 0 }, /voting_period/],
    [{ maxDepositPeriod: 0 }, /max_deposit_period/],
    [{ minDepositRatio: "2" }, /min_deposit_ratio/],
    [{ maxMetadataLen: 0 }, /max_metadata_len/],
  ])("reject %j", (changes, message) => {
    expect(() => paramsFromProto(proto(changes))).toThrow(message);
  });
});

describe("the tally index follows votes and delegation changes", () => {
  const VALIDATORS = [1, 2, 3];
  const DELEGATORS = [10, 11, 12, 13, 14];
  const OPTIONS = [VoteOption.VOTE_OPTION_YES, VoteOption.VOTE_OPTION_ABSTAIN, VoteOption.VOTE_OPTION_NO, VoteOption.VOTE_OPTION_NO_WITH_VETO];

  /** The SDK's loop over every vote and every voter's delegations, power truncated per delegation. */
  function recount(gov: GovKeeper, staking: StakingKeeper, store: KVReader): bigint[] {
    const validators = new Map(staking.bondedValidators(store).map((v) => [v.operatorAddress, { tokens: BigInt(v.tokens), shares: parseDec(v.delegatorShares), deducted: 0n, options: undefined as undefined | Array<{ option: number; weight: bigint }> }]));
    const results = [0n, 0n, 0n, 0n, 0n];
    const add = (options: Array<{ option: number; weight: bigint }>, power: bigint): void => {
      for (const { option, weight } of options) results[option] += (power * weight) / DEC_ONE;
    };
    for (const vote of gov.votes(store, 1n)) {
      const options = vote.options.map((o) => ({ option: o.option ?? 0, weight: parseDec(o.weight ?? "0") }));
      const own = validators.get(valoperFromAccount(vote.voter));
      if (own) own.options = options;
      for (const delegation of staking.delegatorDelegations(store, vote.voter)) {
        const validator = validators.get(delegation.validatorAddress);
        if (!validator) continue;
        validator.deducted += parseDec(delegation.shares);
        add(options, (parseDec(delegation.shares) * validator.tokens * DEC_ONE) / validator.shares);
      }
    }
    for (const validator of validators.values()) if (validator.options) add(validator.options, ((validator.shares - validator.deducted) * validator.tokens * DEC_ONE) / validator.shares);
    return results.slice(1);
  }

  const operation = fc.oneof(
    fc.record({ kind: fc.constant("delegate" as const), from: fc.constantFrom(...DELEGATORS, ...VALIDATORS), to: fc.constantFrom(...VALIDATORS), amount: fc.bigInt(1n, 5_000n) }),
    fc.record({ kind: fc.constant("undelegate" as const), from: fc.constantFrom(...DELEGATORS, ...VALIDATORS), to: fc.constantFrom(...VALIDATORS), amount: fc.bigInt(1n, 3_000n) }),
    fc.record({ kind: fc.constant("redelegate" as const), from: fc.constantFrom(...DELEGATORS), to: fc.constantFrom(...VALIDATORS), other: fc.constantFrom(...VALIDATORS), amount: fc.bigInt(1n, 3_000n) }),
    fc.record({ kind: fc.constant("vote" as const), from: fc.constantFrom(...DELEGATORS, ...VALIDATORS), split: fc.array(fc.nat(100), { minLength: 4, maxLength: 4 }) }),
    fc.record({ kind: fc.constant("endBlock" as const) }),
  );

  it("equals a recount of every vote after any sequence, and equals an index rebuilt from scratch", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const harness = new StakingHarness({ maxValidators: 2 });
        const gov = new GovKeeper(harness.bank, harness.keeper, { route: () => undefined }, GOV);
        harness.keeper.setHooks(gov);
        for (const n of [...VALIDATORS, ...DELEGATORS]) harness.fund(account(n), 100_000n * PRINT);
        VALIDATORS.forEach((n) => harness.createValidator(n, BigInt(n) * 10_000n));
        harness.endBlock();
        gov.setProposal(harness.ctx(), govCodecs.Proposal.fromPartial({ id: 1, status: ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD, votingEndHeight: 1_000 }));
        for (const op of operations) {
          try {
            if (op.kind === "delegate") harness.delegate(op.from, op.to, op.amount);
            if (op.kind === "undelegate") harness.undelegate(op.from, op.to, op.amount);
            if (op.kind === "redelegate") harness.redelegate(op.from, op.to, op.other, op.amount);
            if (op.kind === "endBlock") harness.endBlock();
          } catch (error) {
            if (!(error instanceof ChainError)) throw error;
          }
          if (op.kind === "vote") {
            const total = op.split.reduce((sum, part) => sum + part, 0);
            if (total === 0) continue;
            // Weights in 18 decimals that sum to exactly 1: the last option takes the remainder.
            const weights = op.split.map((part) => (BigInt(part) * DEC_ONE) / BigInt(total));
            weights[weights.length - 1] += DEC_ONE - weights.reduce((sum, weight) => sum + weight, 0n);
            const options = OPTIONS.map((option, index) => ({ option, weight: formatDec(weights[index]) })).filter((entry) => parseDec(entry.weight) > 0n);
            gov.vote(harness.ctx(), 1n, account(op.from), options, "");
          }
        }
        const { tally } = gov.tally(harness.store, 1n);
        const expected = recount(gov, harness.keeper, harness.store);
        // One truncation per validator and option instead of one per delegation and option.
        const tolerance = 4n * BigInt(DELEGATORS.length + VALIDATORS.length) * BigInt(VALIDATORS.length);
        [tally.yes, tally.abstain, tally.no, tally.noWithVeto].forEach((value, index) => {
          const difference = value - expected[index];
          expect(difference < 0n ? -difference : difference).toBeLessThanOrEqual(tolerance);
        });
        const live = [...iteratePrefix(harness.store, "gov/index/tally/")];
        const rebuilt = new CacheStore(harness.store);
        for (const [key] of live) rebuilt.delete(key);
        gov.rebuildTallyIndex(harness.ctx(rebuilt), 1n);
        expect([...iteratePrefix(rebuilt, "gov/index/tally/")]).toEqual(live);
      }),
      { numRuns: 150 },
    );
  });
});
