import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ledger: blocks, txs, messages, events and attributes, balance changes, balances, checkpoint.
 * No foreign keys: rows of a block are written with it in one transaction, and the completeness
 * check proves every block's rows are all there (row-level FK triggers cost ~40% of the write time).
 */
export class Ledger1767225600000 implements MigrationInterface {
  name = "Ledger1767225600000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE blocks (
        height          bigint PRIMARY KEY,
        hash            text NOT NULL UNIQUE,
        time            timestamptz NOT NULL,
        time_text       text NOT NULL,
        proposer        text NOT NULL,
        app_hash        text NOT NULL,
        tx_count        integer NOT NULL,
        rpc_event_count integer NOT NULL,
        message_count   integer NOT NULL,
        attribute_count integer NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE txs (
        height      bigint NOT NULL,
        index       integer NOT NULL,
        hash        text NOT NULL,
        code        integer NOT NULL,
        codespace   text NOT NULL,
        gas_wanted  bigint NOT NULL,
        gas_used    bigint NOT NULL,
        fee         jsonb NOT NULL,
        gas_limit   bigint NOT NULL,
        memo        text NOT NULL,
        signer      text,
        raw_log     text NOT NULL,
        PRIMARY KEY (height, index)
      )`);
    await runner.query(`CREATE INDEX txs_hash ON txs (hash)`);
    await runner.query(`CREATE INDEX txs_signer ON txs (signer, height)`);
    await runner.query(`
      CREATE TABLE messages (
        height    bigint NOT NULL,
        tx_index  integer NOT NULL,
        index     integer NOT NULL,
        type_url  text NOT NULL,
        value     jsonb NOT NULL,
        PRIMARY KEY (height, tx_index, index)
      )`);
    await runner.query(`CREATE INDEX messages_type_url ON messages (type_url, height)`);
    // event_index: position in the block (tx events in tx order, then the block's own events);
    // tx_index NULL marks a block-level (finalize_block) event, and index is its position there.
    await runner.query(`
      CREATE TABLE events (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        tx_index     integer,
        index        integer NOT NULL,
        type         text NOT NULL,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX events_type ON events (type, height)`);
    await runner.query(`
      CREATE TABLE attributes (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        index        integer NOT NULL,
        key          text NOT NULL,
        value        text NOT NULL,
        PRIMARY KEY (height, event_index, index)
      )`);
    await runner.query(`CREATE INDEX attributes_key_value ON attributes (key, value)`);
    // height 0 = genesis balances (no block row, hence no foreign key).
    await runner.query(`
      CREATE TABLE balance_changes (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        denom        text NOT NULL,
        address      text NOT NULL,
        delta        numeric(78,0) NOT NULL,
        tx_index     integer,
        PRIMARY KEY (height, event_index, denom)
      )`);
    await runner.query(`CREATE INDEX balance_changes_address ON balance_changes (address, denom, height)`);
    await runner.query(`
      CREATE TABLE balances (
        address  text NOT NULL,
        denom    text NOT NULL,
        amount   numeric(78,0) NOT NULL,
        height   bigint NOT NULL,
        PRIMARY KEY (address, denom)
      )`);
    await runner.query(`
      CREATE TABLE checkpoints (
        id          text PRIMARY KEY,
        chain_id    text NOT NULL,
        height      bigint NOT NULL,
        block_hash  text,
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["checkpoints", "balances", "balance_changes", "attributes", "events", "messages", "txs", "blocks"]) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}
