import { sdkErrors } from "./errors";

/** A coin with an exact integer amount (`bigint`), bounded like the SDK's Int at 256 bits. */
export interface Coin {
  readonly denom: string;
  readonly amount: bigint;
}

/** The wire form of a coin (cosmos.base.v1beta1.Coin): the amount is a decimal string. */
export interface WireCoin {
  readonly denom: string;
  readonly amount: string;
}

export const MAX_COIN_AMOUNT = (1n << 256n) - 1n;
const DENOM_PATTERN = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const AMOUNT_PATTERN = /^[0-9]{1,78}$/;

export function isValidDenom(denom: string): boolean {
  return DENOM_PATTERN.test(denom);
}

/** Parses an unsigned decimal amount; rejects signs, spaces, non-digits and values above 2^256-1. */
export function parseAmount(amount: string, what = "amount"): bigint {
  if (!AMOUNT_PATTERN.test(amount)) {
    throw sdkErrors.invalidCoins.wrap(`${what} "${truncate(amount)}" is not an unsigned integer below 2^256`);
  }
  const value = BigInt(amount);
  if (value > MAX_COIN_AMOUNT) throw sdkErrors.invalidCoins.wrap(`${what} ${truncate(amount)} overflows 2^256-1`);
  return value;
}

/**
 * Validates a coin list the way the SDK's Coins.Validate does: valid denoms, strictly ascending
 * (so no duplicates), and every amount positive. An empty list is valid.
 */
export function parseCoins(coins: readonly WireCoin[], what = "coins"): Coin[] {
  const parsed: Coin[] = [];
  for (const coin of coins) {
    if (!isValidDenom(coin.denom)) throw sdkErrors.invalidCoins.wrap(`${what}: invalid denom "${truncate(coin.denom)}"`);
    const amount = parseAmount(coin.amount, `${what} amount`);
    if (amount === 0n) throw sdkErrors.invalidCoins.wrap(`${what}: ${coin.denom} amount must be positive`);
    const previous = parsed[parsed.length - 1];
    if (previous && previous.denom >= coin.denom) {
      throw sdkErrors.invalidCoins.wrap(`${what}: denoms must be sorted and unique (${previous.denom}, ${coin.denom})`);
    }
    parsed.push({ denom: coin.denom, amount });
  }
  return parsed;
}

export function toWireCoin(coin: Coin): WireCoin {
  return { denom: coin.denom, amount: coin.amount.toString() };
}

/** "10uprint,5ufoo" — the SDK's string form, used in event attributes. */
export function formatCoins(coins: readonly Coin[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

function truncate(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}
