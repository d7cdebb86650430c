/** Tables of the staking module (created by migration 1767398400000-StakingGov). */
import { EntitySchema } from "typeorm";
import type { Columns } from "../handler";

/**
 * A validator. Rows created by EventCreateValidator, and those of the genesis validators (written
 * by the genesis hook from the staking genesis, at `initial_height - 1`), are exact from then on
 * (tokens and shares follow every delegate/unbond/redelegate event). Only in a database whose
 * staking tables were built before the genesis hook existed does a genesis validator appear when
 * an event first names it, with `created_height` NULL and `tokens`/`delegator_shares` NULL until
 * an EventValidatorStatus reports its tokens (shares stay NULL: no event carries them).
 */
export interface ValidatorRow {
  operator: string;
  /** The operator's account (the event's `operator`, or for a genesis validator the operator's bytes under the account prefix). */
  account: string | null;
  /** Base64 ed25519 key from MsgCreateValidator or the genesis record. */
  consensus_pubkey: string | null;
  moniker: string | null;
  /** BOND_STATUS_*; NULL only for a genesis validator named by an event before the genesis hook existed, until an EventValidatorStatus. */
  status: string | null;
  tokens: string | null;
  /** 18-decimal shares, as the chain's `delegator_shares`. */
  delegator_shares: string | null;
  commission_rate: string | null;
  /** Consensus power of the last EventValidatorStatus (a genesis validator's: its power at genesis). */
  power: string | null;
  created_height: string | null;
  updated_height: string;
}

export const VALIDATOR_COLUMNS: Columns = [
  ["operator", "text"], ["account", "text"], ["consensus_pubkey", "text"], ["moniker", "text"], ["status", "text"], ["tokens", "numeric"],
  ["delegator_shares", "numeric"], ["commission_rate", "numeric"], ["power", "bigint"], ["created_height", "bigint"], ["updated_height", "bigint"],
];

/**
 * A delegation. `shares` is exact for a validator the indexer knows exactly (created by an event
 * or at genesis): genesis shares come from the staking genesis, new shares from EventDelegate;
 * the shares an unbond/redelegation removes are computed as the chain does from the message's
 * requested amount and the validator's tokens/shares. NULL when the validator's shares are unknown
 * (a genesis validator in a database built before the genesis hook). The token sums are the
 * events' amounts, plus for a genesis delegation the tokens its shares were worth at genesis.
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

/**
 * One unbonding entry (one EventUnbond, or one entry of the staking genesis at `initial_height - 1`
 * with `event_index` its position among the genesis entries), completed by the
 * EventCompleteUnbonding at its completion height.
 */
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
