/**
 * What `printchain devnet` runs next to the node: the indexer (following the node's RPC into the
 * embedded PostgreSQL of the devnet home, with its metrics server) and the GraphQL server with the
 * dashboard over that database. Each is the same code as `printchain index` / `printchain serve`.
 */
import type { DevnetService, RunningService, ServiceContext } from "./run";

export interface DevnetServiceOptions {
  readonly graphqlPort: number;
  readonly graphqlHost?: string;
  /** Port of the indexer's /metrics, /health, /ready (a free one if taken). */
  readonly metricsPort?: number;
}

/** The indexer, then the GraphQL server over the indexer's database. */
export function devnetServices(options: DevnetServiceOptions): DevnetService[] {
  let databaseUrl: string | undefined;
  let indexed = 0;

  const indexer: DevnetService = {
    name: "indexer",
    async start(context: ServiceContext): Promise<RunningService> {
      const [{ openDatabase }, { Indexer }, { IndexerMetrics }, { serveMetrics }] = await Promise.all([import("../../indexer/db/dataSource"), import("../../indexer/indexer"), import("../../indexer/metrics"), import("../../indexer/cli")]);
      const database = await openDatabase({ home: context.home, onLog: undefined });
      databaseUrl = database.url;
      const metrics = new IndexerMetrics();
      const metricsServer = await serveMetrics(metrics, options.metricsPort ?? 9464, "127.0.0.1", true);
      const running = new Indexer({
        rpcUrl: context.rpcUrl,
        dataSource: database.dataSource,
        batchSize: 100,
        pollMs: 250,
        metrics,
        onProgress: (progress) => {
          indexed = progress.height;
        },
        log: context.log,
      });
      let failure: string | undefined;
      const loop = running.run().then(
        (height) => {
          indexed = height;
        },
        (error: unknown) => {
          failure = error instanceof Error ? error.message : String(error);
          context.log(`stopped: ${failure}`);
        },
      );
      return {
        banner: [`Indexer    PostgreSQL (embedded, ${context.home}/indexer/pg); metrics ${metricsServer.url}/metrics`],
        status: () => (failure ? "indexer stopped (see log)" : `indexed ${indexed} · lag ${Math.max(0, context.node.height - indexed)}`),
        async stop() {
          running.stop();
          await loop;
          await metricsServer.close();
          await database.close();
        },
      };
    },
  };

  const graphql: DevnetService = {
    name: "graphql",
    async start(context: ServiceContext): Promise<RunningService> {
      if (!databaseUrl) throw new Error("the GraphQL server starts after the indexer");
      const { startGraphqlServer } = await import("../../graphql/server");
      const server = await startGraphqlServer({ databaseUrl, rpcUrl: context.rpcUrl, host: options.graphqlHost, port: options.graphqlPort, onUnexpectedError: (error) => context.log(error instanceof Error ? (error.stack ?? error.message) : String(error)) });
      const root = server.url.replace(/\/graphql$/, "/");
      return {
        banner: [`GraphQL    ${server.url}  (GraphiQL in a browser)`, `Dashboard  ${root}`],
        stop: () => server.close(),
      };
    },
  };

  return [indexer, graphql];
}
