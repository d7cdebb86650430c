import { jobsCodecs, toBigInt, type printchain } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { isValidDenom, parseAmount } from "../../types/coins";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Params of the jobs module; durations are milliseconds of block time. */
export interface JobsParams {
  readonly offerBatchSize: number;
  readonly maxCandidates: number;
  readonly acceptanceWindowMs: number;
  readonly confirmationWindowMs: number;
  readonly lateGraceMs: number;
  readonly arbitrationWindowMs: number;
  readonly takeRateBps: number;
  readonly latePenaltyBps: number;
  readonly defaultDisputeRefundBps: number;
  readonly arbiters: readonly string[];
  readonly priceDenom: string;
  readonly minPrice: bigint;
  readonly maxQuantity: number;
  readonly maxJobDurationMs: number;
  readonly maxRouteScan: number;
  readonly distanceSofteningKm: number;
  readonly attestedBonusBps: number;
  readonly maxActiveJobs: number;
}

export const DEFAULT_JOBS_PARAMS: JobsParams = {
  offerBatchSize: 3,
  maxCandidates: 9,
  acceptanceWindowMs: 10 * MINUTE,
  confirmationWindowMs: 3 * DAY,
  lateGraceMs: DAY,
  arbitrationWindowMs: 7 * DAY,
  takeRateBps: 200,
  latePenaltyBps: 2000,
  defaultDisputeRefundBps: 5000,
  arbiters: [],
  priceDenom: "uprint",
  minPrice: 1000n,
  maxQuantity: 10_000,
  maxJobDurationMs: 90 * DAY,
  maxRouteScan: 5000,
  distanceSofteningKm: 25,
  attestedBonusBps: 1000,
  maxActiveJobs: 8,
};

export function paramsToProto(params: JobsParams): printchain.jobs.v1.Params {
  return jobsCodecs.Params.fromPartial({ ...params, minPrice: params.minPrice.toString() });
}

export function paramsFromProto(message: printchain.jobs.v1.IParams): JobsParams {
  const ms = (value: Parameters<typeof toBigInt>[0]): number => Number(toBigInt(value));
  const params: JobsParams = {
    offerBatchSize: message.offerBatchSize ?? 0,
    maxCandidates: message.maxCandidates ?? 0,
    acceptanceWindowMs: ms(message.acceptanceWindowMs),
    confirmationWindowMs: ms(message.confirmationWindowMs),
    lateGraceMs: ms(message.lateGraceMs),
    arbitrationWindowMs: ms(message.arbitrationWindowMs),
    takeRateBps: message.takeRateBps ?? 0,
    latePenaltyBps: message.latePenaltyBps ?? 0,
    defaultDisputeRefundBps: message.defaultDisputeRefundBps ?? 0,
    arbiters: [...(message.arbiters ?? [])],
    priceDenom: message.priceDenom ?? "",
    minPrice: parseAmount(message.minPrice || "0", "min_price"),
    maxQuantity: message.maxQuantity ?? 0,
    maxJobDurationMs: ms(message.maxJobDurationMs),
    maxRouteScan: message.maxRouteScan ?? 0,
    distanceSofteningKm: message.distanceSofteningKm ?? 0,
    attestedBonusBps: message.attestedBonusBps ?? 0,
    maxActiveJobs: message.maxActiveJobs ?? 0,
  };
  validateJobsParams(params);
  return params;
}

const YEAR = 365 * DAY;

export function validateJobsParams(params: JobsParams): void {
  const fail = (detail: string): never => {
    throw new Error(`jobs params: ${detail}`);
  };
  for (const field of ["offerBatchSize", "maxCandidates", "maxQuantity", "maxRouteScan", "maxActiveJobs", "acceptanceWindowMs", "confirmationWindowMs", "arbitrationWindowMs", "maxJobDurationMs"] as const) {
    if (!(params[field] > 0)) fail(`${field} must be positive`);
  }
  for (const field of ["acceptanceWindowMs", "confirmationWindowMs", "lateGraceMs", "arbitrationWindowMs", "maxJobDurationMs"] as const) {
    if (params[field] > 10 * YEAR) fail(`${field} must be at most ten years`);
  }
  if (params.offerBatchSize > params.maxCandidates) fail("offer_batch_size must not exceed max_candidates");
  if (params.maxCandidates > 100) fail("max_candidates must be at most 100");
  for (const field of ["takeRateBps", "latePenaltyBps", "defaultDisputeRefundBps"] as const) {
    if (params[field] > 10_000) fail(`${field} must be at most 10000`);
  }
  if (params.attestedBonusBps > 100_000) fail("attested_bonus_bps must be at most 100000");
  if (!isValidDenom(params.priceDenom)) fail(`invalid price_denom ${JSON.stringify(params.priceDenom)}`);
  if (params.minPrice === 0n) fail("min_price must be positive");
  if (new Set(params.arbiters).size !== params.arbiters.length) fail("duplicate arbiter");
  for (const arbiter of params.arbiters) if (!isValidAddress(arbiter)) fail(`invalid arbiter ${JSON.stringify(arbiter)}`);
}
