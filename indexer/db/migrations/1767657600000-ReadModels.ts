import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Read models for the GraphQL API, kept by PostgreSQL itself inside the indexer's batch
 * transaction (so they always agree with the checkpoint), whatever writes the rows (a batch, a
 * module rebuild, a test):
 * - `counts`: row counts per table, in total and per value of the columns lists filter on, so
 *   `totalCount` is one primary-key read, never a `COUNT(*)` scan;
 * - `printer_totals`: each printer's `printer_epoch_stats` summed over its epochs (its current
 *   performance), so printers can be ordered by any metric without aggregating every epoch.
 * Both are statement-level triggers with transition tables: one aggregate per statement, not a
 * call per row. TRUNCATE clears them with the table. Additive: the migration fills them from the
 * rows already stored.
 */
export const COUNTED_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  blocks: [],
  txs: ["signer"],
  balance_changes: ["address"],
  printers: ["status", "region", "technology", "owner"],
  printer_history: ["printer_id"],
  jobs: ["status", "printer_id", "customer", "material", "technology"],
  epochs: [],
  emission_rewards: ["epoch", "recipient", "role", "printer_id", "validator"],
  printer_epoch_stats: ["epoch", "printer_id"],
  validators: ["status"],
  delegations: ["validator", "delegator"],
  unbondings: ["delegator", "validator"],
  proposals: ["status", "proposer"],
  deposits: ["proposal_id", "depositor"],
  votes: ["proposal_id", "voter"],
  vote_history: ["proposal_id"],
};

/** printer_epoch_stats columns that add up across epochs (rates and averages are derived on read). */
export const PRINTER_TOTAL_COLUMNS = [
  "offered", "offers_expired", "accepted", "completed", "completed_on_time", "completed_late", "failed", "disputed",
  "accept_ms_total", "proofs", "first_attempt", "grams_used", "grams_estimated", "print_seconds", "errors",
  "units_completed", "units_ordered", "quality_count", "quality_sum", "points", "rewards",
] as const;

/** One SELECT of (dimension, key, delta) rows from a transition table. */
function countRows(table: string, transition: string, sign: 1 | -1, withTotal: boolean): string {
  const parts = withTotal ? [`SELECT ''::text AS dimension, ''::text AS key, ${sign}::bigint AS delta FROM ${transition}`] : [];
  for (const column of COUNTED_COLUMNS[table]) parts.push(`SELECT '${column}'::text AS dimension, ${column}::text AS key, ${sign}::bigint AS delta FROM ${transition} WHERE ${column} IS NOT NULL`);
  return parts.join(" UNION ALL ");
}

function upsertCounts(table: string, deltas: string): string {
  return `INSERT INTO counts (entity, dimension, key, count)
    SELECT '${table}', d.dimension, d.key, sum(d.delta) FROM (${deltas}) d GROUP BY d.dimension, d.key HAVING sum(d.delta) <> 0
    ON CONFLICT (entity, dimension, key) DO UPDATE SET count = counts.count + excluded.count;`;
}

/** Counters a statement brought to zero are removed, so `counts` holds the same rows however the writes were batched. */
function dropZeroCounts(table: string, deltas: string): string {
  return `DELETE FROM counts c USING (SELECT DISTINCT d.dimension, d.key FROM (${deltas}) d) touched
    WHERE c.entity = '${table}' AND c.dimension = touched.dimension AND c.key = touched.key AND c.count = 0;`;
}

function triggerFunction(name: string, body: string): string {
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`;
}

function statementTrigger(name: string, table: string, event: "INSERT" | "UPDATE" | "DELETE", fn: string): string {
  const transitions = event === "INSERT" ? "NEW TABLE AS new_rows" : event === "DELETE" ? "OLD TABLE AS old_rows" : "OLD TABLE AS old_rows NEW TABLE AS new_rows";
  return `CREATE TRIGGER ${name} AFTER ${event} ON ${table} REFERENCING ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`;
}

function printerTotalsDelta(transition: string, sign: 1 | -1): string {
  return `SELECT printer_id, ${sign}::bigint AS epochs, ${PRINTER_TOTAL_COLUMNS.map((column) => `${sign} * ${column} AS ${column}`).join(", ")} FROM ${transition}`;
}

function upsertPrinterTotals(deltas: string): string {
  const columns = ["epochs", ...PRINTER_TOTAL_COLUMNS];
  return `INSERT INTO printer_totals (printer_id, ${columns.join(", ")})
    SELECT d.printer_id, ${columns.map((column) => `sum(d.${column})`).join(", ")} FROM (${deltas}) d GROUP BY d.printer_id
    ON CONFLICT (printer_id) DO UPDATE SET ${columns.map((column) => `${column} = printer_totals.${column} + excluded.${column}`).join(", ")};`;
}

export class ReadModels1767657600000 implements MigrationInterface {
  name = "ReadModels1767657600000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE counts (
        entity     text NOT NULL,
        dimension  text NOT NULL,
        key        text NOT NULL,
        count      bigint NOT NULL,
        PRIMARY KEY (entity, dimension, key)
      )`);
    await runner.query(triggerFunction("counts_truncated", "DELETE FROM counts WHERE entity = TG_TABLE_NAME;"));
    for (const table of Object.keys(COUNTED_COLUMNS)) {
      const hasDimensions = COUNTED_COLUMNS[table].length > 0;
      await runner.query(triggerFunction(`counts_${table}_inserted`, upsertCounts(table, countRows(table, "new_rows", 1, true))));
      const deleted = countRows(table, "old_rows", -1, true);
      await runner.query(triggerFunction(`counts_${table}_deleted`, upsertCounts(table, deleted) + dropZeroCounts(table, deleted)));
      await runner.query(statementTrigger(`counts_inserted`, table, "INSERT", `counts_${table}_inserted`));
      await runner.query(statementTrigger(`counts_deleted`, table, "DELETE", `counts_${table}_deleted`));
      if (hasDimensions) {
        const updated = `${countRows(table, "new_rows", 1, false)} UNION ALL ${countRows(table, "old_rows", -1, false)}`;
        await runner.query(triggerFunction(`counts_${table}_updated`, upsertCounts(table, updated) + dropZeroCounts(table, updated)));
        await runner.query(statementTrigger(`counts_updated`, table, "UPDATE", `counts_${table}_updated`));
      }
      await runner.query(`CREATE TRIGGER counts_truncated AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION counts_truncated()`);
      await runner.query(upsertCounts(table, countRows(table, table, 1, true)));
    }

    await runner.query(`
      CREATE TABLE printer_totals (
        printer_id  text PRIMARY KEY,
        epochs      bigint NOT NULL,
        ${PRINTER_TOTAL_COLUMNS.map((column) => `${column} numeric(78,0) NOT NULL`).join(",\n        ")}
      )`);
    await runner.query(triggerFunction("printer_totals_inserted", upsertPrinterTotals(printerTotalsDelta("new_rows", 1))));
    await runner.query(triggerFunction("printer_totals_updated", upsertPrinterTotals(`${printerTotalsDelta("new_rows", 1)} UNION ALL ${printerTotalsDelta("old_rows", -1)}`)));
    await runner.query(triggerFunction("printer_totals_deleted", upsertPrinterTotals(printerTotalsDelta("old_rows", -1))));
    await runner.query(triggerFunction("printer_totals_truncated", "TRUNCATE printer_totals;"));
    await runner.query(statementTrigger("printer_totals_inserted", "printer_epoch_stats", "INSERT", "printer_totals_inserted"));
    await runner.query(statementTrigger("printer_totals_updated", "printer_epoch_stats", "UPDATE", "printer_totals_updated"));
    await runner.query(statementTrigger("printer_totals_deleted", "printer_epoch_stats", "DELETE", "printer_totals_deleted"));
    await runner.query(`CREATE TRIGGER printer_totals_truncated AFTER TRUNCATE ON printer_epoch_stats FOR EACH STATEMENT EXECUTE FUNCTION printer_totals_truncated()`);
    await runner.query(upsertPrinterTotals(printerTotalsDelta("printer_epoch_stats", 1)));

    // Keyset orders the API serves (leaderboards, time-ordered lists).
    await runner.query(`CREATE INDEX printer_epoch_stats_points ON printer_epoch_stats (epoch, points DESC, printer_id)`);
    await runner.query(`CREATE INDEX printer_epoch_stats_rewards ON printer_epoch_stats (epoch, rewards DESC, printer_id)`);
    await runner.query(`CREATE INDEX jobs_created ON jobs (created_height, id)`);
    // Job orders of the API: settled height (unsettled last, as NULLS LAST), price, and a printer's jobs by created height.
    await runner.query(`CREATE INDEX jobs_settled ON jobs ((coalesce(settled_height, 9223372036854775807)), id)`);
    await runner.query(`CREATE INDEX jobs_price ON jobs (price, id)`);
    await runner.query(`CREATE INDEX jobs_printer_created ON jobs (printer_id, created_height, id)`);
    await runner.query(`CREATE INDEX printers_region ON printers (region, id)`);
    await runner.query(`CREATE INDEX printers_technology ON printers (technology, id)`);
    // Emissions, staking and gov lists (their chain orders under a parent).
    await runner.query(`CREATE INDEX emission_rewards_printer ON emission_rewards (printer_id, height, event_index) WHERE printer_id IS NOT NULL`);
    await runner.query(`CREATE INDEX emission_rewards_validator ON emission_rewards (validator, height, event_index) WHERE validator IS NOT NULL`);
    await runner.query(`CREATE INDEX unbondings_validator ON unbondings (validator, height, event_index)`);
    await runner.query(`CREATE INDEX unbondings_delegator ON unbondings (delegator, height, event_index)`);
    await runner.query(`CREATE INDEX deposits_proposal_height ON deposits (proposal_id, height, event_index)`);
    await runner.query(`CREATE INDEX vote_history_proposal_height ON vote_history (proposal_id, height, event_index)`);
    // Ledger: block time is monotonic in height (BFT time), so a time range is found as a height range through this index.
    await runner.query(`CREATE INDEX blocks_time ON blocks (time, height)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const index of ["blocks_time", "vote_history_proposal_height", "deposits_proposal_height", "unbondings_delegator", "unbondings_validator", "emission_rewards_validator", "emission_rewards_printer", "jobs_printer_created", "jobs_price", "jobs_settled", "printers_technology", "printers_region", "jobs_created", "printer_epoch_stats_rewards", "printer_epoch_stats_points"]) await runner.query(`DROP INDEX ${index}`);
    for (const event of ["inserted", "updated", "deleted", "truncated"]) await runner.query(`DROP TRIGGER printer_totals_${event} ON printer_epoch_stats`);
    for (const table of Object.keys(COUNTED_COLUMNS)) {
      for (const event of ["inserted", "deleted", "truncated"]) await runner.query(`DROP TRIGGER counts_${event} ON ${table}`);
      if (COUNTED_COLUMNS[table].length > 0) await runner.query(`DROP TRIGGER counts_updated ON ${table}`);
    }
    await runner.query(`DROP TABLE printer_totals`);
    await runner.query(`DROP TABLE counts`);
    await runner.query(`DROP FUNCTION ${["counts_truncated", "printer_totals_inserted", "printer_totals_updated", "printer_totals_deleted", "printer_totals_truncated", ...Object.keys(COUNTED_COLUMNS).flatMap((table) => [`counts_${table}_inserted`, `counts_${table}_deleted`, ...(COUNTED_COLUMNS[table].length > 0 ? [`counts_${table}_updated`] : [])])].join(", ")}`);
  }
}
