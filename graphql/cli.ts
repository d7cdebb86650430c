/** `printchain serve`: the GraphQL API over the indexer's database. */
import { join } from "node:path";
import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_GRAPHQL_PORT, DEFAULT_LIMITS, DEFAULT_STATEMENT_TIMEOUT_MS } from "./context";

function nonNegativeInt(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 0) throw new InvalidArgumentError("must be a non-negative integer");
  return number;
}

export interface ServeOptions {
  home: string;
  host: string;
  port: number;
  rpc: string;
  statementTimeout: number;
  maxPageSize: number;
  maxDepth: number;
  maxCost: number;
  introspection: boolean;
}

export function addServeCommand(program: Command, defaultHome: string): void {
  program
    .command("serve")
    .description("serve the GraphQL API (GraphiQL on GET /graphql) over the indexer's database: $DATABASE_URL, else the embedded PostgreSQL of <home> (the running one of `printchain index`, or started here)")
    .option("--home <dir>", "home dir of the embedded PostgreSQL (<home>/indexer/pg)", defaultHome)
    .option("--host <host>", "listen address", "127.0.0.1")
    .option("--port <n>", "listen port (0: a free one)", nonNegativeInt, DEFAULT_GRAPHQL_PORT)
    .option("--rpc <url>", "node RPC, for the chain head and lag in _meta", "http://127.0.0.1:26657")
    .option("--statement-timeout <ms>", "PostgreSQL statement_timeout of every API query", nonNegativeInt, DEFAULT_STATEMENT_TIMEOUT_MS)
    .option("--max-page-size <n>", "largest first/last of a list", nonNegativeInt, DEFAULT_LIMITS.maxPageSize)
    .option("--max-depth <n>", "deepest selection of an operation", nonNegativeInt, DEFAULT_LIMITS.maxDepth)
    .option("--max-cost <n>", "most objects an operation may return (lists count their page size times their parent's)", nonNegativeInt, DEFAULT_LIMITS.maxCost)
    .option("--no-introspection", "refuse schema introspection (__schema, __type)")
    .action(async (options: ServeOptions) => {
      const [{ openDatabase, EMBEDDED_DATABASE }, { runningEmbeddedPostgresUrl }, { startGraphqlServer }] = await Promise.all([import("../indexer/db/dataSource"), import("../indexer/db/embeddedPostgres"), import("./server")]);
      // An indexer running on the same home owns the embedded server: attach to it rather than start a second.
      const attached = process.env.DATABASE_URL ? undefined : runningEmbeddedPostgresUrl(join(options.home, "indexer", "pg"), EMBEDDED_DATABASE);
      const database = attached ? undefined : await openDatabase({ home: options.home });
      const server = await startGraphqlServer({
        databaseUrl: attached ?? database!.url,
        rpcUrl: options.rpc,
        host: options.host,
        port: options.port,
        statementTimeoutMs: options.statementTimeout,
        introspection: options.introspection,
        limits: { maxPageSize: options.maxPageSize, maxDepth: options.maxDepth, maxCost: options.maxCost },
      });
      process.stderr.write(`GraphQL API on ${server.url} (GraphiQL: open it in a browser)\n`);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await server.close();
      await database?.close();
    });
}
