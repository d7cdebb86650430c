/**
 * `printchain serve`: graphql-yoga over the indexer's database on node:http. GraphiQL on GET
 * /graphql; SSE subscriptions; read-only connections with a statement timeout; unexpected errors
 * masked, expected ones carry `extensions.code`.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, join } from "node:path";
import type { AddressInfo } from "node:net";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { Pool } from "pg";
import { type ApiLimits, DEFAULT_GRAPHQL_PORT, DEFAULT_LIMITS, DEFAULT_STATEMENT_TIMEOUT_MS, GraphqlContext, Sql } from "./context";
import { useOperationLimits } from "./guards";
import { CheckpointFeed } from "./live";
import { createApiSchema } from "./schema/index";

export interface GraphqlServerOptions {
  readonly databaseUrl: string;
  /** The node's RPC (for the chain head in `_meta`); none: the chain head is unknown. */
  readonly rpcUrl?: string;
  readonly host?: string;
  /** 0: a free port. */
  readonly port?: number;
  readonly limits?: Partial<ApiLimits>;
  /** PostgreSQL `statement_timeout` of the API's connections. */
  readonly statementTimeoutMs?: number;
  readonly introspection?: boolean;
  /** Largest query document, in tokens. */
  readonly maxTokens?: number;
  readonly maxAliases?: number;
  readonly poolSize?: number;
  /** How often subscriptions look for a new indexer checkpoint. */
  readonly pollMs?: number;
  /** Called with every SQL statement the API sends (tests count them). */
  readonly onStatement?: (sql: string) => void;
  /** Unexpected errors, unmasked (clients see "Unexpected error."). Default: stderr. */
  readonly onUnexpectedError?: (error: unknown) => void;
}

export interface GraphqlServer {
  readonly url: string;
  readonly port: number;
  readonly pool: Pool;
  close(): Promise<void>;
}


/** The node's head height over RPC, cached for a second (one request however many clients ask). */
function chainHeadReader(rpcUrl: string | undefined): () => Promise<number | null> {
  let cached: { at: number; value: Promise<number | null> } | undefined;
  return () => {
    if (!rpcUrl) return Promise.resolve(null);
    if (cached && Date.now() - cached.at < 1_000) return cached.value;
    const value = fetch(`${rpcUrl.replace(/\/$/, "")}/status`, { signal: AbortSignal.timeout(2_000) })
      .then((response) => response.json() as Promise<{ result?: { sync_info?: { latest_block_height?: string } } }>)
      .then((body) => Number(body.result?.sync_info?.latest_block_height ?? NaN))
      .then((height) => (Number.isSafeInteger(height) ? height : null))
      .catch(() => null);
    cached = { at: Date.now(), value };
    return value;
  };
}

/** The dashboard (./dashboard, copied next to the build) and the charting library it uses, by URL path. */
function dashboardAssets(): Map<string, { type: string; body: Buffer }> {
  const dir = join(__dirname, "dashboard");
  const file = (path: string, type: string): { type: string; body: Buffer } => ({ type, body: readFileSync(path) });
  return new Map([
    ["/", file(join(dir, "index.html"), "text/html; charset=utf-8")],
    ["/dashboard/dashboard.js", file(join(dir, "dashboard.js"), "text/javascript; charset=utf-8")],
    ["/dashboard/dashboard.css", file(join(dir, "dashboard.css"), "text/css; charset=utf-8")],
    ["/vendor/chart.umd.min.js", file(join(dirname(require.resolve("chart.js")), "chart.umd.min.js"), "text/javascript; charset=utf-8")],
  ]);
}

export async function startGraphqlServer(options: GraphqlServerOptions): Promise<GraphqlServer> {
  const limits: ApiLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const pool = new Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    application_name: "printchain-graphql",
    statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    // The API never writes: a bug cannot change the ledger.
    options: "-c default_transaction_read_only=on",
    connectionTimeoutMillis: 5_000,
  });
  pool.on("error", () => undefined); // an idle connection lost (PostgreSQL restarting) is replaced on next use
  const chainHead = chainHeadReader(options.rpcUrl);
  const feed = new CheckpointFeed(pool, options.pollMs);
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxTokens: { n: options.maxTokens ?? 2_000 },
      maxAliases: { n: options.maxAliases ?? 30 },
      maxDirectives: { n: 50 },
      // Depth and cost are ours (page-aware, with error codes); suggestions help on a public schema.
      maxDepth: { enabled: false },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: false },
    }) as Plugin,
    useOperationLimits(limits),
    // Each operation text compiled once to a JS function (cached), instead of walking the AST per request.
    useGraphQlJit({}, { enableIf: (args) => args.document.definitions.every((definition) => definition.kind !== "OperationDefinition" || definition.operation !== "subscription") }) as Plugin,
  ];
  if (options.introspection === false) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  const yoga = createYoga({
    schema: createApiSchema(),
    graphqlEndpoint: "/graphql",
    graphiql: { title: "printchain GraphQL" },
    landingPage: false,
    maskedErrors: {
      maskError: (error, message, isDev) => {
        const original = (error as { originalError?: unknown }).originalError;
        if (original !== undefined && !(original instanceof GraphQLError)) (options.onUnexpectedError ?? ((unexpected) => process.stderr.write(`graphql: ${unexpected instanceof Error ? (unexpected.stack ?? unexpected.message) : String(unexpected)}\n`)))(original);
        return maskError(error, message, isDev);
      },
    },
    logging: false,
    plugins,
    context: () => new GraphqlContext(new Sql(pool, options.onStatement), limits, chainHead, feed),
  });
  const assets = dashboardAssets();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    const asset = request.method === "GET" || request.method === "HEAD" ? assets.get(path) : undefined;
    if (!asset) return void yoga(request, response);
    response.writeHead(200, { "content-type": asset.type, "content-length": asset.body.length, "cache-control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : asset.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? DEFAULT_GRAPHQL_PORT, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/graphql`,
    port,
    pool,
    async close() {
      feed.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
