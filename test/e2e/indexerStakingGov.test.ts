import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, govCodecs, printchain as printchainTypes, stakingCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { DEVNET_SELF_BOND, withGenesisValidators } from "../../chain-sim/node/devnet";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { catchUpModules, moduleHeights } from "../../indexer/modules/runner";
import { ManualChain } from "../utils/manualChain";

/**
 * The staking and gov module tables after a workload through stock CosmJS on a ManualChain — two
 * validators created, delegations (one to the genesis validator), an undelegation that matures, a
 * redelegation, a role-weights proposal with a split deposit, a replaced vote and a weighted vote,
 * passed — compared with the chain's own queries; the genesis validator (the block producer) is
 * seeded from the stored genesis document before any event names it; a rebuild from the stored
 * ledger and genesis row equals the batch-written rows, and a database without a genesis row gets
 * it from the node at the next start.
 */
jest.setTimeout(60_000);

const PRINT = 1_000_000n;
const VOTING = 6;
const UNBONDING = 4;
const MIN_DEPOSIT = 10n * PRINT;
const [V0, V1, V2, D3, D4, PROPOSER, DEPOSITOR] = [0, 1, 2, 3, 4, 5, 6];
const GOV = moduleAddress("gov");
const TABLES = ["validators", "delegations", "unbondings", "proposals", "deposits", "votes", "vote_history"];
/** The genesis delegation of D4 to the block producer (on top of its self-bond). */
const D4_GENESIS_TOKENS = 250n * PRINT;
const { BondStatus } = printchainTypes.staking.v1;
const { ProposalStatus, VoteOption } = printchainTypes.gov.v1;
const name = (enumObject: object, value: number): string => (enumObject as Record<number, string>)[value];

let chain: ManualChain;
let home: string;
let database: Database;
let proposalId: bigint;

function patchGenesis(genesis: GenesisDoc, accounts: readonly string[]): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.gov.params, { minDeposit: [{ denom: "uprint", amount: MIN_DEPOSIT.toString() }], maxDepositPeriod: "8", votingPeriod: String(VOTING) });
  Object.assign(appState.staking.params, { unbondingBlocks: String(UNBONDING) });
  // The block producer (account V0) also holds D4's genesis delegation, with a commission of its own.
  const producer = genesis.validators[0];
  Object.assign(genesis, withGenesisValidators(genesis, [{ operator: accounts[V0], pubKey: producer.pub_key.value, tokens: DEVNET_SELF_BOND, moniker: "producer", commissionRate: "0.07", delegators: [{ address: accounts[D4], tokens: D4_GENESIS_TOKENS }] }]));
}

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });
const a = (index: number): string => chain.addresses[index];
const valoper = (index: number): string => valoperFromAccount(a(index));
const index = (batchSize: number): Promise<number> => new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize, once: true }).run();

function createValidator(account: number, moniker: string, rate: string, tokens: bigint, key: number): EncodeObject {
  return msg(stakingCodecs.MsgCreateValidator, {
    description: { moniker }, commission: { rate, maxRate: "0.2", maxChangeRate: "0.01" }, minSelfDelegation: "1",
    validatorAddress: valoper(account), pubkey: new Uint8Array(32).fill(key), value: coin(tokens),
  });
}

async function weightsUpdate(): Promise<{ typeUrl: string; value: Uint8Array }> {
  const { params } = await chain.query("/printchain.emissions.v1.Query/Params", emissionsCodecs.QueryParamsRequest, {}, emissionsCodecs.QueryParamsResponse);
  const weights = { ROLE_PRINTERS: 55, ROLE_VALIDATORS: 20, ROLE_DEVELOPERS: 10, ROLE_MODEL_PROVIDERS: 5, ROLE_LIQUIDITY_PROVIDERS: 5, ROLE_COMMUNITY: 5 };
  const value = emissionsCodecs.MsgUpdateParams.fromPartial({ authority: GOV, params: { ...params, roleWeights: Object.entries(weights).map(([role, weight]) => ({ role, weight })) } });
  return { typeUrl: emissionsCodecs.MsgUpdateParams.typeUrl, value: emissionsCodecs.MsgUpdateParams.encode(value).finish() };
}

const vote = (voter: number, option: string): EncodeObject => msg(govCodecs.MsgVote, { proposalId, voter: a(voter), option, metadata: "" });

async function proposal(id: bigint): Promise<printchain.gov.v1.Proposal> {
  return (await chain.query("/printchain.gov.v1.Query/Proposal", govCodecs.QueryProposalRequest, { proposalId: id }, govCodecs.QueryProposalResponse)).proposal as printchain.gov.v1.Proposal;
}

async function chainValidator(operator: string): Promise<printchain.staking.v1.Validator> {
  return (await chain.query("/printchain.staking.v1.Query/Validator", stakingCodecs.QueryValidatorRequest, { validatorAddr: operator }, stakingCodecs.QueryValidatorResponse)).validator as printchain.staking.v1.Validator;
}

async function chainDelegationShares(delegator: string, validator: string): Promise<string | null | undefined> {
  const { delegationResponse } = await chain.query("/printchain.staking.v1.Query/Delegation", stakingCodecs.QueryDelegationRequest, { delegatorAddr: delegator, validatorAddr: validator }, stakingCodecs.QueryDelegationResponse);
  return delegationResponse!.delegation!.shares;
}

/** A validator row and Query/Validator in the same shape. */
function validatorFields(row: Record<string, string | null>): Record<string, unknown> {
  return { operator: row.operator, status: row.status, tokens: row.tokens, shares: row.delegator_shares, rate: row.commission_rate, moniker: row.moniker, key: row.consensus_pubkey, created: row.created_height };
}

function chainValidatorFields(validator: printchain.staking.v1.Validator): Record<string, unknown> {
  return {
    operator: validator.operatorAddress, status: name(BondStatus, validator.status), tokens: validator.tokens, shares: validator.delegatorShares, rate: validator.commission!.rate,
    moniker: validator.description!.moniker, key: Buffer.from(validator.consensusPubkey).toString("base64"), created: String(toBigInt(validator.creationHeight)),
  };
}

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await database.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  return out;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "printchain-indexer-staking-gov-"));
  [chain, database] = await Promise.all([ManualChain.start(patchGenesis), openDatabase({ home, databaseUrl: "", unsafeNoFsync: true })]);
});

afterAll(async () => {
  await database?.close();
  await chain?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("indexer modules: staking, gov", () => {
  let unbondHeight: number;
  let first: number;

  test("staking workload indexed; the genesis validator's row, before any event names it, equals Query/Validator and its delegations Query/Delegation", async () => {
    await chain.submitOk(V1, createValidator(V1, "v1", "0.05", 4_000n * PRINT, 7));
    await chain.submitOk(V2, createValidator(V2, "v2", "0.1", 1_500n * PRINT, 9));
    await chain.submitOk(D3, msg(stakingCodecs.MsgDelegate, { delegatorAddress: a(D3), validatorAddress: valoper(V1), amount: coin(2_000n * PRINT) }));
    await chain.submitOk(D4, msg(stakingCodecs.MsgDelegate, { delegatorAddress: a(D4), validatorAddress: valoper(V2), amount: coin(1_000n * PRINT) }));
    unbondHeight = (await chain.submitOk(D3, msg(stakingCodecs.MsgUndelegate, { delegatorAddress: a(D3), validatorAddress: valoper(V1), amount: coin(333n * PRINT + 7n) }))).height;
    await chain.submitOk(D4, msg(stakingCodecs.MsgBeginRedelegate, { delegatorAddress: a(D4), validatorSrcAddress: valoper(V2), validatorDstAddress: valoper(V1), amount: coin(400n * PRINT) }));
    first = await index(3);
    const rows = (await database.dataSource.query(`SELECT * FROM validators ORDER BY operator`)) as Array<Record<string, string | null>>;
    expect(rows.map((row) => row.operator).sort()).toEqual([valoper(V0), valoper(V1), valoper(V2)].sort());
    // No staking event of the indexed blocks names the block producer: its row is the genesis'.
    const naming = await database.dataSource.query(
      `SELECT count(*) AS n FROM events e JOIN attributes t ON t.height = e.height AND t.event_index = e.event_index WHERE e.type LIKE 'printchain.staking.v1.%' AND t.value = $1`,
      [valoper(V0)],
    );
    expect(Number(naming[0].n)).toBe(0);
    const producer = rows.find((row) => row.operator === valoper(V0))!;
    expect(validatorFields(producer)).toEqual(chainValidatorFields(await chainValidator(valoper(V0))));
    expect(producer).toMatchObject({ moniker: "producer", commission_rate: "0.070000000000000000", tokens: (DEVNET_SELF_BOND + D4_GENESIS_TOKENS).toString(), account: a(V0), created_height: "0", updated_height: "0" });
    // Its power is the one the genesis gave consensus (the validator set of height 1).
    const { validators: consensus } = await chain.comet.validators({ height: 1 });
    const entry = consensus.find((validator) => Buffer.from(validator.pubkey!.data).toString("base64") === producer.consensus_pubkey)!;
    expect(producer.power).toBe(entry.votingPower.toString());
    const delegations = (await database.dataSource.query(
      `SELECT delegator, shares, tokens_delegated, tokens_undelegated, created_height, updated_height FROM delegations WHERE validator = $1 ORDER BY delegator COLLATE "C"`,
      [valoper(V0)],
    )) as Array<Record<string, string>>;
    const expected = [
      { delegator: a(V0), tokens: DEVNET_SELF_BOND },
      { delegator: a(D4), tokens: D4_GENESIS_TOKENS },
    ].sort((x, y) => (x.delegator < y.delegator ? -1 : 1));
    expect(delegations).toEqual(
      await Promise.all(expected.map(async ({ delegator, tokens }) => ({
        delegator, shares: await chainDelegationShares(delegator, valoper(V0)), tokens_delegated: tokens.toString(), tokens_undelegated: "0", created_height: "0", updated_height: "0",
      }))),
    );
    // The genesis row holds the document the node serves.
    const [genesis] = (await database.dataSource.query(`SELECT chain_id, initial_height, genesis_time_text, app_state FROM genesis`)) as Array<Record<string, unknown>>;
    const served = chain.node.node.genesis;
    expect(genesis).toEqual({ chain_id: served.chain_id, initial_height: served.initial_height, genesis_time_text: served.genesis_time, app_state: JSON.parse(JSON.stringify(served.app_state)) });
  });

  test("a delegation to the genesis validator, then a proposal, indexed in a second run; module checkpoints follow the ledger", async () => {
    await chain.submitOk(D3, msg(stakingCodecs.MsgDelegate, { delegatorAddress: a(D3), validatorAddress: valoper(V0), amount: coin(500n * PRINT + 3n) }));

    // The proposal: half the deposit up front, the rest by another account (voting starts then).
    const submitted = await chain.submitOk(PROPOSER, msg(govCodecs.MsgSubmitProposal, {
      messages: [await weightsUpdate()], initialDeposit: [coin(MIN_DEPOSIT / 2n)], proposer: a(PROPOSER), title: "Role weights 55/20/10/5/5/5", summary: "e2e", metadata: "",
    }));
    proposalId = toBigInt(govCodecs.MsgSubmitProposalResponse.decode(submitted.msgResponses[0].value).proposalId);
    await chain.submitOk(DEPOSITOR, msg(govCodecs.MsgDeposit, { proposalId, depositor: a(DEPOSITOR), amount: [coin(MIN_DEPOSIT / 2n)] }));
    await chain.submitOk(V0, vote(V0, "VOTE_OPTION_YES"));
    await chain.submitOk(D3, vote(D3, "VOTE_OPTION_NO"));
    await chain.submitOk(V1, vote(V1, "VOTE_OPTION_YES"));
    await chain.submitOk(D3, vote(D3, "VOTE_OPTION_ABSTAIN")); // replaces D3's NO
    await chain.submitOk(D4, msg(govCodecs.MsgVoteWeighted, { proposalId, voter: a(D4), options: [{ option: "VOTE_OPTION_YES", weight: "0.7" }, { option: "VOTE_OPTION_NO", weight: "0.3" }], metadata: "" }));
    const end = Number(toBigInt((await proposal(proposalId)).votingEndHeight));
    while (chain.node.node.height < Math.max(end, unbondHeight + UNBONDING) + 1) await chain.produce();
    expect((await proposal(proposalId)).status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);

    const head = await index(4);
    expect(head).toBe(chain.node.node.height);
    expect(head).toBeGreaterThan(first);
    const heights = await moduleHeights(database.dataSource);
    expect([heights.get("staking"), heights.get("gov")]).toEqual([head, head]);
    const counts = Object.fromEntries(await Promise.all(TABLES.map(async (table) => [table, Number((await database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n)])));
    expect(counts).toEqual({ validators: 3, delegations: 8, unbondings: 1, proposals: 1, deposits: 2, votes: 4, vote_history: 5 });
    const [producer] = await database.dataSource.query(`SELECT updated_height FROM validators WHERE operator = $1`, [valoper(V0)]);
    expect(Number(producer.updated_height)).toBeGreaterThan(first); // named by the EventDelegate now
  });

  test("every validator row equals Query/Validator (status, tokens, shares, commission, moniker, key); delegations equal Query/Delegation", async () => {
    const rows = (await database.dataSource.query(`SELECT * FROM validators ORDER BY operator`)) as Array<Record<string, string | null>>;
    expect(rows.map((row) => row.operator).sort()).toEqual([valoper(V0), valoper(V1), valoper(V2)].sort());
    for (const row of rows) expect(validatorFields(row)).toEqual(chainValidatorFields(await chainValidator(row.operator!)));
    expect(rows.every((row) => row.status === "BOND_STATUS_BONDED")).toBe(true);
    const delegations = (await database.dataSource.query(`SELECT * FROM delegations ORDER BY delegator, validator`)) as Array<Record<string, string>>;
    for (const row of delegations) expect(`${row.delegator} ${row.validator} ${row.shares}`).toBe(`${row.delegator} ${row.validator} ${await chainDelegationShares(row.delegator, row.validator)}`);
    const d3 = delegations.find((row) => row.delegator === a(D3) && row.validator === valoper(V1))!;
    expect([d3.tokens_delegated, d3.tokens_undelegated]).toEqual([(2_000n * PRINT).toString(), (333n * PRINT + 7n).toString()]);
    const [unbonding] = (await database.dataSource.query(`SELECT * FROM unbondings`)) as Array<Record<string, unknown>>;
    expect(unbonding).toMatchObject({ delegator: a(D3), validator: valoper(V1), height: String(unbondHeight), completion_height: String(unbondHeight + UNBONDING), completed: true, completed_height: String(unbondHeight + UNBONDING) });
    const { unbondingResponses } = await chain.query("/printchain.staking.v1.Query/DelegatorUnbondingDelegations", stakingCodecs.QueryDelegatorUnbondingDelegationsRequest, { delegatorAddr: a(D3) }, stakingCodecs.QueryDelegatorUnbondingDelegationsResponse);
    expect(unbondingResponses).toHaveLength(0); // matured and paid, as the row says
  });

  test("the proposal row equals Query/Proposal (status, final tally, heights); votes equal Query/Votes", async () => {
    const chainProposal = await proposal(proposalId);
    const [row] = (await database.dataSource.query(`SELECT * FROM proposals`)) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const tally = chainProposal.finalTallyResult!;
    expect({
      id: row.id, proposer: row.proposer, title: row.title, messages: row.messages, status: row.status, submit: row.submit_height, start: row.voting_start_height, end: row.end_height,
      yes: row.yes_count, abstain: row.abstain_count, no: row.no_count, veto: row.no_with_veto_count, total: row.total_deposit, result: row.result, deposits: row.deposits, failed: row.failed_reason,
    }).toEqual({
      id: proposalId.toString(), proposer: chainProposal.proposer, title: chainProposal.title, messages: chainProposal.messages.map((m) => m.type_url), status: name(ProposalStatus, chainProposal.status),
      submit: String(toBigInt(chainProposal.submitHeight)), start: String(toBigInt(chainProposal.votingStartHeight)), end: String(toBigInt(chainProposal.votingEndHeight)),
      yes: tally.yesCount, abstain: tally.abstainCount, no: tally.noCount, veto: tally.noWithVetoCount, total: chainProposal.totalDeposit.map((c) => ({ denom: c.denom, amount: c.amount })),
      result: "proposal_passed", deposits: "refunded", failed: "",
    });
    expect(row.submit_time.getTime()).toBe(Number(toBigInt(chainProposal.submitTimeMs)));
    expect(row.status).toBe("PROPOSAL_STATUS_PASSED");
    const deposits = (await database.dataSource.query(`SELECT depositor, amount, voting_started FROM deposits ORDER BY height, event_index`)) as Array<Record<string, unknown>>;
    expect(deposits).toEqual([
      { depositor: a(PROPOSER), amount: [coin(MIN_DEPOSIT / 2n)], voting_started: false },
      { depositor: a(DEPOSITOR), amount: [coin(MIN_DEPOSIT / 2n)], voting_started: true },
    ]);
    // Votes of a decided proposal stay in the store; Query/Votes serves them.
    const { votes } = await chain.query("/printchain.gov.v1.Query/Votes", govCodecs.QueryVotesRequest, { proposalId }, govCodecs.QueryVotesResponse);
    const expected = (votes as printchain.gov.v1.Vote[]).map((v) => ({ voter: v.voter, options: v.options.map((o) => ({ option: name(VoteOption, o.option!), weight: o.weight })) })).sort((x, y) => x.voter.localeCompare(y.voter));
    const indexed = (await database.dataSource.query(`SELECT voter, options FROM votes WHERE proposal_id = $1 ORDER BY voter COLLATE "C"`, [proposalId.toString()])) as Array<Record<string, unknown>>;
    expect(indexed).toEqual(expected);
    expect(indexed.find((v) => v.voter === a(D3))!.options).toEqual([{ option: "VOTE_OPTION_ABSTAIN", weight: "1.000000000000000000" }]);
    expect(indexed.find((v) => v.voter === a(D4))!.options).toEqual([{ option: "VOTE_OPTION_YES", weight: "0.700000000000000000" }, { option: "VOTE_OPTION_NO", weight: "0.300000000000000000" }]);
    const history = (await database.dataSource.query(`SELECT voter, options->0->>'option' AS option FROM vote_history WHERE voter = $1 ORDER BY height`, [a(D3)])) as Array<Record<string, unknown>>;
    expect(history.map((h) => h.option)).toEqual(["VOTE_OPTION_NO", "VOTE_OPTION_ABSTAIN"]);
  });

  test("staking and gov rebuilt from the stored ledger and genesis row equal the rows written with the batches", async () => {
    const before = await dump();
    await database.dataSource.query(`TRUNCATE ${TABLES.join(", ")}`);
    await database.dataSource.query(`DELETE FROM module_checkpoints WHERE module IN ('staking', 'gov')`);
    expect(await catchUpModules(database.dataSource, 5)).toBeGreaterThan(0);
    expect(await dump()).toEqual(before);
  });

  test("a database without a genesis row (indexed before the genesis table) gets it from the node at the next start; a module cannot start from nothing without it", async () => {
    const before = await dump();
    const genesis = await database.dataSource.query(`SELECT * FROM genesis`);
    await database.dataSource.query(`DELETE FROM genesis`);
    await database.dataSource.query(`TRUNCATE ${TABLES.join(", ")}`);
    await database.dataSource.query(`DELETE FROM module_checkpoints WHERE module IN ('staking', 'gov')`);
    // The rebuild reads genesis from the database only: without the row it stops, writing nothing.
    await expect(catchUpModules(database.dataSource, 5)).rejects.toThrow(/^module staking, height 1: the module starts from nothing but the database has no genesis row/);
    expect(await database.dataSource.query(`SELECT count(*)::int AS n FROM validators`)).toEqual([{ n: 0 }]);
    // The next start fetches it once, then the modules catch up from it and the ledger.
    expect(await index(5)).toBe(chain.node.node.height);
    expect(await database.dataSource.query(`SELECT * FROM genesis`)).toEqual(genesis);
    expect(await dump()).toEqual(before);
  });
});
