import { stakingCodecs, toBigInt, type printchain } from "../../../proto";
import { isValidDenom } from "../../types/coins";
import { DEC_ONE, formatDec, parseDec } from "../../types/dec";

/** Params of the staking module. */
export interface StakingParams {
  /** The unbonding period in blocks. */
  readonly unbondingBlocks: number;
  /** Size of the bonded set. */
  readonly maxValidators: number;
  /** Most unbonding (or redelegation) entries per pair. */
  readonly maxEntries: number;
  readonly bondDenom: string;
  /** 18-decimal fixed point. */
  readonly minCommissionRate: bigint;
}

export const DEFAULT_STAKING_PARAMS: StakingParams = {
  // One week of 5 s blocks.
  unbondingBlocks: 120_960,
  maxValidators: 100,
  maxEntries: 7,
  bondDenom: "uprint",
  minCommissionRate: 0n,
};

export function paramsToProto(params: StakingParams): printchain.staking.v1.Params {
  return stakingCodecs.Params.fromPartial({
    unbondingBlocks: String(params.unbondingBlocks),
    maxValidators: params.maxValidators,
    maxEntries: params.maxEntries,
    bondDenom: params.bondDenom,
    minCommissionRate: formatDec(params.minCommissionRate),
  });
}

export function paramsFromProto(message: printchain.staking.v1.IParams): StakingParams {
  const unbondingBlocks = toBigInt(message.unbondingBlocks);
  if (unbondingBlocks <= 0n || unbondingBlocks > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("staking params: unbonding_blocks must be positive");
  const params: StakingParams = {
    unbondingBlocks: Number(unbondingBlocks),
    maxValidators: message.maxValidators ?? 0,
    maxEntries: message.maxEntries ?? 0,
    bondDenom: message.bondDenom ?? "",
    minCommissionRate: parseDec(message.minCommissionRate || "0", "staking params: min_commission_rate"),
  };
  validateStakingParams(params);
  return params;
}

export function validateStakingParams(params: StakingParams): void {
  const fail = (detail: string): never => {
    throw new Error(`staking params: ${detail}`);
  };
  if (!Number.isSafeInteger(params.unbondingBlocks) || params.unbondingBlocks <= 0) fail("unbonding_blocks must be positive");
  if (!Number.isInteger(params.maxValidators) || params.maxValidators <= 0) fail("max_validators must be positive");
  if (!Number.isInteger(params.maxEntries) || params.maxEntries <= 0) fail("max_entries must be positive");
  if (!isValidDenom(params.bondDenom)) fail(`invalid bond_denom ${JSON.stringify(params.bondDenom.slice(0, 80))}`);
  if (params.minCommissionRate < 0n || params.minCommissionRate > DEC_ONE) fail("min_commission_rate must be between 0 and 1");
}
