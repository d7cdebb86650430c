import { sha256 } from "@cosmjs/crypto";
import { toBech32, toUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Event, IndexedTx } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { jobsCodecs, printchain as printchainTypes, printersCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { DEVNET_ACCOUNT_BALANCE } from "../../chain-sim/node/devnet";
import { FIXED_FEE_AMOUNT as FEE_AMOUNT, ManualChain } from "../utils/manualChain";
import { expectTypedEventsMatchProto } from "../utils/typedEvents";

/**
 * Whole job lifecycles through the stock SigningStargateClient against a real node whose blocks
 * the test produces (1 s of header time each), so every window and deadline is exact.
 */
const SECOND = 1000;
const BOND = 1_000_000n;
const PRICE = 10_000_000n;
const JOB_PARAMS = {
  offerBatchSize: 2,
  maxCandidates: 4,
  acceptanceWindowMs: String(60 * SECOND),
  confirmationWindowMs: String(120 * SECOND),
  lateGraceMs: String(300 * SECOND),
  arbitrationWindowMs: String(120 * SECOND),
  takeRateBps: 200,
  latePenaltyBps: 2000,
  defaultDisputeRefundBps: 5000,
};
const { JobStatus } = { JobStatus: { OPEN: 1, ACCEPTED: 2, PROOF_SUBMITTED: 3, DISPUTED: 4, COMPLETED: 5, FAILED: 6, EXPIRED: 7, CANCELLED: 8, RESOLVED: 9 } };

const moduleAddress = (name: string): string => toBech32("print", sha256(toUtf8(name)).slice(0, 20));
const ESCROW = moduleAddress("jobs_escrow");
const REWARD_POOL = moduleAddress("reward_pool");
const BONDS = moduleAddress("printer_bonds");

// Roles: account 1 is the customer, 2 and 4 operate printers, 3 is the arbiter.
const CUSTOMER = 1;
const ALICE = 2;
const ARBITER = 3;
const BOB = 4;

const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };
const POTSDAM = { latitudeUdeg: 52_390_569, longitudeUdeg: 13_064_473 };
const LEIPZIG = { latitudeUdeg: 51_339_695, longitudeUdeg: 12_373_075 };
const MUNICH = { latitudeUdeg: 48_135_125, longitudeUdeg: 11_581_981 };

let chain: ManualChain;
let addresses: readonly string[];
let comet: Comet38Client;
// The driver's helpers, bound once the chain runs.
let submit: ManualChain["submit"];
let submitOk: ManualChain["submitOk"];
let rejected: ManualChain["rejected"];
let produce: ManualChain["produce"];
let advance: ManualChain["advance"];
let blockTimeMs: ManualChain["blockTimeMs"];
let latestTimeMs: ManualChain["latestTimeMs"];
let query: ManualChain["query"];
let balance: ManualChain["balance"];
let supply: ManualChain["supply"];

function patchGenesis(genesis: GenesisDoc, accounts: readonly string[]): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, JOB_PARAMS, { arbiters: [accounts[ARBITER]] });
  Object.assign(appState.printers.params, { minBond: BOND.toString(), bondSlashBps: 1000 });
  // No epoch ends during these tests: balances here follow jobs alone (emissions are tested apart).
  Object.assign(appState.emissions.params, { epochLength: "1000000" });
}

beforeAll(async () => {
  chain = await ManualChain.start(patchGenesis);
  ({ addresses, comet } = chain);
  [submit, submitOk, rejected, produce, advance, blockTimeMs, latestTimeMs, query, balance, supply] = [
    chain.submit, chain.submitOk, chain.rejected, chain.produce, chain.advance, chain.blockTimeMs, chain.latestTimeMs, chain.query, chain.balance, chain.supply,
  ].map((method) => method.bind(chain)) as [typeof submit, typeof submitOk, typeof rejected, typeof produce, typeof advance, typeof blockTimeMs, typeof latestTimeMs, typeof query, typeof balance, typeof supply];
});

afterAll(async () => {
  await chain.stop();
});

const getJob = async (jobId: bigint): Promise<printchain.jobs.v1.Job> =>
  (await query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, { jobId }, jobsCodecs.QueryJobResponse)).job as printchain.jobs.v1.Job;
const getStats = async (printerId: string): Promise<Record<string, string | number>> => {
  const response = await query("/printchain.printers.v1.Query/PrinterPerformance", printersCodecs.QueryPrinterPerformanceRequest, { printerId }, printersCodecs.QueryPrinterPerformanceResponse);
  return printchainTypes.printers.v1.PrinterStats.toObject(response.stats as printchain.printers.v1.PrinterStats, { longs: Number, defaults: true });
};
const getPrinter = async (printerId: string): Promise<printchain.printers.v1.Printer> =>
  (await query("/printchain.printers.v1.Query/Printer", printersCodecs.QueryPrinterRequest, { printerId }, printersCodecs.QueryPrinterResponse)).printer as printchain.printers.v1.Printer;

function attribute(events: readonly Event[], type: string, key: string): string | undefined {
  return events.find((event) => event.type === type)?.attributes.find((attr) => attr.key === key)?.value;
}

// ---------------------------------------------------------------------------------------------------------
// Messages

let printerCounter = 0;
async function registerPrinter(owner: number, location: { latitudeUdeg: number; longitudeUdeg: number }, overrides: Record<string, unknown> = {}): Promise<string> {
  const printerId = `printer-${++printerCounter}`;
  await submitOk(owner, {
    typeUrl: printersCodecs.MsgRegisterPrinter.typeUrl,
    value: {
      owner: addresses[owner],
      printerId,
      moniker: `Printer ${printerCounter}`,
      spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PETG", "PLA"], nozzleDiameterUm: 400, layerResolutionUm: 100, maxSpeedMmPerS: 200 },
      location: { ...location, region: "DE" },
      bond: BOND.toString(),
      ...overrides,
    },
  });
  return printerId;
}

function createJobMsg(overrides: Record<string, unknown> = {}): EncodeObject {
  return {
    typeUrl: jobsCodecs.MsgCreateJob.typeUrl,
    value: {
      customer: addresses[CUSTOMER],
      designHash: "ab".repeat(32),
      designUri: "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
      quantity: 4,
      material: "PLA",
      technology: 1,
      minBuildVolume: { xMm: 100, yMm: 100, zMm: 50 },
      estimatedGrams: 200,
      price: { denom: "uprint", amount: PRICE.toString() },
      ...BERLIN,
      maxDistanceKm: 100,
      deadlineMs: 0,
      ...overrides,
    },
  };
}

async function createJob(deadlineInMs: number, overrides: Record<string, unknown> = {}): Promise<{ jobId: bigint; tx: IndexedTx }> {
  const deadlineMs = (await latestTimeMs()) + SECOND + deadlineInMs;
  const tx = await submitOk(CUSTOMER, createJobMsg({ deadlineMs, ...overrides }));
  const response = jobsCodecs.MsgCreateJobResponse.decode(tx.msgResponses[0].value);
  return { jobId: toBigInt(response.jobId), tx };
}

const acceptMsg = (owner: number, jobId: bigint, printerId: string): EncodeObject => ({
  typeUrl: jobsCodecs.MsgAcceptJob.typeUrl,
  value: { operator: addresses[owner], jobId, printerId },
});

const proofMsg = (owner: number, jobId: bigint, overrides: Record<string, unknown> = {}): EncodeObject => ({
  typeUrl: jobsCodecs.MsgSubmitProofOfPrint.typeUrl,
  value: {
    operator: addresses[owner],
    jobId,
    evidenceHash: "cd".repeat(32),
    evidenceUri: "ipfs://bafkreievidence",
    printSeconds: 7200,
    gramsUsed: 210,
    errorCount: 1,
    errorKinds: ["stringing"],
    firstAttempt: true,
    unitsCompleted: 4,
    ...overrides,
  },
});

const confirmMsg = (jobId: bigint, qualityScore: number, from = CUSTOMER): EncodeObject => ({
  typeUrl: jobsCodecs.MsgConfirmJob.typeUrl,
  value: { customer: addresses[from], jobId, qualityScore, defects: qualityScore < 90 ? ["layer_shift"] : [] },
});

/** Balances of the accounts and module accounts a job touches, plus the supply. */
async function snapshot(): Promise<Record<string, bigint>> {
  return {
    customer: await balance(addresses[CUSTOMER]),
    alice: await balance(addresses[ALICE]),
    bob: await balance(addresses[BOB]),
    escrow: await balance(ESCROW),
    rewardPool: await balance(REWARD_POOL),
    bonds: await balance(BONDS),
    supply: await supply(),
  };
}

/** The escrow holds exactly the prices of unsettled jobs. */
async function expectEscrowMatchesOpenJobs(): Promise<void> {
  const response = await query("/printchain.jobs.v1.Query/Jobs", jobsCodecs.QueryJobsRequest, { pagination: { limit: 1000 } }, jobsCodecs.QueryJobsResponse);
  const unsettled = (response.jobs as printchain.jobs.v1.Job[]).filter((job) => job.status >= JobStatus.OPEN && job.status <= JobStatus.DISPUTED);
  expect(await balance(ESCROW)).toBe(unsettled.reduce((sum, job) => sum + BigInt(job.price!.amount!), 0n));
}

// ---------------------------------------------------------------------------------------------------------

describe("job lifecycles through stock CosmJS", () => {
  let aliceBerlin: string;
  let bobPotsdam: string;
  let bobLeipzig: string;
  let aliceMunich: string;

  beforeAll(async () => {
    aliceBerlin = await registerPrinter(ALICE, BERLIN);
    bobPotsdam = await registerPrinter(BOB, POTSDAM);
    bobLeipzig = await registerPrinter(BOB, LEIPZIG);
    aliceMunich = await registerPrinter(ALICE, MUNICH);
  });

  afterEach(async () => {
    await expectEscrowMatchesOpenJobs();
  });

  test("happy path: offered to the two nearest, accepted, proved, confirmed; escrow pays printer minus the take rate", async () => {
    const before = await snapshot();
    const aliceStatsBefore = await getStats(aliceBerlin);
    const bobStatsBefore = await getStats(bobPotsdam);
    const { jobId, tx: createTx } = await createJob(3600 * SECOND);

    let job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.OPEN);
    // Within 100 km of Berlin: Berlin (0 km), Potsdam (27 km), Leipzig (149 km is out); Munich is out.
    expect(job.candidates.map((candidate) => candidate.printerId)).toEqual([aliceBerlin, bobPotsdam]);
    expect(job.offeredPrinterIds).toEqual([aliceBerlin, bobPotsdam]);
    expect(attribute(createTx.events, "printchain.jobs.v1.EventJobCreated", "price")).toBe(PRICE.toString());
    expect(createTx.events.filter((event) => event.type === "printchain.jobs.v1.EventJobOffered")).toHaveLength(2);
    expect((await balance(ESCROW)) - before.escrow).toBe(PRICE);

    await advance(5 * SECOND);
    const acceptTx = await submitOk(ALICE, acceptMsg(ALICE, jobId, aliceBerlin));
    const timeToAccept = (await blockTimeMs(acceptTx.height)) - (await blockTimeMs(createTx.height));
    expect(timeToAccept).toBe(6 * SECOND);
    expect(attribute(acceptTx.events, "printchain.jobs.v1.EventJobAccepted", "time_to_accept_ms")).toBe(String(timeToAccept));

    await advance(10 * SECOND);
    const proofTx = await submitOk(ALICE, proofMsg(ALICE, jobId));
    expect(attribute(proofTx.events, "printchain.jobs.v1.EventProofOfPrint", "grams_used")).toBe("210");
    expect(attribute(proofTx.events, "printchain.jobs.v1.EventProofOfPrint", "late")).toBe("false");
    const confirmTx = await submitOk(CUSTOMER, confirmMsg(jobId, 92));

    job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.COMPLETED);
    expect(job.settlement).toMatchObject({ printerPayout: "9800000", fee: "200000", customerRefund: "0", bondSlashed: "0", reason: "confirmed" });
    expect(attribute(confirmTx.events, "printchain.jobs.v1.EventJobSettled", "printer_payout")).toBe("9800000");
    expect(attribute(confirmTx.events, "printchain.jobs.v1.EventJobSettled", "status")).toBe("JOB_STATUS_COMPLETED");

    // Every balance the job touches, exactly; the escrow is back where it was and the supply unchanged.
    expect(await snapshot()).toEqual({
      ...before,
      customer: before.customer - PRICE - 2n * FEE_AMOUNT,
      alice: before.alice + 9_800_000n - 2n * FEE_AMOUNT,
      rewardPool: before.rewardPool + 200_000n,
    });

    // Hand computation of the record: one on-time completion with the prior of 3 good in 4 → (2·1 + 2·3) / (2·(1 + 4)) = 8000 bps.
    const alice = await getStats(aliceBerlin);
    expect(alice).toMatchObject({
      jobsOffered: Number(aliceStatsBefore.jobsOffered) + 1,
      jobsAccepted: 1,
      jobsCompleted: 1,
      jobsOnTime: 1,
      jobsLate: 0,
      jobsFailed: 0,
      proofsSubmitted: 1,
      firstAttemptSuccesses: 1,
      acceptMsTotal: timeToAccept,
      gramsUsed: 210,
      gramsEstimated: 200,
      printSeconds: 7200,
      errors: 1,
      unitsCompleted: 4,
      unitsOrdered: 4,
      qualitySum: 92,
      qualityCount: 1,
      activeJobs: 0,
      reliabilityBps: 8000,
    });
    // Bob's offer was taken by Alice: offered, not missed.
    expect(await getStats(bobPotsdam)).toMatchObject({ jobsOffered: Number(bobStatsBefore.jobsOffered) + 1, offersExpired: Number(bobStatsBefore.offersExpired) });
  });

  test("late delivery: proof after the deadline within the grace period pays the printer less and counts half", async () => {
    const before = await snapshot();
    const { jobId } = await createJob(70 * SECOND, { material: "PETG" });
    await submitOk(BOB, acceptMsg(BOB, jobId, bobPotsdam));
    await advance(80 * SECOND);
    const proofTx = await submitOk(BOB, proofMsg(BOB, jobId, { gramsUsed: 190, firstAttempt: false, errorCount: 0, errorKinds: [] }));
    expect(attribute(proofTx.events, "printchain.jobs.v1.EventProofOfPrint", "late")).toBe("true");
    await submitOk(CUSTOMER, confirmMsg(jobId, 80));

    // earned = 10,000,000 − 20 % late penalty = 8,000,000; fee 2 % = 160,000; refund 2,000,000.
    const job = await getJob(jobId);
    expect(job.settlement).toMatchObject({ printerPayout: "7840000", fee: "160000", customerRefund: "2000000", reason: "confirmed" });
    expect(await snapshot()).toEqual({
      ...before,
      customer: before.customer - 2n * FEE_AMOUNT - PRICE + 2_000_000n,
      bob: before.bob - 2n * FEE_AMOUNT + 7_840_000n,
      rewardPool: before.rewardPool + 160_000n,
    });
    // One late completion: (1 + 6) / (2·5) = 7000 bps.
    expect(await getStats(bobPotsdam)).toMatchObject({ jobsCompleted: 1, jobsLate: 1, jobsOnTime: 0, firstAttemptSuccesses: 0, gramsUsed: 190, reliabilityBps: 7000, qualitySum: 80, activeJobs: 0 });
  });

  test("failed print: zero units refunds the customer in full and slashes 10 % of the bond to them", async () => {
    const before = await snapshot();
    const { jobId } = await createJob(3600 * SECOND, { ...LEIPZIG, maxDistanceKm: 20 });
    expect((await getJob(jobId)).offeredPrinterIds).toEqual([bobLeipzig]);
    await submitOk(BOB, acceptMsg(BOB, jobId, bobLeipzig));
    const proofTx = await submitOk(BOB, proofMsg(BOB, jobId, { unitsCompleted: 0, errorCount: 2, errorKinds: ["warping", "nozzle_clog"], firstAttempt: false }));
    expect(attribute(proofTx.events, "printchain.printers.v1.EventBondSlashed", "amount")).toBe("100000");

    const job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.FAILED);
    expect(job.settlement).toMatchObject({ printerPayout: "0", fee: "0", customerRefund: PRICE.toString(), bondSlashed: "100000", reason: "failed_print" });
    expect(await snapshot()).toEqual({
      ...before,
      customer: before.customer - FEE_AMOUNT + 100_000n,
      bob: before.bob - 2n * FEE_AMOUNT,
      bonds: before.bonds - 100_000n,
    });
    expect((await getPrinter(bobLeipzig)).bond).toBe("900000");
    // One failure: (0 + 6) / (2·5) = 6000 bps.
    expect(await getStats(bobLeipzig)).toMatchObject({ jobsFailed: 1, jobsCompleted: 0, errors: 2, unitsCompleted: 0, unitsOrdered: 4, reliabilityBps: 6000, activeJobs: 0 });
    // Below the minimum bond it is no longer offered jobs.
    expect((await rejected(CUSTOMER, createJobMsg({ ...LEIPZIG, maxDistanceKm: 20, deadlineMs: (await latestTimeMs()) + 3600 * SECOND }))).log).toContain("no eligible printer");
  });

  test("no proof by deadline + grace: the job fails at that block and the bond is slashed", async () => {
    const before = await snapshot();
    const { jobId } = await createJob(65 * SECOND, { ...MUNICH, maxDistanceKm: 10 });
    await submitOk(ALICE, acceptMsg(ALICE, jobId, aliceMunich));
    const job = await getJob(jobId);
    const failAt = Number(toBigInt(job.deadlineMs)) + 300 * SECOND;
    expect(Number(toBigInt(job.timerMs))).toBe(failAt);
    while ((await latestTimeMs()) < failAt - SECOND) await produce();
    expect((await getJob(jobId)).status).toBe(JobStatus.ACCEPTED);
    const block = await produce();
    expect(Date.parse(block.block.header.time)).toBe(failAt);
    const failed = await getJob(jobId);
    expect(failed.status).toBe(JobStatus.FAILED);
    expect(failed.settlement).toMatchObject({ reason: "no_proof", customerRefund: PRICE.toString(), bondSlashed: "100000" });
    const results = await comet.blockResults(Number(block.block.header.height));
    expect(results.finalizeBlockEvents.map((event) => event.type)).toContain("printchain.jobs.v1.EventJobSettled");
    const after = await snapshot();
    expect(after).toEqual({
      ...before,
      customer: before.customer - FEE_AMOUNT + 100_000n,
      alice: before.alice - FEE_AMOUNT,
      bonds: before.bonds - 100_000n,
    });
    expect(await getStats(aliceMunich)).toMatchObject({ jobsAccepted: 1, jobsFailed: 1, proofsSubmitted: 0, activeJobs: 0, reliabilityBps: 6000 });
  });

  test("no acceptance: the offer moves to the next round, then the job expires with a full refund", async () => {
    const before = await snapshot();
    const offeredBefore = await Promise.all([aliceBerlin, bobPotsdam, bobLeipzig].map(getStats));
    // 200 km reaches Berlin, Potsdam and Leipzig; Leipzig's bond is below the minimum after its slash.
    await submitOk(BOB, { typeUrl: printersCodecs.MsgUpdatePrinter.typeUrl, value: { owner: addresses[BOB], printerId: bobLeipzig, addBond: "100000" } });
    const { jobId, tx } = await createJob(3600 * SECOND, { maxDistanceKm: 200 });
    let job = await getJob(jobId);
    expect(job.candidates.map((candidate) => candidate.printerId)).toEqual(expect.arrayContaining([aliceBerlin, bobPotsdam, bobLeipzig]));
    expect(job.candidates).toHaveLength(3);
    const firstRound = [...job.offeredPrinterIds];
    expect(firstRound).toHaveLength(2);

    const expiresAt = Number(toBigInt(job.offerExpiresAtMs));
    expect(expiresAt).toBe((await blockTimeMs(tx.height)) + 60 * SECOND);
    await advance(60 * SECOND);
    job = await getJob(jobId);
    expect(job.offerRound).toBe(1);
    expect(job.offeredPrinterIds).toEqual([job.candidates[2].printerId]);
    // A printer of the first round can no longer accept.
    const late = await rejected(firstRound[0] === aliceBerlin ? ALICE : BOB, acceptMsg(firstRound[0] === aliceBerlin ? ALICE : BOB, jobId, firstRound[0]));
    expect(late).toMatchObject({ codespace: "jobs", code: 6 });

    await advance(60 * SECOND);
    job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.EXPIRED);
    expect(job.settlement).toMatchObject({ reason: "no_acceptance", customerRefund: PRICE.toString(), fee: "0", printerPayout: "0" });
    const after = await snapshot();
    expect(after).toEqual({
      ...before,
      customer: before.customer - FEE_AMOUNT,
      bob: before.bob - FEE_AMOUNT - 100_000n,
      bonds: before.bonds + 100_000n,
    });
    const offeredAfter = await Promise.all([aliceBerlin, bobPotsdam, bobLeipzig].map(getStats));
    offeredAfter.forEach((stats, index) => {
      expect(Number(stats.jobsOffered) - Number(offeredBefore[index].jobsOffered)).toBe(1);
      expect(Number(stats.offersExpired) - Number(offeredBefore[index].offersExpired)).toBe(1);
    });
  });

  test("dispute: the arbiter's split refunds 30 % and pays the rest minus the fee", async () => {
    const before = await snapshot();
    const { jobId } = await createJob(3600 * SECOND);
    await submitOk(ALICE, acceptMsg(ALICE, jobId, aliceBerlin));
    await submitOk(ALICE, proofMsg(ALICE, jobId, { unitsCompleted: 3 }));
    const disputeTx = await submitOk(CUSTOMER, { typeUrl: jobsCodecs.MsgDisputeJob.typeUrl, value: { customer: addresses[CUSTOMER], jobId, reason: "two parts out of tolerance" } });
    expect(attribute(disputeTx.events, "printchain.jobs.v1.EventJobDisputed", "reason")).toBe("two parts out of tolerance");
    expect((await getJob(jobId)).status).toBe(JobStatus.DISPUTED);
    // Only an appointed arbiter may decide.
    expect(await rejected(CUSTOMER, { typeUrl: jobsCodecs.MsgResolveDispute.typeUrl, value: { arbiter: addresses[CUSTOMER], jobId, refundBps: 10_000 } })).toMatchObject({ codespace: "jobs", code: 11 });
    await submitOk(ARBITER, { typeUrl: jobsCodecs.MsgResolveDispute.typeUrl, value: { arbiter: addresses[ARBITER], jobId, refundBps: 3000 } });

    const job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.RESOLVED);
    expect(job.dispute).toMatchObject({ arbiter: addresses[ARBITER], refundBps: 3000 });
    expect(job.settlement).toMatchObject({ customerRefund: "3000000", fee: "140000", printerPayout: "6860000", reason: "resolved" });
    expect(await snapshot()).toEqual({
      ...before,
      customer: before.customer - 2n * FEE_AMOUNT - PRICE + 3_000_000n,
      alice: before.alice - 2n * FEE_AMOUNT + 6_860_000n,
      rewardPool: before.rewardPool + 140_000n,
    });
    expect(await getStats(aliceBerlin)).toMatchObject({ disputes: 1, jobsCompleted: 2, jobsOnTime: 2, unitsCompleted: 7, unitsOrdered: 8, activeJobs: 0 });
  });

  test("the confirmation window ends in an automatic confirmation without a quality score", async () => {
    const { jobId } = await createJob(3600 * SECOND);
    await submitOk(ALICE, acceptMsg(ALICE, jobId, aliceBerlin));
    const qualityBefore = await getStats(aliceBerlin);
    await submitOk(ALICE, proofMsg(ALICE, jobId));
    await advance(120 * SECOND);
    const job = await getJob(jobId);
    expect(job.status).toBe(JobStatus.COMPLETED);
    expect(job.confirmation).toMatchObject({ automatic: true, qualityScore: 0 });
    expect(job.settlement).toMatchObject({ reason: "auto_confirmed", printerPayout: "9800000" });
    expect(await getStats(aliceBerlin)).toMatchObject({ qualityCount: qualityBefore.qualityCount, qualitySum: qualityBefore.qualitySum });
  });
});

describe("wrong actors and bad input get clear errors and change nothing", () => {
  let printerId: string;
  let otherPrinter: string;
  let jobId: bigint;

  beforeAll(async () => {
    printerId = await registerPrinter(ALICE, { latitudeUdeg: -33_868_820, longitudeUdeg: 151_209_296 }, { location: { latitudeUdeg: -33_868_820, longitudeUdeg: 151_209_296, region: "AU" } });
    otherPrinter = await registerPrinter(BOB, { latitudeUdeg: -33_900_000, longitudeUdeg: 151_200_000 }, { location: { latitudeUdeg: -33_900_000, longitudeUdeg: 151_200_000, region: "AU" } });
    await submitOk(BOB, { typeUrl: printersCodecs.MsgSetPrinterStatus.typeUrl, value: { owner: addresses[BOB], printerId: otherPrinter, status: 2 } });
    ({ jobId } = await createJob(3600 * SECOND, { latitudeUdeg: -33_868_820, longitudeUdeg: 151_209_296, maxDistanceKm: 50 }));
  });

  /** Runs `attempt` and checks that the job, the balances and the supply did not change. */
  async function unchanged(attempt: () => Promise<void>): Promise<void> {
    const job = jobsCodecs.Job.encode(await getJob(jobId)).finish();
    const balances = await snapshot();
    await attempt();
    await produce();
    expect(jobsCodecs.Job.encode(await getJob(jobId)).finish()).toEqual(job);
    const after = await snapshot();
    expect(after).toEqual(balances);
  }

  const cases: Array<[string, () => [number, EncodeObject], string, number]> = [
    ["a paused printer is never offered", () => [BOB, acceptMsg(BOB, jobId, otherPrinter)], "jobs", 6],
    ["accepting a job not offered to you", () => [BOB, acceptMsg(BOB, jobId, "printer-1")], "jobs", 6],
    ["accepting for someone else's printer", () => [BOB, acceptMsg(BOB, jobId, printerId)], "jobs", 7],
    ["proof before acceptance", () => [ALICE, proofMsg(ALICE, jobId)], "jobs", 5],
    ["confirming someone else's job", () => [BOB, confirmMsg(jobId, 90, BOB)], "jobs", 8],
    ["an unknown job id", () => [ALICE, acceptMsg(ALICE, 999_999n, printerId)], "jobs", 3],
    ["job id zero", () => [ALICE, acceptMsg(ALICE, 0n, printerId)], "jobs", 2],
    ["an unknown printer id in an update", () => [ALICE, { typeUrl: printersCodecs.MsgSetPrinterStatus.typeUrl, value: { owner: addresses[ALICE], printerId: "no-such-printer", status: 2 } }], "printers", 8],
    ["zero quantity", () => [CUSTOMER, createJobMsg({ quantity: 0, deadlineMs: Date.now() })], "jobs", 2],
    ["quantity above the maximum", () => [CUSTOMER, createJobMsg({ quantity: 4_294_967_295, deadlineMs: 2 ** 52 })], "jobs", 2],
    ["zero price", () => [CUSTOMER, createJobMsg({ price: { denom: "uprint", amount: "0" }, deadlineMs: 2 ** 52 })], "jobs", 13],
    ["a price overflowing 2^256", () => [CUSTOMER, createJobMsg({ price: { denom: "uprint", amount: (2n ** 256n).toString() }, deadlineMs: 2 ** 52 })], "sdk", 10],
    ["a price in another denom", () => [CUSTOMER, createJobMsg({ price: { denom: "ufoo", amount: "10000000" }, deadlineMs: 2 ** 52 })], "jobs", 13],
    ["estimated grams above 10^9", () => [CUSTOMER, createJobMsg({ estimatedGrams: "18446744073709551615", deadlineMs: 2 ** 52 })], "jobs", 2],
    ["a latitude beyond 90°", () => [CUSTOMER, createJobMsg({ latitudeUdeg: 90_000_001, deadlineMs: 2 ** 52 })], "jobs", 2],
    ["a longitude beyond 180°", () => [CUSTOMER, createJobMsg({ longitudeUdeg: -180_000_001, deadlineMs: 2 ** 52 })], "jobs", 2],
    ["a printer registered off the globe", () => [ALICE, { typeUrl: printersCodecs.MsgRegisterPrinter.typeUrl, value: { owner: addresses[ALICE], printerId: "off-globe", spec: { technology: 1, buildVolume: { xMm: 1, yMm: 1, zMm: 1 }, materials: ["PLA"], layerResolutionUm: 1, maxSpeedMmPerS: 1 }, location: { latitudeUdeg: 0, longitudeUdeg: 200_000_000, region: "DE" }, bond: "1000000" } }], "printers", 5],
    ["a deadline in the past", () => [CUSTOMER, createJobMsg({ deadlineMs: 1 })], "jobs", 14],
    ["params changed by an account that is not the gov module", () => [ALICE, { typeUrl: jobsCodecs.MsgUpdateParams.typeUrl, value: { authority: addresses[ALICE], params: { ...JOB_PARAMS, takeRateBps: 0 } } }], "jobs", 17],
  ];

  test.each(cases)("%s", async (_name, build, codespace, code) => {
    await unchanged(async () => {
      const [from, msg] = build();
      expect(await rejected(from, msg)).toMatchObject({ codespace, code });
    });
  });

  test("double acceptance, proof from another printer, and proof after the deadline", async () => {
    const { jobId: contested } = await createJob(65 * SECOND, { latitudeUdeg: -33_868_820, longitudeUdeg: 151_209_296, maxDistanceKm: 50 });
    await submitOk(BOB, { typeUrl: printersCodecs.MsgSetPrinterStatus.typeUrl, value: { owner: addresses[BOB], printerId: otherPrinter, status: 1 } });
    await submitOk(ALICE, acceptMsg(ALICE, contested, printerId));
    const accepted = jobsCodecs.Job.encode(await getJob(contested)).finish();
    expect(await rejected(ALICE, acceptMsg(ALICE, contested, printerId))).toMatchObject({ codespace: "jobs", code: 5 });
    expect(await rejected(BOB, proofMsg(BOB, contested))).toMatchObject({ codespace: "jobs", code: 7 });
    expect(await rejected(ALICE, proofMsg(ALICE, contested, { unitsCompleted: 5 }))).toMatchObject({ codespace: "jobs", code: 15 });
    const job = await getJob(contested);
    // CheckTx judges at the last block's time, so a proof sent one block before deadline + grace
    // is admitted, lands in the block at deadline + grace, and fails there with a clear code; the
    // same block's EndBlock then fails the job.
    const limit = Number(toBigInt(job.deadlineMs)) + 300 * SECOND;
    while ((await latestTimeMs()) < limit - SECOND) await produce();
    expect(jobsCodecs.Job.encode(await getJob(contested)).finish()).toEqual(accepted);
    const aliceBefore = await balance(addresses[ALICE]);
    const tooLate = await submit(ALICE, proofMsg(ALICE, contested));
    expect(await blockTimeMs(tooLate.height)).toBe(limit);
    expect(tooLate).toMatchObject({ code: 10 });
    expect(tooLate.rawLog).toContain("proof of print after the deadline");
    expect(await balance(addresses[ALICE])).toBe(aliceBefore - FEE_AMOUNT);
    const failed = await getJob(contested);
    expect(failed.proof).toBeNull();
    expect(failed.settlement).toMatchObject({ reason: "no_proof" });
  });

  test("a printer update that would break an accepted job is rejected; a compatible one is not", async () => {
    const { jobId: active } = await createJob(3600 * SECOND, { latitudeUdeg: -33_868_820, longitudeUdeg: 151_209_296, maxDistanceKm: 50, minBuildVolume: { xMm: 200, yMm: 200, zMm: 200 } });
    const offered = (await getJob(active)).offeredPrinterIds;
    const owner = offered[0] === printerId ? ALICE : BOB;
    await submitOk(owner, acceptMsg(owner, active, offered[0]));
    const spec = { technology: 1, buildVolume: { xMm: 150, yMm: 150, zMm: 150 }, materials: ["PLA"], layerResolutionUm: 100, maxSpeedMmPerS: 200 };
    const shrink = await rejected(owner, { typeUrl: printersCodecs.MsgUpdatePrinter.typeUrl, value: { owner: addresses[owner], printerId: offered[0], spec } });
    expect(shrink).toMatchObject({ codespace: "printers", code: 12 });
    expect(shrink.log).toContain("build volume");
    const move = await rejected(owner, { typeUrl: printersCodecs.MsgUpdatePrinter.typeUrl, value: { owner: addresses[owner], printerId: offered[0], location: { ...MUNICH, region: "DE" } } });
    expect(move).toMatchObject({ codespace: "printers", code: 12 });
    await submitOk(owner, { typeUrl: printersCodecs.MsgUpdatePrinter.typeUrl, value: { owner: addresses[owner], printerId: offered[0], moniker: "renamed" } });
    expect((await getPrinter(offered[0])).moniker).toBe("renamed");
    // Retiring with an active job is refused too.
    expect(await rejected(owner, { typeUrl: printersCodecs.MsgSetPrinterStatus.typeUrl, value: { owner: addresses[owner], printerId: offered[0], status: 3 } })).toMatchObject({ codespace: "printers", code: 12 });
  });
});

test("every typed event carries exactly its proto fields as plain-string attributes", () => {
  const types = expectTypedEventsMatchProto(chain.emitted);
  for (const name of ["EventJobCreated", "EventJobOffered", "EventJobOfferExpired", "EventJobAccepted", "EventProofOfPrint", "EventJobConfirmed", "EventJobDisputed", "EventDisputeResolved", "EventJobSettled"]) {
    expect(types).toContain(`printchain.jobs.v1.${name}`);
  }
  for (const name of ["EventPrinterRegistered", "EventPrinterUpdated", "EventPrinterStatusChanged", "EventBondSlashed", "EventPrinterPerformance"]) {
    expect(types).toContain(`printchain.printers.v1.${name}`);
  }
});

test("the funded devnet balance is what these tests assume", () => {
  expect(DEVNET_ACCOUNT_BALANCE).toBeGreaterThan(100n * PRICE);
});
