import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, jobsCodecs, printchain as printchainTypes, printersCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { moduleHeights } from "../../indexer/modules/runner";
import { readCheckpoint } from "../../indexer/writer";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";

/**
 * The module tables (printers, jobs, emissions) after a scripted workload through stock CosmJS,
 * compared with the chain's own queries; resumption across restarts, and a module rebuilt from
 * the stored ledger alone (what an additive migration relies on).
 */
jest.setTimeout(90_000);

const EPOCH = 15;
const [CUSTOMER, ALICE, ARBITER, BOB] = [1, 2, 3, 4];
const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };
const POTSDAM = { latitudeUdeg: 52_390_569, longitudeUdeg: 13_064_473 };
const MODULE_TABLES = ["printers", "printer_history", "jobs", "proofs_of_print", "job_confirmations", "disputes", "epochs", "emission_rewards"];
const { PrinterStatus, Technology, JobStatus } = { PrinterStatus: printchainTypes.printers.v1.PrinterStatus, Technology: printchainTypes.printers.v1.Technology, JobStatus: printchainTypes.jobs.v1.JobStatus };
const name = (enumObject: object, value: number): string => (enumObject as Record<number, string>)[value];

let chain: ManualChain;
let home: string;
let database: Database;
const jobHeights = new Map<string, Record<string, number>>();

function patchGenesis(genesis: GenesisDoc, accounts: readonly string[]): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, { acceptanceWindowMs: "60000", confirmationWindowMs: "120000", lateGraceMs: "300000", arbitrationWindowMs: "120000", arbiters: [accounts[ARBITER]] });
  Object.assign(appState.printers.params, { minBond: "1000000", bondSlashBps: 1000 });
  Object.assign(appState.emissions.params, { epochLength: String(EPOCH) });
}

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const a = (index: number): string => chain.addresses[index];

function register(owner: number, printerId: string, location: typeof BERLIN): EncodeObject {
  return msg(printersCodecs.MsgRegisterPrinter, {
    owner: a(owner), printerId, moniker: `${printerId} moniker`,
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA", "PETG"], layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { ...location, region: "DE" }, bond: "1000000",
  });
}

async function createJob(): Promise<string> {
  const deadlineMs = (await chain.latestTimeMs()) + BLOCK_MS + 3_600_000;
  const tx = await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgCreateJob, {
    customer: a(CUSTOMER), designHash: "ab".repeat(32), designUri: "ipfs://design", quantity: 2, material: "PLA", technology: 1,
    minBuildVolume: { xMm: 10, yMm: 10, zMm: 10 }, estimatedGrams: 100, price: { denom: "uprint", amount: "5000000" }, ...BERLIN, maxDistanceKm: 50, deadlineMs,
  }));
  const jobId = toBigInt(jobsCodecs.MsgCreateJobResponse.decode(tx.msgResponses[0].value).jobId).toString();
  jobHeights.set(jobId, { created: tx.height });
  return jobId;
}

async function step(from: number, jobId: string, key: string, message: EncodeObject): Promise<void> {
  const tx = await chain.submitOk(from, message);
  jobHeights.get(jobId)![key] = tx.height;
}

const accept = (owner: number, jobId: string, printerId: string): EncodeObject => msg(jobsCodecs.MsgAcceptJob, { operator: a(owner), jobId, printerId });
const proof = (owner: number, jobId: string, unitsCompleted = 2): EncodeObject =>
  msg(jobsCodecs.MsgSubmitProofOfPrint, { operator: a(owner), jobId, evidenceHash: "cd".repeat(32), evidenceUri: `ipfs://evidence-${jobId}`, printSeconds: 3600, gramsUsed: 95, errorCount: 0, errorKinds: [], firstAttempt: true, unitsCompleted });

/** Part A: two printers, one completed job, one update; part B: a disputed job, a cancelled one, a failed print (slash), a pause. */
async function workloadA(): Promise<void> {
  await chain.submitOk(ALICE, register(ALICE, "printer-a", BERLIN));
  await chain.submitOk(BOB, register(BOB, "printer-b", POTSDAM));
  await chain.submitOk(BOB, msg(printersCodecs.MsgUpdatePrinter, { owner: a(BOB), printerId: "printer-b", moniker: "renamed", addBond: "250000" }));
  const job = await createJob();
  await step(ALICE, job, "accepted", accept(ALICE, job, "printer-a"));
  await step(ALICE, job, "proof", proof(ALICE, job));
  await step(CUSTOMER, job, "confirmed", msg(jobsCodecs.MsgConfirmJob, { customer: a(CUSTOMER), jobId: job, qualityScore: 88, defects: ["stringing"] }));
  jobHeights.get(job)!.settled = jobHeights.get(job)!.confirmed;
}

async function workloadB(): Promise<void> {
  const disputed = await createJob();
  await step(BOB, disputed, "accepted", accept(BOB, disputed, "printer-b"));
  await step(BOB, disputed, "proof", proof(BOB, disputed));
  await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgDisputeJob, { customer: a(CUSTOMER), jobId: disputed, reason: "warped" }));
  await step(ARBITER, disputed, "settled", msg(jobsCodecs.MsgResolveDispute, { arbiter: a(ARBITER), jobId: disputed, refundBps: 3000 }));
  const cancelled = await createJob();
  await step(CUSTOMER, cancelled, "settled", msg(jobsCodecs.MsgCancelJob, { customer: a(CUSTOMER), jobId: cancelled }));
  const failed = await createJob();
  await step(ALICE, failed, "accepted", accept(ALICE, failed, "printer-a"));
  await step(ALICE, failed, "proof", proof(ALICE, failed, 0));
  jobHeights.get(failed)!.settled = jobHeights.get(failed)!.proof;
  await chain.submitOk(BOB, msg(printersCodecs.MsgSetPrinterStatus, { owner: a(BOB), printerId: "printer-b", status: PrinterStatus.PRINTER_STATUS_PAUSED }));
  // Past the second epoch end.
  while (chain.node.node.height < 2 * EPOCH + 1) await chain.produce();
}

const index = (batchSize: number): Promise<number> => new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize, once: true }).run();

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of MODULE_TABLES) out[table] = Number((await database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  return out;
}

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of MODULE_TABLES) out[table] = await database.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  return out;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "printchain-indexer-modules-"));
  [chain, database] = await Promise.all([ManualChain.start(patchGenesis), openDatabase({ home, databaseUrl: "", unsafeNoFsync: true })]);
});

afterAll(async () => {
  await database?.close();
  await chain?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("indexer modules: printers, jobs, emissions", () => {
  test("indexed in two runs (a restart in between), without duplicates; module checkpoints follow the ledger", async () => {
    await workloadA();
    const first = await index(3);
    const after1 = await counts();
    expect(after1.printers).toBe(2);
    expect(after1.jobs).toBe(1);
    await workloadB();
    const head = await index(4);
    expect(head).toBe(chain.node.node.height);
    expect(head).toBeGreaterThan(first);
    const after2 = await counts();
    expect(after2).toMatchObject({ printers: 2, jobs: 4, proofs_of_print: 3, job_confirmations: 1, disputes: 1, epochs: 2 });
    // A third run with nothing new changes nothing.
    expect(await index(4)).toBe(head);
    expect(await counts()).toEqual(after2);
    expect(new Set((await moduleHeights(database.dataSource)).values())).toEqual(new Set([head]));
    expect((await readCheckpoint(database.dataSource))!.height).toBe(head);
  });

  test("every printer row equals the chain's Query/Printer; history has one row per change", async () => {
    const rows = (await database.dataSource.query(`SELECT * FROM printers ORDER BY id`)) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const printer = (await chain.query("/printchain.printers.v1.Query/Printer", printersCodecs.QueryPrinterRequest, { printerId: row.id }, printersCodecs.QueryPrinterResponse)).printer as printchain.printers.v1.Printer;
      expect(row).toEqual({
        id: printer.id, owner: printer.owner, moniker: printer.moniker, status: name(PrinterStatus, printer.status), technology: name(Technology, printer.spec!.technology!),
        materials: printer.spec!.materials, region: printer.location!.region, latitude_udeg: printer.location!.latitudeUdeg, longitude_udeg: printer.location!.longitudeUdeg,
        bond: printer.bond, registered_height: String(printer.registeredHeight), updated_height: String(printer.updatedHeight),
      });
    }
    expect(rows.map((row) => [row.id, row.status, row.moniker])).toEqual([["printer-a", "PRINTER_STATUS_ACTIVE", "printer-a moniker"], ["printer-b", "PRINTER_STATUS_PAUSED", "renamed"]]);
    const history = (await database.dataSource.query(`SELECT printer_id, event_type FROM printer_history ORDER BY height, event_index`)) as Array<{ printer_id: string; event_type: string }>;
    expect(history.map((entry) => `${entry.printer_id} ${entry.event_type}`)).toEqual([
      "printer-a EventPrinterRegistered", "printer-b EventPrinterRegistered", "printer-b EventPrinterUpdated", "printer-a EventBondSlashed", "printer-b EventPrinterStatusChanged",
    ]);
  });

  test("every job row equals the chain's Query/Job (status, printer, price, heights and times); proofs, confirmations, disputes", async () => {
    const rows = (await database.dataSource.query(`SELECT * FROM jobs ORDER BY id`)) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rows).toHaveLength(jobHeights.size);
    const ms = (value: unknown): number | null => (value === null ? null : (value as Date).getTime());
    const num = (value: unknown): number => Number(toBigInt(value as never));
    for (const row of rows) {
      const job = (await chain.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, { jobId: row.id }, jobsCodecs.QueryJobResponse)).job as printchain.jobs.v1.Job;
      const heights = jobHeights.get(row.id)!;
      expect({
        status: row.status, customer: row.customer, printer: row.printer_id, owner: row.printer_owner, price: row.price, denom: row.denom, material: row.material, quantity: row.quantity,
        designUri: row.design_uri, due: ms(row.due_time), created: Number(row.created_height), createdTime: ms(row.created_time),
        accepted: row.accepted_height && Number(row.accepted_height), acceptedTime: ms(row.accepted_time), proof: row.proof_height && Number(row.proof_height), proofTime: ms(row.proof_time),
        settled: Number(row.settled_height), settledTime: ms(row.settled_time), reason: row.settle_reason, payout: row.printer_payout, fee: row.fee, refund: row.customer_refund, slashed: row.bond_slashed,
      }).toEqual({
        status: name(JobStatus, job.status), customer: job.customer, printer: job.printerId || null, owner: job.printerOwner || null, price: job.price!.amount, denom: job.price!.denom, material: job.material, quantity: job.quantity,
        designUri: job.designUri, due: num(job.deadlineMs), created: num(job.createdHeight), createdTime: num(job.createdAtMs),
        accepted: heights.accepted ?? null, acceptedTime: job.printerId ? num(job.acceptedAtMs) : null, proof: heights.proof ?? null, proofTime: job.proof ? num(job.proof.submittedAtMs) : null,
        settled: heights.settled, settledTime: num(job.settlement!.settledAtMs), reason: job.settlement!.reason, payout: job.settlement!.printerPayout, fee: job.settlement!.fee, refund: job.settlement!.customerRefund, slashed: job.settlement!.bondSlashed,
      });
      expect(Number(row.created_height)).toBe(heights.created);
      if (job.confirmation && !job.confirmation.automatic) expect([row.quality_score, Number(row.confirmed_height), ms(row.confirmed_time)]).toEqual([job.confirmation.qualityScore, heights.confirmed, num(job.confirmation.confirmedAtMs)]);
      else expect(row.quality_score).toBeNull();
    }
    expect(rows.map((row) => row.status)).toEqual(["JOB_STATUS_COMPLETED", "JOB_STATUS_RESOLVED", "JOB_STATUS_CANCELLED", "JOB_STATUS_FAILED"]);

    const proofs = (await database.dataSource.query(`SELECT job_id, printer_id, evidence_uri, units_completed, late FROM proofs_of_print ORDER BY job_id`)) as Array<Record<string, unknown>>;
    expect(proofs).toEqual([
      { job_id: "1", printer_id: "printer-a", evidence_uri: "ipfs://evidence-1", units_completed: 2, late: false },
      { job_id: "2", printer_id: "printer-b", evidence_uri: "ipfs://evidence-2", units_completed: 2, late: false },
      { job_id: "4", printer_id: "printer-a", evidence_uri: "ipfs://evidence-4", units_completed: 0, late: false },
    ]);
    expect(await database.dataSource.query(`SELECT job_id, quality_score, defects, automatic FROM job_confirmations`)).toEqual([{ job_id: "1", quality_score: 88, defects: ["stringing"], automatic: false }]);
    const dispute = (await chain.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, { jobId: 2n }, jobsCodecs.QueryJobResponse)).job!.dispute!;
    const [row] = (await database.dataSource.query(`SELECT * FROM disputes`)) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect({ reason: row.reason, arbiter: row.arbiter, refundBps: row.refund_bps, opened: row.opened_time.getTime(), resolveBy: row.resolve_by.getTime(), resolved: row.resolved_time.getTime(), height: Number(row.resolved_height) }).toEqual({
      reason: dispute.reason, arbiter: dispute.arbiter, refundBps: dispute.refundBps, opened: num(dispute.openedAtMs), resolveBy: num(dispute.resolveByMs), resolved: num(dispute.resolvedAtMs), height: jobHeights.get("2")!.settled,
    });
  });

  test("each epoch's minted equals the chain's EpochSummary, and its rewards sum to what the summary paid", async () => {
    const epochs = (await database.dataSource.query(`SELECT * FROM epochs ORDER BY epoch`)) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(epochs.map((epoch) => epoch.epoch)).toEqual(["1", "2"]);
    for (const epoch of epochs) {
      const summary = (await chain.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch: Number(epoch.epoch) }, emissionsCodecs.QueryEpochSummaryResponse)).summary as printchain.emissions.v1.EpochSummary;
      const paid = summary.roles.reduce((sum, role) => sum + BigInt(role.paid!), 0n);
      expect({ minted: epoch.minted, fees: epoch.fees, total: epoch.total, community: epoch.community_pool_added, end: Number(epoch.end_height), paid: epoch.paid }).toEqual({
        minted: summary.minted, fees: summary.fees, total: summary.total, community: summary.communityPoolAdded, end: Number(toBigInt(summary.endHeight)), paid: paid.toString(),
      });
      expect(epoch.weights).toEqual(Object.fromEntries(summary.roles.map((role) => [name(printchainTypes.emissions.v1.Role, role.role!), role.weight])));
      const [{ sum }] = await database.dataSource.query(`SELECT coalesce(sum(amount), 0)::text AS sum FROM emission_rewards WHERE epoch = $1`, [epoch.epoch]);
      expect(sum).toBe(paid.toString());
      expect(BigInt(epoch.minted)).toBeGreaterThan(0n);
    }
    // Every indexed reward equals the chain's Query/Rewards for its recipient and epoch; both printers earned in epoch 1.
    const rewards = (await database.dataSource.query(`SELECT epoch, role, recipient, printer_id, points, amount FROM emission_rewards ORDER BY height, event_index`)) as Array<Record<string, string | null>>;
    const keys = [...new Set(rewards.map((reward) => `${reward.recipient} ${reward.epoch}`))];
    for (const key of keys) {
      const [address, epoch] = key.split(" ");
      const response = await chain.query("/printchain.emissions.v1.Query/Rewards", emissionsCodecs.QueryRewardsRequest, { address, epoch: Number(epoch) }, emissionsCodecs.QueryRewardsResponse);
      const expected = (response.rewards as printchain.emissions.v1.Reward[]).map((reward) => `${name(printchainTypes.emissions.v1.Role, reward.role)} ${reward.printerId || "-"} ${reward.points} ${reward.amount}`).sort();
      const indexed = rewards.filter((reward) => `${reward.recipient} ${reward.epoch}` === key).map((reward) => `${reward.role} ${reward.printer_id ?? "-"} ${reward.points} ${reward.amount}`).sort();
      expect(`${key}: ${indexed.join("; ")}`).toBe(`${key}: ${expected.join("; ")}`);
    }
    const printerRewards = rewards.filter((reward) => reward.printer_id !== null).map((reward) => [reward.epoch, reward.role, reward.recipient, reward.printer_id]);
    expect(printerRewards).toEqual([["1", "ROLE_PRINTERS", a(ALICE), "printer-a"], ["1", "ROLE_PRINTERS", a(BOB), "printer-b"]]);
  });

  test("a module rebuilt from the stored ledger alone (no node reads) equals the one written with the batches", async () => {
    const before = await dump();
    await database.dataSource.query(`TRUNCATE ${MODULE_TABLES.join(", ")}, module_checkpoints`);
    // The indexer finds the modules behind the ledger checkpoint and catches them up from the ledger tables.
    expect(await index(5)).toBe(chain.node.node.height);
    expect(await dump()).toEqual(before);
  });
});
