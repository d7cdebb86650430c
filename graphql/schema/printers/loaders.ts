/** SQL of the printer module: its select lists, the derived rates, and the batched loads. */
import DataLoader from "dataloader";
import { rowsByKey, type GraphqlContext, type Sql } from "../../context";

export const PRINTER_COLUMNS = `p.id, p.owner, p.moniker, p.status, p.technology, p.materials, p.region,
  p.latitude_udeg::float8 / 1000000 AS latitude, p.longitude_udeg::float8 / 1000000 AS longitude,
  p.latitude_udeg AS "latitudeMicrodegrees", p.longitude_udeg AS "longitudeMicrodegrees", p.bond::text AS bond,
  p.registered_height::int AS "registeredHeight", p.updated_height::int AS "updatedHeight"`;

export interface PrinterRow {
  readonly id: string;
  readonly distanceKm?: number | null;
  /** The printer's totals, read with the row (null: no ended epoch yet). */
  readonly performance?: Record<string, unknown> | null;
}

/** Summable counters of printer_epoch_stats / printer_totals, by GraphQL name. */
const SUMMED: ReadonlyArray<readonly [string, string]> = [
  ["offered", "offered"], ["offersExpired", "offers_expired"], ["accepted", "accepted"], ["completed", "completed"],
  ["completedOnTime", "completed_on_time"], ["completedLate", "completed_late"], ["failed", "failed"], ["disputed", "disputed"],
  ["proofs", "proofs"], ["firstAttempt", "first_attempt"], ["errors", "errors"], ["unitsCompleted", "units_completed"],
  ["unitsOrdered", "units_ordered"], ["qualityCount", "quality_count"], ["acceptMsTotal", "accept_ms_total"],
  ["gramsUsed", "grams_used"], ["gramsEstimated", "grams_estimated"], ["printSeconds", "print_seconds"], ["points", "points"], ["rewards", "rewards"],
];

/**
 * Rates over a span, with the chain's rounding: fractions truncated to 4 decimals (its
 * floor-divided basis points), quality to 2, accept time to 3; null when the denominator is 0.
 * `t` holds the summed columns (quality_sum too).
 */
export function derivedRates(t: string): Record<string, string> {
  const ratio = (numerator: string, denominator: string, scale: number): string => `CASE WHEN ${denominator} = 0 THEN NULL ELSE trunc(${numerator}::numeric / ${denominator}, ${scale}) END`;
  return {
    avgAcceptMs: ratio(`${t}.accept_ms_total`, `${t}.accepted`, 3),
    onTimeRate: ratio(`${t}.completed_on_time`, `(${t}.completed + ${t}.failed)`, 4),
    firstAttemptRate: ratio(`${t}.first_attempt`, `${t}.proofs`, 4),
    successRate: ratio(`${t}.completed`, `(${t}.completed + ${t}.failed)`, 4),
    avgQuality: ratio(`${t}.quality_sum`, `${t}.quality_count`, 2),
    materialRatio: ratio(`${t}.grams_used`, `${t}.grams_estimated`, 4),
  };
}

/** The PrinterPerformance select list over `t` (a printer_totals row, or sums aliased alike). */
export function performanceColumns(t: string): string {
  const rates = derivedRates(t);
  return [
    `${t}.printer_id AS "printerId"`,
    `${t}.epochs::int AS epochs`,
    ...SUMMED.map(([name, column]) => `${t}.${column} AS "${name}"`),
    ...Object.entries(rates).map(([name, sql]) => `${sql} AS "${name}"`),
  ].join(", ");
}

/**
 * A printer_totals row `t` (LEFT JOINed) as one PrinterPerformance object, so a printer and its
 * current performance are one statement. Numbers travel as text (BigInt/Decimal are strings).
 */
function performanceObject(t: string): string {
  const rates = derivedRates(t);
  const fields = [
    `'printerId', ${t}.printer_id`,
    `'epochs', ${t}.epochs`,
    ...SUMMED.map(([name, column]) => `'${name}', ${t}.${column}::text`),
    ...Object.entries(rates).map(([name, sql]) => `'${name}', (${sql})::text`),
  ];
  return `CASE WHEN ${t}.printer_id IS NULL THEN NULL ELSE jsonb_build_object(${fields.join(", ")}) END`;
}

/** Printer columns with the printer's totals, over `printers p LEFT JOIN printer_totals t`. */
export const PRINTER_WITH_PERFORMANCE = `${PRINTER_COLUMNS}, ${performanceObject("t")} AS performance`;

const SPAN_COLUMNS = [...SUMMED.map(([, column]) => column), "quality_sum"];
/** printer_epoch_stats rows summed per printer, as a `t` for performanceColumns. */
export const SUMMED_EPOCH_STATS = `printer_id, count(*) AS epochs, ${SPAN_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(", ")}`;
/** One printer_epoch_stats row as a one-epoch span, as a `t` for performanceColumns. */
export const EPOCH_STATS_AS_SPAN = `printer_id, 1 AS epochs, ${SPAN_COLUMNS.join(", ")}`;

export const EPOCH_STATS_COLUMNS = `s.printer_id AS "printerId", s.epoch::int AS epoch, s.start_height::int AS "startHeight", s.end_height::int AS "endHeight",
  ${SUMMED.map(([name, column]) => `s.${column} AS "${name}"`).join(", ")},
  s.accept_ms_avg AS "avgAcceptMs", s.accept_ms_p95 AS "p95AcceptMs", s.on_time_rate AS "onTimeRate", s.first_attempt_rate AS "firstAttemptRate", s.avg_quality AS "avgQuality"`;

/** Performance with every counter 0 (a printer with no ended epoch yet). */
export function emptyPerformance(printerId: string): Record<string, unknown> {
  return { printerId, epochs: 0, ...Object.fromEntries(SUMMED.map(([name]) => [name, "0"])), ...Object.fromEntries(Object.keys(derivedRates("t")).map((name) => [name, null])) };
}

export function printerById(context: GraphqlContext): DataLoader<string, PrinterRow | undefined> {
  return context.loader("printerById", (sql) => rowsByKey<PrinterRow>(sql, `SELECT ${PRINTER_WITH_PERFORMANCE} FROM printers p LEFT JOIN printer_totals t ON t.printer_id = p.id`, "p.id", "text", (row) => row.id));
}

export function performanceByPrinter(context: GraphqlContext): DataLoader<string, Record<string, unknown> | undefined> {
  return context.loader("performanceByPrinter", (sql) =>
    rowsByKey<Record<string, unknown> & { printerId: string }>(sql, `SELECT ${performanceColumns("t")} FROM printer_totals t`, "t.printer_id", "text", (row) => row.printerId),
  );
}

/** Performance up to and including an epoch, batched per epoch asked for. */
export function performanceAsOf(context: GraphqlContext, epoch: number): DataLoader<string, Record<string, unknown> | undefined> {
  return context.loader(`performanceAsOf:${epoch}`, (sql: Sql) =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = await sql.query<{ printerId: string }>(
        `SELECT ${performanceColumns("t")} FROM (SELECT ${SUMMED_EPOCH_STATS} FROM printer_epoch_stats WHERE printer_id = ANY($1::text[]) AND epoch <= $2 GROUP BY printer_id) t`,
        [ids, epoch],
      );
      const byId = new Map(rows.map((row) => [row.printerId, row]));
      return ids.map((id) => byId.get(id));
    }),
  );
}
