/**
 * Relay cursor connections over SQL with keyset pagination on any served order, and the filters
 * every list shares. A cursor holds the row's sort key (and the order it belongs to), so a page
 * is one index range read however deep it is: there is no OFFSET anywhere.
 */
import DataLoader from "dataloader";
import { type ApiLimits, apiError, type GraphqlContext } from "../../context";

export interface ConnectionArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

export type SqlType = "numeric" | "bigint" | "text" | "timestamptz" | "integer";

/** One column of an order. The last ones must make the order unique (the primary key). */
export interface SortKey {
  readonly expression: string;
  readonly type: SqlType;
}

export interface Order {
  /** Binds cursors to their order: a cursor of another order is refused. */
  readonly name: string;
  readonly keys: readonly SortKey[];
  readonly descending: boolean;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Connection<Row> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: Row }>;
  readonly nodes: readonly Row[];
  readonly pageInfo: PageInfo;
  /** Counted only when read (a getter: the count costs a statement only if the query selects it). */
  readonly totalCount: Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;

/** `first`/`last` checked against the caps; the page size and direction. */
export function pageRequest(args: ConnectionArgs, limits: ApiLimits): { size: number; backward: boolean } {
  if (args.first != null && args.last != null) throw apiError("BAD_USER_INPUT", "pass either first or last, not both");
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(size) || size < 0) throw apiError("BAD_USER_INPUT", `first/last must be a non-negative integer, got ${size}`);
  if (size > limits.maxPageSize) throw apiError("PAGE_TOO_LARGE", `a page holds at most ${limits.maxPageSize} items, ${size} were asked for; page through with after/before`, { maxPageSize: limits.maxPageSize });
  return { size, backward: args.last != null };
}

function encodeCursor(order: string, values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([order, ...values])).toString("base64url");
}

function decodeCursor(cursor: string, order: Order): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw apiError("BAD_USER_INPUT", `cursor ${JSON.stringify(cursor)} is not a cursor of this API`);
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.name || parsed.length !== order.keys.length + 1 || !parsed.slice(1).every((value) => typeof value === "string" || value === null)) {
    throw apiError("BAD_USER_INPUT", `cursor does not belong to this list's order ${order.name}; cursors only work with the orderBy they came from`);
  }
  return parsed.slice(1) as string[];
}

/** Parameters and conditions of one statement. */
export class Where {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];
  /** Columns filtered by one value: a counter may answer `totalCount`. */
  readonly equalities = new Map<string, string>();
  private other = 0;

  param(value: unknown, type: SqlType | `${SqlType}[]`): string {
    this.params.push(value);
    return `$${this.params.length}::${type}`;
  }

  /** A condition that no counter can answer. */
  add(condition: string): void {
    this.conditions.push(condition);
    this.other++;
  }

  /** `column = value`, remembered for counters: `counterColumn` names it in `counts`. */
  equal(column: string, value: string, type: SqlType, counterColumn: string): void {
    this.conditions.push(`${column} = ${this.param(value, type)}`);
    this.equalities.set(counterColumn, value);
  }

  /**
   * Applies a filter input: `{eq, in, gt, gte, lt, lte}` (any subset, all must hold). An `eq` on a
   * column with a counter (`counterColumn`, its dimension in `counts`) may answer totalCount.
   */
  filter(column: string, filter: ScalarFilter | null | undefined, type: SqlType, counterColumn?: string): void {
    if (!filter) return;
    if (filter.eq != null) {
      if (counterColumn) this.equal(column, String(filter.eq), type, counterColumn);
      else this.add(`${column} = ${this.param(String(filter.eq), type)}`);
    }
    if (filter.in != null) {
      if (filter.in.length > 1000) throw apiError("BAD_USER_INPUT", `an "in" filter lists at most 1000 values, got ${filter.in.length}`);
      this.add(`${column} = ANY(${this.param(filter.in.map(String), `${type}[]`)})`);
    }
    for (const [operator, sqlOperator] of [["gt", ">"], ["gte", ">="], ["lt", "<"], ["lte", "<="]] as const) {
      const value = filter[operator];
      if (value != null) this.add(`${column} ${sqlOperator} ${this.param(value instanceof Date ? value.toISOString() : String(value), type)}`);
    }
  }

  get sql(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(" AND ")}` : "";
  }

  /** Whether the filter is at most one equality (which a counter can answer). */
  counterKey(): { dimension: string; key: string } | undefined {
    if (this.other > 0 || this.equalities.size > 1) return undefined;
    const [entry] = [...this.equalities];
    return entry ? { dimension: entry[0], key: entry[1] } : { dimension: "", key: "" };
  }
}

export interface ScalarFilter {
  readonly eq?: string | number | null;
  readonly in?: ReadonlyArray<string | number> | null;
  readonly gt?: string | number | Date | null;
  readonly gte?: string | number | Date | null;
  readonly lt?: string | number | Date | null;
  readonly lte?: string | number | Date | null;
}

export interface ListQuery {
  /** `FROM …` target (a table, or joins), with the alias the conditions use. */
  readonly from: string;
  /** Select list of the node columns. */
  readonly select: string;
  readonly where: Where;
  readonly order: Order;
  /** The table whose `counts` answer `totalCount` (only when `from` is that one table's rows). */
  readonly countedEntity?: string;
}

interface PageSql {
  readonly conditions: string;
  readonly orderLimit: string;
  readonly keyColumns: string;
}

/** The keyset condition, order and limit of one page, its parameters added to `where`. */
function pageSql(where: Where, order: Order, args: ConnectionArgs, size: number, backward: boolean): PageSql {
  const cursor = backward ? args.before : args.after;
  const conditions = [...where.conditions];
  if (cursor != null) {
    const values = decodeCursor(cursor, order);
    const forward = order.descending ? "<" : ">";
    const operator = backward ? (forward === "<" ? ">" : "<") : forward;
    conditions.push(`(${order.keys.map((key) => key.expression).join(", ")}) ${operator} (${values.map((value, index) => where.param(value, order.keys[index].type)).join(", ")})`);
  }
  const descending = order.descending !== backward;
  return {
    conditions: conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "",
    orderLimit: `ORDER BY ${order.keys.map((key) => `${key.expression} ${descending ? "DESC" : "ASC"}`).join(", ")} LIMIT ${size + 1}`,
    keyColumns: order.keys.map((key, index) => `(${key.expression})::text AS "_k${index}"`).join(", "),
  };
}

function pageOf<Row extends object>(rows: Array<Record<string, unknown>>, order: Order, args: ConnectionArgs, size: number, backward: boolean, totalCount: () => Promise<number>): Connection<Row> {
  const more = rows.length > size;
  const pageRows = rows.slice(0, size);
  if (backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({ cursor: encodeCursor(order.name, order.keys.map((_, index) => row[`_k${index}`])), node: row as Row }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: backward ? args.before != null : more,
      hasPreviousPage: backward ? more : args.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return totalCount();
    },
  };
}

/** One page of a list: a single statement; `totalCount` costs one more only when asked for. */
export async function connection<Row extends object>(context: GraphqlContext, query: ListQuery, args: ConnectionArgs): Promise<Connection<Row>> {
  const { size, backward } = pageRequest(args, context.limits);
  const page = new Where();
  page.params.push(...query.where.params);
  page.conditions.push(...query.where.conditions);
  const sql = pageSql(page, query.order, args, size, backward);
  const rows = size === 0 ? [] : await context.sql.query<Record<string, unknown>>(`SELECT ${query.select}, ${sql.keyColumns} FROM ${query.from} ${sql.conditions} ${sql.orderLimit}`, page.params);
  return pageOf<Row>(rows, query.order, args, size, backward, () => totalCount(context, query));
}

/** A list nested under each parent of a page (a printer's jobs, a proposal's votes). */
export interface NestedListQuery {
  /** Loader name: the list's identity (the arguments are added to it). */
  readonly name: string;
  readonly from: string;
  readonly select: string;
  /** The column that holds the parent's key, and its type. */
  readonly parentColumn: string;
  readonly parentType: SqlType;
  readonly order: Order;
  /** Adds the list's own filters (the same for every parent). */
  readonly filter?: (where: Where) => void;
  /** Whether filter adds anything (then counts come from a bounded count, else from the counter). */
  readonly filtered?: boolean;
  /** `counts` entity and dimension holding each parent's row count. */
  readonly counter?: { readonly entity: string; readonly dimension: string };
}

/**
 * The page of one parent, batched with every other parent asking for the same list in the same
 * tick: one LATERAL statement for all of them, so a page of 100 printers with their last 10 jobs
 * is two statements, not 101.
 */
export async function nestedConnection<Row extends object>(context: GraphqlContext, query: NestedListQuery, args: ConnectionArgs, parent: string): Promise<Connection<Row>> {
  const { size, backward } = pageRequest(args, context.limits);
  const name = `${query.name}:${JSON.stringify([args.first, args.after, args.last, args.before])}`;
  const loader = context.loader(name, (sql) =>
    new DataLoader<string, Array<Record<string, unknown>>>(async (parents) => {
      if (size === 0) return parents.map(() => []);
      const where = new Where();
      const parentsParam = where.param(parents, `${query.parentType}[]`);
      where.add(`${query.parentColumn} = parent.key`);
      query.filter?.(where);
      const page = pageSql(where, query.order, args, size, backward);
      const rows = await sql.query<Record<string, unknown>>(
        `SELECT parent.key::text AS "_parent", page.* FROM unnest(${parentsParam}) AS parent(key)
         CROSS JOIN LATERAL (SELECT ${query.select}, ${page.keyColumns} FROM ${query.from} ${page.conditions} ${page.orderLimit}) page`,
        where.params,
      );
      const byParent = new Map<string, Array<Record<string, unknown>>>(parents.map((key) => [key, []]));
      for (const row of rows) byParent.get(row._parent as string)?.push(row);
      return parents.map((key) => byParent.get(key)!);
    }),
  );
  const rows = await loader.load(parent);
  return pageOf<Row>(rows, query.order, args, size, backward, async () => {
    if (query.counter && !query.filtered) return counterLoader(context, query.counter.entity, query.counter.dimension).load(parent);
    const where = new Where();
    where.add(`${query.parentColumn} = ${where.param(parent, query.parentType)}`);
    query.filter?.(where);
    return totalCount(context, { from: query.from, select: "", where, order: query.order });
  });
}

/** Counter values of many keys of one dimension in one statement. */
export function counterLoader(context: GraphqlContext, entity: string, dimension: string): DataLoader<string, number> {
  return context.loader(`counts:${entity}:${dimension}`, (sql) =>
    new DataLoader<string, number>(async (keys) => {
      const rows = await sql.query<{ key: string; count: string }>(`SELECT key, count FROM counts WHERE entity = $1 AND dimension = $2 AND key = ANY($3::text[])`, [entity, dimension, keys]);
      const byKey = new Map(rows.map((row) => [row.key, Number(row.count)]));
      return keys.map((key) => byKey.get(key) ?? 0);
    }),
  );
}

/**
 * From the maintained `counts` when the filter is none or one counted equality; otherwise a count
 * bounded at `maxCountedRows` (past it, an error that says so rather than a scan).
 */
async function totalCount(context: GraphqlContext, query: ListQuery): Promise<number> {
  const counter = query.countedEntity ? query.where.counterKey() : undefined;
  if (counter) return counterLoader(context, query.countedEntity!, counter.dimension).load(counter.key);
  const limit = context.limits.maxCountedRows;
  const [row] = await context.sql.query<{ count: string }>(`SELECT count(*) AS count FROM (SELECT 1 FROM ${query.from} ${query.where.sql} LIMIT ${limit + 1}) bounded`, query.where.params);
  const count = Number(row.count);
  if (count > limit) throw apiError("TOTAL_COUNT_UNAVAILABLE", `totalCount is kept by counters for no filter or one equality filter; this filter matches more than ${limit} rows, which would need a scan: drop totalCount or narrow the filter`);
  return count;
}

/** A sort field served by a list: its order keys (the primary key appended as tie-breaker). */
export function orderOf(field: string, descending: boolean, keys: readonly SortKey[], primaryKey: readonly SortKey[]): Order {
  return { name: `${field}_${descending ? "DESC" : "ASC"}`, keys: [...keys, ...primaryKey], descending };
}
