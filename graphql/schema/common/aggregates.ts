/**
 * The `MetricAggregate` type's SQL: count, sum, avg (truncated to 4 decimals), min, max and the
 * p50/p95 (percentile_disc: a value that occurs) of each metric, and their mapping from the row.
 */

/** Select-list items for `metrics` ({GraphQL name: SQL expression}), aliased `<name>_<aggregate>`. */
export function metricAggregateColumns(metrics: Readonly<Record<string, string>>): string {
  return Object.entries(metrics)
    .map(([name, column]) =>
      [
        `count(${column})::int AS "${name}_count"`,
        `sum(${column})::text AS "${name}_sum"`,
        `trunc(avg(${column}), 4)::text AS "${name}_avg"`,
        `min(${column})::text AS "${name}_min"`,
        `max(${column})::text AS "${name}_max"`,
        `percentile_disc(0.5) WITHIN GROUP (ORDER BY ${column})::text AS "${name}_p50"`,
        `percentile_disc(0.95) WITHIN GROUP (ORDER BY ${column})::text AS "${name}_p95"`,
      ].join(", "),
    )
    .join(", ");
}

/** `{name: {count, sum, avg, min, max, p50, p95}}` for each metric of a row selected with metricAggregateColumns. */
export function metricAggregates(row: Readonly<Record<string, unknown>>, metrics: Readonly<Record<string, string>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.keys(metrics).map((name) => [
      name,
      { count: Number(row[`${name}_count`]), sum: row[`${name}_sum`], avg: row[`${name}_avg`], min: row[`${name}_min`], max: row[`${name}_max`], p50: row[`${name}_p50`], p95: row[`${name}_p95`] },
    ]),
  );
}
