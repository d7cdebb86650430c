import type { GraphqlContext } from "../../context";
import { connection, type ConnectionArgs, nestedConnection, orderOf, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { REWARD_COLUMNS, rewardFilter, type RewardWhereInput } from "../emissions/loaders";
import { DELEGATION_COLUMNS, DELEGATION_FROM, UNBONDING_COLUMNS, validatorByOperator, type ValidatorRow, VALIDATOR_COLUMNS } from "./loaders";

type Direction = "ASC" | "DESC";

const VALIDATOR_KEY: SortKey[] = [{ expression: "v.operator", type: "text" }];
const VALIDATOR_ORDERS: Record<string, SortKey[]> = {
  OPERATOR: [],
  // NULLs (a row from before the genesis hook) sort as 0 / -1 so that keyset comparisons hold.
  TOKENS: [{ expression: "coalesce(v.tokens, 0)", type: "numeric" }],
  POWER: [{ expression: "coalesce(v.power, -1)", type: "bigint" }],
  CREATED_HEIGHT: [{ expression: "coalesce(v.created_height, -1)", type: "bigint" }],
  COMMISSION_RATE: [{ expression: "coalesce(v.commission_rate, -1)", type: "numeric" }],
};

async function validators(context: GraphqlContext, args: ConnectionArgs & { where?: { status?: ScalarFilter; operator?: ScalarFilter }; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  where.filter("v.status", args.where?.status, "text", "status");
  where.filter("v.operator", args.where?.operator, "text");
  const field = args.orderBy?.field ?? "TOKENS";
  const descending = (args.orderBy?.direction ?? "DESC") === "DESC";
  return connection<ValidatorRow>(context, { from: "validators v", select: VALIDATOR_COLUMNS, where, order: orderOf(field, descending, VALIDATOR_ORDERS[field], VALIDATOR_KEY), countedEntity: "validators" }, args);
}

const DELEGATION_KEY: SortKey[] = [{ expression: "d.delegator", type: "text" }, { expression: "d.validator", type: "text" }];
const DELEGATION_ORDERS: Record<string, SortKey[]> = {
  DELEGATOR: [],
  SHARES: [{ expression: "coalesce(d.shares, 0)", type: "numeric" }],
  CREATED_HEIGHT: [{ expression: "d.created_height", type: "bigint" }],
};

interface DelegationWhereInput {
  readonly delegator?: ScalarFilter | null;
  readonly validator?: ScalarFilter | null;
  readonly active?: boolean | null;
}

function delegationFilter(where: Where, filter: DelegationWhereInput | null | undefined): void {
  if (!filter) return;
  where.filter("d.delegator", filter.delegator, "text", "delegator");
  where.filter("d.validator", filter.validator, "text", "validator");
  if (filter.active === true) where.add("d.shares > 0");
  if (filter.active === false) where.add("(d.shares IS NULL OR d.shares = 0)");
}

async function delegations(context: GraphqlContext, args: ConnectionArgs & { where?: DelegationWhereInput; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  delegationFilter(where, args.where);
  const field = args.orderBy?.field ?? "DELEGATOR";
  const descending = (args.orderBy?.direction ?? (args.orderBy ? "DESC" : "ASC")) === "DESC";
  // countedEntity needs `from` to be the table's rows: the LEFT JOIN adds none.
  return connection(context, { from: DELEGATION_FROM, select: DELEGATION_COLUMNS, where, order: orderOf(field, descending, DELEGATION_ORDERS[field], DELEGATION_KEY), countedEntity: "delegations" }, args);
}

const UNBONDING_KEY: SortKey[] = [{ expression: "u.height", type: "bigint" }, { expression: "u.event_index", type: "integer" }];

interface UnbondingWhereInput {
  readonly delegator?: ScalarFilter | null;
  readonly validator?: ScalarFilter | null;
  readonly completed?: boolean | null;
}

function unbondingFilter(where: Where, filter: UnbondingWhereInput | null | undefined): void {
  if (!filter) return;
  where.filter("u.delegator", filter.delegator, "text", "delegator");
  where.filter("u.validator", filter.validator, "text", "validator");
  if (filter.completed != null) where.add(filter.completed ? "u.completed" : "NOT u.completed");
}

async function unbondings(context: GraphqlContext, args: ConnectionArgs & { where?: UnbondingWhereInput }) {
  const where = new Where();
  unbondingFilter(where, args.where);
  return connection(context, { from: "unbondings u", select: UNBONDING_COLUMNS, where, order: orderOf("HEIGHT", false, [], UNBONDING_KEY), countedEntity: "unbondings" }, args);
}

const filtered = (filter: object | null | undefined): boolean => filter != null && Object.values(filter).some((value) => value != null);

export const stakingResolvers = {
  Query: {
    validator: (_: unknown, args: { operator: string }, context: GraphqlContext) => validatorByOperator(context).load(args.operator),
    validators: (_: unknown, args: Parameters<typeof validators>[1], context: GraphqlContext) => validators(context, args),
    delegations: (_: unknown, args: Parameters<typeof delegations>[1], context: GraphqlContext) => delegations(context, args),
    unbondings: (_: unknown, args: Parameters<typeof unbondings>[1], context: GraphqlContext) => unbondings(context, args),
  },
  Validator: {
    delegations: (row: ValidatorRow, args: ConnectionArgs & { where?: DelegationWhereInput }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `validatorDelegations:${JSON.stringify(args.where ?? null)}`,
          from: DELEGATION_FROM,
          select: DELEGATION_COLUMNS,
          parentColumn: "d.validator",
          parentType: "text",
          order: orderOf("DELEGATOR", false, [], DELEGATION_KEY),
          filter: (where) => delegationFilter(where, { ...args.where, validator: null }),
          filtered: filtered(args.where),
          counter: { entity: "delegations", dimension: "validator" },
        },
        args,
        row.operator,
      ),
    unbondings: (row: ValidatorRow, args: ConnectionArgs & { where?: UnbondingWhereInput }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `validatorUnbondings:${JSON.stringify(args.where ?? null)}`,
          from: "unbondings u",
          select: UNBONDING_COLUMNS,
          parentColumn: "u.validator",
          parentType: "text",
          order: orderOf("HEIGHT", false, [], UNBONDING_KEY),
          filter: (where) => unbondingFilter(where, { ...args.where, validator: null }),
          filtered: filtered(args.where),
          counter: { entity: "unbondings", dimension: "validator" },
        },
        args,
        row.operator,
      ),
    rewards: (row: ValidatorRow, args: ConnectionArgs & { where?: RewardWhereInput }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `validatorRewards:${JSON.stringify(args.where ?? null)}`,
          from: "emission_rewards r",
          select: REWARD_COLUMNS,
          parentColumn: "r.validator",
          parentType: "text",
          order: orderOf("HEIGHT", false, [], [{ expression: "r.height", type: "bigint" }, { expression: "r.event_index", type: "integer" }]),
          filter: (where) => rewardFilter(where, { ...args.where, validator: null }),
          filtered: filtered(args.where),
          counter: { entity: "emission_rewards", dimension: "validator" },
        },
        args,
        row.operator,
      ),
  },
  Account: {
    delegations: (row: { address: string }, args: ConnectionArgs & { where?: DelegationWhereInput }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `accountDelegations:${JSON.stringify(args.where ?? null)}`,
          from: DELEGATION_FROM,
          select: DELEGATION_COLUMNS,
          parentColumn: "d.delegator",
          parentType: "text",
          order: orderOf("VALIDATOR", false, [{ expression: "d.validator", type: "text" }], []),
          filter: (where) => delegationFilter(where, { ...args.where, delegator: null }),
          filtered: filtered(args.where),
          counter: { entity: "delegations", dimension: "delegator" },
        },
        args,
        row.address,
      ),
    unbondings: (row: { address: string }, args: ConnectionArgs & { where?: UnbondingWhereInput }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `accountUnbondings:${JSON.stringify(args.where ?? null)}`,
          from: "unbondings u",
          select: UNBONDING_COLUMNS,
          parentColumn: "u.delegator",
          parentType: "text",
          order: orderOf("HEIGHT", false, [], UNBONDING_KEY),
          filter: (where) => unbondingFilter(where, { ...args.where, delegator: null }),
          filtered: filtered(args.where),
          counter: { entity: "unbondings", dimension: "delegator" },
        },
        args,
        row.address,
      ),
  },
  Delegation: {
    validator: (row: { validatorAddress: string }, _: unknown, context: GraphqlContext) => validatorByOperator(context).load(row.validatorAddress),
  },
  Unbonding: {
    validator: (row: { validatorAddress: string }, _: unknown, context: GraphqlContext) => validatorByOperator(context).load(row.validatorAddress),
  },
};
