import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Per-epoch rollups (indexer/modules/rollups): one row per printer and epoch, one per epoch for
 * the network. Additive: without a `rollups` row in module_checkpoints the module catches up from
 * the stored ledger (and the earlier modules' tables) at the next start. Scales: see
 * indexer/modules/rollups/entities.ts.
 */
export class Rollups1767484800000 implements MigrationInterface {
  name = "Rollups1767484800000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE printer_epoch_stats (
        printer_id          text NOT NULL,
        epoch               bigint NOT NULL,
        start_height        bigint NOT NULL,
        end_height          bigint NOT NULL,
        offered             bigint NOT NULL,
        offers_expired      bigint NOT NULL,
        accepted            bigint NOT NULL,
        completed           bigint NOT NULL,
        completed_on_time   bigint NOT NULL,
        completed_late      bigint NOT NULL,
        failed              bigint NOT NULL,
        disputed            bigint NOT NULL,
        accept_ms_total     numeric(78,0) NOT NULL,
        accept_ms_avg       numeric(20,3),
        accept_ms_p95       bigint,
        on_time_rate        numeric(5,4),
        proofs              bigint NOT NULL,
        first_attempt       bigint NOT NULL,
        first_attempt_rate  numeric(5,4),
        grams_used          numeric(78,0) NOT NULL,
        grams_estimated     numeric(78,0) NOT NULL,
        print_seconds       numeric(78,0) NOT NULL,
        errors              bigint NOT NULL,
        units_completed     bigint NOT NULL,
        units_ordered       bigint NOT NULL,
        quality_count       bigint NOT NULL,
        quality_sum         bigint NOT NULL,
        avg_quality         numeric(5,2),
        points              numeric(78,0) NOT NULL,
        rewards             numeric(78,0) NOT NULL,
        PRIMARY KEY (printer_id, epoch)
      )`);
    await runner.query(`CREATE INDEX printer_epoch_stats_epoch ON printer_epoch_stats (epoch, printer_id)`);
    await runner.query(`
      CREATE TABLE network_epoch_stats (
        epoch                 bigint PRIMARY KEY,
        start_height          bigint NOT NULL,
        end_height            bigint NOT NULL UNIQUE,
        end_time              timestamptz NOT NULL,
        jobs_created          bigint NOT NULL,
        jobs_accepted         bigint NOT NULL,
        jobs_completed        bigint NOT NULL,
        jobs_failed           bigint NOT NULL,
        jobs_expired          bigint NOT NULL,
        jobs_cancelled        bigint NOT NULL,
        jobs_disputed         bigint NOT NULL,
        offers                bigint NOT NULL,
        offers_expired        bigint NOT NULL,
        printers_active       bigint NOT NULL,
        printers_working      bigint NOT NULL,
        volume_paid           numeric(78,0) NOT NULL,
        job_fees              numeric(78,0) NOT NULL,
        customer_refunds      numeric(78,0) NOT NULL,
        bond_slashed          numeric(78,0) NOT NULL,
        minted                numeric(78,0) NOT NULL,
        fees                  numeric(78,0) NOT NULL,
        total                 numeric(78,0) NOT NULL,
        paid                  numeric(78,0) NOT NULL,
        community_pool_added  numeric(78,0) NOT NULL,
        printer_points        numeric(78,0) NOT NULL,
        printer_rewards       numeric(78,0) NOT NULL,
        weights               jsonb NOT NULL,
        roles                 jsonb NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE network_epoch_stats`);
    await runner.query(`DROP TABLE printer_epoch_stats`);
  }
}
