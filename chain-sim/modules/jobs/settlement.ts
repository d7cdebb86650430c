/** How an escrowed price is split when a job closes: price = printerPayout + fee + customerRefund. */
export interface Split {
  readonly printerPayout: bigint;
  readonly fee: bigint;
  readonly customerRefund: bigint;
}

const BPS = 10_000n;

/** Splits `earned` between the printer and the take-rate fee; the rest of the price is refunded. */
function split(price: bigint, earned: bigint, takeRateBps: number): Split {
  const fee = (earned * BigInt(takeRateBps)) / BPS;
  return { printerPayout: earned - fee, fee, customerRefund: price - earned };
}

/**
 * A delivered job: the printer earns the completed share of the price (units / quantity), less
 * late_penalty_bps of it when late; take_rate_bps of the earnings is the fee. Every division
 * truncates: the completed share rounds towards the customer, the late penalty and the fee
 * towards the printer.
 */
export function completionSplit(price: bigint, unitsCompleted: number, quantity: number, late: boolean, rates: { takeRateBps: number; latePenaltyBps: number }): Split {
  let earned = (price * BigInt(unitsCompleted)) / BigInt(quantity);
  if (late) earned -= (earned * BigInt(rates.latePenaltyBps)) / BPS;
  return split(price, earned, rates.takeRateBps);
}

/** An arbitrated job: refund_bps of the price (truncated) goes back to the customer, the rest is earned. */
export function disputeSplit(price: bigint, refundBps: number, takeRateBps: number): Split {
  return split(price, price - (price * BigInt(refundBps)) / BPS, takeRateBps);
}

/** A failed, expired or cancelled job: everything back to the customer. */
export function refundSplit(price: bigint): Split {
  return { printerPayout: 0n, fee: 0n, customerRefund: price };
}
