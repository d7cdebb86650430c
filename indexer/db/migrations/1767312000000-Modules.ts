import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Module tables (printers, jobs, emissions) and the per-module checkpoints. Additive: the ledger
 * tables are untouched, and a database that already holds the ledger is not reindexed — the
 * modules have no checkpoint row yet, so at the next start they catch up from the stored events
 * and messages (indexer/modules/runner.ts).
 */
export class Modules1767312000000 implements MigrationInterface {
  name = "Modules1767312000000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE module_checkpoints (
        module      text PRIMARY KEY,
        height      bigint NOT NULL,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE printers (
        id                 text PRIMARY KEY,
        owner              text NOT NULL,
        moniker            text NOT NULL,
        status             text NOT NULL,
        technology         text NOT NULL,
        materials          jsonb NOT NULL,
        region             text NOT NULL,
        latitude_udeg      integer NOT NULL,
        longitude_udeg     integer NOT NULL,
        bond               numeric(78,0) NOT NULL,
        registered_height  bigint NOT NULL,
        updated_height     bigint NOT NULL
      )`);
    await runner.query(`CREATE INDEX printers_owner ON printers (owner)`);
    await runner.query(`CREATE INDEX printers_status ON printers (status, region)`);
    await runner.query(`
      CREATE TABLE printer_history (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        tx_index     integer,
        printer_id   text NOT NULL,
        event_type   text NOT NULL,
        fields       jsonb NOT NULL,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX printer_history_printer ON printer_history (printer_id, height)`);
    await runner.query(`
      CREATE TABLE jobs (
        id                bigint PRIMARY KEY,
        customer          text NOT NULL,
        printer_id        text,
        printer_owner     text,
        status            text NOT NULL,
        price             numeric(78,0) NOT NULL,
        denom             text NOT NULL,
        material          text NOT NULL,
        technology        text NOT NULL,
        quantity          integer NOT NULL,
        estimated_grams   bigint NOT NULL,
        design_hash       text NOT NULL,
        design_uri        text,
        latitude_udeg     integer NOT NULL,
        longitude_udeg    integer NOT NULL,
        max_distance_km   integer NOT NULL,
        due_time          timestamptz NOT NULL,
        created_height    bigint NOT NULL,
        created_time      timestamptz NOT NULL,
        accepted_height   bigint,
        accepted_time     timestamptz,
        proof_height      bigint,
        proof_time        timestamptz,
        confirmed_height  bigint,
        confirmed_time    timestamptz,
        settled_height    bigint,
        settled_time      timestamptz,
        settle_reason     text,
        printer_payout    numeric(78,0),
        fee               numeric(78,0),
        customer_refund   numeric(78,0),
        bond_slashed      numeric(78,0),
        quality_score     integer,
        late              boolean
      )`);
    await runner.query(`CREATE INDEX jobs_customer ON jobs (customer, id)`);
    await runner.query(`CREATE INDEX jobs_printer ON jobs (printer_id, id)`);
    await runner.query(`CREATE INDEX jobs_status ON jobs (status, id)`);
    await runner.query(`
      CREATE TABLE proofs_of_print (
        job_id           bigint PRIMARY KEY,
        height           bigint NOT NULL,
        tx_index         integer,
        printer_id       text NOT NULL,
        operator         text NOT NULL,
        evidence_hash    text NOT NULL,
        evidence_uri     text,
        print_seconds    bigint NOT NULL,
        grams_used       bigint NOT NULL,
        estimated_grams  bigint NOT NULL,
        error_count      integer NOT NULL,
        error_kinds      jsonb NOT NULL,
        first_attempt    boolean NOT NULL,
        units_completed  integer NOT NULL,
        quantity         integer NOT NULL,
        late             boolean NOT NULL,
        submitted_time   timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX proofs_of_print_printer ON proofs_of_print (printer_id, height)`);
    await runner.query(`
      CREATE TABLE job_confirmations (
        job_id          bigint PRIMARY KEY,
        height          bigint NOT NULL,
        tx_index        integer,
        printer_id      text NOT NULL,
        customer        text NOT NULL,
        quality_score   integer NOT NULL,
        defects         jsonb NOT NULL,
        automatic       boolean NOT NULL,
        confirmed_time  timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX job_confirmations_printer ON job_confirmations (printer_id, height)`);
    await runner.query(`
      CREATE TABLE disputes (
        job_id           bigint PRIMARY KEY,
        height           bigint NOT NULL,
        printer_id       text NOT NULL,
        customer         text NOT NULL,
        reason           text NOT NULL,
        opened_time      timestamptz NOT NULL,
        resolve_by       timestamptz NOT NULL,
        resolved_height  bigint,
        arbiter          text,
        refund_bps       integer,
        resolved_time    timestamptz
      )`);
    await runner.query(`
      CREATE TABLE epochs (
        epoch                 bigint PRIMARY KEY,
        end_height            bigint NOT NULL UNIQUE,
        end_time              timestamptz NOT NULL,
        minted                numeric(78,0) NOT NULL,
        fees                  numeric(78,0) NOT NULL,
        total                 numeric(78,0) NOT NULL,
        paid                  numeric(78,0) NOT NULL,
        community_pool_added  numeric(78,0) NOT NULL,
        weights               jsonb NOT NULL,
        roles                 jsonb NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE emission_rewards (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        epoch        bigint NOT NULL,
        role         text NOT NULL,
        recipient    text NOT NULL,
        printer_id   text,
        validator    text,
        points       numeric(78,0) NOT NULL,
        amount       numeric(78,0) NOT NULL,
        commission   numeric(78,0) NOT NULL,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX emission_rewards_epoch ON emission_rewards (epoch, role)`);
    await runner.query(`CREATE INDEX emission_rewards_recipient ON emission_rewards (recipient, epoch)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["emission_rewards", "epochs", "disputes", "job_confirmations", "proofs_of_print", "jobs", "printer_history", "printers", "module_checkpoints"]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
