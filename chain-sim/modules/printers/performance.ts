import { printersCodecs, toBigInt, type printchain } from "../../../proto";

export type PrinterStats = printchain.printers.v1.PrinterStats;

/**
 * Reliability prior: a new printer counts as if it had 4 settled jobs, 3 of them on time, so it
 * starts at 7,500 bps and one early failure or success moves it gradually.
 */
export const RELIABILITY_PRIOR_JOBS = 4n;
export const RELIABILITY_PRIOR_ON_TIME = 3n;
const BPS = 10_000n;

/** A job event as it affects a printer's record. */
export type PerformanceEvent =
  | { readonly kind: "offered" }
  | { readonly kind: "offerExpired" }
  | { readonly kind: "accepted"; readonly acceptMs: bigint }
  | {
      readonly kind: "proof";
      readonly printSeconds: bigint;
      readonly gramsUsed: bigint;
      readonly gramsEstimated: bigint;
      readonly errors: number;
      readonly firstAttempt: boolean;
      readonly unitsCompleted: number;
      readonly unitsOrdered: number;
    }
  | { readonly kind: "disputed" }
  | { readonly kind: "completed"; readonly late: boolean; readonly qualityScore?: number }
  | { readonly kind: "failed" };

export function emptyStats(printerId: string): PrinterStats {
  return printersCodecs.PrinterStats.fromPartial({ printerId, reliabilityBps: Number(reliabilityBps(0n, 0n, 0n)) });
}

/**
 * reliability = (on_time + late/2 + prior_on_time) / (completed + failed + prior_jobs), in bps,
 * truncated: a late delivery counts half, a failure nothing. Worked in half-units to stay integral.
 */
export function reliabilityBps(onTime: bigint, late: bigint, failed: bigint): bigint {
  const goodHalves = 2n * onTime + late + 2n * RELIABILITY_PRIOR_ON_TIME;
  const settledHalves = 2n * (onTime + late + failed + RELIABILITY_PRIOR_JOBS);
  return (BPS * goodHalves) / settledHalves;
}

/** Applies one job event to a record (returns a new record; the input is not changed). */
export function applyPerformanceEvent(stats: PrinterStats, event: PerformanceEvent): PrinterStats {
  const next = counters(stats);
  let activeJobs = stats.activeJobs;
  const add = (field: Counter, amount: bigint | number): void => {
    next[field] += BigInt(amount);
  };
  switch (event.kind) {
    case "offered":
      add("jobsOffered", 1);
      break;
    case "offerExpired":
      add("offersExpired", 1);
      break;
    case "accepted":
      add("jobsAccepted", 1);
      add("acceptMsTotal", event.acceptMs);
      activeJobs++;
      break;
    case "proof":
      add("proofsSubmitted", 1);
      if (event.firstAttempt) add("firstAttemptSuccesses", 1);
      add("printSeconds", event.printSeconds);
      add("gramsUsed", event.gramsUsed);
      add("gramsEstimated", event.gramsEstimated);
      add("errors", event.errors);
      add("unitsCompleted", event.unitsCompleted);
      add("unitsOrdered", event.unitsOrdered);
      break;
    case "disputed":
      add("disputes", 1);
      break;
    case "completed":
      add("jobsCompleted", 1);
      add(event.late ? "jobsLate" : "jobsOnTime", 1);
      if (event.qualityScore !== undefined) {
        add("qualitySum", event.qualityScore);
        add("qualityCount", 1);
      }
      activeJobs--;
      break;
    case "failed":
      add("jobsFailed", 1);
      activeJobs--;
      break;
  }
  if (activeJobs < 0) throw new Error(`invariant broken: negative load of printer ${stats.printerId}`);
  const reliability = Number(reliabilityBps(next.jobsOnTime, next.jobsLate, next.jobsFailed));
  return printersCodecs.PrinterStats.fromPartial({ ...next, printerId: stats.printerId, activeJobs, reliabilityBps: reliability });
}

/** Rates derived from the counters, in bps (floor division, 0 when the denominator is 0). */
export interface DerivedRates {
  readonly onTimeRateBps: number;
  readonly firstAttemptRateBps: number;
  readonly completionRateBps: number;
  readonly materialRatioBps: bigint;
  readonly avgAcceptMs: bigint;
  readonly avgQualityCenti: bigint;
}

export function derivedRates(stats: PrinterStats): DerivedRates {
  const s = counters(stats);
  const ratio = (numerator: bigint, denominator: bigint, scale = BPS): bigint => (denominator === 0n ? 0n : (numerator * scale) / denominator);
  return {
    onTimeRateBps: Number(ratio(s.jobsOnTime, s.jobsCompleted + s.jobsFailed)),
    firstAttemptRateBps: Number(ratio(s.firstAttemptSuccesses, s.proofsSubmitted)),
    completionRateBps: Number(ratio(s.unitsCompleted, s.unitsOrdered)),
    materialRatioBps: ratio(s.gramsUsed, s.gramsEstimated),
    avgAcceptMs: ratio(s.acceptMsTotal, s.jobsAccepted, 1n),
    avgQualityCenti: ratio(s.qualitySum, s.qualityCount, 100n),
  };
}

/** The uint64 counters of PrinterStats. */
const COUNTERS = [
  "jobsOffered", "offersExpired", "jobsAccepted", "jobsCompleted", "jobsFailed", "jobsOnTime", "jobsLate", "proofsSubmitted",
  "firstAttemptSuccesses", "acceptMsTotal", "gramsUsed", "gramsEstimated", "printSeconds", "errors", "unitsCompleted",
  "unitsOrdered", "qualitySum", "qualityCount", "disputes",
] as const;
type Counter = (typeof COUNTERS)[number];

/** Every counter of a record as a bigint. */
export function counters(stats: PrinterStats): Record<Counter, bigint> {
  return Object.fromEntries(COUNTERS.map((field) => [field, toBigInt(stats[field])])) as Record<Counter, bigint>;
}
