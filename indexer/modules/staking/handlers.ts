/**
 * staking: `validators`, `delegations` and `unbondings` from the typed events of
 * printchain.staking.v1. The consensus key and moniker are not in EventCreateValidator; they come
 * from the MsgCreateValidator of the same tx; the genesis validators, delegations and unbonding
 * entries come from the staking genesis (`genesis` hook). Tokens follow the events' amounts
 * exactly; shares are computed the chain's way (see entities.ts), using the requested amount of
 * MsgUndelegate / MsgBeginRedelegate for the shares an unbond removes, and checked against the
 * event's tokens.
 */
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { normalizeLongs, printchain, toBigInt } from "../../../proto";
import { attr, attrInt, bulkUpsert, valuesOf, type GenesisDocument, type ModuleEvent, type ModuleHandler } from "../handler";
import { DELEGATION_COLUMNS, UNBONDING_COLUMNS, VALIDATOR_COLUMNS, type DelegationRow, type UnbondingRow, type ValidatorRow } from "./entities";

const DEC_ONE = 10n ** 18n;

/** An 18-decimal string ("12.5", "12.500000000000000000") as a scaled integer. */
export function parseDec(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,18}))?$/.exec(text);
  if (!match) throw new Error(`${JSON.stringify(text)} is not a non-negative decimal`);
  return BigInt(match[1]) * DEC_ONE + BigInt((match[2] ?? "").padEnd(18, "0"));
}

export function formatDec(scaled: bigint): string {
  if (scaled < 0n) throw new Error(`negative decimal ${scaled}`);
  return `${scaled / DEC_ONE}.${(scaled % DEC_ONE).toString().padStart(18, "0")}`;
}

interface State {
  readonly validators: Map<string, ValidatorRow>;
  readonly changedValidators: Set<string>;
  readonly delegations: Map<string, DelegationRow>;
  readonly changedDelegations: Set<string>;
  /** Open (and new) unbonding entries by `height/event_index`. */
  readonly unbondings: Map<string, UnbondingRow>;
  readonly changedUnbondings: Set<string>;
}

const pairKey = (delegator: string, validator: string): string => `${delegator}/${validator}`;

function messageValue(event: ModuleEvent, typeUrl: string): Record<string, unknown> | undefined {
  return event.message?.typeUrl === typeUrl ? (event.message.value as Record<string, unknown>) : undefined;
}

/** The requested amount of the tx's MsgUndelegate / MsgBeginRedelegate (the shares removed are computed from it). */
function requestedAmount(event: ModuleEvent, typeUrl: string): bigint | undefined {
  const amount = (messageValue(event, typeUrl)?.amount as { amount?: unknown } | undefined)?.amount;
  return typeof amount === "string" && /^\d+$/.test(amount) ? BigInt(amount) : undefined;
}

function validatorsOf(event: ModuleEvent): string[] {
  return ["validator", "source_validator", "destination_validator"].map((key) => event.attributes[key]).filter((value): value is string => value !== undefined);
}

/**
 * A validator the events name. One with neither a create event nor a genesis row existed at
 * genesis in a database whose staking tables predate the genesis hook (its tokens and shares unknown).
 */
function validator(state: State, operator: string, height: string): ValidatorRow {
  let row = state.validators.get(operator);
  if (!row) {
    row = { operator, account: null, consensus_pubkey: null, moniker: null, status: null, tokens: null, delegator_shares: null, commission_rate: null, power: null, created_height: null, updated_height: height };
    state.validators.set(operator, row);
  }
  row.updated_height = height;
  state.changedValidators.add(operator);
  return row;
}

function delegation(state: State, delegator: string, row: ValidatorRow, height: string): DelegationRow {
  const key = pairKey(delegator, row.operator);
  let found = state.delegations.get(key);
  if (!found) {
    // A validator known exactly (created by an event or seeded from genesis) has no delegations but
    // those rows hold; one that predates the genesis hook may have unrecorded genesis delegations.
    found = { delegator, validator: row.operator, shares: row.created_height === null ? null : "0", tokens_delegated: "0", tokens_undelegated: "0", created_height: height, updated_height: height };
    state.delegations.set(key, found);
  }
  found.updated_height = height;
  state.changedDelegations.add(key);
  return found;
}

/** Adds `amount` tokens to a validator and `shares` (NULL = unknown) to a delegation, as the chain's addDelegationTokens. */
function addTokens(state: State, delegator: string, row: ValidatorRow, amount: bigint, shares: bigint | null, height: string): void {
  const tokens = row.tokens === null ? null : BigInt(row.tokens);
  const total = row.delegator_shares === null ? null : parseDec(row.delegator_shares);
  let issued = shares;
  if (tokens !== null && total !== null) {
    const expected = total === 0n ? amount * DEC_ONE : (total * amount) / tokens;
    if (issued !== null && issued !== expected) throw new Error(`${delegator} got ${formatDec(issued)} shares of ${row.operator} for ${amount} tokens; its tokens ${tokens} and shares ${formatDec(total)} give ${formatDec(expected)}`);
    issued = expected;
  }
  if (tokens !== null) row.tokens = (tokens + amount).toString();
  row.delegator_shares = total !== null && issued !== null ? formatDec(total + issued) : null;
  const held = delegation(state, delegator, row, height);
  held.shares = held.shares !== null && issued !== null ? formatDec(parseDec(held.shares) + issued) : null;
  held.tokens_delegated = (BigInt(held.tokens_delegated) + amount).toString();
}

/** Removes the shares worth `requested` tokens (paid out: `amount`), as the chain's removeDelegationTokens. */
function removeTokens(state: State, delegator: string, row: ValidatorRow, amount: bigint, requested: bigint | undefined, height: string): void {
  const tokens = row.tokens === null ? null : BigInt(row.tokens);
  const total = row.delegator_shares === null ? null : parseDec(row.delegator_shares);
  let removed: bigint | null = null;
  if (tokens !== null && total !== null && requested !== undefined) {
    removed = (total * requested) / tokens;
    const out = total === 0n ? 0n : (removed * tokens) / total;
    if (out !== amount) throw new Error(`${delegator} unbonds ${amount} tokens of ${row.operator}, but ${requested} requested of tokens ${tokens} / shares ${formatDec(total)} pay ${out}`);
  }
  if (tokens !== null) {
    if (tokens < amount) throw new Error(`${row.operator} has ${tokens} tokens, fewer than the ${amount} unbonded`);
    row.tokens = (tokens - amount).toString();
  }
  row.delegator_shares = total !== null && removed !== null ? formatDec(total - removed) : null;
  const held = delegation(state, delegator, row, height);
  if (held.shares !== null && removed !== null) {
    const left = parseDec(held.shares) - removed;
    if (left < 0n) throw new Error(`${delegator} holds ${held.shares} shares of ${row.operator}, fewer than the ${formatDec(removed)} removed`);
    held.shares = formatDec(left);
  } else held.shares = null;
  held.tokens_undelegated = (BigInt(held.tokens_undelegated) + amount).toString();
}

const { BondStatus, GenesisState } = printchain.staking.v1;

/** BIP-173's 90 characters (@cosmjs/encoding's default limit is not accepted by its bech32 library). */
const BECH32_LIMIT = 90;

/** The account of an operator address (`printvaloper1…` → `print1…`: same bytes, the prefix without `valoper`); NULL for another form. */
function accountOf(operator: string): string | null {
  const { prefix, data } = fromBech32(operator, BECH32_LIMIT);
  return prefix.endsWith("valoper") && prefix.length > "valoper".length ? toBech32(prefix.slice(0, -"valoper".length), data, BECH32_LIMIT) : null;
}

/**
 * The rows of the staking genesis (`app_state.staking`, proto-JSON of GenesisState, read with the
 * same generated codec as the chain reads it): validators exact from their records, power from
 * `last_validator_powers` or else the genesis document's consensus set (by key), delegations with
 * their shares (token sums: the tokens the shares are worth at genesis, truncated as the chain
 * does), and each unbonding entry as an open unbonding row (event_index = its position among the
 * genesis entries). Every row at height `initial_height - 1`; a validator's `created_height` is
 * its record's `creation_height`, as Query/Validator reports it.
 */
export function stakingGenesisRows(genesis: GenesisDocument): { validators: ValidatorRow[]; delegations: DelegationRow[]; unbondings: UnbondingRow[] } {
  const state = GenesisState.fromObject(normalizeLongs((genesis.appState.staking ?? {}) as Record<string, unknown>));
  const height = String(genesis.initialHeight - 1);
  const lastPowers = new Map((state.lastValidatorPowers as printchain.staking.v1.LastValidatorPower[]).map((entry) => [entry.operatorAddress, toBigInt(entry.power).toString()]));
  const consensusPowers = new Map(genesis.validators.map((validator) => [validator.pub_key, validator.power]));
  const validators = (state.validators as printchain.staking.v1.Validator[]).map((validator): ValidatorRow => {
    const key = Buffer.from(validator.consensusPubkey).toString("base64");
    const status = (BondStatus as unknown as Record<number, string>)[validator.status];
    if (status === undefined) throw new Error(`validator ${validator.operatorAddress} has status ${validator.status}`);
    const power = state.lastValidatorPowers.length > 0 ? lastPowers.get(validator.operatorAddress) : status === "BOND_STATUS_BONDED" ? consensusPowers.get(key) : undefined;
    return {
      operator: validator.operatorAddress,
      account: accountOf(validator.operatorAddress),
      consensus_pubkey: key,
      moniker: validator.description?.moniker ?? "",
      status,
      tokens: BigInt(validator.tokens || "0").toString(),
      delegator_shares: formatDec(parseDec(validator.delegatorShares || "0")),
      commission_rate: formatDec(parseDec(validator.commission?.rate || "0")),
      power: power ?? null,
      created_height: toBigInt(validator.creationHeight).toString(),
      updated_height: height,
    };
  });
  const byOperator = new Map(validators.map((row) => [row.operator, row]));
  const delegations = (state.delegations as printchain.staking.v1.Delegation[]).map((delegation): DelegationRow => {
    const row = byOperator.get(delegation.validatorAddress);
    if (!row) throw new Error(`delegation of ${delegation.delegatorAddress} to unknown validator ${delegation.validatorAddress}`);
    const shares = parseDec(delegation.shares);
    const total = parseDec(row.delegator_shares!);
    const worth = total === 0n ? 0n : (shares * BigInt(row.tokens!)) / total;
    return { delegator: delegation.delegatorAddress, validator: delegation.validatorAddress, shares: formatDec(shares), tokens_delegated: worth.toString(), tokens_undelegated: "0", created_height: height, updated_height: height };
  });
  let position = 0;
  const unbondings = (state.unbondingDelegations as printchain.staking.v1.UnbondingDelegation[]).flatMap((unbonding) =>
    (unbonding.entries as printchain.staking.v1.UnbondingDelegationEntry[]).map((entry): UnbondingRow => ({
      height,
      event_index: position++,
      tx_index: null,
      delegator: unbonding.delegatorAddress,
      validator: unbonding.validatorAddress,
      amount: BigInt(entry.balance || "0").toString(),
      completion_height: toBigInt(entry.completionHeight).toString(),
      completed: false,
      completed_height: null,
    })),
  );
  return { validators, delegations, unbondings };
}

export const stakingHandler: ModuleHandler<State> = {
  name: "staking",
  eventPackage: "printchain.staking.v1",

  async begin(manager, events) {
    const operators = [...new Set(events.flatMap(validatorsOf))];
    const pairs = new Map<string, [string, string]>();
    const completing = new Map<string, [string, string]>();
    for (const event of events) {
      const delegator = event.attributes.delegator ?? (event.name === "EventCreateValidator" ? event.attributes.operator : undefined);
      if (delegator === undefined) continue;
      for (const operator of validatorsOf(event)) pairs.set(pairKey(delegator, operator), [delegator, operator]);
      if (event.name === "EventCompleteUnbonding") completing.set(pairKey(delegator, attr(event, "validator")), [delegator, attr(event, "validator")]);
    }
    const columns = (map: Map<string, [string, string]>): [string[], string[]] => [[...map.values()].map(([d]) => d), [...map.values()].map(([, v]) => v)];
    const validators = operators.length === 0 ? [] : ((await manager.query(`SELECT * FROM validators WHERE operator = ANY($1::text[])`, [operators])) as ValidatorRow[]);
    const delegations = pairs.size === 0 ? [] : ((await manager.query(`SELECT d.* FROM delegations d JOIN unnest($1::text[], $2::text[]) AS p(delegator, validator) USING (delegator, validator)`, columns(pairs))) as DelegationRow[]);
    const unbondings = completing.size === 0
      ? []
      : ((await manager.query(`SELECT u.* FROM unbondings u JOIN unnest($1::text[], $2::text[]) AS p(delegator, validator) USING (delegator, validator) WHERE NOT u.completed`, columns(completing))) as UnbondingRow[]);
    return {
      validators: new Map(validators.map((row) => [row.operator, { ...row, updated_height: String(row.updated_height) }])),
      changedValidators: new Set(),
      delegations: new Map(delegations.map((row) => [pairKey(row.delegator, row.validator), row])),
      changedDelegations: new Set(),
      unbondings: new Map(unbondings.map((row) => [`${row.height}/${row.event_index}`, row])),
      changedUnbondings: new Set(),
    };
  },

  apply(state, event) {
    const height = String(event.height);
    switch (event.name) {
      case "EventCreateValidator": {
        const operator = attr(event, "validator");
        if (state.validators.has(operator)) throw new Error(`validator ${operator} is created twice`);
        const message = messageValue(event, "/printchain.staking.v1.MsgCreateValidator");
        const amount = BigInt(attrInt(event, "amount"));
        const row = validator(state, operator, height);
        Object.assign(row, {
          account: attr(event, "operator"),
          consensus_pubkey: typeof message?.pubkey === "string" ? message.pubkey : null,
          moniker: ((message?.description as { moniker?: unknown } | undefined)?.moniker as string | undefined) ?? null,
          status: "BOND_STATUS_UNBONDED",
          tokens: "0",
          delegator_shares: formatDec(0n),
          commission_rate: formatDec(parseDec(attr(event, "commission_rate"))),
          power: null,
          created_height: height,
        });
        addTokens(state, attr(event, "operator"), row, amount, null, height);
        return;
      }
      case "EventDelegate":
        addTokens(state, attr(event, "delegator"), validator(state, attr(event, "validator"), height), BigInt(attrInt(event, "amount")), parseDec(attr(event, "new_shares")), height);
        return;
      case "EventUnbond": {
        const delegator = attr(event, "delegator");
        const operator = attr(event, "validator");
        const amount = BigInt(attrInt(event, "amount"));
        removeTokens(state, delegator, validator(state, operator, height), amount, requestedAmount(event, "/printchain.staking.v1.MsgUndelegate"), height);
        const key = `${height}/${event.eventIndex}`;
        state.unbondings.set(key, { height, event_index: event.eventIndex, tx_index: event.txIndex, delegator, validator: operator, amount: amount.toString(), completion_height: attrInt(event, "completion_height"), completed: false, completed_height: null });
        state.changedUnbondings.add(key);
        return;
      }
      case "EventRedelegate": {
        const delegator = attr(event, "delegator");
        const amount = BigInt(attrInt(event, "amount"));
        removeTokens(state, delegator, validator(state, attr(event, "source_validator"), height), amount, requestedAmount(event, "/printchain.staking.v1.MsgBeginRedelegate"), height);
        addTokens(state, delegator, validator(state, attr(event, "destination_validator"), height), amount, null, height);
        return;
      }
      case "EventCompleteUnbonding": {
        const delegator = attr(event, "delegator");
        const operator = attr(event, "validator");
        const amount = BigInt(attrInt(event, "amount"));
        let paid = 0n;
        for (const [key, row] of state.unbondings) {
          if (row.completed || row.delegator !== delegator || row.validator !== operator || BigInt(row.completion_height) > BigInt(height)) continue;
          Object.assign(row, { completed: true, completed_height: height });
          state.changedUnbondings.add(key);
          paid += BigInt(row.amount);
        }
        // Genesis unbonding entries are rows too; only a validator that predates the genesis hook may have unrecorded ones.
        const known = state.validators.get(operator)?.created_height != null;
        if (paid > amount || (known && paid !== amount)) throw new Error(`${delegator}'s unbondings from ${operator} due by ${height} sum to ${paid}, the chain paid ${amount}`);
        return;
      }
      case "EventValidatorStatus": {
        const row = validator(state, attr(event, "validator"), height);
        const tokens = attrInt(event, "tokens");
        if (row.tokens !== null && row.tokens !== tokens) throw new Error(`${row.operator} reports ${tokens} tokens, the indexer holds ${row.tokens}`);
        Object.assign(row, { status: attr(event, "status"), tokens, power: attrInt(event, "power") });
        return;
      }
      default:
        // EventCompleteRedelegation: redelegations are not tabled (the stake already moved at EventRedelegate).
        return;
    }
  },

  async genesis(manager, genesis) {
    const { validators, delegations, unbondings } = stakingGenesisRows(genesis);
    const rows = (list: readonly object[]): Array<Record<string, unknown>> => list as unknown as Array<Record<string, unknown>>;
    return (
      (await bulkUpsert(manager, "validators", ["operator"], VALIDATOR_COLUMNS, valuesOf(VALIDATOR_COLUMNS, rows(validators)))) +
      (await bulkUpsert(manager, "delegations", ["delegator", "validator"], DELEGATION_COLUMNS, valuesOf(DELEGATION_COLUMNS, rows(delegations)))) +
      (await bulkUpsert(manager, "unbondings", ["height", "event_index"], UNBONDING_COLUMNS, valuesOf(UNBONDING_COLUMNS, rows(unbondings))))
    );
  },

  async flush(manager, state) {
    const pick = <T>(keys: Set<string>, map: Map<string, T>): Array<Record<string, unknown>> => [...keys].map((key) => map.get(key)!) as unknown as Array<Record<string, unknown>>;
    return (
      (await bulkUpsert(manager, "validators", ["operator"], VALIDATOR_COLUMNS, valuesOf(VALIDATOR_COLUMNS, pick(state.changedValidators, state.validators)))) +
      (await bulkUpsert(manager, "delegations", ["delegator", "validator"], DELEGATION_COLUMNS, valuesOf(DELEGATION_COLUMNS, pick(state.changedDelegations, state.delegations)))) +
      (await bulkUpsert(manager, "unbondings", ["height", "event_index"], UNBONDING_COLUMNS, valuesOf(UNBONDING_COLUMNS, pick(state.changedUnbondings, state.unbondings))))
    );
  },
};
