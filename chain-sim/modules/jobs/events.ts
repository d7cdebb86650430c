import { printchain, toBigInt } from "../../../proto";
import { enumName, type EventManager } from "../../types/events";
import type { Job } from "./keeper";

const { JobStatus } = printchain.jobs.v1;
const { Technology } = printchain.printers.v1;
const type = (name: string): string => `printchain.jobs.v1.${name}`;
const idOf = (job: Job): bigint => toBigInt(job.id);

/** Typed events of printchain.jobs.v1 (events.proto), one plain-string attribute per field. */
export function emitJobCreated(events: EventManager, job: Job): void {
  events.emitTyped(type("EventJobCreated"), {
    jobId: idOf(job),
    customer: job.customer,
    price: job.price?.amount ?? "0",
    denom: job.price?.denom ?? "",
    quantity: job.quantity,
    material: job.material,
    technology: enumName(Technology, job.technology),
    estimatedGrams: toBigInt(job.estimatedGrams),
    deadlineMs: toBigInt(job.deadlineMs),
    latitudeUdeg: job.latitudeUdeg,
    longitudeUdeg: job.longitudeUdeg,
    maxDistanceKm: job.maxDistanceKm,
    candidates: job.candidates.length,
    designHash: job.designHash,
  });
}

export function emitJobOffered(events: EventManager, job: Job, candidate: printchain.jobs.v1.ICandidate, rank: number): void {
  events.emitTyped(type("EventJobOffered"), {
    jobId: idOf(job),
    printerId: candidate.printerId ?? "",
    round: job.offerRound,
    rank,
    distanceM: candidate.distanceM ?? 0,
    score: toBigInt(candidate.score),
    offeredAtMs: toBigInt(job.offeredAtMs),
    expiresAtMs: toBigInt(job.offerExpiresAtMs),
  });
}

export function emitJobOfferExpired(events: EventManager, job: Job, printerId: string): void {
  events.emitTyped(type("EventJobOfferExpired"), { jobId: idOf(job), printerId, round: job.offerRound });
}

export function emitJobAccepted(events: EventManager, job: Job, timeToAcceptMs: number): void {
  events.emitTyped(type("EventJobAccepted"), {
    jobId: idOf(job),
    printerId: job.printerId,
    owner: job.printerOwner,
    customer: job.customer,
    acceptedAtMs: toBigInt(job.acceptedAtMs),
    timeToAcceptMs,
  });
}

export function emitProofOfPrint(events: EventManager, job: Job): void {
  const proof = job.proof as printchain.jobs.v1.ProofOfPrint;
  events.emitTyped(type("EventProofOfPrint"), {
    jobId: idOf(job),
    printerId: job.printerId,
    owner: job.printerOwner,
    evidenceHash: proof.evidenceHash,
    printSeconds: toBigInt(proof.printSeconds),
    gramsUsed: toBigInt(proof.gramsUsed),
    estimatedGrams: toBigInt(job.estimatedGrams),
    errorCount: proof.errorCount,
    errorKinds: proof.errorKinds.join(","),
    firstAttempt: proof.firstAttempt,
    unitsCompleted: proof.unitsCompleted,
    quantity: job.quantity,
    late: proof.late,
    submittedAtMs: toBigInt(proof.submittedAtMs),
  });
}

export function emitJobConfirmed(events: EventManager, job: Job): void {
  const confirmation = job.confirmation as printchain.jobs.v1.Confirmation;
  events.emitTyped(type("EventJobConfirmed"), {
    jobId: idOf(job),
    printerId: job.printerId,
    customer: job.customer,
    qualityScore: confirmation.qualityScore,
    defects: confirmation.defects.join(","),
    automatic: confirmation.automatic,
  });
}

export function emitJobDisputed(events: EventManager, job: Job): void {
  const dispute = job.dispute as printchain.jobs.v1.Dispute;
  events.emitTyped(type("EventJobDisputed"), {
    jobId: idOf(job),
    printerId: job.printerId,
    customer: job.customer,
    reason: dispute.reason,
    resolveByMs: toBigInt(dispute.resolveByMs),
  });
}

export function emitDisputeResolved(events: EventManager, job: Job): void {
  const dispute = job.dispute as printchain.jobs.v1.Dispute;
  events.emitTyped(type("EventDisputeResolved"), {
    jobId: idOf(job),
    printerId: job.printerId,
    arbiter: dispute.arbiter,
    refundBps: dispute.refundBps,
  });
}

export function emitJobSettled(events: EventManager, job: Job): void {
  const settlement = job.settlement as printchain.jobs.v1.Settlement;
  events.emitTyped(type("EventJobSettled"), {
    jobId: idOf(job),
    status: enumName(JobStatus, job.status),
    reason: settlement.reason,
    customer: job.customer,
    printerId: job.printerId,
    printerOwner: job.printerOwner,
    denom: job.price?.denom ?? "",
    price: job.price?.amount ?? "0",
    printerPayout: settlement.printerPayout,
    fee: settlement.fee,
    customerRefund: settlement.customerRefund,
    bondSlashed: settlement.bondSlashed,
    late: job.proof?.late ?? false,
    settledAtMs: toBigInt(settlement.settledAtMs),
  });
}
