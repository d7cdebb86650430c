/** Tables of the staking module (created by migration 1767398400000-StakingGov). */
import { EntitySchema } from "typeorm";
import type { Columns } from "../handler";

/**
 * A validator. Rows created by EventCreateValidator are exact from then on (tokens and shares
 * follow every delegate/unbond/redelegate event). A validator that existed at genesis appears
 * when an event first names it, with `created_height` NULL and `tokens`/`delegator_shares`
 * NULL until an EventValidatorStatus reports its tokens (shares stay NULL: no event carries them).
 */
export interface ValidatorRow {
  operator: string;
  /** The operator's account (the event's `operator`); NULL for a genesis validator. */
  account: string | null;
  /** Base64 ed25519 key from MsgCreateValidator; NULL for a genesis validator. */
  consensus_pubkey: string | null;
  moniker: string | null;
  /** BOND_STATUS_*; NULL for a genesis validator until an EventValidatorStatus. */
  status: string | null;
  tokens: string | null;
  /** 18-decimal shares, as the chain's `delegator_shares`. */
  delegator_shares: string | null;
  commission_rate: string | null;
  /** Consensus power of the last EventValidatorStatus. */
  power: string | null;
  created_height: string | null;
  updated_height: string;
}

export const VALIDATOR_COLUMNS: Columns = [
  ["operator", "text"], ["account", "text"], ["consensus_pubkey", "text"], ["moniker", "text"], ["status", "text"], ["tokens", "numeric"],
  ["delegator_shares", "numeric"], ["commission_rate", "numeric"], ["power", "bigint"], ["created_height", "bigint"], ["updated_height", "bigint"],
];

/**
 * A delegation. `shares` is exact for a validator the indexer knows exactly (created by an event):
 * new shares come from EventDelegate; the shares an unbond/redelegation removes are computed as the
 * chain does from the message's requested amount and the validator's tokens/shares. NULL when the
 * validator's shares are unknown (a genesis validator). The token sums are always the events' amounts.
 */
export interface DelegationRow {
  delegator: string;
  validator: string;
  shares: string | null;
  tokens_delegated: string;
  tokens_undelegated: string;
  created_height: string;
  updated_height: string;
}

export const DELEGATION_COLUMNS: Columns = [
  ["delegator", "text"], ["validator", "text"], ["shares", "numeric"], ["tokens_delegated", "numeric"], ["tokens_undelegated", "numeric"],
  ["created_height", "bigint"], ["updated_height", "bigint"],
];

/** One unbonding entry (one EventUnbond), completed by the EventCompleteUnbonding at its completion height. */
export interface UnbondingRow {
  height: string;
  event_index: number;
  tx_index: number | null;
  delegator: string;
  validator: string;
  amount: string;
  completion_height: string;
  completed: boolean;
  completed_height: string | null;
}

export const UNBONDING_COLUMNS: Columns = [
  ["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"], ["delegator", "text"], ["validator", "text"], ["amount", "numeric"],
  ["completion_height", "bigint"], ["completed", "boolean"], ["completed_height", "bigint"],
];

const schema = <T>(name: string, tableName: string, columns: Columns, key: readonly string[]): EntitySchema<T> =>
  new EntitySchema<T>({
    name,
    tableName,
    columns: Object.fromEntries(columns.map(([column, type]) => [column, { type: type as "text", primary: key.includes(column), nullable: !key.includes(column) }])) as never,
  });

/** The staking tables for repository reads (the handler writes through SQL). */
export const ValidatorEntity = schema<ValidatorRow>("Validator", "validators", VALIDATOR_COLUMNS, ["operator"]);
export const DelegationEntity = schema<DelegationRow>("Delegation", "delegations", DELEGATION_COLUMNS, ["delegator", "validator"]);
export const UnbondingEntity = schema<UnbondingRow>("Unbonding", "unbondings", UNBONDING_COLUMNS, ["height", "event_index"]);
