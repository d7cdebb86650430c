/** SQL of the ledger module: select lists (camelCase aliases) and the batched loads of a tx's or an event's rows. */
import DataLoader from "dataloader";
import { rowsByKey, type GraphqlContext, type Sql } from "../../context";

export const BLOCK_COLUMNS = `b.height::int AS height, b.hash, b.time, b.time_text AS "timeText", b.proposer, b.app_hash AS "appHash",
  b.tx_count AS "txCount", b.message_count AS "messageCount", b.rpc_event_count AS "eventCount", b.attribute_count AS "attributeCount"`;

export const TX_COLUMNS = `t.hash, t.height::int AS height, t.index, t.code, t.codespace, t.gas_wanted AS "gasWanted", t.gas_used AS "gasUsed",
  t.gas_limit AS "gasLimit", t.fee, t.memo, t.signer, t.raw_log AS "rawLog"`;

export const EVENT_COLUMNS = `e.height::int AS height, e.event_index AS "eventIndex", e.tx_index AS "txIndex", e.index, e.type`;

export const MESSAGE_COLUMNS = `m.height::int AS height, m.tx_index AS "txIndex", m.index, m.type_url AS "typeUrl", m.value`;

export const BALANCE_CHANGE_COLUMNS = `c.height::int AS height, c.event_index AS "eventIndex", c.tx_index AS "txIndex", c.denom, c.address, c.delta`;

export interface BlockRow {
  readonly height: number;
}

export interface TxRow {
  readonly hash: string;
  readonly height: number;
  readonly index: number;
}

export interface EventRow {
  readonly height: number;
  readonly eventIndex: number;
  readonly txIndex: number | null;
}

/** "height:index" keys of rows with a two-column primary key. */
export const pairKey = (height: number | string, index: number | string): string => `${height}:${index}`;

function splitKeys(keys: readonly string[]): [string[], number[]] {
  const heights: string[] = [];
  const indexes: number[] = [];
  for (const key of keys) {
    const [height, index] = key.split(":");
    heights.push(height);
    indexes.push(Number(index));
  }
  return [heights, indexes];
}

export function blockByHeight(context: GraphqlContext): DataLoader<string, BlockRow | undefined> {
  return context.loader("blockByHeight", (sql) => rowsByKey<BlockRow>(sql, `SELECT ${BLOCK_COLUMNS} FROM blocks b`, "b.height", "bigint", (row) => String(row.height)));
}

/** A tx by (height, index): one statement for every tx a tick asks for (an event's tx, a message's tx). */
export function txByPosition(context: GraphqlContext): DataLoader<string, TxRow | undefined> {
  return context.loader("txByPosition", (sql: Sql) =>
    new DataLoader<string, TxRow | undefined>(async (keys) => {
      const [heights, indexes] = splitKeys(keys);
      const rows = await sql.query<TxRow>(
        `SELECT ${TX_COLUMNS} FROM txs t JOIN unnest($1::bigint[], $2::int[]) AS k(height, index) ON t.height = k.height AND t.index = k.index`,
        [heights, indexes],
      );
      const byKey = new Map(rows.map((row) => [pairKey(row.height, row.index), row]));
      return keys.map((key) => byKey.get(key));
    }),
  );
}

/** Rows grouped by a (height, index) parent: one statement for all parents of the tick, in `order`. */
function groupedByPair<Row>(context: GraphqlContext, name: string, select: string, from: string, heightColumn: string, indexColumn: string, order: string, keyOf: (row: Row) => string): DataLoader<string, Row[]> {
  return context.loader(name, (sql: Sql) =>
    new DataLoader<string, Row[]>(async (keys) => {
      const [heights, indexes] = splitKeys(keys);
      const rows = await sql.query<Row>(
        `SELECT ${select} FROM ${from} JOIN unnest($1::bigint[], $2::int[]) AS k(height, index) ON ${heightColumn} = k.height AND ${indexColumn} = k.index ORDER BY ${order}`,
        [heights, indexes],
      );
      const byKey = new Map<string, Row[]>(keys.map((key) => [key, []]));
      for (const row of rows) byKey.get(keyOf(row))?.push(row);
      return keys.map((key) => byKey.get(key)!);
    }),
  );
}

/** A tx's messages, in order (key: "height:txIndex"). */
export function messagesOfTx(context: GraphqlContext): DataLoader<string, Array<Record<string, unknown>>> {
  return groupedByPair<Record<string, unknown> & { height: number; txIndex: number }>(context, "messagesOfTx", MESSAGE_COLUMNS, "messages m", "m.height", "m.tx_index", "m.height, m.tx_index, m.index", (row) => pairKey(row.height, row.txIndex));
}

/** A tx's events, in block order (key: "height:txIndex"). */
export function eventsOfTx(context: GraphqlContext): DataLoader<string, EventRow[]> {
  return groupedByPair<EventRow>(context, "eventsOfTx", EVENT_COLUMNS, "events e", "e.height", "e.tx_index", "e.height, e.event_index", (row) => pairKey(row.height, row.txIndex!));
}

/** An event's attributes, in order (key: "height:eventIndex"). */
export function attributesOfEvent(context: GraphqlContext): DataLoader<string, Array<{ height: number; eventIndex: number; index: number; key: string; value: string }>> {
  return groupedByPair<{ height: number; eventIndex: number; index: number; key: string; value: string }>(
    context,
    "attributesOfEvent",
    `a.height::int AS height, a.event_index AS "eventIndex", a.index, a.key, a.value`,
    "attributes a",
    "a.height",
    "a.event_index",
    "a.height, a.event_index, a.index",
    (row) => pairKey(row.height, row.eventIndex),
  );
}
