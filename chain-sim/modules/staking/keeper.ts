import { printchain, stakingCodecs, toBigInt } from "../../../proto";
import { iteratePrefix, type KVReader } from "../../store/kvStore";
import { accountFromValoper, moduleAddress } from "../../types/address";
import type { Context } from "../../types/context";
import { decFromInt, formatDec, parseDec } from "../../types/dec";
import type { ValidatorUpdate } from "../../types/module";
import { stakingErrors } from "./errors";
import { emitCompleteRedelegation, emitCompleteUnbonding, emitValidatorStatus } from "./events";
import type { BankKeeper } from "./expectedKeepers";
import { DEFAULT_STAKING_PARAMS, paramsFromProto, paramsToProto, type StakingParams } from "./params";

/** Module accounts holding the tokens of bonded validators and of all others (plus unbonding entries). */
export const BONDED_POOL_ACCOUNT = "bonded_tokens_pool";
export const NOT_BONDED_POOL_ACCOUNT = "not_bonded_tokens_pool";
/** The SDK's power reduction: consensus power = tokens / 10^6. */
export const POWER_REDUCTION = 1_000_000n;

export type Validator = printchain.staking.v1.Validator;
export type Delegation = printchain.staking.v1.Delegation;
export type UnbondingDelegation = printchain.staking.v1.UnbondingDelegation;
export type Redelegation = printchain.staking.v1.Redelegation;
export type LastValidatorPower = printchain.staking.v1.LastValidatorPower;
export const BondStatus = printchain.staking.v1.BondStatus;

const C = stakingCodecs;

// Records (hashed).
const PARAMS_KEY = "staking/params";
export const VALIDATORS_PREFIX = "staking/validators/";
/** staking/delegations/<delegator>/<validator>: a delegator's delegations are one prefix scan (gov tally). */
export const DELEGATIONS_PREFIX = "staking/delegations/";
/** staking/unbonding/<delegator>/<validator> */
export const UNBONDING_PREFIX = "staking/unbonding/";
/** staking/redelegations/<delegator>/<source>/<destination> */
export const REDELEGATIONS_PREFIX = "staking/redelegations/";
/** staking/last_powers/<operator>: the set last reported to consensus. */
export const LAST_POWERS_PREFIX = "staking/last_powers/";

// Derived indexes (not in the Merkle trie; rebuilt from the records by the setters on import).
/** staking/index/status/<status number>/<operator> */
export const STATUS_INDEX = "staking/index/status/";
/** staking/index/power/<10^78-1-tokens, zero-padded>/<operator>: tokens descending, then operator ascending. Only validators with power > 0. */
const POWER_INDEX = "staking/index/power/";
/** staking/index/pubkey/<hex> → operator */
const PUBKEY_INDEX = "staking/index/pubkey/";
/** staking/index/validator_delegations/<validator>/<delegator> */
export const VALIDATOR_DELEGATIONS_INDEX = "staking/index/validator_delegations/";
/** staking/index/validator_queue/<completion height>/<operator>: UNBONDING validators. */
const VALIDATOR_QUEUE = "staking/index/validator_queue/";
/** staking/index/unbonding_queue/<completion height>/<delegator>/<validator> */
const UNBONDING_QUEUE = "staking/index/unbonding_queue/";
/** staking/index/redelegation_queue/<completion height>/<delegator>/<source>/<destination> */
const REDELEGATION_QUEUE = "staking/index/redelegation_queue/";
const EMPTY = new Uint8Array();
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();
const TOKENS_LIMIT = 10n ** 78n;

const padHeight = (height: number | bigint): string => String(height).padStart(20, "0");
const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

export const tokensOf = (validator: Validator): bigint => BigInt(validator.tokens || "0");
export const sharesOf = (validator: Validator): bigint => parseDec(validator.delegatorShares || "0");
export const powerOf = (tokens: bigint): bigint => tokens / POWER_REDUCTION;

/** Shares issued for `amount` new tokens: the first delegation gets shares = tokens, later ones amount × shares / tokens (truncated). */
export function sharesForDeposit(tokens: bigint, shares: bigint, amount: bigint): bigint {
  if (shares === 0n) return decFromInt(amount);
  if (tokens === 0n) throw stakingErrors.invalidExchangeRate.wrap("");
  return (shares * amount) / tokens;
}

/** Shares worth `amount` tokens (truncated). */
export function sharesFromTokens(tokens: bigint, shares: bigint, amount: bigint): bigint {
  if (tokens === 0n) throw stakingErrors.invalidExchangeRate.wrap("");
  return (shares * amount) / tokens;
}

/** Tokens worth `removed` shares (truncated). */
export function tokensFromShares(tokens: bigint, shares: bigint, removed: bigint): bigint {
  if (shares === 0n) return 0n;
  return (removed * tokens) / shares;
}

/** A delegation's worth in tokens: shares × tokens / delegator_shares (truncated). */
export function delegationBalance(validator: Validator, delegation: Delegation): bigint {
  return tokensFromShares(tokensOf(validator), sharesOf(validator), parseDec(delegation.shares || "0"));
}

export function poolOf(status: number): string {
  return status === BondStatus.BOND_STATUS_BONDED ? BONDED_POOL_ACCOUNT : NOT_BONDED_POOL_ACCOUNT;
}

function quoted(text: string): string {
  return JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}...` : text);
}

/**
 * Decodes a stored delegation whose addresses are known from its key. Values are canonical
 * encodings of (delegator, validator, shares), all short ASCII strings, so the shares are read
 * directly; anything else falls back to the generated decoder.
 */
function decodeDelegation(bytes: Uint8Array, delegator: string, operator: string): Delegation {
  let offset = 0;
  let shares = "";
  while (offset < bytes.length) {
    const tag = bytes[offset];
    const length = bytes[offset + 1];
    if ((tag !== 0x0a && tag !== 0x12 && tag !== 0x1a) || length === undefined || length > 0x7f) return C.Delegation.decode(bytes);
    if (tag === 0x1a) shares = String.fromCharCode(...bytes.subarray(offset + 2, offset + 2 + length));
    offset += 2 + length;
  }
  const delegation = new printchain.staking.v1.Delegation();
  delegation.delegatorAddress = delegator;
  delegation.validatorAddress = operator;
  delegation.shares = shares;
  return delegation;
}

/** What other modules learn of staking changes (the SDK's staking hooks), wired by the app. */
export interface StakingHooks {
  /** A delegation's shares changed (before 0: it is new; after 0: it is gone). */
  afterDelegationSharesChanged(ctx: Context, delegator: string, operator: string, before: bigint, after: bigint): void;
}

/** The only code that reads or writes staking keys, including the indexes and queues. */
export class StakingKeeper {
  private hooks: StakingHooks | undefined;

  constructor(private readonly bank: BankKeeper) {}

  setHooks(hooks: StakingHooks): void {
    this.hooks = hooks;
  }

  // ------------------------------------------------------------------------------------------
  // Params

  getParams(store: KVReader): StakingParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(C.Params.decode(bytes)) : DEFAULT_STAKING_PARAMS;
  }

  setParams(ctx: Context, params: StakingParams): void {
    ctx.store.set(PARAMS_KEY, C.Params.encode(paramsToProto(params)).finish());
  }

  // ------------------------------------------------------------------------------------------
  // Validators

  getValidator(store: KVReader, operator: string): Validator | undefined {
    const bytes = store.get(VALIDATORS_PREFIX + operator);
    return bytes ? C.Validator.decode(bytes) : undefined;
  }

  mustGetValidator(store: KVReader, operator: string): Validator {
    const validator = this.getValidator(store, operator);
    if (!validator) throw stakingErrors.validatorNotFound.wrap(`validator ${quoted(operator)}`);
    return validator;
  }

  /** The operator of the validator using this consensus key, if any. */
  validatorByPubKey(store: KVReader, pubKey: Uint8Array): string | undefined {
    const bytes = store.get(PUBKEY_INDEX + hexOf(pubKey));
    return bytes ? utf8Decoder.decode(bytes) : undefined;
  }

  /** Stores a validator and rewrites its index entries. */
  setValidator(ctx: Context, validator: Validator): void {
    const previous = this.getValidator(ctx.store, validator.operatorAddress);
    if (previous) for (const key of this.validatorIndexKeys(previous)) ctx.store.delete(key);
    ctx.store.set(VALIDATORS_PREFIX + validator.operatorAddress, C.Validator.encode(validator).finish());
    for (const key of this.validatorIndexKeys(validator)) ctx.store.set(key, EMPTY);
    ctx.store.set(PUBKEY_INDEX + hexOf(validator.consensusPubkey), utf8.encode(validator.operatorAddress));
  }

  private validatorIndexKeys(validator: Validator): string[] {
    const operator = validator.operatorAddress;
    const keys = [`${STATUS_INDEX}${validator.status}/${operator}`];
    const tokens = tokensOf(validator);
    if (powerOf(tokens) > 0n) keys.push(`${POWER_INDEX}${(TOKENS_LIMIT - 1n - tokens).toString().padStart(78, "0")}/${operator}`);
    if (validator.status === BondStatus.BOND_STATUS_UNBONDING) keys.push(`${VALIDATOR_QUEUE}${padHeight(toBigInt(validator.unbondingCompletionHeight))}/${operator}`);
    return keys;
  }

  *validators(store: KVReader): IterableIterator<Validator> {
    for (const [, value] of iteratePrefix(store, VALIDATORS_PREFIX)) yield C.Validator.decode(value);
  }

  /** Operators of one status, in operator order. */
  *operatorsWithStatus(store: KVReader, status: number): IterableIterator<string> {
    const prefix = `${STATUS_INDEX}${status}/`;
    for (const [key] of iteratePrefix(store, prefix)) yield key.slice(prefix.length);
  }

  /** BONDED validators in operator-address order. */
  bondedValidators(store: KVReader): Validator[] {
    return [...this.operatorsWithStatus(store, BondStatus.BOND_STATUS_BONDED)].map((operator) => this.getValidator(store, operator)!);
  }

  /** Σ tokens of BONDED validators (= the bonded pool's balance). */
  totalBondedTokens(store: KVReader): bigint {
    let total = 0n;
    for (const operator of this.operatorsWithStatus(store, BondStatus.BOND_STATUS_BONDED)) total += tokensOf(this.getValidator(store, operator)!);
    return total;
  }

  // ------------------------------------------------------------------------------------------
  // Delegations

  getDelegation(store: KVReader, delegator: string, operator: string): Delegation | undefined {
    const bytes = store.get(`${DELEGATIONS_PREFIX}${delegator}/${operator}`);
    return bytes ? decodeDelegation(bytes, delegator, operator) : undefined;
  }

  setDelegation(ctx: Context, delegation: Delegation): void {
    const { delegatorAddress: delegator, validatorAddress: operator } = delegation;
    const before = this.sharesHeld(ctx.store, delegator, operator);
    ctx.store.set(`${DELEGATIONS_PREFIX}${delegator}/${operator}`, C.Delegation.encode(delegation).finish());
    ctx.store.set(`${VALIDATOR_DELEGATIONS_INDEX}${operator}/${delegator}`, EMPTY);
    this.hooks?.afterDelegationSharesChanged(ctx, delegator, operator, before, parseDec(delegation.shares || "0"));
  }

  removeDelegation(ctx: Context, delegator: string, operator: string): void {
    const before = this.sharesHeld(ctx.store, delegator, operator);
    ctx.store.delete(`${DELEGATIONS_PREFIX}${delegator}/${operator}`);
    ctx.store.delete(`${VALIDATOR_DELEGATIONS_INDEX}${operator}/${delegator}`);
    this.hooks?.afterDelegationSharesChanged(ctx, delegator, operator, before, 0n);
  }

  private sharesHeld(store: KVReader, delegator: string, operator: string): bigint {
    const delegation = this.getDelegation(store, delegator, operator);
    return delegation ? parseDec(delegation.shares || "0") : 0n;
  }

  /**
   * A delegator's delegations in validator order: one prefix scan (the gov tally calls this once
   * per voter). The addresses come from the key; only the shares are read from the value.
   */
  *delegatorDelegations(store: KVReader, delegator: string): IterableIterator<Delegation> {
    const prefix = `${DELEGATIONS_PREFIX}${delegator}/`;
    for (const [key, value] of iteratePrefix(store, prefix)) yield decodeDelegation(value, delegator, key.slice(prefix.length));
  }

  /** A validator's delegations in delegator order. */
  *validatorDelegations(store: KVReader, operator: string): IterableIterator<Delegation> {
    const prefix = `${VALIDATOR_DELEGATIONS_INDEX}${operator}/`;
    for (const [key] of iteratePrefix(store, prefix)) {
      const delegation = this.getDelegation(store, key.slice(prefix.length), operator);
      if (delegation) yield delegation;
    }
  }

  *delegations(store: KVReader): IterableIterator<Delegation> {
    for (const [, value] of iteratePrefix(store, DELEGATIONS_PREFIX)) yield C.Delegation.decode(value);
  }

  // ------------------------------------------------------------------------------------------
  // Unbonding delegations and redelegations

  getUnbondingDelegation(store: KVReader, delegator: string, operator: string): UnbondingDelegation | undefined {
    const bytes = store.get(`${UNBONDING_PREFIX}${delegator}/${operator}`);
    return bytes ? C.UnbondingDelegation.decode(bytes) : undefined;
  }

  /** Stores (or, without entries, deletes) an unbonding delegation and its queue keys. */
  setUnbondingDelegation(ctx: Context, ubd: UnbondingDelegation): void {
    const key = `${ubd.delegatorAddress}/${ubd.validatorAddress}`;
    const previous = this.getUnbondingDelegation(ctx.store, ubd.delegatorAddress, ubd.validatorAddress);
    if (previous) for (const entry of previous.entries) ctx.store.delete(`${UNBONDING_QUEUE}${padHeight(toBigInt(entry.completionHeight))}/${key}`);
    if (ubd.entries.length === 0) {
      ctx.store.delete(UNBONDING_PREFIX + key);
      return;
    }
    ctx.store.set(UNBONDING_PREFIX + key, C.UnbondingDelegation.encode(ubd).finish());
    for (const entry of ubd.entries) ctx.store.set(`${UNBONDING_QUEUE}${padHeight(toBigInt(entry.completionHeight))}/${key}`, EMPTY);
  }

  *unbondingDelegations(store: KVReader, delegator?: string): IterableIterator<UnbondingDelegation> {
    for (const [, value] of iteratePrefix(store, delegator ? `${UNBONDING_PREFIX}${delegator}/` : UNBONDING_PREFIX)) yield C.UnbondingDelegation.decode(value);
  }

  getRedelegation(store: KVReader, delegator: string, source: string, destination: string): Redelegation | undefined {
    const bytes = store.get(`${REDELEGATIONS_PREFIX}${delegator}/${source}/${destination}`);
    return bytes ? C.Redelegation.decode(bytes) : undefined;
  }

  setRedelegation(ctx: Context, red: Redelegation): void {
    const key = `${red.delegatorAddress}/${red.validatorSrcAddress}/${red.validatorDstAddress}`;
    const previous = this.getRedelegation(ctx.store, red.delegatorAddress, red.validatorSrcAddress, red.validatorDstAddress);
    if (previous) for (const entry of previous.entries) ctx.store.delete(`${REDELEGATION_QUEUE}${padHeight(toBigInt(entry.completionHeight))}/${key}`);
    if (red.entries.length === 0) {
      ctx.store.delete(REDELEGATIONS_PREFIX + key);
      return;
    }
    ctx.store.set(REDELEGATIONS_PREFIX + key, C.Redelegation.encode(red).finish());
    for (const entry of red.entries) ctx.store.set(`${REDELEGATION_QUEUE}${padHeight(toBigInt(entry.completionHeight))}/${key}`, EMPTY);
  }

  *redelegations(store: KVReader, delegator?: string): IterableIterator<Redelegation> {
    for (const [, value] of iteratePrefix(store, delegator ? `${REDELEGATIONS_PREFIX}${delegator}/` : REDELEGATIONS_PREFIX)) yield C.Redelegation.decode(value);
  }

  /** True if the delegator has an incomplete redelegation into `operator`. */
  hasRedelegationInto(store: KVReader, delegator: string, operator: string): boolean {
    for (const red of this.redelegations(store, delegator)) if (red.validatorDstAddress === operator && red.entries.length > 0) return true;
    return false;
  }

  // ------------------------------------------------------------------------------------------
  // Last validator powers

  *lastValidatorPowers(store: KVReader): IterableIterator<LastValidatorPower> {
    for (const [, value] of iteratePrefix(store, LAST_POWERS_PREFIX)) yield C.LastValidatorPower.decode(value);
  }

  setLastValidatorPower(ctx: Context, operator: string, power: bigint): void {
    ctx.store.set(LAST_POWERS_PREFIX + operator, C.LastValidatorPower.encode(C.LastValidatorPower.fromPartial({ operatorAddress: operator, power })).finish());
  }

  // ------------------------------------------------------------------------------------------
  // Pools

  poolBalances(store: KVReader): { bonded: bigint; notBonded: bigint } {
    const denom = this.getParams(store).bondDenom;
    return {
      bonded: this.bank.getBalance(store, moduleAddress(BONDED_POOL_ACCOUNT), denom),
      notBonded: this.bank.getBalance(store, moduleAddress(NOT_BONDED_POOL_ACCOUNT), denom),
    };
  }

  private movePool(ctx: Context, from: string, to: string, amount: bigint): void {
    if (from === to || amount === 0n) return;
    this.bank.sendCoinsFromModuleToModule(ctx, from, to, [{ denom: this.getParams(ctx.store).bondDenom, amount }]);
  }

  // ------------------------------------------------------------------------------------------
  // State transitions

  /**
   * Delegates `amount` from the delegator's account (sent to the pool of the validator's status);
   * returns the new shares.
   */
  delegate(ctx: Context, delegator: string, operator: string, amount: bigint): bigint {
    const validator = this.mustGetValidator(ctx.store, operator);
    this.bank.sendCoinsFromAccountToModule(ctx, delegator, poolOf(validator.status), [{ denom: this.getParams(ctx.store).bondDenom, amount }]);
    return this.addDelegationTokens(ctx, delegator, validator, amount);
  }

  /** Adds tokens (already in the validator's pool) to a delegation; returns the new shares. */
  private addDelegationTokens(ctx: Context, delegator: string, validator: Validator, amount: bigint): bigint {
    const tokens = tokensOf(validator);
    const shares = sharesOf(validator);
    const newShares = sharesForDeposit(tokens, shares, amount);
    if (newShares === 0n) throw stakingErrors.tinyAmount.wrap(`${amount} tokens buy no shares of ${validator.operatorAddress}`);
    this.setValidator(ctx, C.Validator.fromPartial({ ...validator, tokens: (tokens + amount).toString(), delegatorShares: formatDec(shares + newShares) }));
    const existing = this.getDelegation(ctx.store, delegator, validator.operatorAddress);
    const held = existing ? parseDec(existing.shares || "0") : 0n;
    this.setDelegation(ctx, C.Delegation.fromPartial({ delegatorAddress: delegator, validatorAddress: validator.operatorAddress, shares: formatDec(held + newShares) }));
    return newShares;
  }

  /**
   * Removes the shares worth `amount` tokens from a delegation; returns the tokens taken out of
   * the validator (still in its pool) and the validator as it was before.
   */
  private removeDelegationTokens(ctx: Context, delegator: string, operator: string, amount: bigint): { tokens: bigint; validator: Validator } {
    const validator = this.mustGetValidator(ctx.store, operator);
    const delegation = this.getDelegation(ctx.store, delegator, operator);
    if (!delegation) throw stakingErrors.delegationNotFound.wrap(`${delegator} has no delegation to ${operator}`);
    const held = parseDec(delegation.shares || "0");
    const tokens = tokensOf(validator);
    const shares = sharesOf(validator);
    const removed = sharesFromTokens(tokens, shares, amount);
    if (removed > held) {
      throw stakingErrors.insufficientShares.wrap(`${amount} tokens are ${formatDec(removed)} shares of ${operator}, more than the ${formatDec(held)} shares ${delegator} holds (worth ${tokensFromShares(tokens, shares, held)} tokens)`);
    }
    if (removed === 0n) throw stakingErrors.tinyAmount.wrap(`${amount} tokens are no shares of ${operator}`);
    const out = tokensFromShares(tokens, shares, removed);
    if (out === 0n) throw stakingErrors.tinyAmount.wrap(`${formatDec(removed)} shares of ${operator} are worth no tokens`);
    const remainingShares = shares - removed;
    const remainingTokens = tokens - out;
    const left = held - removed;
    if (delegator === accountFromValoper(operator) && left > 0n) {
      const selfBond = tokensFromShares(remainingTokens, remainingShares, left);
      const minimum = BigInt(validator.minSelfDelegation || "0");
      if (selfBond < minimum) {
        throw stakingErrors.selfDelegationBelowMinimum.wrap(`the self-delegation of ${operator} would be ${selfBond} tokens, below its min_self_delegation ${minimum} (withdraw all of it or keep at least the minimum)`);
      }
    }
    if (left === 0n) this.removeDelegation(ctx, delegator, operator);
    else this.setDelegation(ctx, C.Delegation.fromPartial({ ...delegation, shares: formatDec(left) }));
    this.setValidator(ctx, C.Validator.fromPartial({ ...validator, tokens: remainingTokens.toString(), delegatorShares: formatDec(remainingShares) }));
    return { tokens: out, validator };
  }

  /** Starts unbonding `amount` tokens; returns the completion height and the tokens that will be paid back. */
  undelegate(ctx: Context, delegator: string, operator: string, amount: bigint): { completionHeight: number; tokens: bigint } {
    const params = this.getParams(ctx.store);
    const existing = this.getUnbondingDelegation(ctx.store, delegator, operator);
    if ((existing?.entries.length ?? 0) >= params.maxEntries) {
      throw stakingErrors.maxEntries.wrap(`${delegator} already has ${params.maxEntries} unbonding entries from ${operator}`);
    }
    const { tokens, validator } = this.removeDelegationTokens(ctx, delegator, operator, amount);
    this.movePool(ctx, poolOf(validator.status), NOT_BONDED_POOL_ACCOUNT, tokens);
    const completionHeight = ctx.block.height + params.unbondingBlocks;
    const entry = C.UnbondingDelegationEntry.fromPartial({ creationHeight: ctx.block.height, completionHeight, initialBalance: tokens.toString(), balance: tokens.toString() });
    this.setUnbondingDelegation(
      ctx,
      C.UnbondingDelegation.fromPartial({ delegatorAddress: delegator, validatorAddress: operator, entries: [...(existing?.entries ?? []), entry] }),
    );
    return { completionHeight, tokens };
  }

  /** Moves stake from one validator to another at once; returns the completion height and the tokens moved. */
  redelegate(ctx: Context, delegator: string, source: string, destination: string, amount: bigint): { completionHeight: number; tokens: bigint } {
    if (source === destination) throw stakingErrors.selfRedelegation.wrap(source);
    const params = this.getParams(ctx.store);
    this.mustGetValidator(ctx.store, source);
    this.mustGetValidator(ctx.store, destination);
    if (this.hasRedelegationInto(ctx.store, delegator, source)) {
      throw stakingErrors.transitiveRedelegation.wrap(`${delegator} has an incomplete redelegation into ${source}`);
    }
    const existing = this.getRedelegation(ctx.store, delegator, source, destination);
    if ((existing?.entries.length ?? 0) >= params.maxEntries) {
      throw stakingErrors.maxEntries.wrap(`${delegator} already has ${params.maxEntries} redelegation entries from ${source} to ${destination}`);
    }
    const { tokens, validator: from } = this.removeDelegationTokens(ctx, delegator, source, amount);
    const to = this.mustGetValidator(ctx.store, destination);
    this.movePool(ctx, poolOf(from.status), poolOf(to.status), tokens);
    const sharesDst = this.addDelegationTokens(ctx, delegator, to, tokens);
    const completionHeight = ctx.block.height + params.unbondingBlocks;
    const entry = C.RedelegationEntry.fromPartial({ creationHeight: ctx.block.height, completionHeight, initialBalance: tokens.toString(), sharesDst: formatDec(sharesDst) });
    this.setRedelegation(
      ctx,
      C.Redelegation.fromPartial({ delegatorAddress: delegator, validatorSrcAddress: source, validatorDstAddress: destination, entries: [...(existing?.entries ?? []), entry] }),
    );
    return { completionHeight, tokens };
  }

  // ------------------------------------------------------------------------------------------
  // EndBlock

  /**
   * Matures unbondings, redelegations and unbonding validators, then recomputes the bonded set and
   * reports its changes (the recomputation reads index keys only when nothing changed).
   */
  endBlock(ctx: Context): ValidatorUpdate[] {
    const height = ctx.block.height;
    this.completeUnbondings(ctx, height);
    this.completeRedelegations(ctx, height);
    this.completeValidatorUnbondings(ctx, height);
    return this.applyValidatorSetChanges(ctx);
  }

  /** Queue entries with completion height ≤ height, as the key rest after the height, deduplicated, in queue order. */
  private dueKeys(store: KVReader, queue: string, height: number): string[] {
    const due = new Set<string>();
    for (const [key] of store.iterate(queue, `${queue}${padHeight(height + 1)}`)) due.add(key.slice(queue.length + 21));
    return [...due];
  }

  private completeUnbondings(ctx: Context, height: number): void {
    const denom = this.getParams(ctx.store).bondDenom;
    for (const pair of this.dueKeys(ctx.store, UNBONDING_QUEUE, height)) {
      const [delegator, operator] = pair.split("/");
      const ubd = this.getUnbondingDelegation(ctx.store, delegator, operator);
      if (!ubd) continue;
      const matured = ubd.entries.filter((entry) => toBigInt(entry.completionHeight) <= BigInt(height));
      if (matured.length === 0) continue;
      const amount = matured.reduce((sum, entry) => sum + BigInt(entry.balance || "0"), 0n);
      if (amount > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL_ACCOUNT, delegator, [{ denom, amount }]);
      this.setUnbondingDelegation(ctx, C.UnbondingDelegation.fromPartial({ ...ubd, entries: ubd.entries.filter((entry) => toBigInt(entry.completionHeight) > BigInt(height)) }));
      emitCompleteUnbonding(ctx.events, delegator, operator, amount);
    }
  }

  private completeRedelegations(ctx: Context, height: number): void {
    for (const triple of this.dueKeys(ctx.store, REDELEGATION_QUEUE, height)) {
      const [delegator, source, destination] = triple.split("/");
      const red = this.getRedelegation(ctx.store, delegator, source, destination);
      if (!red) continue;
      const remaining = red.entries.filter((entry) => toBigInt(entry.completionHeight) > BigInt(height));
      if (remaining.length === red.entries.length) continue;
      this.setRedelegation(ctx, C.Redelegation.fromPartial({ ...red, entries: remaining }));
      emitCompleteRedelegation(ctx.events, delegator, source, destination);
    }
  }

  private completeValidatorUnbondings(ctx: Context, height: number): void {
    for (const operator of this.dueKeys(ctx.store, VALIDATOR_QUEUE, height)) {
      const validator = this.getValidator(ctx.store, operator);
      if (!validator || validator.status !== BondStatus.BOND_STATUS_UNBONDING) continue;
      const next = C.Validator.fromPartial({ ...validator, status: BondStatus.BOND_STATUS_UNBONDED });
      this.setValidator(ctx, next);
      emitValidatorStatus(ctx.events, operator, next.status, tokensOf(next), 0n);
    }
  }

  /**
   * The bonded set: the top max_validators validators by tokens (ties: operator ascending) with
   * power > 0. Entering validators become BONDED (tokens to the bonded pool); leaving ones start
   * UNBONDING (tokens to the not-bonded pool). Returns every power change, in operator order.
   */
  applyValidatorSetChanges(ctx: Context): ValidatorUpdate[] {
    const params = this.getParams(ctx.store);
    const height = ctx.block.height;
    // Cheap when nothing changed: index keys only, no record is decoded unless its power changed.
    const selected: Array<[operator: string, power: bigint]> = [];
    for (const [key] of iteratePrefix(ctx.store, POWER_INDEX)) {
      if (selected.length >= params.maxValidators) break;
      const slash = key.lastIndexOf("/");
      selected.push([key.slice(slash + 1), powerOf(TOKENS_LIMIT - 1n - BigInt(key.slice(POWER_INDEX.length, slash)))]);
    }
    const inSet = new Set(selected.map(([operator]) => operator));
    const last = new Map<string, bigint>();
    for (const entry of this.lastValidatorPowers(ctx.store)) last.set(entry.operatorAddress, toBigInt(entry.power));
    const bonded = [...this.operatorsWithStatus(ctx.store, BondStatus.BOND_STATUS_BONDED)];
    const updates = new Map<string, ValidatorUpdate>();

    for (const [operator, power] of selected) {
      // The last set only holds BONDED validators: same power, nothing to do.
      if (last.get(operator) === power) continue;
      let validator = this.getValidator(ctx.store, operator)!;
      const tokens = tokensOf(validator);
      if (validator.status !== BondStatus.BOND_STATUS_BONDED) {
        this.movePool(ctx, NOT_BONDED_POOL_ACCOUNT, BONDED_POOL_ACCOUNT, tokens);
        validator = C.Validator.fromPartial({ ...validator, status: BondStatus.BOND_STATUS_BONDED, unbondingCompletionHeight: 0 });
        this.setValidator(ctx, validator);
        emitValidatorStatus(ctx.events, operator, validator.status, tokens, power);
      }
      updates.set(operator, { pubKey: new Uint8Array(validator.consensusPubkey), power });
      this.setLastValidatorPower(ctx, operator, power);
    }
    const leaving = [...new Set([...last.keys(), ...bonded])].filter((operator) => !inSet.has(operator)).sort();
    for (const operator of leaving) {
      const validator = this.getValidator(ctx.store, operator);
      if (validator && validator.status === BondStatus.BOND_STATUS_BONDED) {
        const tokens = tokensOf(validator);
        this.movePool(ctx, BONDED_POOL_ACCOUNT, NOT_BONDED_POOL_ACCOUNT, tokens);
        const next = C.Validator.fromPartial({
          ...validator,
          status: BondStatus.BOND_STATUS_UNBONDING,
          unbondingHeight: height,
          unbondingCompletionHeight: height + params.unbondingBlocks,
        });
        this.setValidator(ctx, next);
        emitValidatorStatus(ctx.events, operator, next.status, tokens, powerOf(tokens));
      }
      if ((last.get(operator) ?? 0n) > 0n && validator) updates.set(operator, { pubKey: new Uint8Array(validator.consensusPubkey), power: 0n });
      if (last.has(operator)) ctx.store.delete(LAST_POWERS_PREFIX + operator);
    }
    return [...updates.keys()].sort().map((operator) => updates.get(operator)!);
  }
}

