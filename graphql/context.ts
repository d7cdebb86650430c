/**
 * What every resolver gets: the SQL runner of the request (read-only, statement timeout, counted),
 * its DataLoaders (created on first use, one batch per tick), and the API's limits.
 */
import { createHash } from "node:crypto";
import DataLoader from "dataloader";
import { GraphQLError } from "graphql";
import type { Pool } from "pg";
import type { CheckpointFeed } from "./live";

export interface ApiLimits {
  /** Largest `first`/`last` of one list. */
  readonly maxPageSize: number;
  /** Largest selection depth of an operation. */
  readonly maxDepth: number;
  /** Largest estimated number of objects an operation may return (lists count as their page size). */
  readonly maxCost: number;
  /** A filtered `totalCount` with no counter behind it counts at most this many rows. */
  readonly maxCountedRows: number;
}

export const DEFAULT_GRAPHQL_PORT = 4000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

export const DEFAULT_LIMITS: ApiLimits = { maxPageSize: 1_000, maxDepth: 12, maxCost: 50_000, maxCountedRows: 10_000 };

/** Error codes clients can rely on (`extensions.code`). */
export type ApiErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "PAGE_TOO_LARGE" | "QUERY_TOO_COMPLEX" | "QUERY_TOO_DEEP" | "QUERY_TIMEOUT" | "TOTAL_COUNT_UNAVAILABLE" | "DATABASE_UNAVAILABLE";

export function apiError(code: ApiErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

const statementNames = new Map<string, string>();

/** Past this many distinct texts, statements run unnamed (each connection keeps every named one). */
const MAX_NAMED_STATEMENTS = 2_000;

/** A stable name per statement text (values are always parameters, so the texts are a small set). */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name) {
    if (statementNames.size >= MAX_NAMED_STATEMENTS) return undefined;
    name = `api_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

export class Sql {
  constructor(
    private readonly pool: Pool,
    private readonly onStatement?: (sql: string) => void,
  ) {}

  async query<Row>(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.onStatement?.(text);
    try {
      // Named: each connection parses and plans a statement once, then only binds and runs it.
      const result = await this.pool.query({ name: statementName(text), text, values: params as unknown[] });
      return result.rows as Row[];
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 57014: query_canceled, which is what statement_timeout raises.
      if (code === "57014") throw apiError("QUERY_TIMEOUT", "the query took longer than the server's statement timeout; narrow the filter or ask for a smaller page");
      if (code === "ECONNREFUSED" || code === "57P01" || code === "57P03") throw apiError("DATABASE_UNAVAILABLE", "the database is not reachable right now; retry shortly");
      throw error;
    }
  }
}

/** Yoga copies the context's own properties into its own object, so every member is one (no prototype methods). */
export class GraphqlContext {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /** The HTTP request (yoga adds it): its `signal` ends a subscription when the client goes. */
  declare readonly request?: Request;

  constructor(
    readonly sql: Sql,
    readonly limits: ApiLimits,
    /** The node's RPC, for the few figures only the chain has (its head height). */
    readonly chainHead: () => Promise<number | null>,
    /** The indexer's checkpoint advancing: what subscriptions follow. */
    readonly feed: CheckpointFeed,
  ) {}

  private readonly memos = new Map<string, Promise<unknown>>();

  /** A value computed once per request (the latest epoch, the checkpoint). */
  readonly memo = <T>(name: string, compute: () => Promise<T>): Promise<T> => {
    let value = this.memos.get(name);
    if (!value) {
      value = compute();
      this.memos.set(name, value);
    }
    return value as Promise<T>;
  };

  /**
   * Drops every loader's cache and memo: a subscription's context lives as long as the stream, so
   * each event reads what is indexed by then, not what an earlier event cached.
   */
  readonly forget = (): void => {
    this.loaders.clear();
    this.memos.clear();
  };

  /** The request's loader `name`, made by `create` on first use (so every list field shares one batch per tick). */
  readonly loader = <K, V>(name: string, create: (sql: Sql) => DataLoader<K, V>): DataLoader<K, V> => {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = create(this.sql) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  };
}

/** A DataLoader batch that loads rows by one key: one statement for the whole batch. */
export function rowsByKey<Row>(sql: Sql, select: string, keyExpression: string, keyType: "text" | "bigint", keyOf: (row: Row) => string): DataLoader<string, Row | undefined> {
  return new DataLoader(async (keys) => {
    const rows = await sql.query<Row>(`${select} WHERE ${keyExpression} = ANY($1::${keyType}[])`, [keys]);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key));
  });
}
