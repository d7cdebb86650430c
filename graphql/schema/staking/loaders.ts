/** SQL of the staking module and its batched loads. */
import type DataLoader from "dataloader";
import { rowsByKey, type GraphqlContext } from "../../context";

export const VALIDATOR_COLUMNS = `v.operator, v.account, v.consensus_pubkey AS "consensusPubkey", v.moniker, v.status, v.tokens::text AS tokens,
  v.delegator_shares::text AS "delegatorShares", v.commission_rate::text AS "commissionRate", v.power::text AS power,
  v.created_height::int AS "createdHeight", v.updated_height::int AS "updatedHeight"`;

export interface ValidatorRow {
  readonly operator: string;
}

/** A delegation's select list over `d` joined with its validator `v` (for the balance). */
export const DELEGATION_FROM = "delegations d LEFT JOIN validators v ON v.operator = d.validator";
export const DELEGATION_COLUMNS = `d.delegator, d.validator AS "validatorAddress", d.shares::text AS shares,
  CASE WHEN d.shares IS NULL OR v.delegator_shares IS NULL OR v.tokens IS NULL THEN NULL WHEN v.delegator_shares = 0 THEN 0::text ELSE div(d.shares * v.tokens, v.delegator_shares)::text END AS balance,
  d.tokens_delegated::text AS "tokensDelegated", d.tokens_undelegated::text AS "tokensUndelegated",
  d.created_height::int AS "createdHeight", d.updated_height::int AS "updatedHeight"`;

export const UNBONDING_COLUMNS = `u.height::int AS height, u.event_index AS "eventIndex", u.tx_index AS "txIndex", u.delegator, u.validator AS "validatorAddress",
  u.amount::text AS amount, u.completion_height::int AS "completionHeight", u.completed, u.completed_height::int AS "completedHeight"`;

export function validatorByOperator(context: GraphqlContext): DataLoader<string, ValidatorRow | undefined> {
  return context.loader("validatorByOperator", (sql) => rowsByKey<ValidatorRow>(sql, `SELECT ${VALIDATOR_COLUMNS} FROM validators v`, "v.operator", "text", (row) => row.operator));
}
