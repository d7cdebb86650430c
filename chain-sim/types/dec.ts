/**
 * Non-negative decimals as bigints scaled by 10^18 (the SDK's LegacyDec precision), for staking
 * shares, commission rates and governance ratios. Every operation truncates toward zero.
 */
export const DEC_PRECISION = 18;
export const DEC_ONE = 10n ** BigInt(DEC_PRECISION);

const DEC_PATTERN = /^([0-9]{1,60})(?:\.([0-9]{1,18}))?$/;

/** Parses "0.334" or "12" (at most 18 decimals, no sign, no exponent); throws an Error naming `what`. */
export function parseDec(text: string, what = "decimal"): bigint {
  const match = DEC_PATTERN.exec(text);
  if (!match) throw new Error(`${what} ${JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text)} is not a non-negative decimal with at most 18 decimals`);
  return BigInt(match[1]) * DEC_ONE + BigInt((match[2] ?? "").padEnd(DEC_PRECISION, "0"));
}

/** The SDK's string form: always 18 decimals ("0.500000000000000000"). */
export function formatDec(scaled: bigint): string {
  if (scaled < 0n) throw new Error(`negative decimal ${scaled}`);
  const fraction = (scaled % DEC_ONE).toString().padStart(DEC_PRECISION, "0");
  return `${scaled / DEC_ONE}.${fraction}`;
}

/** An integer as a decimal. */
export function decFromInt(value: bigint): bigint {
  return value * DEC_ONE;
}
