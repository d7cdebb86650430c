import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The genesis document the chain started from (one row): what module handlers seed their tables
 * from (validators and delegations that exist before the first block), so a module rebuilt from
 * the stored ledger reads genesis from here, never from the node. Additive: a database indexed
 * before this migration has no row; the indexer fetches the genesis once at its next start.
 */
export class Genesis1767571200000 implements MigrationInterface {
  name = "Genesis1767571200000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE genesis (
        chain_id           text PRIMARY KEY,
        initial_height     bigint NOT NULL,
        genesis_time       timestamptz NOT NULL,
        genesis_time_text  text NOT NULL,
        validators         jsonb NOT NULL,
        app_state          jsonb NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE genesis`);
  }
}
