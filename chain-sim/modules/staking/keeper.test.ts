import { stakingCodecs, toBigInt } from "../../../proto";
import { ChainError } from "../../types/errors";
import { decFromInt, DEC_ONE, formatDec } from "../../types/dec";
import { BondStatus, delegationBalance, sharesForDeposit, sharesFromTokens, tokensFromShares } from "./keeper";
import { DEFAULT_STAKING_PARAMS, paramsFromProto, paramsToProto } from "./params";
import { account, GOV, PRINT, StakingHarness, valoper } from "../../../test/utils/stakingHarness";

const C = stakingCodecs;

function rejected(run: () => unknown): ChainError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChainError) return error;
    throw error;
  }
  throw new Error("expected a ChainError");
}

describe("shares math", () => {
  test("the first delegation gets shares = tokens; later ones amount × shares / tokens, truncated", () => {
    expect(sharesForDeposit(0n, 0n, 7n)).toBe(decFromInt(7n));
    // 3 tokens backing 2 shares: 1 token buys 0.666… shares, truncated at 18 decimals.
    expect(formatDec(sharesForDeposit(3n, decFromInt(2n), 1n))).toBe("0.666666666666666666");
    expect(() => sharesForDeposit(0n, decFromInt(1n), 5n)).toThrow(/invalid exchange rate/);
  });

  test("undelegation: shares from tokens and tokens from shares both truncate", () => {
    const tokens = 10n;
    const shares = decFromInt(3n);
    expect(formatDec(sharesFromTokens(tokens, shares, 5n))).toBe("1.500000000000000000");
    expect(tokensFromShares(tokens, shares, DEC_ONE)).toBe(3n); // 1 share = 3.33… tokens
    expect(tokensFromShares(tokens, shares, shares)).toBe(10n);
    const validator = C.Validator.fromPartial({ tokens: "10", delegatorShares: formatDec(shares) });
    expect(delegationBalance(validator, C.Delegation.fromPartial({ shares: "2" }))).toBe(6n);
  });

  test("params round-trip through proto and are validated", () => {
    expect(paramsFromProto(paramsToProto(DEFAULT_STAKING_PARAMS))).toEqual(DEFAULT_STAKING_PARAMS);
    const bad = (patch: Record<string, unknown>) => () => paramsFromProto(C.Params.fromPartial({ ...paramsToProto(DEFAULT_STAKING_PARAMS), ...patch }));
    expect(bad({ maxValidators: 0 })).toThrow(/max_validators/);
    expect(bad({ unbondingBlocks: "0" })).toThrow(/unbonding_blocks/);
    expect(bad({ maxEntries: 0 })).toThrow(/max_entries/);
    expect(bad({ bondDenom: "!" })).toThrow(/bond_denom/);
    expect(bad({ minCommissionRate: "1.5" })).toThrow(/min_commission_rate/);
  });
});

describe("StakingKeeper", () => {
  test("delegations keep tokens, shares and pools exact; both orders of lookup agree", () => {
    const h = new StakingHarness({ unbondingBlocks: 3 });
    for (const n of [1, 2, 3]) h.fund(account(n), 1_000n * PRINT);
    h.createValidator(1, 10n * PRINT);
    expect(h.keeper.getValidator(h.store, valoper(1))).toMatchObject({ status: BondStatus.BOND_STATUS_UNBONDED, tokens: (10n * PRINT).toString() });
    expect(h.pools()).toEqual({ bonded: 0n, notBonded: 10n * PRINT });
    const response = C.MsgDelegateResponse.decode(h.delegate(2, 1, 5n * PRINT));
    expect(response.newShares).toBe(formatDec(decFromInt(5n * PRINT)));
    h.endBlock();
    expect(h.keeper.getValidator(h.store, valoper(1))!.status).toBe(BondStatus.BOND_STATUS_BONDED);
    expect(h.pools()).toEqual({ bonded: 15n * PRINT, notBonded: 0n });
    expect(h.keeper.totalBondedTokens(h.store)).toBe(15n * PRINT);
    expect([...h.keeper.validatorDelegations(h.store, valoper(1))].map((d) => d.delegatorAddress)).toEqual([account(1), account(2)].sort());
    expect([...h.keeper.delegatorDelegations(h.store, account(2))].map((d) => d.validatorAddress)).toEqual([valoper(1)]);
    expect(h.keeper.bondedValidators(h.store).map((v) => v.operatorAddress)).toEqual([valoper(1)]);
  });

  test("the bonded set is the top max_validators by tokens, ties by operator; every power change is reported", () => {
    const h = new StakingHarness({ maxValidators: 2, unbondingBlocks: 4 });
    for (const n of [1, 2, 3, 9]) h.fund(account(n), 1_000n * PRINT);
    // Equal stakes: the two lowest operator addresses win.
    for (const n of [3, 1, 2]) h.createValidator(n, 5n * PRINT);
    const operators = [valoper(1), valoper(2), valoper(3)];
    const [first, second, third] = [...operators].sort();
    const updates = h.endBlock();
    expect(updates.map((u) => u.power)).toEqual([5n, 5n]);
    const statusOf = (operator: string) => h.keeper.getValidator(h.store, operator)!.status;
    expect([statusOf(first), statusOf(second), statusOf(third)]).toEqual([3, 3, 1]);
    expect(h.pools()).toEqual({ bonded: 10n * PRINT, notBonded: 5n * PRINT });

    // Nothing changed: no updates and no work.
    expect(h.endBlock()).toEqual([]);

    // The third grows past the others and displaces the second; the first's power change is reported too.
    const n = (operator: string) => [1, 2, 3][operators.indexOf(operator)];
    h.delegate(9, n(third), 2n * PRINT);
    h.delegate(9, n(first), 1n * PRINT);
    const height = h.height;
    const changes = h.endBlock();
    const expected = [
      [first, 6n],
      [second, 0n],
      [third, 7n],
    ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
    expect(changes.map((u) => u.power)).toEqual(expected.map(([, power]) => power));
    expect(changes.map((u) => u.pubKey[0])).toEqual(expected.map(([operator]) => n(operator as string)));
    const displaced = h.keeper.getValidator(h.store, second)!;
    expect(displaced.status).toBe(BondStatus.BOND_STATUS_UNBONDING);
    expect(toBigInt(displaced.unbondingHeight)).toBe(BigInt(height));
    expect(toBigInt(displaced.unbondingCompletionHeight)).toBe(BigInt(height + 4));
    expect(h.pools()).toEqual({ bonded: 13n * PRINT, notBonded: 5n * PRINT });
    while (h.height < height + 4) h.endBlock();
    expect(statusOf(second)).toBe(BondStatus.BOND_STATUS_UNBONDING);
    h.endBlock();
    expect(statusOf(second)).toBe(BondStatus.BOND_STATUS_UNBONDED);
    const statusEvents = h.events.events.filter((e) => e.type === "printchain.staking.v1.EventValidatorStatus").map((e) => e.attributes.find((a) => a.key === "status")!.value);
    expect(statusEvents).toEqual(["BOND_STATUS_BONDED", "BOND_STATUS_BONDED", "BOND_STATUS_BONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_UNBONDED"]);
  });

  test("a validator below one unit of power is never bonded", () => {
    const h = new StakingHarness();
    h.fund(account(1), PRINT);
    h.createValidator(1, PRINT - 1n);
    expect(h.endBlock()).toEqual([]);
    expect(h.keeper.getValidator(h.store, valoper(1))!.status).toBe(BondStatus.BOND_STATUS_UNBONDED);
  });

  test("unbonding pays back exactly at the completion height; max_entries bounds the entries", () => {
    const h = new StakingHarness({ unbondingBlocks: 3, maxEntries: 2 });
    h.fund(account(1), 100n * PRINT);
    h.fund(account(2), 100n * PRINT);
    h.createValidator(1, 10n * PRINT);
    h.delegate(2, 1, 10n * PRINT);
    h.endBlock();
    const start = h.height;
    const response = C.MsgUndelegateResponse.decode(h.undelegate(2, 1, 4n * PRINT));
    expect(toBigInt(response.completionHeight)).toBe(BigInt(start + 3));
    expect(response.amount).toMatchObject({ denom: "uprint", amount: (4n * PRINT).toString() });
    h.undelegate(2, 1, PRINT);
    expect(rejected(() => h.undelegate(2, 1, PRINT)).log).toMatch(/unbonding entries/);
    expect(h.pools()).toEqual({ bonded: 15n * PRINT, notBonded: 5n * PRINT });
    const before = h.balance(account(2));
    h.endBlock(); // start
    h.endBlock(); // start + 1
    h.endBlock(); // start + 2
    expect(h.balance(account(2))).toBe(before);
    h.endBlock(); // start + 3
    expect(h.balance(account(2))).toBe(before + 5n * PRINT);
    expect(h.pools()).toEqual({ bonded: 15n * PRINT, notBonded: 0n });
    expect([...h.keeper.unbondingDelegations(h.store)]).toEqual([]);
    const complete = h.events.events.filter((e) => e.type === "printchain.staking.v1.EventCompleteUnbonding");
    expect(complete.map((e) => e.attributes.map((a) => a.value))).toEqual([[account(2), valoper(1), (5n * PRINT).toString()]]);
    // Whole undelegation removes the delegation.
    h.undelegate(2, 1, 5n * PRINT);
    expect(h.keeper.getDelegation(h.store, account(2), valoper(1))).toBeUndefined();
  });

  test("the operator may not leave a self-delegation below its minimum, but may withdraw it all", () => {
    const h = new StakingHarness();
    h.fund(account(1), 100n * PRINT);
    h.createValidator(1, 5n * PRINT, { minSelfDelegation: (3n * PRINT).toString() });
    expect(rejected(() => h.undelegate(1, 1, 3n * PRINT)).log).toMatch(/min_self_delegation/);
    h.undelegate(1, 1, 2n * PRINT);
    h.undelegate(1, 1, 3n * PRINT);
    expect(h.keeper.getValidator(h.store, valoper(1))).toMatchObject({ tokens: "0", delegatorShares: formatDec(0n) });
    expect(rejected(() => h.createValidator(2, PRINT, { minSelfDelegation: (2n * PRINT).toString() })).log).toMatch(/below min_self_delegation/);
  });

  test("redelegation moves stake and pools at once, and refuses transitive hops, same validators and excess", () => {
    const h = new StakingHarness({ maxValidators: 1, unbondingBlocks: 2 });
    for (const n of [1, 2, 3]) h.fund(account(n), 100n * PRINT);
    h.createValidator(1, 10n * PRINT);
    h.createValidator(2, 5n * PRINT);
    h.delegate(3, 1, 4n * PRINT);
    h.endBlock();
    expect(h.pools()).toEqual({ bonded: 14n * PRINT, notBonded: 5n * PRINT });
    const start = h.height;
    const response = C.MsgBeginRedelegateResponse.decode(h.redelegate(3, 1, 2, 3n * PRINT));
    expect(toBigInt(response.completionHeight)).toBe(BigInt(start + 2));
    // From bonded to unbonded: the tokens moved pools.
    expect(h.pools()).toEqual({ bonded: 11n * PRINT, notBonded: 8n * PRINT });
    expect(rejected(() => h.redelegate(3, 2, 1, PRINT)).log).toMatch(/transitive/);
    expect(rejected(() => h.redelegate(3, 1, 1, PRINT)).log).toMatch(/same validator/);
    expect(rejected(() => h.redelegate(3, 1, 2, 2n * PRINT)).log).toMatch(/more than the/);
    h.endBlock();
    h.endBlock();
    expect(rejected(() => h.redelegate(3, 2, 1, PRINT)).log).toMatch(/transitive/);
    h.endBlock(); // start + 2: matured
    expect([...h.keeper.redelegations(h.store)]).toEqual([]);
    h.redelegate(3, 2, 1, PRINT);
    expect(h.events.events.some((e) => e.type === "printchain.staking.v1.EventCompleteRedelegation")).toBe(true);
  });

  test("bad messages are ChainErrors with clear logs", () => {
    const h = new StakingHarness({ minCommissionRate: DEC_ONE / 100n });
    h.fund(account(1), 100n * PRINT);
    h.fund(account(2), 100n * PRINT);
    h.createValidator(1, PRINT);
    expect(rejected(() => h.createValidator(1, PRINT, { pubkey: new Uint8Array(32).fill(7) })).log).toMatch(/validator already exists/);
    expect(rejected(() => h.createValidator(2, PRINT, { pubkey: new Uint8Array(32).fill(1) })).log).toMatch(/consensus pubkey already used/);
    expect(rejected(() => h.createValidator(2, PRINT, { pubkey: new Uint8Array(31) })).log).toMatch(/32 bytes/);
    expect(rejected(() => h.createValidator(2, PRINT, { commission: { rate: "0.001", maxRate: "0.2", maxChangeRate: "0.01" } })).log).toMatch(/below min_commission_rate/);
    expect(rejected(() => h.createValidator(2, PRINT, { commission: { rate: "0.1", maxRate: "1.1", maxChangeRate: "0.01" } })).log).toMatch(/above 1/);
    expect(rejected(() => h.createValidator(2, PRINT, { commission: { rate: "0.1", maxRate: "0.2", maxChangeRate: "0.3" } })).log).toMatch(/max_change_rate/);
    expect(rejected(() => h.createValidator(2, PRINT, { description: { moniker: "" } })).log).toMatch(/moniker/);
    expect(rejected(() => h.createValidator(2, PRINT, { description: { moniker: "x".repeat(71) } })).log).toMatch(/at most 70/);
    expect(rejected(() => h.createValidator(2, PRINT, { validatorAddress: account(2) })).log).toMatch(/printvaloper/);
    expect(rejected(() => h.delegate(2, 1, 5n, "ufoo")).log).toMatch(/bond denom uprint/);
    expect(rejected(() => h.delegate(2, 1, 0n)).log).toMatch(/positive/);
    expect(rejected(() => h.delegate(2, 5, 5n)).log).toMatch(/validator does not exist/);
    expect(rejected(() => h.undelegate(2, 1, 1n)).log).toMatch(/no delegation/);
    expect(h.pools()).toEqual({ bonded: 0n, notBonded: PRINT });
  });

  test("MsgUpdateParams: only the gov account, and never a new bond denom while tokens are staked", () => {
    const h = new StakingHarness();
    const params = paramsToProto(DEFAULT_STAKING_PARAMS);
    expect(rejected(() => h.exec(C.MsgUpdateParams, { authority: account(1), params })).log).toMatch(/expected the gov account/);
    // Before anything is staked the denom may change.
    h.exec(C.MsgUpdateParams, { authority: GOV, params: { ...params, bondDenom: "ustake" } });
    h.exec(C.MsgUpdateParams, { authority: GOV, params: { ...params, bondDenom: "uprint" } });
    h.fund(account(1), PRINT);
    h.createValidator(1, PRINT);
    expect(rejected(() => h.exec(C.MsgUpdateParams, { authority: GOV, params: { ...params, bondDenom: "ustake" } })).log).toMatch(/bond denom/);
    h.exec(C.MsgUpdateParams, { authority: GOV, params: { ...params, maxValidators: 5 } });
    expect(h.keeper.getParams(h.store).maxValidators).toBe(5);
  });
});
