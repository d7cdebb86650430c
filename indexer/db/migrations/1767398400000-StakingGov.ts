import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Staking (validators, delegations, unbondings) and gov (proposals, deposits, votes, vote
 * history) module tables. Additive: nothing existing changes; the two modules have no
 * `module_checkpoints` row yet, so on a database that already holds the ledger they catch up
 * from the stored events and messages at the next start (indexer/modules/runner.ts).
 */
export class StakingGov1767398400000 implements MigrationInterface {
  name = "StakingGov1767398400000";

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE validators (
        operator          text PRIMARY KEY,
        account           text,
        consensus_pubkey  text,
        moniker           text,
        status            text,
        tokens            numeric(78,0),
        delegator_shares  numeric(96,18),
        commission_rate   numeric(38,18),
        power             bigint,
        created_height    bigint,
        updated_height    bigint NOT NULL
      )`);
    await runner.query(`CREATE INDEX validators_status ON validators (status, tokens DESC)`);
    await runner.query(`
      CREATE TABLE delegations (
        delegator           text NOT NULL,
        validator           text NOT NULL,
        shares              numeric(96,18),
        tokens_delegated    numeric(78,0) NOT NULL,
        tokens_undelegated  numeric(78,0) NOT NULL,
        created_height      bigint NOT NULL,
        updated_height      bigint NOT NULL,
        PRIMARY KEY (delegator, validator)
      )`);
    await runner.query(`CREATE INDEX delegations_validator ON delegations (validator, delegator)`);
    await runner.query(`
      CREATE TABLE unbondings (
        height             bigint NOT NULL,
        event_index        integer NOT NULL,
        tx_index           integer,
        delegator          text NOT NULL,
        validator          text NOT NULL,
        amount             numeric(78,0) NOT NULL,
        completion_height  bigint NOT NULL,
        completed          boolean NOT NULL,
        completed_height   bigint,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX unbondings_pending ON unbondings (delegator, validator) WHERE NOT completed`);
    await runner.query(`
      CREATE TABLE proposals (
        id                   bigint PRIMARY KEY,
        proposer             text NOT NULL,
        title                text NOT NULL,
        messages             jsonb NOT NULL,
        status               text NOT NULL,
        submit_height        bigint NOT NULL,
        submit_time          timestamptz NOT NULL,
        initial_deposit      jsonb NOT NULL,
        total_deposit        jsonb NOT NULL,
        voting_start_height  bigint,
        voting_start_time    timestamptz,
        end_height           bigint,
        end_time             timestamptz,
        result               text,
        yes_count            numeric(78,0),
        abstain_count        numeric(78,0),
        no_count             numeric(78,0),
        no_with_veto_count   numeric(78,0),
        deposits             text,
        failed_reason        text
      )`);
    await runner.query(`CREATE INDEX proposals_status ON proposals (status, id)`);
    await runner.query(`
      CREATE TABLE deposits (
        height          bigint NOT NULL,
        event_index     integer NOT NULL,
        tx_index        integer,
        proposal_id     bigint NOT NULL,
        depositor       text NOT NULL,
        amount          jsonb NOT NULL,
        total_deposit   jsonb NOT NULL,
        voting_started  boolean NOT NULL,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX deposits_proposal ON deposits (proposal_id, depositor)`);
    await runner.query(`
      CREATE TABLE votes (
        proposal_id  bigint NOT NULL,
        voter        text NOT NULL,
        options      jsonb NOT NULL,
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        tx_index     integer,
        PRIMARY KEY (proposal_id, voter)
      )`);
    await runner.query(`CREATE INDEX votes_voter ON votes (voter, proposal_id)`);
    await runner.query(`
      CREATE TABLE vote_history (
        height       bigint NOT NULL,
        event_index  integer NOT NULL,
        tx_index     integer,
        proposal_id  bigint NOT NULL,
        voter        text NOT NULL,
        options      jsonb NOT NULL,
        PRIMARY KEY (height, event_index)
      )`);
    await runner.query(`CREATE INDEX vote_history_proposal ON vote_history (proposal_id, voter, height)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ["vote_history", "votes", "deposits", "proposals", "unbondings", "delegations", "validators"]) await runner.query(`DROP TABLE ${table}`);
    await runner.query(`DELETE FROM module_checkpoints WHERE module IN ('staking', 'gov')`);
  }
}
