/**
 * The TypeORM data source of the indexer: PostgreSQL at `DATABASE_URL`, or an embedded server
 * (see ./embeddedPostgres) under `<home>/indexer/pg`. The schema comes from the migrations only.
 */
import { homedir } from "node:os";
import { join } from "node:path";
import { DataSource } from "typeorm";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embeddedPostgres";
import { LEDGER_ENTITIES } from "./entities";
import { Ledger1767225600000 } from "./migrations/1767225600000-Ledger";
import { Modules1767312000000 } from "./migrations/1767312000000-Modules";
import { StakingGov1767398400000 } from "./migrations/1767398400000-StakingGov";
import { Rollups1767484800000 } from "./migrations/1767484800000-Rollups";
import { Genesis1767571200000 } from "./migrations/1767571200000-Genesis";
import { ReadModels1767657600000 } from "./migrations/1767657600000-ReadModels";
import { MODULE_ENTITIES } from "../modules/index";

export const MIGRATIONS = [Ledger1767225600000, Modules1767312000000, StakingGov1767398400000, Rollups1767484800000, Genesis1767571200000, ReadModels1767657600000];
export const EMBEDDED_DATABASE = "printchain_indexer";

export function defaultIndexerHome(): string {
  return join(homedir(), ".printchain");
}

export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: [...LEDGER_ENTITIES, ...MODULE_ENTITIES],
    migrations: MIGRATIONS,
    migrationsTransactionMode: "all",
    synchronize: false,
    logging: false,
    poolSize: 4,
    // A dropped connection (PostgreSQL restarting) must surface as an error to retry, not hang.
    extra: { connectionTimeoutMillis: 5_000 },
  });
}

export interface Database {
  readonly dataSource: DataSource;
  readonly url: string;
  /** Set when we started the server ourselves. */
  readonly embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL (default: $DATABASE_URL); without one, an embedded server. */
  readonly databaseUrl?: string;
  /** Home dir of the embedded server's data (`<home>/indexer/pg`). */
  readonly home?: string;
  readonly onLog?: (line: string) => void;
  readonly unsafeNoFsync?: boolean;
}

/** Connects (starting the embedded server if needed) and runs pending migrations. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const configured = (options.databaseUrl ?? process.env.DATABASE_URL) || undefined;
  const embedded = configured
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: join(options.home ?? defaultIndexerHome(), "indexer", "pg"),
        database: EMBEDDED_DATABASE,
        onLog: options.onLog,
        unsafeNoFsync: options.unsafeNoFsync,
      });
  const url = configured ?? embedded!.url;
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "all" });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    url,
    embedded,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
