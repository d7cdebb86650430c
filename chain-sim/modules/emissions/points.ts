import type { CompletedJob as SettledJob } from "../../types/jobs";

/** Coefficients of the per-job point formulas (README.md, "Per-job points"); bps = 1/10,000. */
export interface PointCoefficients {
  readonly successMaxBps: number;
  readonly successMinBps: number;
  readonly completionGateBps: number;
  readonly proofBonus: bigint;
  readonly fulfilmentBonus: bigint;
  /** Fixed bonuses are capped at this share of the order value. */
  readonly fixedBonusCapBps: number;
  readonly acceptMaxMs: number;
  readonly acceptMaxBps: number;
  readonly acceptLateBps: number;
  readonly materialBps: number;
  readonly effortThresholdSeconds: number;
  readonly effortBps: number;
  /** Quality factor (0-100) of an automatically confirmed job. */
  readonly defaultQuality: number;
}

/**
 * What a settled job contributes to its printer's points: the completed job as the jobs module
 * reports it (value = what the printer earned), plus the printer's average time to accept
 * (including this job) and whether the customer owns the printer (self-dealing earns nothing).
 */
export type CompletedJob = Omit<SettledJob, "jobId" | "printerId" | "customer"> & {
  readonly averageAcceptMs: number;
  readonly selfDealt: boolean;
};

export interface JobPoints {
  readonly success: bigint;
  readonly proof: bigint;
  readonly fulfilment: bigint;
  readonly accept: bigint;
  readonly material: bigint;
  readonly effort: bigint;
  /** (Σ terms) × quality / 100, truncated. */
  readonly total: bigint;
}

const BPS = 10_000n;
const ZERO: JobPoints = { success: 0n, proof: 0n, fulfilment: 0n, accept: 0n, material: 0n, effort: 0n, total: 0n };

const share = (value: bigint, bps: number): bigint => (value * BigInt(bps)) / BPS;
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** The points of one completed job; each term as in the README's table, every division truncating. */
export function jobPoints(job: CompletedJob, c: PointCoefficients): JobPoints {
  if (job.selfDealt || job.value === 0n || job.unitsCompleted === 0) return ZERO;
  const v = job.value;
  const complete = job.unitsCompleted === job.quantity;
  // p ≥ gate ⇔ units · 10000 ≥ gate · quantity, compared in integers.
  const aboveGate = BigInt(job.unitsCompleted) * BPS >= BigInt(c.completionGateBps) * BigInt(job.quantity);
  const success =
    job.firstAttempt && complete ? share(v, c.successMaxBps) : aboveGate ? share((v * BigInt(job.unitsCompleted)) / BigInt(job.quantity), c.successMinBps) : 0n;
  const bonusCap = share(v, c.fixedBonusCapBps);
  const proof = min(c.proofBonus, bonusCap);
  const fulfilment = job.onTime ? min(c.fulfilmentBonus, bonusCap) : 0n;
  let accept = 0n;
  if (job.acceptMs <= c.acceptMaxMs) accept = share(v, c.acceptMaxBps);
  else if (job.averageAcceptMs < c.acceptMaxMs) accept = (share(v, c.acceptLateBps) * BigInt(c.acceptMaxMs - job.averageAcceptMs)) / BigInt(c.acceptMaxMs);
  const [low, high] = job.gramsUsed < job.gramsEstimated ? [job.gramsUsed, job.gramsEstimated] : [job.gramsEstimated, job.gramsUsed];
  const material = high === 0n ? 0n : (share(v, c.materialBps) * low) / high;
  const threshold = c.effortThresholdSeconds;
  const effort = job.printSeconds <= threshold ? 0n : (share(v, c.effortBps) * BigInt(Math.min(job.printSeconds - threshold, threshold))) / BigInt(threshold);
  const quality = BigInt(job.quality ?? c.defaultQuality);
  const total = ((success + proof + fulfilment + accept + material + effort) * quality) / 100n;
  return { success, proof, fulfilment, accept, material, effort, total };
}
