/**
 * The completeness (gap) check: every height from the first indexed one to the checkpoint has a
 * block row, and each block's txs, messages, events and attributes rows number what was counted
 * from the RPC at ingest (`blocks.tx_count`, `message_count`, `rpc_event_count`,
 * `attribute_count`). One query; an empty result means complete. Also every `module_checkpoints`
 * row must stand at the ledger checkpoint (a batch moves them together).
 */
import { readCheckpoint, type Queryable } from "./writer";

export interface Gap {
  readonly height: number;
  /** "missing block", or which counts differ. */
  readonly problem: string;
}

export interface ModuleCheckpointProblem {
  readonly module: string;
  readonly height: number;
  /** E.g. "at height 40, the ledger checkpoint is at 45". */
  readonly problem: string;
}

export interface CheckReport {
  readonly checkpoint: number | undefined;
  readonly firstHeight: number | undefined;
  readonly blocks: number;
  readonly gaps: Gap[];
  /** The `module_checkpoints` rows that differ from the ledger checkpoint. */
  readonly moduleCheckpoints: ModuleCheckpointProblem[];
}

export async function checkCompleteness(dataSource: Queryable, limit = 1000): Promise<CheckReport> {
  const checkpoint = (await readCheckpoint(dataSource))?.height;
  const [{ first, count }] = (await dataSource.query(`SELECT min(height) AS first, count(*) AS count FROM blocks`)) as Array<{ first: string | null; count: string }>;
  const gaps: Gap[] = [];
  if (checkpoint !== undefined && first !== null) {
    const rows = (await dataSource.query(
      `WITH expected AS (SELECT generate_series($1::bigint, $2::bigint) AS height),
       counted AS (
         SELECT b.height, b.tx_count, b.message_count, b.rpc_event_count, b.attribute_count,
           (SELECT count(*) FROM txs t WHERE t.height = b.height) AS txs,
           (SELECT count(*) FROM messages m WHERE m.height = b.height) AS messages,
           (SELECT count(*) FROM events e WHERE e.height = b.height) AS events,
           (SELECT count(*) FROM attributes a WHERE a.height = b.height) AS attributes
         FROM blocks b)
       SELECT x.height, c.height IS NULL AS missing,
         c.tx_count, c.txs, c.message_count, c.messages, c.rpc_event_count, c.events, c.attribute_count, c.attributes
       FROM expected x LEFT JOIN counted c ON c.height = x.height
       WHERE c.height IS NULL OR c.tx_count <> c.txs OR c.message_count <> c.messages
          OR c.rpc_event_count <> c.events OR c.attribute_count <> c.attributes
       UNION ALL
       SELECT b.height, false, b.tx_count, 0, 0, 0, 0, 0, 0, 0 FROM blocks b WHERE b.height > $2::bigint
       ORDER BY 1 LIMIT $3`,
      [first, String(checkpoint), limit],
    )) as Array<Record<string, string | boolean | null>>;
    for (const row of rows) {
      const height = Number(row.height);
      if (row.missing) {
        gaps.push({ height, problem: "missing block" });
        continue;
      }
      if (height > checkpoint) {
        gaps.push({ height, problem: `block above the checkpoint ${checkpoint}` });
        continue;
      }
      const diffs: string[] = [];
      for (const [expected, actual, label] of [["tx_count", "txs", "txs"], ["message_count", "messages", "messages"], ["rpc_event_count", "events", "events"], ["attribute_count", "attributes", "attributes"]] as const) {
        if (String(row[expected]) !== String(row[actual])) diffs.push(`${label}: ${row[actual]} rows, ${row[expected]} in the block`);
      }
      gaps.push({ height, problem: diffs.join("; ") });
    }
  }
  const moduleCheckpoints: ModuleCheckpointProblem[] = [];
  if (checkpoint !== undefined) {
    const rows = (await dataSource.query(`SELECT module, height FROM module_checkpoints WHERE height <> $1::bigint ORDER BY module`, [String(checkpoint)])) as Array<{ module: string; height: string }>;
    for (const row of rows) moduleCheckpoints.push({ module: row.module, height: Number(row.height), problem: `at height ${row.height}, the ledger checkpoint is at ${checkpoint}` });
  }
  return { checkpoint, firstHeight: first === null ? undefined : Number(first), blocks: Number(count), gaps, moduleCheckpoints };
}
