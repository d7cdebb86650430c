import { COUNTED_COLUMNS, PRINTER_TOTAL_COLUMNS } from "../../indexer/db/migrations/1767657600000-ReadModels";
import { DIGEST_TABLES } from "../../indexer/digest";
import { Indexer } from "../../indexer/indexer";
import { ApiFixture } from "../utils/apiFixture";

/**
 * The trigger-kept read models the API's totalCount and printer orders stand on: after a real
 * indexing run, after updates and deletes, and after every module table is truncated and rebuilt
 * from the ledger, `counts` equals COUNT(*) … GROUP BY and `printer_totals` equals the sums of
 * `printer_epoch_stats`.
 */
jest.setTimeout(240_000);

let fixture: ApiFixture;
beforeAll(async () => {
  fixture = await ApiFixture.start({ blocks: 60 });
});
afterAll(() => fixture?.stop());

/** The counters that differ from a fresh count, a zero row included (empty = all exact). */
async function countMismatches(): Promise<unknown[]> {
  const mismatches: unknown[] = [];
  for (const [table, columns] of Object.entries(COUNTED_COLUMNS)) {
    const expected = await fixture.sql<{ dimension: string; key: string; count: string }>(
      [`SELECT '' AS dimension, '' AS key, count(*)::text AS count FROM ${table}`, ...columns.map((column) => `SELECT '${column}', ${column}::text, count(*)::text FROM ${table} WHERE ${column} IS NOT NULL GROUP BY ${column}`)].join(" UNION ALL "),
    );
    const stored = await fixture.sql<{ dimension: string; key: string; count: string }>(`SELECT dimension, key, count::text AS count FROM counts WHERE entity = $1`, [table]);
    const toMap = (rows: Array<{ dimension: string; key: string; count: string }>): Map<string, string> => new Map(rows.map((row) => [`${row.dimension}=${row.key}`, row.count]));
    // An empty table's total is 0 in a fresh count and no row in `counts`.
    const [want, have] = [toMap(expected.filter((row) => row.count !== "0")), toMap(stored)];
    for (const key of new Set([...want.keys(), ...have.keys()])) if (want.get(key) !== have.get(key)) mismatches.push({ table, key, expected: want.get(key), stored: have.get(key) });
  }
  return mismatches;
}

async function totalsMismatches(): Promise<unknown[]> {
  return fixture.sql(
    `SELECT coalesce(s.printer_id, t.printer_id) AS printer_id FROM
       (SELECT printer_id, count(*) AS epochs, ${PRINTER_TOTAL_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(", ")} FROM printer_epoch_stats GROUP BY printer_id) s
       FULL JOIN printer_totals t ON t.printer_id = s.printer_id
     WHERE s.printer_id IS NULL OR t.printer_id IS NULL OR s.epochs <> t.epochs OR ${PRINTER_TOTAL_COLUMNS.map((column) => `s.${column} <> t.${column}`).join(" OR ")}`,
  );
}

test("after indexing: every counter equals a fresh count, every printer total the sum of its epochs (and neither is empty)", async () => {
  const [{ printers, totals }] = await fixture.sql<{ printers: number; totals: number }>(`SELECT (SELECT count FROM counts WHERE entity = 'printers' AND dimension = '')::int AS printers, (SELECT count(*) FROM printer_totals)::int AS totals`);
  expect(printers).toBeGreaterThan(10);
  expect(totals).toBeGreaterThan(5);
  expect(await countMismatches()).toEqual([]);
  expect(await totalsMismatches()).toEqual([]);
});

test("updates, deletes and upserts move the counters (checked inside a transaction that is rolled back)", async () => {
  const runner = fixture.database.dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    const [printer] = (await runner.query(`SELECT id, status, region FROM printers ORDER BY id LIMIT 1`)) as Array<{ id: string; status: string; region: string }>;
    const count = async (dimension: string, key: string): Promise<number> =>
      Number(((await runner.query(`SELECT coalesce((SELECT count FROM counts WHERE entity = 'printers' AND dimension = $1 AND key = $2), 0) AS count`, [dimension, key])) as Array<{ count: string }>)[0].count);
    const before = await count("region", printer.region);
    await runner.query(`UPDATE printers SET region = 'ZZ-TEST' WHERE id = $1`, [printer.id]);
    expect([await count("region", printer.region), await count("region", "ZZ-TEST")]).toEqual([before - 1, 1]);
    await runner.query(`DELETE FROM printers WHERE id = $1`, [printer.id]);
    expect(await count("region", "ZZ-TEST")).toBe(0);
    const [{ id: statsPrinter, epoch }] = (await runner.query(`SELECT printer_id AS id, epoch FROM printer_epoch_stats ORDER BY points DESC LIMIT 1`)) as Array<{ id: string; epoch: string }>;
    await runner.query(`UPDATE printer_epoch_stats SET points = points + 5 WHERE printer_id = $1 AND epoch = $2`, [statsPrinter, epoch]);
    await runner.query(`DELETE FROM printer_epoch_stats WHERE printer_id = $1 AND epoch <> $2`, [statsPrinter, epoch]);
    const [totals] = (await runner.query(`SELECT t.points::text AS points, t.epochs::int AS epochs, s.points::text AS expected FROM printer_totals t JOIN printer_epoch_stats s ON s.printer_id = t.printer_id WHERE t.printer_id = $1`, [statsPrinter])) as Array<{ points: string; epochs: number; expected: string }>;
    expect(totals).toEqual({ points: totals.expected, epochs: 1, expected: totals.expected });
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
  expect(await countMismatches()).toEqual([]);
});

test("module tables truncated and rebuilt from the ledger: the read models follow", async () => {
  const tables = DIGEST_TABLES.map((table) => table.table);
  await fixture.sql(`TRUNCATE ${tables.join(", ")}`);
  await fixture.sql(`DELETE FROM module_checkpoints`);
  expect(await fixture.sql(`SELECT * FROM counts WHERE entity = ANY($1)`, [tables])).toEqual([]);
  expect(await fixture.sql(`SELECT * FROM printer_totals`)).toEqual([]);
  await new Indexer({ rpcUrl: fixture.rpcUrl, dataSource: fixture.database.dataSource, once: true }).run();
  expect(await countMismatches()).toEqual([]);
  expect(await totalsMismatches()).toEqual([]);
  const data = await fixture.data(`{ printers(first: 1) { totalCount } }`);
  expect(data.printers.totalCount).toBe(Number((await fixture.sql<{ n: string }>(`SELECT count(*) AS n FROM printers`))[0].n));
});
