import { DEC_ONE, DEC_PRECISION } from "./dec";

/** A decimal coin such as a gas price "0.025uprint": amount = numerator / 10^DEC_PRECISION, exactly. */
export interface DecCoin {
  readonly denom: string;
  /** The amount scaled by 10^18 (the SDK's LegacyDec precision). */
  readonly scaled: bigint;
}

export function parseDecCoin(text: string): DecCoin {
  const match = /^([0-9]+)(?:\.([0-9]{1,18}))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(text.trim());
  if (!match) throw new Error(`invalid decimal coin "${text}" (expected e.g. 0.025uprint)`);
  const fraction = (match[2] ?? "").padEnd(DEC_PRECISION, "0");
  return { denom: match[3], scaled: BigInt(match[1]) * DEC_ONE + BigInt(fraction) };
}

/** ceil(quantity × price): the smallest integer fee that covers `quantity` gas at this price. */
export function mulCeil(price: DecCoin, quantity: bigint): bigint {
  const product = price.scaled * quantity;
  return (product + DEC_ONE - 1n) / DEC_ONE;
}
