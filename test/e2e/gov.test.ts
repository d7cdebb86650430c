import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, govCodecs, stakingCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { createApp } from "../../chain-sim/app/createApp";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { ManualChain } from "../utils/manualChain";
import { expectTypedEventsMatchProto } from "../utils/typedEvents";

/**
 * Governance through the stock CosmJS clients: proposals carrying MsgUpdateParams, signed by the
 * gov module account, decided by a stake-weighted tally. Every tally below is computed by hand.
 *
 * Stake (PRINT): validator V0 (account 0, the block producer) self-bonds 10,000 and account 3
 * delegates 2,000 to it; validator V1 (account 1) self-bonds 4,000 and account 4 delegates 1,000.
 * Total bonded: 17,000 PRINT.
 */
const PRINT = 1_000_000n;
const EPOCH = 40;
const VOTING = 10;
const DEPOSIT_PERIOD = 8;
const MIN_DEPOSIT = 10n * PRINT;
const [V0, V1, PROPOSER, D3, D4, OUTSIDER, DEPOSITOR] = [0, 1, 2, 3, 4, 5, 6];
const GOV = moduleAddress("gov");
const NEW_WEIGHTS = { ROLE_PRINTERS: 55, ROLE_VALIDATORS: 20, ROLE_DEVELOPERS: 10, ROLE_MODEL_PROVIDERS: 5, ROLE_LIQUIDITY_PROVIDERS: 5, ROLE_COMMUNITY: 5 };
const ROLE_NAMES = ["ROLE_PRINTERS", "ROLE_VALIDATORS", "ROLE_DEVELOPERS", "ROLE_MODEL_PROVIDERS", "ROLE_LIQUIDITY_PROVIDERS", "ROLE_COMMUNITY"] as const;

let chain: ManualChain;
let addresses: readonly string[];

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.emissions.params, { epochLength: String(EPOCH) });
  Object.assign(appState.gov.params, {
    minDeposit: [{ denom: "uprint", amount: MIN_DEPOSIT.toString() }],
    maxDepositPeriod: String(DEPOSIT_PERIOD),
    votingPeriod: String(VOTING),
  });
  Object.assign(appState.staking.params, { unbondingBlocks: "5" });
}

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });
const any = <T>(codec: { typeUrl: string; fromPartial(value: unknown): T; encode(message: T): { finish(): Uint8Array } }, value: Record<string, unknown>) => ({
  typeUrl: codec.typeUrl,
  value: codec.encode(codec.fromPartial(value)).finish(),
});

async function emissionsParams(): Promise<printchain.emissions.v1.IParams> {
  return (await chain.query("/printchain.emissions.v1.Query/Params", emissionsCodecs.QueryParamsRequest, {}, emissionsCodecs.QueryParamsResponse)).params!;
}

async function weightsUpdate(weights: Record<string, number>): Promise<{ typeUrl: string; value: Uint8Array }> {
  const params = await emissionsParams();
  return any(emissionsCodecs.MsgUpdateParams, { authority: GOV, params: { ...params, roleWeights: Object.entries(weights).map(([role, weight]) => ({ role, weight })) } });
}

async function submitProposal(messages: Array<{ typeUrl: string; value: Uint8Array }>, deposit: bigint, title: string): Promise<bigint> {
  const tx = await chain.submitOk(
    PROPOSER,
    msg(govCodecs.MsgSubmitProposal, { messages, initialDeposit: [coin(deposit)], proposer: addresses[PROPOSER], title, summary: `${title} (e2e)`, metadata: "" }),
  );
  return toBigInt(govCodecs.MsgSubmitProposalResponse.decode(tx.msgResponses[0].value).proposalId);
}

const vote = (voter: number, proposalId: bigint, option: string): EncodeObject => msg(govCodecs.MsgVote, { proposalId, voter: addresses[voter], option, metadata: "" });

async function proposal(id: bigint): Promise<printchain.gov.v1.Proposal> {
  return (await chain.query("/printchain.gov.v1.Query/Proposal", govCodecs.QueryProposalRequest, { proposalId: id }, govCodecs.QueryProposalResponse)).proposal as printchain.gov.v1.Proposal;
}

async function tally(id: bigint): Promise<Record<string, string>> {
  const { tally: result } = await chain.query("/printchain.gov.v1.Query/TallyResult", govCodecs.QueryTallyResultRequest, { proposalId: id }, govCodecs.QueryTallyResultResponse);
  return { yes: result!.yesCount!, abstain: result!.abstainCount!, no: result!.noCount!, veto: result!.noWithVetoCount! };
}

async function produceThrough(height: bigint | number): Promise<void> {
  while (chain.node.node.height < Number(height)) await chain.produce();
}

/** Produces blocks through the proposal's voting end; returns the EventProposalResult attributes. */
async function endVoting(id: bigint): Promise<Record<string, string>> {
  await produceThrough(toBigInt((await proposal(id)).votingEndHeight));
  return resultEvent(id);
}

function resultEvent(id: bigint): Record<string, string> {
  const event = chain.emitted.find((e) => e.type === "printchain.gov.v1.EventProposalResult" && e.attributes.some((a) => a.key === "proposal_id" && a.value === id.toString()));
  if (!event) throw new Error(`no result event for proposal ${id}`);
  return Object.fromEntries(event.attributes.map(({ key, value }) => [key, value]));
}

const tokens = (print: number): string => (BigInt(print) * PRINT).toString();

beforeAll(async () => {
  chain = await ManualChain.start(patchGenesis);
  addresses = chain.addresses;
  // V1 joins with 4,000 PRINT (a fresh ed25519 consensus key), then the two delegators.
  await chain.submitOk(
    V1,
    msg(stakingCodecs.MsgCreateValidator, {
      description: { moniker: "v1" },
      commission: { rate: "0.05", maxRate: "0.2", maxChangeRate: "0.01" },
      minSelfDelegation: "1",
      validatorAddress: valoperFromAccount(addresses[V1]),
      pubkey: new Uint8Array(32).fill(7),
      value: coin(4_000n * PRINT),
    }),
  );
  await chain.submitOk(D3, msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[D3], validatorAddress: valoperFromAccount(addresses[V0]), amount: coin(2_000n * PRINT) }));
  await chain.submitOk(D4, msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[D4], validatorAddress: valoperFromAccount(addresses[V1]), amount: coin(1_000n * PRINT) }));
  // Validator updates reach the consensus set two blocks after their block.
  await chain.produce();
  await chain.produce();
}, 60_000);

afterAll(async () => {
  await chain.stop();
});

describe("governance through stock CosmJS", () => {
  test("the bonded set is the RPC's validator set: powers are bonded tokens / 10^6", async () => {
    const { validators } = await chain.comet.validators({ height: chain.node.node.height });
    expect(validators.map((v) => v.votingPower).sort((a, b) => Number(b - a))).toEqual([12_000n, 5_000n]);
  });

  let weightsProposal: bigint;
  let passedAt: number;

  test("a weight-change proposal passes with a stake-weighted yes; a delegator's own vote overrides its validator's", async () => {
    weightsProposal = await submitProposal([await weightsUpdate(NEW_WEIGHTS)], MIN_DEPOSIT, "Role weights 55/20/10/5/5/5");
    expect((await proposal(weightsProposal)).status).toBe(2); // VOTING_PERIOD: the initial deposit reached min_deposit
    await chain.submitOk(V0, vote(V0, weightsProposal, "VOTE_OPTION_YES"));
    await chain.submitOk(V1, vote(V1, weightsProposal, "VOTE_OPTION_YES"));
    await chain.submitOk(D3, vote(D3, weightsProposal, "VOTE_OPTION_NO"));
    await chain.submitOk(
      D4,
      msg(govCodecs.MsgVoteWeighted, {
        proposalId: weightsProposal,
        voter: addresses[D4],
        options: [
          { option: "VOTE_OPTION_YES", weight: "0.7" },
          { option: "VOTE_OPTION_NO", weight: "0.3" },
        ],
        metadata: "",
      }),
    );
    // V0: 12,000 − D3's 2,000 = 10,000 yes; D3 2,000 no; V1: 5,000 − D4's 1,000 = 4,000 yes; D4: 700 yes, 300 no.
    expect(await tally(weightsProposal)).toEqual({ yes: tokens(14_700), abstain: "0", no: tokens(2_300), veto: "0" });
    // Exported mid-vote and imported: the same app hash, the same tally index (rebuilt from votes and delegations), the same tally.
    const { app, genesis } = chain.node.node;
    const imported = createApp(app.chainId);
    const state = JSON.parse(JSON.stringify(app.exportGenesisState())) as Record<string, unknown>;
    const importedHash = imported.initChain({ ...genesis, initial_height: String(app.lastInfo.height + 1), app_state: state }, app.lastInfo.blockTimeMs).appHash;
    expect(Buffer.from(importedHash).toString("hex")).toBe(Buffer.from(app.lastInfo.appHash).toString("hex"));
    const govIndex = (store: typeof app.store): string[] => [...store.entries()].filter(([key]) => key.startsWith("gov/index/")).map(([key, value]) => `${key}=${Buffer.from(value).toString("hex")}`);
    expect(govIndex(imported.store)).toEqual(govIndex(app.store));
    expect(govIndex(app.store).filter((entry) => entry.startsWith("gov/index/tally/"))).toHaveLength(2);
    const tallyRequest = govCodecs.QueryTallyResultRequest.encode(govCodecs.QueryTallyResultRequest.fromPartial({ proposalId: weightsProposal })).finish();
    expect(imported.query("/printchain.gov.v1.Query/TallyResult", tallyRequest).value).toEqual(app.query("/printchain.gov.v1.Query/TallyResult", tallyRequest).value);
    const before = await chain.balance(addresses[PROPOSER]);
    const result = await endVoting(weightsProposal);
    passedAt = chain.node.node.height;
    expect(result).toMatchObject({ proposal_id: weightsProposal.toString(), result: "proposal_passed", status: "PROPOSAL_STATUS_PASSED", yes_count: tokens(14_700), no_count: tokens(2_300), deposits: "refunded" });
    const ended = await proposal(weightsProposal);
    expect(ended.status).toBe(3);
    expect(ended.finalTallyResult).toMatchObject({ yesCount: tokens(14_700), noCount: tokens(2_300) });
    expect(await chain.balance(addresses[PROPOSER])).toBe(before + MIN_DEPOSIT);
    expect(Object.fromEntries((await emissionsParams()).roleWeights!.map((w) => [ROLE_NAMES[w.role! - 1], w.weight]))).toEqual(NEW_WEIGHTS);
  });

  test("the new weights apply from the next epoch, exactly R_role = R_total × w / Σw", async () => {
    const epochOf = (height: number): number => Math.ceil(height / EPOCH);
    const changedEpoch = epochOf(passedAt);
    await produceThrough((changedEpoch + 1) * EPOCH);
    const summary = async (epoch: number): Promise<printchain.emissions.v1.EpochSummary> =>
      (await chain.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch }, emissionsCodecs.QueryEpochSummaryResponse)).summary as printchain.emissions.v1.EpochSummary;
    const during = await summary(changedEpoch);
    expect(during.roles.map((role) => role.weight)).toEqual([50, 20, 10, 10, 5, 5]);
    const next = await summary(changedEpoch + 1);
    expect(next.roles.map((role) => role.weight)).toEqual([55, 20, 10, 5, 5, 5]);
    const total = BigInt(next.total);
    expect(next.roles.map((role) => role.pool)).toEqual([55n, 20n, 10n, 5n, 5n, 5n].map((w) => ((total * w) / 100n).toString()));
  });

  test("without quorum a proposal is rejected and its deposit refunded", async () => {
    const id = await submitProposal([await weightsUpdate({ ...NEW_WEIGHTS, ROLE_PRINTERS: 60 })], MIN_DEPOSIT, "Printers 60");
    const before = await chain.balance(addresses[PROPOSER]);
    // 1,000 of 17,000 bonded PRINT vote: 5.9 % < the 33.4 % quorum.
    await chain.submitOk(D4, vote(D4, id, "VOTE_OPTION_YES"));
    expect(await endVoting(id)).toMatchObject({ result: "proposal_rejected", status: "PROPOSAL_STATUS_REJECTED", yes_count: tokens(1_000), deposits: "refunded" });
    expect(await chain.balance(addresses[PROPOSER])).toBe(before + MIN_DEPOSIT);
    expect((await emissionsParams()).roleWeights!.find((w) => w.role === 1)!.weight).toBe(55);
  });

  test("a vetoed proposal is rejected and its deposit burned", async () => {
    const id = await submitProposal([await weightsUpdate({ ...NEW_WEIGHTS, ROLE_COMMUNITY: 50 })], MIN_DEPOSIT, "Community 50");
    await chain.submitOk(V0, vote(V0, id, "VOTE_OPTION_NO_WITH_VETO"));
    await chain.submitOk(V1, vote(V1, id, "VOTE_OPTION_YES"));
    const end = Number(toBigInt((await proposal(id)).votingEndHeight));
    await produceThrough(end - 1);
    const supplyBefore = await chain.supply();
    const proposerBefore = await chain.balance(addresses[PROPOSER]);
    await chain.produce();
    // Veto 12,000 / 17,000 = 70.6 % > 33.4 %.
    expect(resultEvent(id)).toMatchObject({ result: "proposal_rejected", no_with_veto_count: tokens(12_000), yes_count: tokens(5_000), deposits: "burned" });
    const epochEnd = chain.emitted.find((e) => e.type === "printchain.emissions.v1.EventEpochEnd" && e.attributes.some((a) => a.key === "epoch" && a.value === String(end / EPOCH)));
    const minted = end % EPOCH === 0 ? BigInt(epochEnd!.attributes.find((a) => a.key === "minted")!.value) : 0n;
    expect(await chain.supply()).toBe(supplyBefore + minted - MIN_DEPOSIT);
    expect(await chain.balance(addresses[PROPOSER])).toBe(proposerBefore);
    expect(await chain.balance(GOV)).toBe(0n);
  });

  test("a proposal that never reaches the minimum deposit is dropped and its deposit refunded", async () => {
    const before = await chain.balance(addresses[PROPOSER]);
    const id = await submitProposal([await weightsUpdate({ ...NEW_WEIGHTS, ROLE_DEVELOPERS: 30 })], 1n * PRINT, "Developers 30");
    expect((await proposal(id)).status).toBe(1); // DEPOSIT_PERIOD
    await chain.submitOk(DEPOSITOR, msg(govCodecs.MsgDeposit, { proposalId: id, depositor: addresses[DEPOSITOR], amount: [coin(2n * PRINT)] }));
    const depositEnd = toBigInt((await proposal(id)).depositEndHeight);
    const depositorBefore = await chain.balance(addresses[DEPOSITOR]);
    await produceThrough(depositEnd);
    expect(resultEvent(id)).toMatchObject({ result: "proposal_dropped", deposits: "refunded" });
    await expect(proposal(id)).rejects.toThrow(/not found/);
    expect(await chain.balance(addresses[DEPOSITOR])).toBe(depositorBefore + 2n * PRINT);
    // The proposer paid the submission's fixed fee and got its 1 PRINT back.
    expect(await chain.balance(addresses[PROPOSER])).toBe(before - 50_000n);
  });

  test("a passed proposal whose message fails at execution ends FAILED and changes nothing (all or nothing)", async () => {
    const stakingParams = (await chain.query("/printchain.staking.v1.Query/Params", stakingCodecs.QueryParamsRequest, {}, stakingCodecs.QueryParamsResponse)).params!;
    const weightsBefore = (await emissionsParams()).roleWeights;
    const id = await submitProposal(
      [await weightsUpdate({ ...NEW_WEIGHTS, ROLE_PRINTERS: 70 }), any(stakingCodecs.MsgUpdateParams, { authority: GOV, params: { ...stakingParams, bondDenom: "ustake" } })],
      MIN_DEPOSIT,
      "Printers 70 and a new bond denom",
    );
    await chain.submitOk(V0, vote(V0, id, "VOTE_OPTION_YES"));
    const result = await endVoting(id);
    expect(result).toMatchObject({ result: "proposal_failed", status: "PROPOSAL_STATUS_FAILED", deposits: "refunded" });
    expect(result.failed_reason).toMatch(/bond denom/);
    const ended = await proposal(id);
    expect(ended.status).toBe(5);
    expect(ended.failedReason).toMatch(/bond denom/);
    expect((await emissionsParams()).roleWeights).toEqual(weightsBefore);
  });

  test("invalid params are refused at submission and nothing is stored", async () => {
    const nextBefore = (await chain.query("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, {}, govCodecs.QueryProposalsResponse)).proposals.length;
    const allZero = await weightsUpdate(Object.fromEntries(ROLE_NAMES.map((role) => [role, 0])));
    const zero = await chain.rejected(PROPOSER, msg(govCodecs.MsgSubmitProposal, { messages: [allZero], initialDeposit: [coin(MIN_DEPOSIT)], proposer: addresses[PROPOSER], title: "zero" }));
    expect(zero).toMatchObject({ codespace: "emissions" });
    expect(zero.log).toMatch(/Σw > 0/);
    // uint32 on the wire: a negative weight arrives as 2^32 − 5, above the 1,000,000 bound.
    const negative = await weightsUpdate({ ...NEW_WEIGHTS, ROLE_COMMUNITY: -5 });
    const below = await chain.rejected(PROPOSER, msg(govCodecs.MsgSubmitProposal, { messages: [negative], initialDeposit: [coin(MIN_DEPOSIT)], proposer: addresses[PROPOSER], title: "negative" }));
    expect(below).toMatchObject({ codespace: "emissions" });
    expect(below.log).toMatch(/weight of community must be an integer in \[0, 1000000\]/);
    const govParams = (await chain.query("/printchain.gov.v1.Query/Params", govCodecs.QueryParamsRequest, {}, govCodecs.QueryParamsResponse)).params!;
    const quorum = any(govCodecs.MsgUpdateParams, { authority: GOV, params: { ...govParams, quorum: "1.5" } });
    const high = await chain.rejected(PROPOSER, msg(govCodecs.MsgSubmitProposal, { messages: [quorum], initialDeposit: [coin(MIN_DEPOSIT)], proposer: addresses[PROPOSER], title: "quorum" }));
    expect(high).toMatchObject({ codespace: "gov" });
    expect(high.log).toMatch(/quorum/);
    const wrongSigner = any(emissionsCodecs.MsgUpdateParams, { authority: addresses[PROPOSER], params: await emissionsParams() });
    const signer = await chain.rejected(PROPOSER, msg(govCodecs.MsgSubmitProposal, { messages: [wrongSigner], initialDeposit: [coin(MIN_DEPOSIT)], proposer: addresses[PROPOSER], title: "signer" }));
    expect(signer.log).toMatch(/expected gov account as only signer/);
    expect((await chain.query("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, {}, govCodecs.QueryProposalsResponse)).proposals.length).toBe(nextBefore);
  });

  test("MsgUpdateParams sent directly by an ordinary account is rejected as an invalid authority", async () => {
    const params = await emissionsParams();
    const direct = await chain.rejected(OUTSIDER, msg(emissionsCodecs.MsgUpdateParams, { authority: addresses[OUTSIDER], params: { ...params, roleWeights: [{ role: "ROLE_PRINTERS", weight: 100 }] } }));
    expect(direct).toMatchObject({ codespace: "emissions", code: 5 });
    expect(direct.log).toMatch(/expected the gov account/);
    expect(await emissionsParams()).toEqual(params);
  });

  test("proposals are listed by status with pagination; deposits and votes are queryable", async () => {
    const passed = await chain.query("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, { proposalStatus: "PROPOSAL_STATUS_PASSED" }, govCodecs.QueryProposalsResponse);
    expect(passed.proposals.map((p) => toBigInt(p.id))).toEqual([weightsProposal]);
    const page = await chain.query("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, { pagination: { limit: 2, countTotal: true } }, govCodecs.QueryProposalsResponse);
    expect(page.proposals).toHaveLength(2);
    expect(page.pagination!.nextKey!.length).toBeGreaterThan(0);
    const deposits = await chain.query("/printchain.gov.v1.Query/Deposits", govCodecs.QueryDepositsRequest, { proposalId: weightsProposal }, govCodecs.QueryDepositsResponse);
    expect(deposits.deposits.map((d) => d.depositor)).toEqual([addresses[PROPOSER]]);
  });

  test("submit, deposit, vote and result events carry every field as plain strings", () => {
    const types = expectTypedEventsMatchProto(chain.emitted);
    for (const name of ["EventSubmitProposal", "EventProposalDeposit", "EventProposalVote", "EventProposalResult"]) expect(types).toContain(`printchain.gov.v1.${name}`);
    const submitted = chain.emitted.find((e) => e.type === "printchain.gov.v1.EventSubmitProposal")!;
    expect(Object.fromEntries(submitted.attributes.map(({ key, value }) => [key, value]))).toMatchObject({ proposal_id: "1", proposer: addresses[PROPOSER], messages: emissionsCodecs.MsgUpdateParams.typeUrl });
  });
});
