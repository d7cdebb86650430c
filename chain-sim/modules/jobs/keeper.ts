import { jobsCodecs, printchain, toBigInt } from "../../../proto";
import { iteratePrefix, type KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { jobsErrors } from "./errors";
import * as events from "./events";
import type { BankKeeper, JobHooks, PrintersKeeper } from "./expectedKeepers";
import { DEFAULT_JOBS_PARAMS, paramsFromProto, paramsToProto, type JobsParams } from "./params";
import { ineligibility, type RouteRequest } from "./routing";
import { completionSplit, disputeSplit, refundSplit, type Split } from "./settlement";

export type Job = printchain.jobs.v1.Job;
export const JobStatus = printchain.jobs.v1.JobStatus;
const PRINTER_ACTIVE = printchain.printers.v1.PrinterStatus.PRINTER_STATUS_ACTIVE;

/** Module account holding the prices of unsettled jobs. */
export const JOBS_ESCROW_ACCOUNT = "jobs_escrow";
/** Module account collecting take-rate fees for the epoch reward pool. */
export const REWARD_POOL_ACCOUNT = "reward_pool";

export const JOBS_PREFIX = "jobs/jobs/";
// Derived indexes (not in the Merkle trie; rebuilt from the job records on import).
export const CUSTOMER_PREFIX = "jobs/index/customer/";
export const PRINTER_PREFIX = "jobs/index/printer/";
export const STATUS_PREFIX = "jobs/index/status/";
export const OFFERS_PREFIX = "jobs/index/offers/";
const ACTIVE_PREFIX = "jobs/index/active/";
const TIMERS_PREFIX = "jobs/index/timers/";
const PARAMS_KEY = "jobs/params";
const NEXT_ID_KEY = "jobs/next_id";
const EMPTY = new Uint8Array();
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** Jobs that count towards their printer's load. */
const ACTIVE_STATUSES: ReadonlySet<number> = new Set([JobStatus.JOB_STATUS_ACCEPTED, JobStatus.JOB_STATUS_PROOF_SUBMITTED, JobStatus.JOB_STATUS_DISPUTED]);

/** Fixed-width keys keep ids and times in numeric order under the store's byte order. */
export const idKey = (id: bigint): string => id.toString().padStart(20, "0");
const timerKey = (ms: number, id: bigint): string => `${TIMERS_PREFIX}${String(ms).padStart(16, "0")}/${idKey(id)}`;
/** A uint64 time or amount field of a decoded message, as a number (block times stay far below 2^53). */
export const msOf = (value: Parameters<typeof toBigInt>[0]): number => Number(toBigInt(value));

export function routeRequestOf(job: Job): RouteRequest {
  return {
    technology: job.technology,
    material: job.material,
    minBuildVolume: { xMm: job.minBuildVolume?.xMm ?? 0, yMm: job.minBuildVolume?.yMm ?? 0, zMm: job.minBuildVolume?.zMm ?? 0 },
    location: { latitudeUdeg: job.latitudeUdeg, longitudeUdeg: job.longitudeUdeg },
    maxDistanceKm: job.maxDistanceKm,
    requireAttested: job.requireAttested,
  };
}

/**
 * The only code that reads or writes job keys, and the job state machine. Every transition that
 * moves money or changes a printer's record goes through here, so msg handlers and the EndBlock
 * timers share one implementation.
 */
export class JobsKeeper {
  private hooks: JobHooks | undefined;

  constructor(
    private readonly bank: BankKeeper,
    private readonly printers: PrintersKeeper,
  ) {}

  setHooks(hooks: JobHooks): void {
    this.hooks = hooks;
  }

  getParams(store: KVReader): JobsParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(jobsCodecs.Params.decode(bytes)) : DEFAULT_JOBS_PARAMS;
  }

  setParams(ctx: Context, params: JobsParams): void {
    ctx.store.set(PARAMS_KEY, jobsCodecs.Params.encode(paramsToProto(params)).finish());
  }

  nextJobId(store: KVReader): bigint {
    const bytes = store.get(NEXT_ID_KEY);
    return bytes ? BigInt(utf8Decoder.decode(bytes)) : 1n;
  }

  setNextJobId(ctx: Context, id: bigint): void {
    ctx.store.set(NEXT_ID_KEY, utf8.encode(id.toString()));
  }

  getJob(store: KVReader, id: bigint): Job | undefined {
    const bytes = store.get(JOBS_PREFIX + idKey(id));
    return bytes ? jobsCodecs.Job.decode(bytes) : undefined;
  }

  mustGetJob(store: KVReader, id: bigint): Job {
    const job = this.getJob(store, id);
    if (!job) throw jobsErrors.jobNotFound.wrap(`job ${id}`);
    return job;
  }

  *jobs(store: KVReader): IterableIterator<Job> {
    for (const [, value] of iteratePrefix(store, JOBS_PREFIX)) yield jobsCodecs.Job.decode(value);
  }

  /** Stores a job and rewrites its index entries (customer, printer, status, offers, load, timer). */
  setJob(ctx: Context, job: Job): void {
    const id = toBigInt(job.id);
    const previous = this.getJob(ctx.store, id);
    if (previous) for (const key of this.indexKeys(previous)) ctx.store.delete(key);
    ctx.store.set(JOBS_PREFIX + idKey(id), jobsCodecs.Job.encode(job).finish());
    for (const key of this.indexKeys(job)) ctx.store.set(key, EMPTY);
  }

  /** Why a printer change would break one of its accepted jobs (the printers module's hook). */
  activeJobConflict(store: KVReader, next: printchain.printers.v1.Printer): string | undefined {
    for (const [key] of iteratePrefix(store, `${ACTIVE_PREFIX}${next.id}/`)) {
      const job = this.mustGetJob(store, BigInt(key.slice(-20)));
      if (job.status !== JobStatus.JOB_STATUS_ACCEPTED) continue;
      const conflict = this.printerMismatch(store, job, next);
      if (conflict) return `job ${toBigInt(job.id)} requires it: ${conflict}`;
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Transitions

  /** Locks the price in escrow, stores the job and offers it to the first round. */
  create(ctx: Context, job: Record<string, unknown> & { customer: string; price: { denom: string; amount: string } }, candidates: readonly object[]): bigint {
    const params = this.getParams(ctx.store);
    const id = this.nextJobId(ctx.store);
    this.setNextJobId(ctx, id + 1n);
    const created = jobsCodecs.Job.fromPartial({ ...job, id, candidates, status: JobStatus.JOB_STATUS_OPEN, createdHeight: ctx.block.height, createdAtMs: ctx.block.timeMs });
    this.bank.sendCoinsFromAccountToModule(ctx, created.customer, JOBS_ESCROW_ACCOUNT, [priceCoin(created)]);
    events.emitJobCreated(ctx.events, created);
    this.startRound(ctx, created, 0, params);
    return id;
  }

  /** Accepts an OPEN job for a printer offered in the current round. */
  accept(ctx: Context, job: Job, operator: string, printerId: string): void {
    const id = toBigInt(job.id);
    if (job.status !== JobStatus.JOB_STATUS_OPEN) throw jobsErrors.wrongStatus.wrap(`job ${id} is ${statusName(job.status)}, not open`);
    if (!job.offeredPrinterIds.includes(printerId)) throw jobsErrors.notOffered.wrap(`job ${id} is not offered to printer ${printerId} in round ${job.offerRound}`);
    const printer = this.printers.getPrinter(ctx.store, printerId);
    if (!printer || printer.owner !== operator) throw jobsErrors.notPrinterOwner.wrap(`${operator} does not operate printer ${printerId}`);
    const now = ctx.block.timeMs;
    if (now >= msOf(job.offerExpiresAtMs)) throw jobsErrors.windowClosed.wrap(`the offer of job ${id} expired at ${msOf(job.offerExpiresAtMs)}`);
    const params = this.getParams(ctx.store);
    const mismatch = this.printerMismatch(ctx.store, job, printer) ?? this.loadMismatch(ctx.store, printerId, params);
    if (mismatch) throw jobsErrors.printerIneligible.wrap(`printer ${printerId}: ${mismatch}`);

    const acceptMs = now - msOf(job.offeredAtMs);
    job.status = JobStatus.JOB_STATUS_ACCEPTED;
    job.printerId = printerId;
    job.printerOwner = operator;
    job.acceptedAtMs = now;
    job.offeredPrinterIds = [];
    job.timerMs = msOf(job.deadlineMs) + params.lateGraceMs;
    this.setJob(ctx, job);
    this.printers.recordPerformance(ctx, printerId, { kind: "accepted", acceptMs: BigInt(acceptMs) });
    events.emitJobAccepted(ctx.events, job, acceptMs);
  }

  submitProof(ctx: Context, job: Job, msg: printchain.jobs.v1.MsgSubmitProofOfPrint): void {
    const id = toBigInt(job.id);
    if (job.status !== JobStatus.JOB_STATUS_ACCEPTED) throw jobsErrors.wrongStatus.wrap(`job ${id} is ${statusName(job.status)}, not accepted`);
    if (msg.operator !== job.printerOwner) throw jobsErrors.notPrinterOwner.wrap(`job ${id} is printed by ${job.printerId}, which ${msg.operator} does not operate`);
    if (msg.unitsCompleted > job.quantity) throw jobsErrors.invalidProof.wrap(`${msg.unitsCompleted} units completed of ${job.quantity} ordered`);
    const params = this.getParams(ctx.store);
    const now = ctx.block.timeMs;
    const deadline = msOf(job.deadlineMs);
    if (now >= deadline + params.lateGraceMs) throw jobsErrors.proofAfterDeadline.wrap(`job ${id}: deadline ${deadline} + grace ${params.lateGraceMs} ms passed`);
    const late = now >= deadline;
    job.proof = jobsCodecs.ProofOfPrint.fromPartial({
      evidenceHash: msg.evidenceHash,
      evidenceUri: msg.evidenceUri,
      printSeconds: msg.printSeconds,
      gramsUsed: msg.gramsUsed,
      errorCount: msg.errorCount,
      errorKinds: msg.errorKinds,
      firstAttempt: msg.firstAttempt,
      unitsCompleted: msg.unitsCompleted,
      submittedAtMs: now,
      late,
    });
    this.printers.recordPerformance(ctx, job.printerId, {
      kind: "proof",
      printSeconds: toBigInt(msg.printSeconds),
      gramsUsed: toBigInt(msg.gramsUsed),
      gramsEstimated: toBigInt(job.estimatedGrams),
      errors: msg.errorCount,
      firstAttempt: msg.firstAttempt,
      unitsCompleted: msg.unitsCompleted,
      unitsOrdered: job.quantity,
    });
    events.emitProofOfPrint(ctx.events, job);
    if (msg.unitsCompleted === 0) {
      this.fail(ctx, job, "failed_print");
      return;
    }
    job.status = JobStatus.JOB_STATUS_PROOF_SUBMITTED;
    job.confirmByMs = now + params.confirmationWindowMs;
    job.timerMs = job.confirmByMs;
    this.setJob(ctx, job);
  }

  /** The customer's confirmation (or the automatic one when the confirmation window ends). */
  confirm(ctx: Context, job: Job, confirmation: { qualityScore: number; defects: readonly string[]; automatic: boolean }): void {
    const params = this.getParams(ctx.store);
    const proof = proofOf(job);
    job.confirmation = jobsCodecs.Confirmation.fromPartial({ ...confirmation, confirmedAtMs: ctx.block.timeMs });
    events.emitJobConfirmed(ctx.events, job);
    const split = completionSplit(priceCoin(job).amount, proof.unitsCompleted, job.quantity, proof.late, params);
    this.settle(ctx, job, JobStatus.JOB_STATUS_COMPLETED, confirmation.automatic ? "auto_confirmed" : "confirmed", split, false);
    const quality = confirmation.automatic ? undefined : confirmation.qualityScore;
    this.printers.recordPerformance(ctx, job.printerId, { kind: "completed", late: proof.late, qualityScore: quality });
    this.completed(ctx, job, split, quality);
  }

  dispute(ctx: Context, job: Job, reason: string): void {
    const now = ctx.block.timeMs;
    const resolveByMs = now + this.getParams(ctx.store).arbitrationWindowMs;
    job.status = JobStatus.JOB_STATUS_DISPUTED;
    job.dispute = jobsCodecs.Dispute.fromPartial({ reason, openedAtMs: now, resolveByMs });
    job.timerMs = resolveByMs;
    this.setJob(ctx, job);
    this.printers.recordPerformance(ctx, job.printerId, { kind: "disputed" });
    events.emitJobDisputed(ctx.events, job);
  }

  /** An arbiter's decision ("" when the arbitration window ran out). A full refund counts as a failure. */
  resolve(ctx: Context, job: Job, refundBps: number, arbiter: string): void {
    const params = this.getParams(ctx.store);
    job.dispute = jobsCodecs.Dispute.fromPartial({ ...job.dispute, arbiter, refundBps, resolvedAtMs: ctx.block.timeMs });
    events.emitDisputeResolved(ctx.events, job);
    const failed = refundBps === 10_000;
    const split = disputeSplit(priceCoin(job).amount, refundBps, params.takeRateBps);
    this.settle(ctx, job, JobStatus.JOB_STATUS_RESOLVED, "resolved", split, failed);
    this.printers.recordPerformance(ctx, job.printerId, failed ? { kind: "failed" } : { kind: "completed", late: proofOf(job).late });
    if (!failed) this.completed(ctx, job, split, undefined);
  }

  cancel(ctx: Context, job: Job): void {
    this.settle(ctx, job, JobStatus.JOB_STATUS_CANCELLED, "cancelled", refundSplit(priceCoin(job).amount), false);
  }

  /** Runs every timer due at this block's time, in (time, job id) order. */
  processTimers(ctx: Context): void {
    const now = ctx.block.timeMs;
    const due: bigint[] = [];
    for (const [key] of ctx.store.iterate(TIMERS_PREFIX, timerKey(now + 1, 0n))) due.push(BigInt(key.slice(-20)));
    for (const id of due) {
      const job = this.mustGetJob(ctx.store, id);
      switch (job.status) {
        case JobStatus.JOB_STATUS_OPEN:
          this.lapseRound(ctx, job);
          break;
        case JobStatus.JOB_STATUS_ACCEPTED:
          this.fail(ctx, job, "no_proof");
          break;
        case JobStatus.JOB_STATUS_PROOF_SUBMITTED:
          this.confirm(ctx, job, { qualityScore: 0, defects: [], automatic: true });
          break;
        case JobStatus.JOB_STATUS_DISPUTED:
          this.resolve(ctx, job, this.getParams(ctx.store).defaultDisputeRefundBps, "");
          break;
        default:
          throw new Error(`invariant broken: timer on settled job ${id}`);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Offers the job to the next batch of candidates that are still ACTIVE, from `round` on; when
   * no candidate is left, the job expires.
   */
  private startRound(ctx: Context, job: Job, round: number, params: JobsParams): void {
    const now = ctx.block.timeMs;
    const deadline = msOf(job.deadlineMs);
    const candidates = job.candidates as printchain.jobs.v1.Candidate[];
    for (let start = round * params.offerBatchSize; start < candidates.length && now < deadline; start += params.offerBatchSize, round++) {
      const batch = candidates.slice(start, start + params.offerBatchSize);
      const offered = batch.filter((candidate) => this.printers.getPrinter(ctx.store, candidate.printerId)?.status === PRINTER_ACTIVE);
      if (offered.length === 0) continue;
      job.offerRound = round;
      job.offeredAtMs = now;
      job.offerExpiresAtMs = Math.min(now + params.acceptanceWindowMs, deadline);
      job.offeredPrinterIds = offered.map((candidate) => candidate.printerId);
      job.timerMs = job.offerExpiresAtMs;
      this.setJob(ctx, job);
      for (const candidate of offered) {
        this.printers.recordPerformance(ctx, candidate.printerId, { kind: "offered" });
        events.emitJobOffered(ctx.events, job, candidate, start + batch.indexOf(candidate) + 1);
      }
      return;
    }
    this.settle(ctx, job, JobStatus.JOB_STATUS_EXPIRED, now >= deadline ? "deadline_passed" : "no_acceptance", refundSplit(priceCoin(job).amount), false);
  }

  /** The acceptance window ended without an acceptance: record the missed offers and move on. */
  private lapseRound(ctx: Context, job: Job): void {
    for (const printerId of job.offeredPrinterIds) {
      this.printers.recordPerformance(ctx, printerId, { kind: "offerExpired" });
      events.emitJobOfferExpired(ctx.events, job, printerId);
    }
    job.offeredPrinterIds = [];
    this.startRound(ctx, job, job.offerRound + 1, this.getParams(ctx.store));
  }

  /** The printer failed: full refund, a share of its bond to the customer, a failure on its record. */
  private fail(ctx: Context, job: Job, reason: string): void {
    this.settle(ctx, job, JobStatus.JOB_STATUS_FAILED, reason, refundSplit(priceCoin(job).amount), true);
    this.printers.recordPerformance(ctx, job.printerId, { kind: "failed" });
  }

  /** Tells the hooks (emissions) about a completed job, with what the printer earned. */
  private completed(ctx: Context, job: Job, split: Split, quality: number | undefined): void {
    if (!this.hooks) return;
    const proof = proofOf(job);
    this.hooks.afterJobCompleted(ctx, {
      jobId: toBigInt(job.id),
      printerId: job.printerId,
      customer: job.customer,
      value: split.printerPayout + split.fee,
      quantity: job.quantity,
      unitsCompleted: proof.unitsCompleted,
      firstAttempt: proof.firstAttempt,
      onTime: !proof.late,
      acceptMs: msOf(job.acceptedAtMs) - msOf(job.offeredAtMs),
      gramsEstimated: toBigInt(job.estimatedGrams),
      gramsUsed: toBigInt(proof.gramsUsed),
      printSeconds: msOf(proof.printSeconds),
      quality,
    });
  }

  /** Pays the escrowed price out as split, optionally slashes the printer's bond, and closes the job. */
  private settle(ctx: Context, job: Job, status: number, reason: string, split: Split, slash: boolean): void {
    const { denom } = priceCoin(job);
    const pay = (amount: bigint, to: string): void => {
      if (amount > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, JOBS_ESCROW_ACCOUNT, to, [{ denom, amount }]);
    };
    pay(split.printerPayout, job.printerOwner);
    if (split.fee > 0n) this.bank.sendCoinsFromModuleToModule(ctx, JOBS_ESCROW_ACCOUNT, REWARD_POOL_ACCOUNT, [{ denom, amount: split.fee }]);
    pay(split.customerRefund, job.customer);
    const bondSlashed = slash ? this.printers.slashBond(ctx, job.printerId, job.customer, toBigInt(job.id)) : 0n;
    job.status = status;
    job.offeredPrinterIds = [];
    job.timerMs = 0;
    job.settlement = jobsCodecs.Settlement.fromPartial({
      printerPayout: split.printerPayout.toString(),
      fee: split.fee.toString(),
      customerRefund: split.customerRefund.toString(),
      bondSlashed: bondSlashed.toString(),
      settledAtMs: ctx.block.timeMs,
      reason,
    });
    this.setJob(ctx, job);
    events.emitJobSettled(ctx.events, job);
  }

  /** Why `printer` cannot serve `job` (status, technology, material, volume, bond, attestation, distance). */
  private printerMismatch(store: KVReader, job: Job, printer: printchain.printers.v1.Printer): string | undefined {
    if (printer.status !== PRINTER_ACTIVE) return "printer is not active";
    if (printer.spec?.technology !== job.technology) return "technology differs";
    if (!(printer.spec.materials ?? []).includes(job.material)) return `material ${job.material} not supported`;
    return ineligibility(this.printers.routeEntryOf(store, printer), routeRequestOf(job), this.printers.getParams(store).minBond);
  }

  private loadMismatch(store: KVReader, printerId: string, params: JobsParams): string | undefined {
    const active = this.printers.getStats(store, printerId).activeJobs;
    return active >= params.maxActiveJobs ? `at its load limit of ${params.maxActiveJobs} active jobs` : undefined;
  }

  private indexKeys(job: Job): string[] {
    const id = toBigInt(job.id);
    const key = idKey(id);
    const keys = [`${CUSTOMER_PREFIX}${job.customer}/${key}`, `${STATUS_PREFIX}${job.status}/${key}`];
    if (job.printerId) keys.push(`${PRINTER_PREFIX}${job.printerId}/${key}`);
    if (job.printerId && ACTIVE_STATUSES.has(job.status)) keys.push(`${ACTIVE_PREFIX}${job.printerId}/${key}`);
    for (const printerId of job.offeredPrinterIds) keys.push(`${OFFERS_PREFIX}${printerId}/${key}`);
    const timer = msOf(job.timerMs);
    if (timer > 0) keys.push(timerKey(timer, id));
    return keys;
  }
}

export function priceCoin(job: Job): { denom: string; amount: bigint } {
  const price = job.price as printchain.base.v1.Coin;
  return { denom: price.denom, amount: BigInt(price.amount) };
}

/** The proof of a job past ACCEPTED. */
export function proofOf(job: Job): printchain.jobs.v1.ProofOfPrint {
  return job.proof as printchain.jobs.v1.ProofOfPrint;
}

export function statusName(status: number): string {
  return (JobStatus as unknown as Record<number, string>)[status] ?? String(status);
}
