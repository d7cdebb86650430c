import { fromBech32 } from "@cosmjs/encoding";
import { apiError, type GraphqlContext } from "../../context";
import { connection, nestedConnection, orderOf, type ConnectionArgs, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { attributesOfEvent, BALANCE_CHANGE_COLUMNS, BLOCK_COLUMNS, blockByHeight, type BlockRow, EVENT_COLUMNS, type EventRow, eventsOfTx, messagesOfTx, pairKey, TX_COLUMNS, txByPosition, type TxRow } from "./loaders";

type Direction = "ASC" | "DESC";

export const ACCOUNT_PREFIX = "print";
/** The widest height range an events list may scan. */
export const MAX_EVENT_HEIGHTS = 10_000;
/** Blocks read per statement when a subscription delivers a long range (an indexer catching up). */
const SUBSCRIPTION_CHUNK = 500;

const BLOCK_KEY: SortKey[] = [{ expression: "b.height", type: "bigint" }];
const TX_KEY: SortKey[] = [{ expression: "t.height", type: "bigint" }, { expression: "t.index", type: "integer" }];
const EVENT_KEY: SortKey[] = [{ expression: "e.height", type: "bigint" }, { expression: "e.event_index", type: "integer" }];
const CHANGE_KEY: SortKey[] = [{ expression: "c.height", type: "bigint" }, { expression: "c.event_index", type: "integer" }, { expression: "c.denom", type: "text" }];

interface LedgerOrder {
  readonly field?: "HEIGHT" | null;
  readonly direction?: Direction | null;
}

const descendingOf = (order: LedgerOrder | null | undefined, fallback: Direction): boolean => (order?.direction ?? fallback) === "DESC";

/** A hex hash (sha256: 64 digits) in the stored uppercase form, or BAD_USER_INPUT. */
function hexHash(value: string, what: string): string {
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw apiError("BAD_USER_INPUT", `${what} must be 64 hex digits (a sha256), got ${JSON.stringify(value)}`);
  return value.toUpperCase();
}

/** The address when it is a valid bech32 address with the chain's account prefix, else BAD_USER_INPUT. */
export function accountAddress(value: string): string {
  let prefix: string;
  try {
    prefix = fromBech32(value, 90).prefix;
  } catch (error) {
    throw apiError("BAD_USER_INPUT", `address ${JSON.stringify(value)} is not a bech32 address (${(error as Error).message})`);
  }
  if (prefix !== ACCOUNT_PREFIX) throw apiError("BAD_USER_INPUT", `address ${JSON.stringify(value)} has the prefix "${prefix}"; accounts of this chain start with "${ACCOUNT_PREFIX}1"`);
  // bech32 is all lowercase or all uppercase; the ledger stores lowercase.
  return value.toLowerCase();
}

/** The number of heights an IntFilter admits, or undefined when it has no upper or no lower bound. */
function heightSpan(filter: ScalarFilter): number | undefined {
  if (filter.eq != null) return 1;
  if (filter.in != null) return filter.in.length === 0 ? 0 : Math.max(...filter.in.map(Number)) - Math.min(...filter.in.map(Number)) + 1;
  const low = filter.gte != null ? Number(filter.gte) : filter.gt != null ? Number(filter.gt) + 1 : undefined;
  const high = filter.lte != null ? Number(filter.lte) : filter.lt != null ? Number(filter.lt) - 1 : undefined;
  if (low === undefined || high === undefined) return undefined;
  return Math.max(0, high - low + 1);
}

/**
 * A block time range, applied as a height range: block time increases with height (BFT time), so
 * the first block at or after a time is one probe of the (time, height) index, and the page is
 * then a primary-key range like any other. The time conditions are kept as well.
 */
function timeAsHeights(where: Where, filter: ScalarFilter | null | undefined): void {
  if (!filter) return;
  where.filter("b.time", filter, "timestamptz");
  const time = (value: string | number | Date): string => where.param(value instanceof Date ? value.toISOString() : String(value), "timestamptz");
  // No block in the range: the bound is NULL and nothing matches, which is right.
  if (filter.gte != null) where.add(`b.height >= (SELECT x.height FROM blocks x WHERE x.time >= ${time(filter.gte)} ORDER BY x.time, x.height LIMIT 1)`);
  if (filter.gt != null) where.add(`b.height >= (SELECT x.height FROM blocks x WHERE x.time > ${time(filter.gt)} ORDER BY x.time, x.height LIMIT 1)`);
  if (filter.lte != null) where.add(`b.height <= (SELECT x.height FROM blocks x WHERE x.time <= ${time(filter.lte)} ORDER BY x.time DESC, x.height DESC LIMIT 1)`);
  if (filter.lt != null) where.add(`b.height <= (SELECT x.height FROM blocks x WHERE x.time < ${time(filter.lt)} ORDER BY x.time DESC, x.height DESC LIMIT 1)`);
}

async function blocks(context: GraphqlContext, args: ConnectionArgs & { where?: { height?: ScalarFilter; time?: ScalarFilter }; orderBy?: LedgerOrder }) {
  const where = new Where();
  where.filter("b.height", args.where?.height, "bigint");
  timeAsHeights(where, args.where?.time);
  return connection<BlockRow>(context, { from: "blocks b", select: BLOCK_COLUMNS, where, order: orderOf("HEIGHT", descendingOf(args.orderBy, "DESC"), [], BLOCK_KEY), countedEntity: "blocks" }, args);
}

async function block(context: GraphqlContext, args: { height?: number | null; hash?: string | null }) {
  if ((args.height == null) === (args.hash == null)) throw apiError("BAD_USER_INPUT", "pass exactly one of height or hash");
  if (args.height != null) return blockByHeight(context).load(String(args.height));
  const [row] = await context.sql.query<BlockRow>(`SELECT ${BLOCK_COLUMNS} FROM blocks b WHERE b.hash = $1`, [hexHash(args.hash!, "hash")]);
  return row ?? null;
}

async function tx(context: GraphqlContext, args: { hash: string }) {
  const [row] = await context.sql.query<TxRow>(`SELECT ${TX_COLUMNS} FROM txs t WHERE t.hash = $1 ORDER BY t.height, t.index LIMIT 1`, [hexHash(args.hash, "hash")]);
  return row ?? null;
}

interface TxWhere {
  readonly signer?: ScalarFilter;
  readonly height?: ScalarFilter;
  readonly code?: ScalarFilter;
  readonly messageType?: string | null;
}

function txWhere(filter: TxWhere): Where {
  const where = new Where();
  where.filter("t.signer", filter.signer, "text", "signer");
  where.filter("t.height", filter.height, "bigint");
  where.filter("t.code", filter.code, "integer");
  if (filter.messageType != null) where.add(`EXISTS (SELECT 1 FROM messages m WHERE m.height = t.height AND m.tx_index = t.index AND m.type_url = ${where.param(filter.messageType, "text")})`);
  return where;
}

function txs(context: GraphqlContext, where: Where, args: ConnectionArgs & { orderBy?: LedgerOrder }) {
  return connection<TxRow>(context, { from: "txs t", select: TX_COLUMNS, where, order: orderOf("HEIGHT", descendingOf(args.orderBy, "DESC"), [], TX_KEY), countedEntity: "txs" }, args);
}

async function events(context: GraphqlContext, args: ConnectionArgs & { where: { height: ScalarFilter; type?: ScalarFilter; txHash?: string | null }; orderBy?: LedgerOrder }) {
  const span = heightSpan(args.where.height);
  if (span === undefined) throw apiError("QUERY_TOO_COMPLEX", `events need a bounded height range (eq, in, or both a lower and an upper bound) of at most ${MAX_EVENT_HEIGHTS} heights: an events scan must be bounded`, { maxHeights: MAX_EVENT_HEIGHTS });
  if (span > MAX_EVENT_HEIGHTS) throw apiError("QUERY_TOO_COMPLEX", `events span at most ${MAX_EVENT_HEIGHTS} heights per request, this filter spans ${span}: page through narrower height ranges`, { maxHeights: MAX_EVENT_HEIGHTS, heights: span });
  const where = new Where();
  where.filter("e.height", args.where.height, "bigint");
  where.filter("e.type", args.where.type, "text");
  if (args.where.txHash != null) where.add(`(e.height, e.tx_index) IN (SELECT t.height, t.index FROM txs t WHERE t.hash = ${where.param(hexHash(args.where.txHash, "txHash"), "text")})`);
  return connection<EventRow>(context, { from: "events e", select: EVENT_COLUMNS, where, order: orderOf("HEIGHT", descendingOf(args.orderBy, "ASC"), [], EVENT_KEY) }, args);
}

interface AccountRow {
  readonly address: string;
}

/** An account's balances, loaded once per request (balances and balance(denom) share it). */
function balancesOf(context: GraphqlContext, address: string): Promise<Array<{ denom: string; amount: string }>> {
  return context.memo(`balances:${address}`, () => context.sql.query<{ denom: string; amount: string }>(`SELECT denom, amount::text AS amount FROM balances WHERE address = $1 ORDER BY denom COLLATE "C"`, [address]));
}

/** Blocks (from, to], read in chunks, in height order. */
async function* blocksBetween(context: GraphqlContext, from: number, to: number): AsyncGenerator<BlockRow> {
  for (let low = from; low < to; low += SUBSCRIPTION_CHUNK) {
    const high = Math.min(to, low + SUBSCRIPTION_CHUNK);
    const rows = await context.sql.query<BlockRow>(`SELECT ${BLOCK_COLUMNS} FROM blocks b WHERE b.height > $1::bigint AND b.height <= $2::bigint ORDER BY b.height`, [String(low), String(high)]);
    yield* rows;
  }
}

export const ledgerResolvers = {
  Query: {
    block: (_: unknown, args: Parameters<typeof block>[1], context: GraphqlContext) => block(context, args),
    blocks: (_: unknown, args: Parameters<typeof blocks>[1], context: GraphqlContext) => blocks(context, args),
    tx: (_: unknown, args: { hash: string }, context: GraphqlContext) => tx(context, args),
    txs: (_: unknown, args: ConnectionArgs & { where?: TxWhere; orderBy?: LedgerOrder }, context: GraphqlContext) => txs(context, txWhere(args.where ?? {}), args),
    events: (_: unknown, args: Parameters<typeof events>[1], context: GraphqlContext) => events(context, args),
    account: (_: unknown, args: { address: string }, _context: GraphqlContext): AccountRow => ({ address: accountAddress(args.address) }),
  },
  Subscription: {
    newBlocks: {
      subscribe: async function* (_: unknown, __: unknown, context: GraphqlContext) {
        const signal = context.request?.signal ?? new AbortController().signal;
        for await (const advance of context.feed.advances(signal)) {
          for await (const row of blocksBetween(context, advance.fromHeight, advance.toHeight)) yield { newBlocks: row };
        }
      },
    },
  },
  Block: {
    txs: (row: BlockRow, args: ConnectionArgs, context: GraphqlContext) =>
      nestedConnection(
        context,
        { name: "blockTxs", from: "txs t", select: TX_COLUMNS, parentColumn: "t.height", parentType: "bigint", order: orderOf("INDEX", false, [{ expression: "t.index", type: "integer" }], []) },
        args,
        String(row.height),
      ),
    events: (row: BlockRow, args: ConnectionArgs & { type?: ScalarFilter }, context: GraphqlContext) =>
      nestedConnection(
        context,
        {
          name: `blockEvents:${JSON.stringify(args.type ?? null)}`,
          from: "events e",
          select: EVENT_COLUMNS,
          parentColumn: "e.height",
          parentType: "bigint",
          order: orderOf("EVENT_INDEX", false, [{ expression: "e.event_index", type: "integer" }], []),
          filter: (where) => where.filter("e.type", args.type, "text"),
          filtered: args.type != null,
        },
        args,
        String(row.height),
      ),
  },
  Tx: {
    success: (row: { code: number }) => row.code === 0,
    block: (row: TxRow, _: unknown, context: GraphqlContext) => blockByHeight(context).load(String(row.height)),
    messages: (row: TxRow, _: unknown, context: GraphqlContext) => messagesOfTx(context).load(pairKey(row.height, row.index)),
    events: (row: TxRow, _: unknown, context: GraphqlContext) => eventsOfTx(context).load(pairKey(row.height, row.index)),
  },
  Event: {
    txHash: async (row: EventRow, _: unknown, context: GraphqlContext) => (row.txIndex === null ? null : (await txByPosition(context).load(pairKey(row.height, row.txIndex)))?.hash ?? null),
    attributes: (row: EventRow, _: unknown, context: GraphqlContext) => attributesOfEvent(context).load(pairKey(row.height, row.eventIndex)),
  },
  BalanceChange: {
    tx: (row: { height: number; txIndex: number | null }, _: unknown, context: GraphqlContext) => (row.txIndex === null ? null : txByPosition(context).load(pairKey(row.height, row.txIndex))),
  },
  Account: {
    balances: async (row: AccountRow, _: unknown, context: GraphqlContext) => (await balancesOf(context, row.address)).filter((coin) => BigInt(coin.amount) !== 0n),
    balance: async (row: AccountRow, args: { denom: string }, context: GraphqlContext) => (await balancesOf(context, row.address)).find((coin) => coin.denom === args.denom)?.amount ?? "0",
    balanceHistory: (row: AccountRow, args: ConnectionArgs & { denom?: string | null; height?: ScalarFilter; orderBy?: LedgerOrder }, context: GraphqlContext) => {
      const where = new Where();
      where.equal("c.address", row.address, "text", "address");
      if (args.denom != null) where.add(`c.denom = ${where.param(args.denom, "text")}`);
      where.filter("c.height", args.height, "bigint");
      return connection(context, { from: "balance_changes c", select: BALANCE_CHANGE_COLUMNS, where, order: orderOf("HEIGHT", descendingOf(args.orderBy, "DESC"), [], CHANGE_KEY), countedEntity: "balance_changes" }, args);
    },
    transactions: (row: AccountRow, args: ConnectionArgs & { height?: ScalarFilter; orderBy?: LedgerOrder }, context: GraphqlContext) => txs(context, txWhere({ signer: { eq: row.address }, height: args.height }), args),
  },
};
