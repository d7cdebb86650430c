import { apiError, type GraphqlContext } from "../../context";
import { connection, type ConnectionArgs, nestedConnection, orderOf, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { metricAggregateColumns, metricAggregates } from "../common/aggregates";
import { proposalById } from "../gov/loaders";
import { printerById } from "../printers/loaders";
import { validatorByOperator } from "../staking/loaders";
import {
  EPOCH_COLUMNS,
  EPOCH_FROM,
  epochByNumber,
  type EpochRow,
  genesisEmissionParams,
  REWARD_COLUMNS,
  rewardFilter,
  type RewardWhereInput,
  ROLES,
  weightList,
} from "./loaders";

type Direction = "ASC" | "DESC";

const EPOCH_KEY: SortKey[] = [{ expression: "e.epoch", type: "bigint" }];
const EPOCH_ORDERS: Record<string, SortKey[]> = {
  EPOCH: [],
  MINTED: [{ expression: "e.minted", type: "numeric" }],
  FEES: [{ expression: "e.fees", type: "numeric" }],
  TOTAL: [{ expression: "e.total", type: "numeric" }],
  PAID: [{ expression: "e.paid", type: "numeric" }],
};

async function epochs(context: GraphqlContext, args: ConnectionArgs & { where?: { epoch?: ScalarFilter; endHeight?: ScalarFilter; endTime?: ScalarFilter }; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  where.filter("e.epoch", args.where?.epoch, "bigint");
  where.filter("e.end_height", args.where?.endHeight, "bigint");
  where.filter("e.end_time", args.where?.endTime, "timestamptz");
  const field = args.orderBy?.field ?? "EPOCH";
  const descending = (args.orderBy?.direction ?? (args.orderBy ? "DESC" : "ASC")) === "DESC";
  return connection<EpochRow>(context, { from: EPOCH_FROM, select: EPOCH_COLUMNS, where, order: orderOf(field, descending, EPOCH_ORDERS[field], EPOCH_KEY), countedEntity: "epochs" }, args);
}

const REWARD_KEY: SortKey[] = [{ expression: "r.height", type: "bigint" }, { expression: "r.event_index", type: "integer" }];
const REWARD_ORDERS: Record<string, SortKey[]> = {
  HEIGHT: [],
  AMOUNT: [{ expression: "r.amount", type: "numeric" }],
  POINTS: [{ expression: "r.points", type: "numeric" }],
};

async function rewards(context: GraphqlContext, args: ConnectionArgs & { where?: RewardWhereInput; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  rewardFilter(where, args.where);
  const field = args.orderBy?.field ?? "HEIGHT";
  const descending = (args.orderBy?.direction ?? (args.orderBy ? "DESC" : "ASC")) === "DESC";
  return connection(context, { from: "emission_rewards r", select: REWARD_COLUMNS, where, order: orderOf(field, descending, REWARD_ORDERS[field], REWARD_KEY), countedEntity: "emission_rewards" }, args);
}

/** A list of rewards under each parent (an epoch, a printer), batched into one statement. */
function nestedRewards(context: GraphqlContext, name: string, parentColumn: string, parentType: "bigint" | "text", counterDimension: string, args: ConnectionArgs & { where?: RewardWhereInput }, parent: string) {
  const filtered = args.where != null && Object.values(args.where).some((value) => value != null);
  return nestedConnection(
    context,
    {
      name: `${name}:${JSON.stringify(args.where ?? null)}`,
      from: "emission_rewards r",
      select: REWARD_COLUMNS,
      parentColumn,
      parentType,
      order: orderOf("HEIGHT", false, [], REWARD_KEY),
      filter: (where) => rewardFilter(where, args.where),
      filtered,
      counter: { entity: "emission_rewards", dimension: counterDimension },
    },
    args,
    parent,
  );
}

const GROUP_COLUMNS: Record<string, string> = { EPOCH: "r.epoch", ROLE: "r.role" };
const STAT_METRICS: Record<string, string> = { amount: "r.amount", points: "r.points", commission: "r.commission" };

async function emissionStats(context: GraphqlContext, args: { groupBy: string[]; where?: RewardWhereInput }) {
  const groupBy = [...new Set(args.groupBy ?? [])];
  const where = new Where();
  rewardFilter(where, args.where);
  const keys = groupBy.map((field) => GROUP_COLUMNS[field]);
  const orderKeys = groupBy.map((field) => (field === "ROLE" ? `array_position(${where.param(ROLES, "text[]")}, r.role)` : GROUP_COLUMNS[field]));
  const rows = await context.sql.query<Record<string, string | number | null>>(
    `SELECT ${groupBy.includes("EPOCH") ? "r.epoch::int" : "NULL::int"} AS epoch, ${groupBy.includes("ROLE") ? "r.role" : "NULL::text"} AS role,
       count(*)::int AS rewards, count(DISTINCT r.recipient)::int AS recipients, ${metricAggregateColumns(STAT_METRICS)}
     FROM emission_rewards r ${where.sql} ${keys.length > 0 ? `GROUP BY ${keys.join(", ")} ORDER BY ${orderKeys.join(", ")}` : ""}`,
    where.params,
  );
  // Ungrouped over no rows: one group of zero rewards (count 0, the rest null).
  return rows.map((row) => ({
    epoch: row.epoch,
    role: row.role,
    rewards: row.rewards,
    recipients: row.recipients,
    ...metricAggregates(row, STAT_METRICS),
  }));
}

const EMISSIONS_UPDATE = "/printchain.emissions.v1.MsgUpdateParams";

/**
 * Consecutive ended epochs whose weights differ. The weights in force are fixed at an epoch's
 * first block, so the change to epoch E was executed during epoch E − 1: the proposal is the last
 * passed one with an emissions MsgUpdateParams whose end height is in (end of E − 2, end of E − 1].
 */
async function weightHistory(context: GraphqlContext) {
  const rows = await context.sql.query<{ epoch: number; previousEpoch: number; effectiveHeight: number; weights: Record<string, number>; previousWeights: Record<string, number>; proposalId: string | null }>(
    `SELECT c.epoch::int AS epoch, c.previous_epoch::int AS "previousEpoch", (c.previous_end + 1)::int AS "effectiveHeight", c.weights, c.previous_weights AS "previousWeights", p.id::text AS "proposalId"
     FROM (SELECT e.epoch, e.weights, lag(e.epoch) OVER w AS previous_epoch, lag(e.weights) OVER w AS previous_weights, lag(e.end_height) OVER w AS previous_end, lag(e.end_height, 2) OVER w AS before_previous_end
           FROM epochs e WINDOW w AS (ORDER BY e.epoch)) c
     LEFT JOIN LATERAL (SELECT p.id FROM proposals p
       WHERE p.status = 'PROPOSAL_STATUS_PASSED' AND p.messages ? $1 AND p.end_height > coalesce(c.before_previous_end, 0) AND p.end_height <= c.previous_end
       ORDER BY p.end_height DESC, p.id DESC LIMIT 1) p ON true
     WHERE c.previous_weights IS NOT NULL AND c.weights <> c.previous_weights
     ORDER BY c.epoch`,
    [EMISSIONS_UPDATE],
  );
  return rows.map((row) => {
    const oldWeights = weightList(row.previousWeights);
    const newWeights = weightList(row.weights);
    const roles = [...new Set([...oldWeights, ...newWeights].map((entry) => entry.role))];
    const changes = roles
      .map((role) => ({ role, old: row.previousWeights[role] ?? 0, new: row.weights[role] ?? 0 }))
      .filter((change) => change.old !== change.new);
    return { epoch: row.epoch, previousEpoch: row.previousEpoch, effectiveHeight: row.effectiveHeight, oldWeights, newWeights, changes, proposalId: row.proposalId };
  });
}

const MAX_PROJECTION = 10_000;

async function emissionSchedule(context: GraphqlContext, args: { projectEpochs?: number | null }) {
  const count = args.projectEpochs ?? 10;
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_PROJECTION) throw apiError("BAD_USER_INPUT", `projectEpochs must be between 0 and ${MAX_PROJECTION}, got ${count}`);
  const params = await genesisEmissionParams(context);
  const minted = await context.sql.query<{ epoch: number; minted: string }>(`SELECT epoch::int AS epoch, minted::text AS minted FROM epochs ORDER BY epoch`);
  const halvingsOf = (epoch: number): number | null => (params && params.halvingInterval > 0 ? Math.floor((epoch - 1) / params.halvingInterval) : null);
  const entries: Array<{ epoch: number; minted: string; halvings: number | null; projected: boolean; supplyAfter: string | null }> = minted.map((row) => ({ ...row, halvings: halvingsOf(row.epoch), projected: false, supplyAfter: null }));
  if (!params || params.halvingInterval <= 0) return { params, supply: null, epochs: entries };
  const [row] = await context.sql.query<{ supply: string | null }>(`SELECT coalesce(sum(amount), 0)::text AS supply FROM balances WHERE denom = $1`, [params.mintDenom]);
  const supply = BigInt(row?.supply ?? "0");
  const initial = BigInt(params.initialEpochEmission);
  const maxSupply = BigInt(params.maxSupply);
  let current = supply;
  const first = (minted[minted.length - 1]?.epoch ?? 0) + 1;
  for (let epoch = first; epoch < first + count; epoch++) {
    const halvings = Math.floor((epoch - 1) / params.halvingInterval);
    const scheduled = halvings >= 256 ? 0n : initial >> BigInt(halvings);
    const room = maxSupply > current ? maxSupply - current : 0n;
    const mint = scheduled < room ? scheduled : room;
    current += mint;
    entries.push({ epoch, minted: mint.toString(), halvings, projected: true, supplyAfter: current.toString() });
  }
  return { params, supply: supply.toString(), epochs: entries };
}

/** On each checkpoint advance, the epochs whose end block is in the committed range. */
async function* newEpochs(_: unknown, __: unknown, context: GraphqlContext): AsyncGenerator<{ newEpochs: EpochRow }> {
  const signal = context.request?.signal ?? new AbortController().signal;
  for await (const advance of context.feed.advances(signal)) {
    const rows = await context.sql.query<EpochRow>(`SELECT ${EPOCH_COLUMNS} FROM ${EPOCH_FROM} WHERE e.end_height > $1 AND e.end_height <= $2 ORDER BY e.epoch`, [advance.fromHeight, advance.toHeight]);
    for (const row of rows) yield { newEpochs: row };
  }
}

export const emissionsResolvers = {
  Query: {
    epoch: (_: unknown, args: { epoch: number }, context: GraphqlContext) => epochByNumber(context).load(String(args.epoch)),
    epochs: (_: unknown, args: Parameters<typeof epochs>[1], context: GraphqlContext) => epochs(context, args),
    rewards: (_: unknown, args: Parameters<typeof rewards>[1], context: GraphqlContext) => rewards(context, args),
    emissionStats: (_: unknown, args: Parameters<typeof emissionStats>[1], context: GraphqlContext) => emissionStats(context, args),
    weightHistory: (_: unknown, __: unknown, context: GraphqlContext) => weightHistory(context),
    emissionSchedule: (_: unknown, args: Parameters<typeof emissionSchedule>[1], context: GraphqlContext) => emissionSchedule(context, args),
  },
  Subscription: {
    newEpochs: { subscribe: newEpochs },
  },
  Epoch: {
    weights: (row: EpochRow) => weightList(row.weights),
    roles: (row: EpochRow) =>
      row.roles.map((split) => ({ role: split.role, weight: Number(split.weight), pool: String(split.pool), paid: String(split.paid), unpaid: (BigInt(split.pool) - BigInt(split.paid)).toString(), recipients: Number(split.recipients) })),
    rewards: (row: EpochRow, args: ConnectionArgs & { where?: RewardWhereInput }, context: GraphqlContext) => nestedRewards(context, "epochRewards", "r.epoch", "bigint", "epoch", args, String(row.epoch)),
  },
  Printer: {
    rewards: (row: { id: string }, args: ConnectionArgs & { where?: RewardWhereInput }, context: GraphqlContext) => nestedRewards(context, "printerRewards", "r.printer_id", "text", "printer_id", args, row.id),
  },
  Account: {
    rewards: (row: { address: string }, args: ConnectionArgs & { where?: RewardWhereInput }, context: GraphqlContext) => nestedRewards(context, "accountRewards", "r.recipient", "text", "recipient", args, row.address),
  },
  Reward: {
    printer: (row: { printerId: string | null }, _: unknown, context: GraphqlContext) => (row.printerId ? printerById(context).load(row.printerId) : null),
    validator: (row: { validatorAddress: string | null }, _: unknown, context: GraphqlContext) => (row.validatorAddress ? validatorByOperator(context).load(row.validatorAddress) : null),
  },
  WeightChange: {
    proposal: (row: { proposalId: string | null }, _: unknown, context: GraphqlContext) => (row.proposalId ? proposalById(context).load(row.proposalId) : null),
  },
};
