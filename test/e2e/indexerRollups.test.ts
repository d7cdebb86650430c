import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, jobsCodecs, printchain as printchainTypes, printersCodecs, toBigInt, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { moduleHeights } from "../../indexer/modules/runner";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";

/**
 * Per-epoch rollups (printer_epoch_stats, network_epoch_stats) after a workload across two epochs
 * (on-time and late completions with quality scores, an expired job, a failed print), each row
 * compared with what the chain's own queries give: the difference of two PrinterPerformance
 * snapshots taken at the epochs' end blocks, Query/Job, Query/Rewards and Query/EpochSummary.
 */
jest.setTimeout(60_000);

const EPOCH = 20;
const ACCEPTANCE_MS = 4_000;
const [CUSTOMER, ALICE, BOB] = [1, 2, 4];
const PRINTERS = { "printer-a": ALICE, "printer-b": BOB } as const;
const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };
const POTSDAM = { latitudeUdeg: 52_390_569, longitudeUdeg: 13_064_473 };
const roleName = (value: number | null | undefined): string => (printchainTypes.emissions.v1.Role as unknown as Record<number, string>)[value ?? 0];
const jobStatus = printchainTypes.jobs.v1.JobStatus;
const big = (value: unknown): bigint => toBigInt((value ?? 0) as never);

let chain: ManualChain;
let home: string;
let database: Database;
const jobIds: string[] = [];
/** PrinterPerformance counters per printer at each epoch's end block (index 0: all zero). */
const snapshots: Array<Record<string, Record<string, bigint>>> = [];

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, { acceptanceWindowMs: String(ACCEPTANCE_MS), confirmationWindowMs: "120000", lateGraceMs: "300000" });
  Object.assign(appState.printers.params, { minBond: "1000000" });
  Object.assign(appState.emissions.params, { epochLength: String(EPOCH) });
}

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const a = (index: number): string => chain.addresses[index];

const register = (owner: number, printerId: string, location: typeof BERLIN): EncodeObject =>
  msg(printersCodecs.MsgRegisterPrinter, {
    owner: a(owner), printerId, moniker: printerId,
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA"], layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { ...location, region: "DE" }, bond: "1000000",
  });

/** A job due `dueMs` after the block that includes it. */
async function createJob(dueMs = 3_600_000, estimatedGrams = 100): Promise<string> {
  const deadlineMs = (await chain.latestTimeMs()) + BLOCK_MS + dueMs;
  const tx = await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgCreateJob, {
    customer: a(CUSTOMER), designHash: "ab".repeat(32), designUri: "ipfs://design", quantity: 2, material: "PLA", technology: 1,
    minBuildVolume: { xMm: 10, yMm: 10, zMm: 10 }, estimatedGrams, price: { denom: "uprint", amount: "5000000" }, ...BERLIN, maxDistanceKm: 50, deadlineMs,
  }));
  const jobId = toBigInt(jobsCodecs.MsgCreateJobResponse.decode(tx.msgResponses[0].value).jobId).toString();
  jobIds.push(jobId);
  return jobId;
}

const accept = (owner: number, jobId: string, printerId: string): Promise<unknown> => chain.submitOk(owner, msg(jobsCodecs.MsgAcceptJob, { operator: a(owner), jobId, printerId }));
const proof = (owner: number, jobId: string, fields: { unitsCompleted?: number; gramsUsed?: number; printSeconds?: number; firstAttempt?: boolean; errorCount?: number }): Promise<unknown> =>
  chain.submitOk(owner, msg(jobsCodecs.MsgSubmitProofOfPrint, {
    operator: a(owner), jobId, evidenceHash: "cd".repeat(32), evidenceUri: `ipfs://evidence-${jobId}`, printSeconds: fields.printSeconds ?? 3600, gramsUsed: fields.gramsUsed ?? 95,
    errorCount: fields.errorCount ?? 0, errorKinds: fields.errorCount ? ["adhesion"] : [], firstAttempt: fields.firstAttempt ?? true, unitsCompleted: fields.unitsCompleted ?? 2,
  }));
const confirm = (jobId: string, qualityScore: number): Promise<unknown> => chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgConfirmJob, { customer: a(CUSTOMER), jobId, qualityScore, defects: [] }));

async function performance(): Promise<Record<string, Record<string, bigint>>> {
  const out: Record<string, Record<string, bigint>> = {};
  for (const printerId of Object.keys(PRINTERS)) {
    const { stats } = await chain.query("/printchain.printers.v1.Query/PrinterPerformance", printersCodecs.QueryPrinterPerformanceRequest, { printerId }, printersCodecs.QueryPrinterPerformanceResponse);
    out[printerId] = Object.fromEntries(Object.entries(stats as object).filter(([key]) => key !== "printerId").map(([key, value]) => [key, big(value)]));
  }
  return out;
}

/** Produces blocks up to the end of `epoch`, then snapshots the performance records there. */
async function endEpoch(epoch: number): Promise<void> {
  if (chain.node.node.height >= epoch * EPOCH) throw new Error(`the workload of epoch ${epoch} ran past its end block ${epoch * EPOCH}`);
  while (chain.node.node.height < epoch * EPOCH) await chain.produce();
  snapshots[epoch] = await performance();
}

async function workload(): Promise<void> {
  snapshots[0] = Object.fromEntries(Object.keys(PRINTERS).map((id) => [id, {}]));
  // Epoch 1: two printers; a job completed on time (quality 88); one nobody accepts (both offers lapse, it expires); a second on-time job, accepted later.
  await chain.submitOk(ALICE, register(ALICE, "printer-a", BERLIN));
  await chain.submitOk(BOB, register(BOB, "printer-b", POTSDAM));
  const onTime = await createJob();
  await accept(ALICE, onTime, "printer-a");
  await proof(ALICE, onTime, { gramsUsed: 110, printSeconds: 4000 });
  await confirm(onTime, 88);
  await createJob();
  await chain.advance(ACCEPTANCE_MS);
  const second = await createJob(3_600_000, 60);
  await chain.advance(2 * BLOCK_MS);
  await accept(ALICE, second, "printer-a");
  await proof(ALICE, second, { gramsUsed: 58, printSeconds: 1800, firstAttempt: false, errorCount: 1 });
  await endEpoch(1);
  // Epoch 2: the second job confirmed by the customer (quality 61); a late one (B); a failed print (A, zero units).
  await confirm(second, 61);
  const late = await createJob(ACCEPTANCE_MS + BLOCK_MS);
  await chain.advance(BLOCK_MS);
  await accept(BOB, late, "printer-b");
  await chain.advance(ACCEPTANCE_MS);
  await proof(BOB, late, { gramsUsed: 120 });
  await confirm(late, 70);
  const failed = await createJob();
  await accept(ALICE, failed, "printer-a");
  await proof(ALICE, failed, { unitsCompleted: 0, gramsUsed: 40 });
  await endEpoch(2);
}

const index = (batchSize: number): Promise<number> => new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize, once: true }).run();

async function summary(epoch: number): Promise<printchain.emissions.v1.EpochSummary> {
  return (await chain.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch }, emissionsCodecs.QueryEpochSummaryResponse)).summary as printchain.emissions.v1.EpochSummary;
}

async function jobs(): Promise<printchain.jobs.v1.Job[]> {
  const out: printchain.jobs.v1.Job[] = [];
  for (const jobId of jobIds) out.push((await chain.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, { jobId }, jobsCodecs.QueryJobResponse)).job as printchain.jobs.v1.Job);
  return out;
}

/** trunc(n / d, scale) as PostgreSQL prints numeric(_, scale); NULL when d = 0. */
function fraction(n: bigint, d: bigint, scale: number): string | null {
  if (d === 0n) return null;
  const scaled = (n * 10n ** BigInt(scale)) / d;
  const text = scaled.toString().padStart(scale + 1, "0");
  return `${text.slice(0, -scale)}.${text.slice(-scale)}`;
}

/** percentile_disc(0.95): the first value whose cumulative share reaches 0.95. */
function p95(values: readonly number[]): string | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return String(sorted[Math.ceil(0.95 * sorted.length) - 1]);
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "printchain-indexer-rollups-"));
  [chain, database] = await Promise.all([ManualChain.start(patchGenesis), openDatabase({ home, databaseUrl: "", unsafeNoFsync: true })]);
  await workload();
  // Two runs, the first stopping mid-epoch 2, with batches that do not line up with the epochs.
  await index(7);
  expect(await index(3)).toBe(chain.node.node.height);
});

afterAll(async () => {
  await database?.close();
  await chain?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("indexer rollups: per-epoch printer and network statistics", () => {
  test("each printer's epoch row equals the chain's PrinterPerformance difference across the epoch, Query/Job and Query/Rewards", async () => {
    const rows = (await database.dataSource.query(`SELECT * FROM printer_epoch_stats ORDER BY epoch, printer_id`)) as Array<Record<string, unknown>>;
    expect(rows.map((row) => `${row.epoch} ${row.printer_id}`)).toEqual(["1 printer-a", "1 printer-b", "2 printer-a", "2 printer-b"]);
    const allJobs = await jobs();
    for (const epoch of [1, 2]) {
      const s = await summary(epoch);
      const [start, end, fromMs, toMs] = [Number(big(s.startHeight)), Number(big(s.endHeight)), epoch === 1 ? 0 : Number(big((await summary(epoch - 1)).endTimeMs)), Number(big(s.endTimeMs))];
      for (const [printerId, owner] of Object.entries(PRINTERS)) {
        const now = snapshots[epoch][printerId];
        const before = snapshots[epoch - 1][printerId];
        const d = (key: string): bigint => (now[key] ?? 0n) - (before[key] ?? 0n);
        const acceptTimes = allJobs
          .filter((job) => job.printerId === printerId && Number(big(job.acceptedAtMs)) > fromMs && Number(big(job.acceptedAtMs)) <= toMs)
          .map((job) => Number(big(job.acceptedAtMs) - big(job.offeredAtMs)));
        const rewards = ((await chain.query("/printchain.emissions.v1.Query/Rewards", emissionsCodecs.QueryRewardsRequest, { address: a(owner), epoch }, emissionsCodecs.QueryRewardsResponse)).rewards as printchain.emissions.v1.Reward[])
          .filter((reward) => reward.printerId === printerId);
        const row = rows.find((candidate) => candidate.printer_id === printerId && candidate.epoch === String(epoch))!;
        expect(row).toEqual({
          printer_id: printerId, epoch: String(epoch), start_height: String(start), end_height: String(end),
          offered: String(d("jobsOffered")), offers_expired: String(d("offersExpired")), accepted: String(d("jobsAccepted")), completed: String(d("jobsCompleted")),
          completed_on_time: String(d("jobsOnTime")), completed_late: String(d("jobsLate")), failed: String(d("jobsFailed")), disputed: String(d("disputes")),
          accept_ms_total: String(d("acceptMsTotal")), accept_ms_avg: fraction(d("acceptMsTotal"), d("jobsAccepted"), 3), accept_ms_p95: p95(acceptTimes),
          on_time_rate: fraction(d("jobsOnTime"), d("jobsCompleted") + d("jobsFailed"), 4), proofs: String(d("proofsSubmitted")), first_attempt: String(d("firstAttemptSuccesses")),
          first_attempt_rate: fraction(d("firstAttemptSuccesses"), d("proofsSubmitted"), 4), grams_used: String(d("gramsUsed")), grams_estimated: String(d("gramsEstimated")),
          print_seconds: String(d("printSeconds")), errors: String(d("errors")), units_completed: String(d("unitsCompleted")), units_ordered: String(d("unitsOrdered")),
          quality_count: String(d("qualityCount")), quality_sum: String(d("qualitySum")), avg_quality: fraction(d("qualitySum"), d("qualityCount"), 2),
          points: rewards.reduce((sum, reward) => sum + BigInt(reward.points), 0n).toString(), rewards: rewards.reduce((sum, reward) => sum + BigInt(reward.amount), 0n).toString(),
        });
      }
    }
    // The workload's shape, so the comparison above is not vacuous.
    const shape = rows.map((row) => [row.epoch, row.printer_id, row.offered, row.offers_expired, row.accepted, row.completed, row.completed_late, row.failed, row.on_time_rate, row.first_attempt_rate, row.avg_quality]);
    expect(shape).toEqual([
      ["1", "printer-a", "3", "1", "2", "1", "0", "0", "1.0000", "0.5000", "88.00"],
      ["1", "printer-b", "3", "1", "0", "0", "0", "0", null, null, null],
      ["2", "printer-a", "2", "0", "1", "1", "0", "1", "0.5000", "1.0000", "61.00"],
      ["2", "printer-b", "2", "0", "1", "1", "1", "0", "0.0000", "1.0000", "70.00"],
    ]);
    expect(rows.map((row) => row.accept_ms_p95)).toEqual(["3000", null, "1000", "2000"]);
    expect(BigInt(rows[0].points as string)).toBeGreaterThan(0n);
  });

  test("network totals per epoch equal EpochSummary (minted, fees, roles and weights) and the jobs the chain settled in the epoch", async () => {
    const rows = (await database.dataSource.query(`SELECT * FROM network_epoch_stats ORDER BY epoch`)) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rows.map((row) => row.epoch)).toEqual(["1", "2"]);
    const allJobs = await jobs();
    const printerRows = (await database.dataSource.query(`SELECT * FROM printer_epoch_stats`)) as Array<Record<string, string>>;
    for (const row of rows) {
      const epoch = Number(row.epoch);
      const s = await summary(epoch);
      const roles = s.roles as printchain.emissions.v1.RolePayout[];
      const fromMs = epoch === 1 ? 0 : Number(big((await summary(epoch - 1)).endTimeMs));
      const toMs = Number(big(s.endTimeMs));
      const inEpoch = (ms: unknown): boolean => Number(big(ms)) > fromMs && Number(big(ms)) <= toMs;
      const settled = allJobs.filter((job) => job.settlement && inEpoch(job.settlement.settledAtMs));
      const count = (status: number): string => String(settled.filter((job) => job.status === status).length);
      const sum = (pick: (job: printchain.jobs.v1.Job) => string | null | undefined): string => settled.reduce((total, job) => total + BigInt(pick(job) ?? 0), 0n).toString();
      const ofEpoch = printerRows.filter((printer) => printer.epoch === row.epoch);
      const total = (key: string): string => ofEpoch.reduce((acc, printer) => acc + BigInt(printer[key]), 0n).toString();
      expect(row).toEqual({
        epoch: String(epoch), start_height: String(big(s.startHeight)), end_height: String(big(s.endHeight)), end_time: new Date(toMs),
        jobs_created: String(allJobs.filter((job) => big(job.createdHeight) >= big(s.startHeight) && big(job.createdHeight) <= big(s.endHeight)).length),
        jobs_accepted: String(allJobs.filter((job) => job.printerId && inEpoch(job.acceptedAtMs)).length),
        jobs_completed: count(jobStatus.JOB_STATUS_COMPLETED), jobs_failed: count(jobStatus.JOB_STATUS_FAILED), jobs_expired: count(jobStatus.JOB_STATUS_EXPIRED),
        jobs_cancelled: count(jobStatus.JOB_STATUS_CANCELLED), jobs_disputed: "0", offers: total("offered"), offers_expired: total("offers_expired"),
        printers_active: "2", printers_working: String(ofEpoch.filter((printer) => printer.accepted !== "0" || printer.proofs !== "0" || printer.completed !== "0" || printer.failed !== "0").length),
        volume_paid: sum((job) => (BigInt(job.settlement!.printerPayout ?? 0) + BigInt(job.settlement!.fee ?? 0)).toString()), job_fees: sum((job) => job.settlement!.fee),
        customer_refunds: sum((job) => job.settlement!.customerRefund), bond_slashed: sum((job) => job.settlement!.bondSlashed),
        minted: s.minted, fees: s.fees, total: s.total, paid: roles.reduce((acc, role) => acc + BigInt(role.paid), 0n).toString(), community_pool_added: s.communityPoolAdded,
        printer_points: total("points"), printer_rewards: total("rewards"),
        weights: Object.fromEntries(roles.map((role) => [roleName(role.role), role.weight])),
        roles: roles.map((role) => ({ role: roleName(role.role), weight: role.weight, pool: role.pool, paid: role.paid, recipients: role.recipients })),
      });
      const printerRole = roles.find((role) => roleName(role.role) === "ROLE_PRINTERS")!;
      expect(row.printer_rewards).toBe(printerRole.paid);
    }
    expect(rows.map((row) => [row.jobs_created, row.jobs_completed, row.jobs_failed, row.jobs_expired])).toEqual([["3", "1", "0", "1"], ["2", "2", "1", "0"]]);
    expect(BigInt(rows[0].job_fees)).toBeGreaterThan(0n);
  });

  test("rebuilt from the stored ledger alone, the rollups equal the ones computed with the batches", async () => {
    const dump = async (): Promise<unknown[]> => [
      ...(await database.dataSource.query(`SELECT * FROM printer_epoch_stats ORDER BY epoch, printer_id`)),
      ...(await database.dataSource.query(`SELECT * FROM network_epoch_stats ORDER BY epoch`)),
    ];
    const before = await dump();
    await database.dataSource.query(`TRUNCATE printer_epoch_stats, network_epoch_stats`);
    await database.dataSource.query(`DELETE FROM module_checkpoints WHERE module = 'rollups'`);
    const head = await index(5);
    expect(await dump()).toEqual(before);
    expect((await moduleHeights(database.dataSource)).get("rollups")).toBe(head);
  });
});
