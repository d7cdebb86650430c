import { apiError, type GraphqlContext } from "../../context";
import { connection, nestedConnection, orderOf, type ConnectionArgs, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { metricAggregateColumns, metricAggregates } from "../common/aggregates";
import { latestEpoch } from "../emissions/loaders";
import { derivedRates, emptyPerformance, EPOCH_STATS_AS_SPAN, EPOCH_STATS_COLUMNS, performanceAsOf, performanceByPrinter, performanceColumns, PRINTER_COLUMNS, PRINTER_WITH_PERFORMANCE, printerById, type PrinterRow, SUMMED_EPOCH_STATS } from "./loaders";

interface PrinterWhere {
  readonly id?: ScalarFilter;
  readonly owner?: ScalarFilter;
  readonly status?: ScalarFilter;
  readonly region?: ScalarFilter;
  readonly technology?: ScalarFilter;
  readonly material?: string;
  readonly near?: { readonly latitude: number; readonly longitude: number; readonly radiusKm: number };
  readonly registeredHeight?: ScalarFilter;
}

type Direction = "ASC" | "DESC";

/** Kilometres between two micro-degree points: the equirectangular approximation the chain uses. */
function distanceSql(where: Where, latitude: number, longitude: number): string {
  const lat = where.param(String(Math.round(latitude * 1e6)), "bigint");
  const lon = where.param(String(Math.round(longitude * 1e6)), "bigint");
  return `(sqrt(power((p.latitude_udeg - ${lat}) * 0.11132, 2) + power((p.longitude_udeg - ${lon}) * 0.11132 * cos(radians((p.latitude_udeg + ${lat}) / 2000000.0)), 2)) / 1000)`;
}

const rates = derivedRates("t");
/** Printer orders over the printer's totals (a printer with none sorts as 0, or -1 for a rate). */
const TOTAL_ORDERS: Record<string, SortKey> = {
  POINTS: { expression: "coalesce(t.points, 0)", type: "numeric" },
  REWARDS: { expression: "coalesce(t.rewards, 0)", type: "numeric" },
  COMPLETED: { expression: "coalesce(t.completed, 0)", type: "numeric" },
  FAILED: { expression: "coalesce(t.failed, 0)", type: "numeric" },
  PRINT_SECONDS: { expression: "coalesce(t.print_seconds, 0)", type: "numeric" },
  GRAMS_USED: { expression: "coalesce(t.grams_used, 0)", type: "numeric" },
  ON_TIME_RATE: { expression: `coalesce(${rates.onTimeRate}, -1)`, type: "numeric" },
  FIRST_ATTEMPT_RATE: { expression: `coalesce(${rates.firstAttemptRate}, -1)`, type: "numeric" },
  SUCCESS_RATE: { expression: `coalesce(${rates.successRate}, -1)`, type: "numeric" },
  AVG_QUALITY: { expression: `coalesce(${rates.avgQuality}, -1)`, type: "numeric" },
  AVG_ACCEPT_MS: { expression: `coalesce(${rates.avgAcceptMs}, -1)`, type: "numeric" },
};
const PRINTER_KEY: SortKey[] = [{ expression: "p.id", type: "text" }];

async function printers(context: GraphqlContext, args: ConnectionArgs & { where?: PrinterWhere; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  const filter = args.where ?? {};
  where.filter("p.id", filter.id, "text");
  where.filter("p.owner", filter.owner, "text", "owner");
  where.filter("p.status", filter.status, "text", "status");
  where.filter("p.region", filter.region, "text", "region");
  where.filter("p.technology", filter.technology, "text", "technology");
  where.filter("p.registered_height", filter.registeredHeight, "bigint");
  if (filter.material != null) where.add(`p.materials ? ${where.param(filter.material, "text")}`);
  let distance = "NULL::float8";
  if (filter.near) {
    const { latitude, longitude, radiusKm } = filter.near;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || !(radiusKm >= 0)) throw apiError("BAD_USER_INPUT", "near: latitude must be within ±90, longitude within ±180, radiusKm ≥ 0");
    distance = distanceSql(where, latitude, longitude);
    where.add(`${distance} <= ${where.param(String(radiusKm), "numeric")}`);
  }
  const field = args.orderBy?.field ?? "ID";
  const descending = (args.orderBy?.direction ?? (args.orderBy ? "DESC" : "ASC")) === "DESC";
  let keys: SortKey[] = [];
  if (field === "REGISTERED_HEIGHT") keys = [{ expression: "p.registered_height", type: "bigint" }];
  else if (field === "BOND") keys = [{ expression: "p.bond", type: "numeric" }];
  else if (field === "DISTANCE") {
    if (!filter.near) throw apiError("BAD_USER_INPUT", "orderBy DISTANCE needs a near filter");
    keys = [{ expression: distance, type: "numeric" }];
  } else if (field !== "ID") keys = [TOTAL_ORDERS[field]];
  return connection<PrinterRow>(
    context,
    {
      from: "printers p LEFT JOIN printer_totals t ON t.printer_id = p.id",
      select: `${PRINTER_WITH_PERFORMANCE}, ${distance} AS "distanceKm"`,
      where,
      order: orderOf(field, descending, keys, PRINTER_KEY),
      countedEntity: "printers",
    },
    args,
  );
}

const LEADERBOARD_METRICS: Record<string, string> = {
  POINTS: "t.points",
  REWARDS: "t.rewards",
  COMPLETED: "t.completed",
  ON_TIME_RATE: `coalesce(${rates.onTimeRate}, -1)`,
  AVG_QUALITY: `coalesce(${rates.avgQuality}, -1)`,
  FIRST_ATTEMPT_RATE: `coalesce(${rates.firstAttemptRate}, -1)`,
};

async function leaderboard(context: GraphqlContext, args: { by: string; epoch?: number | null; fromEpoch?: number | null; toEpoch?: number | null; first?: number | null }) {
  const size = args.first ?? 10;
  if (size < 0 || size > context.limits.maxPageSize) throw apiError("PAGE_TOO_LARGE", `a leaderboard lists at most ${context.limits.maxPageSize} printers`, { maxPageSize: context.limits.maxPageSize });
  if (args.epoch != null && (args.fromEpoch != null || args.toEpoch != null)) throw apiError("BAD_USER_INPUT", "pass epoch, or fromEpoch/toEpoch, not both");
  const last = args.epoch != null || (args.fromEpoch != null && args.toEpoch != null) ? null : await latestEpoch(context);
  const from = args.epoch ?? args.fromEpoch ?? args.toEpoch ?? last;
  if (from === null) return [];
  const to = args.epoch ?? args.toEpoch ?? Math.max(from, last ?? from);
  if (to < from) throw apiError("BAD_USER_INPUT", `toEpoch ${to} is before fromEpoch ${from}`);
  if (to - from >= 1000) throw apiError("QUERY_TOO_COMPLEX", "a leaderboard spans at most 1000 epochs");
  const metric = LEADERBOARD_METRICS[args.by];
  // One epoch: the rows themselves, read along the (epoch, points DESC) index; a span: their sums.
  // The printers come in the same statement (and prime the printer loader).
  const source = from === to
    ? `(SELECT ${EPOCH_STATS_AS_SPAN} FROM printer_epoch_stats WHERE epoch = $1) t`
    : `(SELECT ${SUMMED_EPOCH_STATS} FROM printer_epoch_stats WHERE epoch BETWEEN $1 AND $2 GROUP BY printer_id) t`;
  const rows = await context.sql.query<Record<string, unknown> & { printerId: string; value: string; printer: PrinterRow }>(
    `SELECT ${performanceColumns("t")}, (${metric})::text AS value, (SELECT to_jsonb(printer) FROM (SELECT ${PRINTER_COLUMNS} FROM printers p WHERE p.id = t.printer_id) printer) AS printer
     FROM ${source} ORDER BY ${metric} DESC, t.printer_id LIMIT ${size}`,
    from === to ? [from] : [from, to],
  );
  const printers = printerById(context);
  for (const row of rows) if (row.printer) printers.prime(row.printerId, row.printer);
  return rows.map((row, index) => ({ rank: index + 1, printerId: row.printerId, value: row.value, performance: row }));
}

const GROUP_KEYS: Record<string, string> = { EPOCH: "s.epoch::text", REGION: "p.region", TECHNOLOGY: "p.technology", STATUS: "p.status" };
const STAT_METRICS: Record<string, string> = {
  completed: "s.completed",
  failed: "s.failed",
  onTimeRate: "s.on_time_rate",
  firstAttemptRate: "s.first_attempt_rate",
  avgQuality: "s.avg_quality",
  avgAcceptMs: "s.accept_ms_avg",
  printSeconds: "s.print_seconds",
  points: "s.points",
  rewards: "s.rewards",
};

async function printerStats(context: GraphqlContext, args: { groupBy: string; where?: { epoch?: ScalarFilter; region?: ScalarFilter; technology?: ScalarFilter } }) {
  const where = new Where();
  where.filter("s.epoch", args.where?.epoch, "bigint");
  where.filter("p.region", args.where?.region, "text");
  where.filter("p.technology", args.where?.technology, "text");
  const key = GROUP_KEYS[args.groupBy];
  const rows = await context.sql.query<Record<string, string | number>>(
    `SELECT ${key} AS key, count(DISTINCT s.printer_id)::int AS printers, count(*)::int AS rows, ${metricAggregateColumns(STAT_METRICS)}
     FROM printer_epoch_stats s JOIN printers p ON p.id = s.printer_id ${where.sql} GROUP BY ${key} ORDER BY ${args.groupBy === "EPOCH" ? "min(s.epoch)" : key}`,
    where.params,
  );
  return rows.map((row) => ({
    key: row.key,
    printers: row.printers,
    rows: row.rows,
    ...metricAggregates(row, STAT_METRICS),
  }));
}

export const printersResolvers = {
  Query: {
    printer: (_: unknown, args: { id: string }, context: GraphqlContext) => printerById(context).load(args.id),
    printers: (_: unknown, args: Parameters<typeof printers>[1], context: GraphqlContext) => printers(context, args),
    leaderboard: (_: unknown, args: Parameters<typeof leaderboard>[1], context: GraphqlContext) => leaderboard(context, args),
    printerStats: (_: unknown, args: Parameters<typeof printerStats>[1], context: GraphqlContext) => printerStats(context, args),
  },
  Printer: {
    materials: (row: { materials: string[] }) => row.materials,
    performance: async (row: PrinterRow, args: { asOfEpoch?: number | null }, context: GraphqlContext) => {
      if (args.asOfEpoch == null && row.performance !== undefined) return row.performance ?? emptyPerformance(row.id);
      return (await (args.asOfEpoch != null ? performanceAsOf(context, args.asOfEpoch) : performanceByPrinter(context)).load(row.id)) ?? emptyPerformance(row.id);
    },
    epochs: (row: PrinterRow, args: ConnectionArgs & { epoch?: ScalarFilter }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `printerEpochs:${JSON.stringify(args.epoch ?? null)}`,
          from: "printer_epoch_stats s",
          select: EPOCH_STATS_COLUMNS,
          parentColumn: "s.printer_id",
          parentType: "text",
          order: orderOf("EPOCH", false, [{ expression: "s.epoch", type: "bigint" }], []),
          filter: (where) => where.filter("s.epoch", args.epoch, "bigint"),
          filtered: args.epoch != null,
          counter: { entity: "printer_epoch_stats", dimension: "printer_id" },
        },
        args,
        row.id,
      ),
    history: (row: PrinterRow, args: ConnectionArgs, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: "printerHistory",
          from: "printer_history h",
          select: `h.height::int AS height, h.event_index AS "eventIndex", h.tx_index AS "txIndex", h.event_type AS "eventType", h.fields`,
          parentColumn: "h.printer_id",
          parentType: "text",
          order: orderOf("HEIGHT", false, [{ expression: "h.height", type: "bigint" }, { expression: "h.event_index", type: "integer" }], []),
          counter: { entity: "printer_history", dimension: "printer_id" },
        },
        args,
        row.id,
      ),
  },
  PrinterEpochStats: {
    printer: (row: { printerId: string }, _: unknown, context: GraphqlContext) => printerById(context).load(row.printerId),
  },
  LeaderboardEntry: {
    printer: (row: { printerId: string }, _: unknown, context: GraphqlContext) => printerById(context).load(row.printerId),
  },
};
