import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, jobsCodecs, printersCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { moduleAddress } from "../../chain-sim/types/address";
import { DEVNET_ACCOUNT_BALANCE, DEVNET_FUNDED_ACCOUNTS, withGenesisValidators, type GenesisValidatorSpec } from "../../chain-sim/node/devnet";
import { generateValidatorKey } from "../../chain-sim/node/validatorKey";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";
import { expectTypedEventsMatchProto } from "../utils/typedEvents";

/**
 * Three epochs (and a fourth at max supply) through the stock CosmJS clients, with every payout
 * computed by hand below from the README's formulas and the default coefficients.
 */
const EPOCH = 200;
// Validators 0 and 5 bond 10 and 30 PRINT at genesis (powers 10 and 30, no commission).
const BONDED = [10_000_000n, 30_000_000n];
const GENESIS_SUPPLY = DEVNET_ACCOUNT_BALANCE * BigInt(DEVNET_FUNDED_ACCOUNTS) + BONDED[0] + BONDED[1];
// Epochs 1 and 2 mint 1,000,000 each; epoch 3 would mint 500,000 after the halving but only 300,000 fit.
const MAX_SUPPLY = GENESIS_SUPPLY + 2_300_000n;
const PRICE = 10_000_000n;

// Roles: 1 customer, 2 Alice (printer A), 4 Bob (printer B), 7 attestor; 0 and 5 validators
// (power 10 and 30, self-bonded only); 5 and 6 developers, 3 liquidity provider, 6 community contributor.
const [CUSTOMER, ALICE, BOB, ATTESTOR, V0, DEV5, DEV6, LP3] = [1, 2, 4, 7, 0, 5, 6, 3];
const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };
const POTSDAM = { latitudeUdeg: 52_390_569, longitudeUdeg: 13_064_473 };
const COMMUNITY_POOL = moduleAddress("community_pool");
const { Role } = { Role: { DEVELOPERS: 3, LIQUIDITY_PROVIDERS: 5, COMMUNITY: 6 } };

let chain: ManualChain;
let addresses: readonly string[];

function patchGenesis(genesis: GenesisDoc, accounts: readonly string[]): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, { acceptanceWindowMs: "60000", confirmationWindowMs: "120000", lateGraceMs: "300000" });
  Object.assign(appState.emissions.params, {
    epochLength: String(EPOCH),
    initialEpochEmission: "1000000",
    halvingInterval: 2,
    maxSupply: MAX_SUPPLY.toString(),
    attestors: [accounts[ATTESTOR]],
  });
  const validator = (operator: number, pubKey: string, tokens: bigint): GenesisValidatorSpec => ({ operator: accounts[operator], pubKey, tokens, moniker: `v${operator}`, commissionRate: "0" });
  Object.assign(genesis, withGenesisValidators(genesis, [validator(V0, genesis.validators[0].pub_key.value, BONDED[0]), validator(DEV5, generateValidatorKey().pub_key.value, BONDED[1])]));
}

beforeAll(async () => {
  chain = await ManualChain.start(patchGenesis);
  addresses = chain.addresses;
});

afterAll(async () => {
  await chain.stop();
});

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });

function register(owner: number, printerId: string, location: typeof BERLIN): EncodeObject {
  return msg(printersCodecs.MsgRegisterPrinter, {
    owner: addresses[owner],
    printerId,
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA"], layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { ...location, region: "DE" },
    bond: "1000000",
  });
}

async function createJob(customer: number, location: typeof BERLIN, price: bigint, quantity: number, estimatedGrams: number, deadlineInMs: number): Promise<bigint> {
  const deadlineMs = (await chain.latestTimeMs()) + BLOCK_MS + deadlineInMs;
  const tx = await chain.submitOk(
    customer,
    msg(jobsCodecs.MsgCreateJob, {
      customer: addresses[customer],
      designHash: "ab".repeat(32),
      designUri: "ipfs://design",
      quantity,
      material: "PLA",
      technology: 1,
      minBuildVolume: { xMm: 10, yMm: 10, zMm: 10 },
      estimatedGrams,
      price: { denom: "uprint", amount: price.toString() },
      ...location,
      maxDistanceKm: 10,
      deadlineMs,
    }),
  );
  return toBigInt(jobsCodecs.MsgCreateJobResponse.decode(tx.msgResponses[0].value).jobId);
}

const accept = (owner: number, jobId: bigint, printerId: string): EncodeObject => msg(jobsCodecs.MsgAcceptJob, { operator: addresses[owner], jobId, printerId });
const proof = (owner: number, jobId: bigint, fields: Record<string, unknown>): EncodeObject =>
  msg(jobsCodecs.MsgSubmitProofOfPrint, { operator: addresses[owner], jobId, evidenceHash: "cd".repeat(32), evidenceUri: "ipfs://evidence", ...fields });
const confirm = (customer: number, jobId: bigint, qualityScore: number): EncodeObject => msg(jobsCodecs.MsgConfirmJob, { customer: addresses[customer], jobId, qualityScore });
const attest = (contributor: number, role: number, points: number): EncodeObject =>
  msg(emissionsCodecs.MsgAttestContribution, { attestor: addresses[ATTESTOR], contributor: addresses[contributor], role, points: String(points) });

/** Produces blocks up to and including `height`. */
async function produceThrough(height: number): Promise<void> {
  while (chain.node.node.height < height) await chain.produce();
}

async function summary(epoch: number): Promise<printchain.emissions.v1.EpochSummary> {
  const response = await chain.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch }, emissionsCodecs.QueryEpochSummaryResponse);
  return response.summary as printchain.emissions.v1.EpochSummary;
}

async function rewardsOf(account: number, epoch: number): Promise<Array<{ role: number; printerId: string; points: string; amount: string }>> {
  const response = await chain.query("/printchain.emissions.v1.Query/Rewards", emissionsCodecs.QueryRewardsRequest, { address: addresses[account], epoch }, emissionsCodecs.QueryRewardsResponse);
  return (response.rewards as printchain.emissions.v1.Reward[]).map(({ role, printerId, points, amount }) => ({ role, printerId, points, amount }));
}

/** The conservation invariant of one epoch, from its summary: minted + fees = paid + community pool change. */
function expectConserved(settled: printchain.emissions.v1.EpochSummary): void {
  const paid = settled.roles.reduce((sum, role) => sum + BigInt(role.paid!), 0n);
  expect(BigInt(settled.minted) + BigInt(settled.fees)).toBe(paid + BigInt(settled.communityPoolAdded));
}

describe("three epochs of emissions through stock CosmJS", () => {
  const balancesBefore: Record<string, bigint> = {};
  const recipients = (): Array<[string, string]> => [["v0", addresses[V0]], ["dev5", addresses[DEV5]], ["dev6", addresses[DEV6]], ["lp3", addresses[LP3]], ["pool", COMMUNITY_POOL]];

  test("epoch 1: printers paid by points, validators by power, attested contributors by points; the rest to the community pool", async () => {
    for (const [name, address] of recipients()) balancesBefore[name] = await chain.balance(address);
    const supplyBefore = await chain.supply();
    expect(supplyBefore).toBe(GENESIS_SUPPLY);

    await chain.submitOk(ALICE, register(ALICE, "printer-a", BERLIN));
    await chain.submitOk(BOB, register(BOB, "printer-b", POTSDAM));
    // J1: on time, first attempt, 4/4; J2: late; J3: Alice is her own customer (self-dealt, 0 points).
    const j1 = await createJob(CUSTOMER, BERLIN, PRICE, 4, 200, 3_600_000);
    const j2 = await createJob(CUSTOMER, POTSDAM, PRICE, 4, 200, 70_000);
    const j3 = await createJob(ALICE, BERLIN, 1_000_000n, 1, 10, 3_600_000);
    await chain.submitOk(ALICE, accept(ALICE, j1, "printer-a"), accept(ALICE, j3, "printer-a"));
    await chain.submitOk(BOB, accept(BOB, j2, "printer-b"));
    await chain.submitOk(ALICE, proof(ALICE, j1, { printSeconds: 10_800, gramsUsed: 250, unitsCompleted: 4, firstAttempt: true }), proof(ALICE, j3, { printSeconds: 100, gramsUsed: 10, unitsCompleted: 1, firstAttempt: true }));
    await chain.submitOk(CUSTOMER, confirm(CUSTOMER, j1, 90));
    await chain.submitOk(ALICE, confirm(ALICE, j3, 100));
    await chain.advance(80_000);
    await chain.submitOk(BOB, proof(BOB, j2, { printSeconds: 3600, gramsUsed: 200, unitsCompleted: 4, firstAttempt: false }));
    await chain.submitOk(CUSTOMER, confirm(CUSTOMER, j2, 70));
    await chain.submitOk(ATTESTOR, attest(DEV6, Role.DEVELOPERS, 100), attest(DEV5, Role.DEVELOPERS, 300), attest(LP3, Role.LIQUIDITY_PROVIDERS, 1));
    expect(chain.node.node.height).toBeLessThan(EPOCH);
    await produceThrough(EPOCH);

    // Points, by hand (V = what the printer earned; bps of V; each term truncated):
    //  J1, V = 10,000,000: success 0.5 % = 50,000; proof min(100 PRINT, 1 % of V) = 100,000; on time 100,000;
    //    accepted within 10 min 0.5 % = 50,000; material 2 % × 200/250 = 160,000; effort 1 % × (3 h − 2 h)/2 h = 50,000
    //    → 510,000 × 90 % = 459,000.
    //  J2, late, V = 10,000,000 − 20 % = 8,000,000: success (not first attempt, 4/4 ≥ 80 %) 0.2 % = 16,000; proof 80,000;
    //    on time 0; accept 40,000; material 160,000; effort 0 (1 h) → 296,000 × 70 % = 207,200.
    //  J3: self-dealt → 0.
    const a = await chain.query("/printchain.emissions.v1.Query/PrinterPoints", emissionsCodecs.QueryPrinterPointsRequest, { printerId: "printer-a", epoch: 1 }, emissionsCodecs.QueryPrinterPointsResponse);
    expect(a.points).toMatchObject({ points: "459000", jobs: 2, selfDealtJobs: 1 });
    // R_total = 1,000,000 minted + fees 2 % of (10,000,000 + 8,000,000 + 1,000,000) = 1,380,000; Σw = 100.
    //  printers 50 → 690,000: A 690,000 × 459,000 / 666,200 = 475,397; B × 207,200 / 666,200 = 214,602; dust 1.
    //  validators 20 → 276,000 by bonded tokens: 10 PRINT → 69,000, 30 PRINT → 207,000 (all self-bonded).
    //  developers 10 → 138,000: 100 points → 34,500, 300 → 103,500.  model providers 10 → 138,000, nobody: pool.
    //  liquidity 5 → 69,000, one contributor.  community 5 → 69,000, nobody: pool.   pool: 1 + 138,000 + 69,000 = 207,001.
    const settled = await summary(1);
    expect(settled).toMatchObject({ minted: "1000000", fees: "380000", total: "1380000", communityPoolAdded: "207001" });
    expect(settled.roles.map((role) => [role.role, role.weight, role.pool, role.paid, role.recipients])).toEqual([
      [1, 50, "690000", "689999", 2],
      [2, 20, "276000", "276000", 2],
      [3, 10, "138000", "138000", 2],
      [4, 10, "138000", "0", 0],
      [5, 5, "69000", "69000", 1],
      [6, 5, "69000", "0", 0],
    ]);
    expectConserved(settled);
    expect(await rewardsOf(ALICE, 1)).toEqual([{ role: 1, printerId: "printer-a", points: "459000", amount: "475397" }]);
    expect(await rewardsOf(BOB, 1)).toEqual([{ role: 1, printerId: "printer-b", points: "207200", amount: "214602" }]);
    expect(await rewardsOf(DEV5, 1)).toEqual([
      { role: 2, printerId: "", points: "30000000", amount: "207000" },
      { role: 3, printerId: "", points: "300", amount: "103500" },
    ]);
    expect(await chain.balance(addresses[V0])).toBe(balancesBefore.v0 + 69_000n);
    expect(await chain.balance(addresses[DEV5])).toBe(balancesBefore.dev5 + 207_000n + 103_500n);
    expect(await chain.balance(addresses[DEV6])).toBe(balancesBefore.dev6 + 34_500n);
    expect(await chain.balance(addresses[LP3])).toBe(balancesBefore.lp3 + 69_000n);
    expect(await chain.balance(COMMUNITY_POOL)).toBe(balancesBefore.pool + 207_001n);
    expect(await chain.supply()).toBe(GENESIS_SUPPLY + 1_000_000n);
    const epochEnd = chain.emitted.find((event) => event.type === "printchain.emissions.v1.EventEpochEnd");
    expect(Object.fromEntries(epochEnd!.attributes.map(({ key, value }) => [key, value]))).toMatchObject({ epoch: "1", r_total: "1380000", minted: "1000000", fees: "380000" });
  });

  test("epoch 2 without activity: validators are paid, every other pool goes to the community pool", async () => {
    await produceThrough(2 * EPOCH);
    const settled = await summary(2);
    expect(settled).toMatchObject({ minted: "1000000", fees: "0", communityPoolAdded: "800000" });
    expect([toBigInt(settled.startHeight), toBigInt(settled.endHeight)]).toEqual([BigInt(EPOCH + 1), BigInt(2 * EPOCH)]);
    expectConserved(settled);
    expect(await chain.balance(addresses[V0])).toBe(balancesBefore.v0 + 69_000n + 50_000n);
    expect(await chain.balance(COMMUNITY_POOL)).toBe(balancesBefore.pool + 207_001n + 800_000n);
  });

  test("epoch 3 after the halving is capped by max supply; epoch 4 mints nothing", async () => {
    const projection = await chain.query("/printchain.emissions.v1.Query/Projection", emissionsCodecs.QueryProjectionRequest, { epochs: 3 }, emissionsCodecs.QueryProjectionResponse);
    expect(projection.epochs.map((epoch) => [Number(epoch.epoch), epoch.mint])).toEqual([[3, "300000"], [4, "0"], [5, "0"]]);
    await chain.submitOk(ATTESTOR, attest(DEV6, Role.COMMUNITY, 5));
    await produceThrough(3 * EPOCH);
    // 300,000: validators 60,000 (15,000 / 45,000); community 15,000 to its only contributor; the rest, 225,000, to the pool.
    const settled = await summary(3);
    expect(settled).toMatchObject({ minted: "300000", fees: "0", communityPoolAdded: "225000", supplyAfter: MAX_SUPPLY.toString() });
    expectConserved(settled);
    expect(await chain.balance(addresses[DEV6])).toBe(balancesBefore.dev6 + 34_500n + 15_000n);
    await produceThrough(4 * EPOCH);
    expect(await summary(4)).toMatchObject({ minted: "0", total: "0", communityPoolAdded: "0" });
    expect(await chain.supply()).toBe(MAX_SUPPLY);
    expect(await chain.balance(addresses[DEV5])).toBe(balancesBefore.dev5 + 207_000n + 103_500n + 150_000n + 45_000n);
    expect(await chain.balance(COMMUNITY_POOL)).toBe(balancesBefore.pool + 207_001n + 800_000n + 225_000n);
  });

  test("every emissions event carries exactly its proto fields as plain-string attributes", () => {
    const types = expectTypedEventsMatchProto(chain.emitted);
    for (const name of ["EventEpochEnd", "EventRoleSplit", "EventReward", "EventContributionAttested", "EventPrinterPoints"]) expect(types).toContain(`printchain.emissions.v1.${name}`);
  });

  test("attesting needs an appointed attestor and an attested role", async () => {
    expect(await chain.rejected(CUSTOMER, msg(emissionsCodecs.MsgAttestContribution, { attestor: addresses[CUSTOMER], contributor: addresses[DEV6], role: Role.DEVELOPERS, points: "1" }))).toMatchObject({ codespace: "emissions", code: 2 });
    expect(await chain.rejected(ATTESTOR, attest(DEV6, 1, 1))).toMatchObject({ codespace: "emissions", code: 3 });
    expect(await chain.rejected(ATTESTOR, attest(DEV6, Role.DEVELOPERS, 0))).toMatchObject({ codespace: "emissions", code: 3 });
  });
});
