import { govCodecs, toBigInt, type printchain } from "../../../proto";
import { parseCoins, toWireCoin, type Coin } from "../../types/coins";
import { DEC_ONE, formatDec, parseDec } from "../../types/dec";

/** Params of governance. Periods are in blocks (the chain has no wall clock); ratios are 18-decimal fixed point. */
export interface GovParams {
  readonly minDeposit: readonly Coin[];
  readonly maxDepositPeriod: number;
  readonly votingPeriod: number;
  readonly quorum: bigint;
  readonly threshold: bigint;
  readonly vetoThreshold: bigint;
  readonly minInitialDepositRatio: bigint;
  readonly burnVoteQuorum: boolean;
  readonly burnProposalDepositPrevote: boolean;
  readonly burnVoteVeto: boolean;
  readonly minDepositRatio: bigint;
  readonly maxMetadataLen: number;
}

/** 2 days of 5 s blocks, the SDK's default periods. */
const TWO_DAYS_OF_BLOCKS = 34_560;

/** The Cosmos SDK v0.50 defaults, with periods converted to blocks. */
export const DEFAULT_GOV_PARAMS: GovParams = {
  minDeposit: [{ denom: "uprint", amount: 10_000_000n }],
  maxDepositPeriod: TWO_DAYS_OF_BLOCKS,
  votingPeriod: TWO_DAYS_OF_BLOCKS,
  quorum: parseDec("0.334"),
  threshold: parseDec("0.5"),
  vetoThreshold: parseDec("0.334"),
  minInitialDepositRatio: 0n,
  burnVoteQuorum: false,
  burnProposalDepositPrevote: false,
  burnVoteVeto: true,
  minDepositRatio: parseDec("0.01"),
  maxMetadataLen: 255,
};

export function paramsToProto(params: GovParams): printchain.gov.v1.Params {
  return govCodecs.Params.fromPartial({
    ...params,
    minDeposit: params.minDeposit.map(toWireCoin),
    maxDepositPeriod: params.maxDepositPeriod.toString(),
    votingPeriod: params.votingPeriod.toString(),
    quorum: formatDec(params.quorum),
    threshold: formatDec(params.threshold),
    vetoThreshold: formatDec(params.vetoThreshold),
    minInitialDepositRatio: formatDec(params.minInitialDepositRatio),
    minDepositRatio: formatDec(params.minDepositRatio),
  });
}

/** Parses and validates params whole (the SDK's Params.ValidateBasic); throws an Error naming the field. */
export function paramsFromProto(message: printchain.gov.v1.IParams): GovParams {
  const ratio = (value: string | null | undefined, field: string): bigint => parseDec(value || "0", field);
  const params: GovParams = {
    minDeposit: parseCoins(message.minDeposit?.map((coin) => ({ denom: coin.denom ?? "", amount: coin.amount ?? "" })) ?? [], "min_deposit"),
    maxDepositPeriod: Number(toBigInt(message.maxDepositPeriod)),
    votingPeriod: Number(toBigInt(message.votingPeriod)),
    quorum: ratio(message.quorum, "quorum"),
    threshold: ratio(message.threshold, "threshold"),
    vetoThreshold: ratio(message.vetoThreshold, "veto_threshold"),
    minInitialDepositRatio: ratio(message.minInitialDepositRatio, "min_initial_deposit_ratio"),
    burnVoteQuorum: message.burnVoteQuorum ?? false,
    burnProposalDepositPrevote: message.burnProposalDepositPrevote ?? false,
    burnVoteVeto: message.burnVoteVeto ?? false,
    minDepositRatio: ratio(message.minDepositRatio, "min_deposit_ratio"),
    maxMetadataLen: message.maxMetadataLen ?? 0,
  };
  validateGovParams(params);
  return params;
}

/** Longest deposit or voting period: about 10 years of 1 s blocks. */
const MAX_PERIOD = 315_360_000;

export function validateGovParams(params: GovParams): void {
  const fail = (detail: string): never => {
    throw new Error(`gov params: ${detail}`);
  };
  if (params.minDeposit.length === 0) fail("min_deposit must not be empty");
  for (const [field, period] of [["max_deposit_period", params.maxDepositPeriod], ["voting_period", params.votingPeriod]] as const) {
    if (!Number.isSafeInteger(period) || period <= 0 || period > MAX_PERIOD) fail(`${field} must be between 1 and ${MAX_PERIOD} blocks`);
  }
  if (params.quorum > DEC_ONE) fail(`quorum must be at most 1, got ${formatDec(params.quorum)}`);
  if (params.threshold === 0n || params.threshold > DEC_ONE) fail(`threshold must be in (0, 1], got ${formatDec(params.threshold)}`);
  if (params.vetoThreshold === 0n || params.vetoThreshold > DEC_ONE) fail(`veto_threshold must be in (0, 1], got ${formatDec(params.vetoThreshold)}`);
  if (params.minInitialDepositRatio > DEC_ONE) fail("min_initial_deposit_ratio must be at most 1");
  if (params.minDepositRatio > DEC_ONE) fail("min_deposit_ratio must be at most 1");
  if (params.maxMetadataLen <= 0) fail("max_metadata_len must be positive");
}
