import type { printchain } from "../../../proto";
import { isValidDenom, parseAmount } from "../../types/coins";
import { DEC_ONE, formatDec, parseDec } from "../../types/dec";
import { stakingErrors } from "./errors";

/** The SDK's description limits. */
export const DESCRIPTION_LIMITS = { moniker: 70, identity: 3000, website: 140, securityContact: 140, details: 280 } as const;
export const PUBKEY_LENGTH = 32;

export function validateDescription(description: printchain.staking.v1.IDescription | null | undefined): void {
  const moniker = description?.moniker ?? "";
  if (moniker.trim() === "") throw stakingErrors.invalidDescription.wrap("moniker must not be empty");
  for (const [field, limit] of Object.entries(DESCRIPTION_LIMITS)) {
    const value = (description as Record<string, string | null | undefined> | null | undefined)?.[field] ?? "";
    if (value.length > limit) throw stakingErrors.invalidDescription.wrap(`${field} is ${value.length} characters long, at most ${limit} allowed`);
  }
}

export interface ParsedCommission {
  readonly rate: bigint;
  readonly maxRate: bigint;
  readonly maxChangeRate: bigint;
}

/** rate ≤ max_rate ≤ 1 and max_change_rate ≤ max_rate (each an 18-decimal fraction). */
export function parseCommission(commission: printchain.staking.v1.ICommissionRates | null | undefined): ParsedCommission {
  if (!commission) throw stakingErrors.invalidCommission.wrap("commission is required");
  const parse = (text: string | null | undefined, what: string): bigint => {
    try {
      return parseDec(text ?? "", what);
    } catch (error) {
      throw stakingErrors.invalidCommission.wrap(error instanceof Error ? error.message : String(error));
    }
  };
  const rate = parse(commission.rate, "commission rate");
  const maxRate = parse(commission.maxRate, "commission max_rate");
  const maxChangeRate = parse(commission.maxChangeRate, "commission max_change_rate");
  if (maxRate > DEC_ONE) throw stakingErrors.invalidCommission.wrap(`max_rate ${formatDec(maxRate)} is above 1`);
  if (rate > maxRate) throw stakingErrors.invalidCommission.wrap(`rate ${formatDec(rate)} is above max_rate ${formatDec(maxRate)}`);
  if (maxChangeRate > maxRate) throw stakingErrors.invalidCommission.wrap(`max_change_rate ${formatDec(maxChangeRate)} is above max_rate ${formatDec(maxRate)}`);
  return { rate, maxRate, maxChangeRate };
}

export function commissionToProto(commission: ParsedCommission): { rate: string; maxRate: string; maxChangeRate: string } {
  return { rate: formatDec(commission.rate), maxRate: formatDec(commission.maxRate), maxChangeRate: formatDec(commission.maxChangeRate) };
}

export function validatePubKey(pubkey: Uint8Array | null | undefined): void {
  if (!pubkey || pubkey.length !== PUBKEY_LENGTH) throw stakingErrors.invalidPubKey.wrap(`got ${pubkey?.length ?? 0} bytes`);
}

/** A positive integer min_self_delegation. */
export function parseMinSelfDelegation(text: string | null | undefined): bigint {
  let value: bigint;
  try {
    value = parseAmount(text ?? "", "min_self_delegation");
  } catch (error) {
    throw stakingErrors.invalidMinSelfDelegation.wrap(error instanceof Error ? error.message : String(error));
  }
  if (value === 0n) throw stakingErrors.invalidMinSelfDelegation.wrap("min_self_delegation must be positive");
  return value;
}

/** A coin with a valid denom and a positive amount below 2^256 (the bond denom is checked against state later). */
export function parsePositiveCoin(coin: printchain.base.v1.ICoin | null | undefined, what: string): { denom: string; amount: bigint } {
  if (!coin) throw stakingErrors.invalidAmount.wrap(`${what} is required`);
  const denom = coin.denom ?? "";
  if (!isValidDenom(denom)) throw stakingErrors.invalidDenom.wrap(`${what}: invalid denom ${JSON.stringify(denom.slice(0, 80))}`);
  const amount = parseAmount(coin.amount ?? "", `${what} amount`);
  if (amount === 0n) throw stakingErrors.invalidAmount.wrap(`${what} must be positive`);
  return { denom, amount };
}

export function assertBondDenom(denom: string, bondDenom: string, what: string): void {
  if (denom !== bondDenom) throw stakingErrors.invalidDenom.wrap(`${what} is in ${JSON.stringify(denom.slice(0, 80))}, expected the bond denom ${bondDenom}`);
}
