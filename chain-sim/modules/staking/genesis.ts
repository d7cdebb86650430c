import { normalizeLongs, printchain, PROTO_JSON_OPTIONS, stakingCodecs, toBigInt } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { isValidAddress, moduleAddress, VALOPER_PREFIX } from "../../types/address";
import { parseAmount } from "../../types/coins";
import type { Context } from "../../types/context";
import { formatDec, parseDec } from "../../types/dec";
import type { ValidatorUpdate } from "../../types/module";
import { stakingErrors } from "./errors";
import { BONDED_POOL_ACCOUNT, BondStatus, NOT_BONDED_POOL_ACCOUNT, powerOf, type StakingKeeper, type Validator } from "./keeper";
import { DEFAULT_STAKING_PARAMS, paramsFromProto, paramsToProto } from "./params";
import { commissionToProto, parseCommission, parseMinSelfDelegation, validateDescription, validatePubKey } from "./validation";

/** Genesis is the proto-JSON of printchain.staking.v1.GenesisState (64-bit fields as strings, bytes as base64). */
const GenesisState = printchain.staking.v1.GenesisState;
const JSON_OPTIONS = { ...PROTO_JSON_OPTIONS, bytes: String } as const;
const C = stakingCodecs;

export function defaultStakingGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject(normalizeLongs({ params: paramsToProto(DEFAULT_STAKING_PARAMS) })), JSON_OPTIONS);
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Validates and stores the staking genesis; returns the initial consensus validator set. A new
 * chain's set is its BONDED validators with power > 0 (every EndBlock recomputes the set, so the first one applies max_validators);
 * an exported chain's is its last_validator_powers. The pools' balances (bank genesis, applied
 * before this module) must hold exactly the validators' tokens and the unbonding entries.
 */
export function initStakingGenesis(ctx: Context, keeper: StakingKeeper, raw: unknown): ValidatorUpdate[] {
  const invalid = (detail: string): Error => stakingErrors.invalidGenesis.wrap(detail);
  const guard = <T>(what: string, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw invalid(`${what}: ${messageOf(error)}`);
    }
  };
  let genesis: printchain.staking.v1.GenesisState;
  let params;
  try {
    genesis = GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>));
    params = genesis.params ? paramsFromProto(genesis.params) : DEFAULT_STAKING_PARAMS;
  } catch (error) {
    throw invalid(messageOf(error));
  }
  keeper.setParams(ctx, params);

  // Validators.
  const validators = new Map<string, Validator>();
  const pubKeys = new Map<string, string>();
  for (const raw of genesis.validators as Validator[]) {
    const operator = raw.operatorAddress;
    if (!isValidAddress(operator, VALOPER_PREFIX)) throw invalid(`validator operator ${JSON.stringify(operator.slice(0, 90))} is not a valid ${VALOPER_PREFIX} address`);
    if (validators.has(operator)) throw invalid(`duplicate validator ${operator}`);
    guard(`consensus key of ${operator}`, () => validatePubKey(raw.consensusPubkey));
    const keyHex = Buffer.from(raw.consensusPubkey).toString("hex");
    if (pubKeys.has(keyHex)) throw invalid(`validators ${pubKeys.get(keyHex)} and ${operator} share a consensus key`);
    pubKeys.set(keyHex, operator);
    if (![BondStatus.BOND_STATUS_BONDED, BondStatus.BOND_STATUS_UNBONDING, BondStatus.BOND_STATUS_UNBONDED].includes(raw.status)) throw invalid(`validator ${operator} has no valid status`);
    const tokens = guard(`tokens of ${operator}`, () => parseAmount(raw.tokens || "0", "tokens"));
    const shares = guard(`delegator_shares of ${operator}`, () => parseDec(raw.delegatorShares || "0", "delegator_shares"));
    if (tokens === 0n && shares > 0n) throw invalid(`validator ${operator} has shares but no tokens`);
    const commission = guard(`commission of ${operator}`, () => parseCommission(raw.commission));
    if (commission.rate < params.minCommissionRate) throw invalid(`commission rate of ${operator} is below min_commission_rate`);
    guard(`description of ${operator}`, () => validateDescription(raw.description));
    const minSelf = guard(`min_self_delegation of ${operator}`, () => parseMinSelfDelegation(raw.minSelfDelegation));
    if (raw.status === BondStatus.BOND_STATUS_UNBONDING && toBigInt(raw.unbondingCompletionHeight) === 0n) throw invalid(`UNBONDING validator ${operator} has no unbonding_completion_height`);
    validators.set(
      operator,
      C.Validator.fromPartial({
        ...raw,
        tokens: tokens.toString(),
        delegatorShares: formatDec(shares),
        description: C.Description.fromPartial(raw.description ?? {}),
        commission: commissionToProto(commission),
        minSelfDelegation: minSelf.toString(),
      }),
    );
  }

  // Delegations: each validator's shares are exactly the sum of its delegations'.
  const shareSums = new Map<string, bigint>();
  const pairs = new Set<string>();
  const delegations = (genesis.delegations as printchain.staking.v1.Delegation[]).map((delegation) => {
    const { delegatorAddress: delegator, validatorAddress: operator } = delegation;
    if (!isValidAddress(delegator)) throw invalid(`delegator ${JSON.stringify(delegator.slice(0, 90))} is not a valid address`);
    if (!validators.has(operator)) throw invalid(`delegation of ${delegator} to unknown validator ${JSON.stringify(operator.slice(0, 90))}`);
    if (pairs.has(`${delegator}/${operator}`)) throw invalid(`duplicate delegation of ${delegator} to ${operator}`);
    pairs.add(`${delegator}/${operator}`);
    const shares = guard(`shares of ${delegator} in ${operator}`, () => parseDec(delegation.shares || "", "shares"));
    if (shares === 0n) throw invalid(`delegation of ${delegator} to ${operator} has no shares`);
    shareSums.set(operator, (shareSums.get(operator) ?? 0n) + shares);
    return C.Delegation.fromPartial({ delegatorAddress: delegator, validatorAddress: operator, shares: formatDec(shares) });
  });
  for (const [operator, validator] of validators) {
    const sum = shareSums.get(operator) ?? 0n;
    if (sum !== parseDec(validator.delegatorShares)) {
      throw invalid(`the delegations to ${operator} sum to ${formatDec(sum)} shares, but its delegator_shares are ${validator.delegatorShares}`);
    }
  }

  // Unbonding delegations and redelegations.
  let unbondingTotal = 0n;
  const ubdPairs = new Set<string>();
  const ubds = (genesis.unbondingDelegations as printchain.staking.v1.UnbondingDelegation[]).map((ubd) => {
    const { delegatorAddress: delegator, validatorAddress: operator } = ubd;
    if (!isValidAddress(delegator) || !isValidAddress(operator, VALOPER_PREFIX)) throw invalid(`unbonding delegation ${JSON.stringify(`${delegator}/${operator}`.slice(0, 180))} has an invalid address`);
    if (ubdPairs.has(`${delegator}/${operator}`)) throw invalid(`duplicate unbonding delegation of ${delegator} from ${operator}`);
    ubdPairs.add(`${delegator}/${operator}`);
    if (ubd.entries.length === 0) throw invalid(`unbonding delegation of ${delegator} from ${operator} has no entries`);
    const entries = ubd.entries.map((entry) => {
      const balance = guard(`unbonding balance of ${delegator}`, () => parseAmount(entry.balance || "0", "balance"));
      const initial = guard(`unbonding initial balance of ${delegator}`, () => parseAmount(entry.initialBalance || "0", "initial_balance"));
      if (toBigInt(entry.completionHeight) === 0n) throw invalid(`unbonding entry of ${delegator} from ${operator} has no completion height`);
      unbondingTotal += balance;
      return C.UnbondingDelegationEntry.fromPartial({ ...entry, balance: balance.toString(), initialBalance: initial.toString() });
    });
    return C.UnbondingDelegation.fromPartial({ delegatorAddress: delegator, validatorAddress: operator, entries });
  });
  const redTriples = new Set<string>();
  const reds = (genesis.redelegations as printchain.staking.v1.Redelegation[]).map((red) => {
    const { delegatorAddress: delegator, validatorSrcAddress: source, validatorDstAddress: destination } = red;
    if (!isValidAddress(delegator)) throw invalid(`redelegation delegator ${JSON.stringify(delegator.slice(0, 90))} is not a valid address`);
    if (!validators.has(source) || !validators.has(destination)) throw invalid(`redelegation of ${delegator} between unknown validators`);
    if (source === destination) throw invalid(`redelegation of ${delegator} from ${source} to itself`);
    const key = `${delegator}/${source}/${destination}`;
    if (redTriples.has(key)) throw invalid(`duplicate redelegation ${key}`);
    redTriples.add(key);
    if (red.entries.length === 0) throw invalid(`redelegation ${key} has no entries`);
    const entries = red.entries.map((entry) => {
      const initial = guard(`redelegation initial balance of ${delegator}`, () => parseAmount(entry.initialBalance || "0", "initial_balance"));
      const sharesDst = guard(`redelegation shares of ${delegator}`, () => parseDec(entry.sharesDst || "0", "shares_dst"));
      if (toBigInt(entry.completionHeight) === 0n) throw invalid(`redelegation entry ${key} has no completion height`);
      return C.RedelegationEntry.fromPartial({ ...entry, initialBalance: initial.toString(), sharesDst: formatDec(sharesDst) });
    });
    return C.Redelegation.fromPartial({ delegatorAddress: delegator, validatorSrcAddress: source, validatorDstAddress: destination, entries });
  });

  // Pools.
  let bonded = 0n;
  let notBonded = unbondingTotal;
  for (const validator of validators.values()) {
    if (validator.status === BondStatus.BOND_STATUS_BONDED) bonded += BigInt(validator.tokens);
    else notBonded += BigInt(validator.tokens);
  }
  const pools = keeper.poolBalances(ctx.store);
  if (pools.bonded !== bonded) {
    throw invalid(`the bonded pool (${moduleAddress(BONDED_POOL_ACCOUNT)}) holds ${pools.bonded}${params.bondDenom}, but the bonded validators' tokens are ${bonded}${params.bondDenom}`);
  }
  if (pools.notBonded !== notBonded) {
    throw invalid(
      `the not-bonded pool (${moduleAddress(NOT_BONDED_POOL_ACCOUNT)}) holds ${pools.notBonded}${params.bondDenom}, but the other validators' tokens and the unbonding entries are ${notBonded}${params.bondDenom}`,
    );
  }

  // The consensus set.
  const lastPowers = new Map<string, bigint>();
  for (const entry of genesis.lastValidatorPowers as printchain.staking.v1.LastValidatorPower[]) {
    const validator = validators.get(entry.operatorAddress);
    if (!validator || validator.status !== BondStatus.BOND_STATUS_BONDED) throw invalid(`last validator power of ${JSON.stringify(entry.operatorAddress.slice(0, 90))}, which is not a bonded validator`);
    if (lastPowers.has(entry.operatorAddress)) throw invalid(`duplicate last validator power of ${entry.operatorAddress}`);
    const power = toBigInt(entry.power);
    if (power < 0n) throw invalid(`negative last validator power of ${entry.operatorAddress}`);
    lastPowers.set(entry.operatorAddress, power);
  }
  if (genesis.lastValidatorPowers.length === 0) {
    for (const [operator, validator] of validators) {
      const power = powerOf(BigInt(validator.tokens));
      if (validator.status === BondStatus.BOND_STATUS_BONDED && power > 0n) lastPowers.set(operator, power);
    }
  }

  for (const validator of validators.values()) keeper.setValidator(ctx, validator);
  for (const delegation of delegations) keeper.setDelegation(ctx, delegation);
  for (const ubd of ubds) keeper.setUnbondingDelegation(ctx, ubd);
  for (const red of reds) keeper.setRedelegation(ctx, red);
  const updates: ValidatorUpdate[] = [];
  for (const operator of [...lastPowers.keys()].sort()) {
    const power = lastPowers.get(operator)!;
    keeper.setLastValidatorPower(ctx, operator, power);
    if (power > 0n) updates.push({ pubKey: new Uint8Array(validators.get(operator)!.consensusPubkey), power });
  }
  return updates;
}

export function exportStakingGenesis(store: KVReader, keeper: StakingKeeper): unknown {
  const genesis = C.GenesisState.fromPartial({
    params: paramsToProto(keeper.getParams(store)),
    validators: [...keeper.validators(store)],
    delegations: [...keeper.delegations(store)],
    unbondingDelegations: [...keeper.unbondingDelegations(store)],
    redelegations: [...keeper.redelegations(store)],
    lastValidatorPowers: [...keeper.lastValidatorPowers(store)],
  });
  return GenesisState.toObject(genesis, JSON_OPTIONS);
}
