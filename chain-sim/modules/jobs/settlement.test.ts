import fc from "fast-check";
import { DEFAULT_JOBS_PARAMS } from "./params";
import { completionSplit, disputeSplit, refundSplit, type Split } from "./settlement";

const PRICE = 10_000_000n;
const RATES = { takeRateBps: 200, latePenaltyBps: 2000 };

const priceArb = fc.bigInt({ min: 0n, max: 1n << 200n });
const bpsArb = fc.integer({ min: 0, max: 10_000 });
const unitsArb = fc.integer({ min: 1, max: 10_000 }).chain((quantity) => fc.tuple(fc.integer({ min: 0, max: quantity }), fc.constant(quantity)));

function expectExact(price: bigint, split: Split): void {
  expect(split.printerPayout + split.fee + split.customerRefund).toBe(price);
  expect(split.printerPayout).toBeGreaterThanOrEqual(0n);
  expect(split.fee).toBeGreaterThanOrEqual(0n);
  expect(split.customerRefund).toBeGreaterThanOrEqual(0n);
}

describe("settlement splits pay out the price exactly", () => {
  test("completionSplit: price = payout + fee + refund, every part non-negative", () => {
    fc.assert(
      fc.property(priceArb, unitsArb, fc.boolean(), bpsArb, bpsArb, (price, [units, quantity], late, takeRateBps, latePenaltyBps) => {
        const split = completionSplit(price, units, quantity, late, { takeRateBps, latePenaltyBps });
        expectExact(price, split);
        const earned = split.printerPayout + split.fee;
        // The fee never exceeds take_rate of the earnings, nor the earnings the completed share.
        expect(split.fee * 10_000n).toBeLessThanOrEqual(earned * BigInt(takeRateBps));
        expect(earned * BigInt(quantity)).toBeLessThanOrEqual(price * BigInt(units));
      }),
      { numRuns: 2000 },
    );
  });

  test("disputeSplit: price = payout + fee + refund, every part non-negative", () => {
    fc.assert(
      fc.property(priceArb, bpsArb, bpsArb, (price, refundBps, takeRateBps) => {
        const split = disputeSplit(price, refundBps, takeRateBps);
        expectExact(price, split);
        expect(split.customerRefund).toBe((price * BigInt(refundBps)) / 10_000n);
      }),
      { numRuns: 2000 },
    );
  });

  test("refundSplit: everything back to the customer", () => {
    fc.assert(
      fc.property(priceArb, (price) => {
        const split = refundSplit(price);
        expectExact(price, split);
        expect(split).toEqual({ printerPayout: 0n, fee: 0n, customerRefund: price });
      }),
    );
  });

  test("more units delivered never earn less; lateness never earns more", () => {
    fc.assert(
      fc.property(priceArb, unitsArb, bpsArb, bpsArb, (price, [units, quantity], takeRateBps, latePenaltyBps) => {
        const rates = { takeRateBps, latePenaltyBps };
        const earned = (s: Split): bigint => s.printerPayout + s.fee;
        const onTime = completionSplit(price, units, quantity, false, rates);
        const late = completionSplit(price, units, quantity, true, rates);
        expect(earned(late)).toBeLessThanOrEqual(earned(onTime));
        expect(late.printerPayout).toBeLessThanOrEqual(onTime.printerPayout);
        if (units < quantity) expect(earned(completionSplit(price, units + 1, quantity, false, rates))).toBeGreaterThanOrEqual(earned(onTime));
      }),
    );
  });
});

describe("worked examples (price 10,000,000, take rate 200 bps)", () => {
  test("4/4 units on time: payout 9,800,000, fee 200,000, refund 0", () => {
    expect(completionSplit(PRICE, 4, 4, false, RATES)).toEqual({ printerPayout: 9_800_000n, fee: 200_000n, customerRefund: 0n });
  });

  test("4/4 units late with a 2000 bps penalty: earned 8,000,000, fee 160,000, refund 2,000,000", () => {
    expect(completionSplit(PRICE, 4, 4, true, RATES)).toEqual({ printerPayout: 7_840_000n, fee: 160_000n, customerRefund: 2_000_000n });
  });

  test("3/4 units on time: earned 7,500,000", () => {
    const split = completionSplit(PRICE, 3, 4, false, RATES);
    expect(split.printerPayout + split.fee).toBe(7_500_000n);
    expect(split).toEqual({ printerPayout: 7_350_000n, fee: 150_000n, customerRefund: 2_500_000n });
  });

  test("3/4 units late: the penalty applies to the completed share", () => {
    // earned = 7,500,000 − 20 % = 6,000,000; fee 2 % of it.
    expect(completionSplit(PRICE, 3, 4, true, RATES)).toEqual({ printerPayout: 5_880_000n, fee: 120_000n, customerRefund: 4_000_000n });
  });

  test("0 units: nothing earned, everything refunded", () => {
    expect(completionSplit(PRICE, 0, 4, false, RATES)).toEqual({ printerPayout: 0n, fee: 0n, customerRefund: PRICE });
  });

  test("dispute resolved with 3000 bps refunded: refund 3,000,000, fee 140,000, payout 6,860,000", () => {
    expect(disputeSplit(PRICE, 3000, 200)).toEqual({ printerPayout: 6_860_000n, fee: 140_000n, customerRefund: 3_000_000n });
  });

  test("dispute extremes: 0 bps is a full payout, 10000 bps a full refund", () => {
    expect(disputeSplit(PRICE, 0, 200)).toEqual(completionSplit(PRICE, 1, 1, false, RATES));
    expect(disputeSplit(PRICE, 10_000, 200)).toEqual(refundSplit(PRICE));
  });

  test("the defaults are the worked examples' rates", () => {
    expect(DEFAULT_JOBS_PARAMS.takeRateBps).toBe(RATES.takeRateBps);
    expect(DEFAULT_JOBS_PARAMS.latePenaltyBps).toBe(RATES.latePenaltyBps);
    // completionSplit takes the params object itself.
    expect(completionSplit(PRICE, 4, 4, true, DEFAULT_JOBS_PARAMS)).toEqual(completionSplit(PRICE, 4, 4, true, RATES));
  });
});

describe("truncation direction", () => {
  test("the completed share is truncated: the remainder goes back to the customer", () => {
    // 1000 × 1 / 3 = 333.33… → 333 earned, 667 refunded.
    const split = completionSplit(1000n, 1, 3, false, { takeRateBps: 0, latePenaltyBps: 0 });
    expect(split).toEqual({ printerPayout: 333n, fee: 0n, customerRefund: 667n });
  });

  test("the fee is truncated: the remainder stays with the printer", () => {
    // 2 % of 999 = 19.98 → fee 19, payout 980.
    expect(completionSplit(999n, 1, 1, false, { takeRateBps: 200, latePenaltyBps: 0 })).toEqual({ printerPayout: 980n, fee: 19n, customerRefund: 0n });
    // A price too small for any fee.
    expect(completionSplit(49n, 1, 1, false, { takeRateBps: 200, latePenaltyBps: 0 })).toEqual({ printerPayout: 49n, fee: 0n, customerRefund: 0n });
  });

  test("the late penalty is truncated, so rounding it favours the printer", () => {
    // 20 % of 999 = 199.8 → penalty 199, earned 800 (not 799).
    expect(completionSplit(999n, 1, 1, true, { takeRateBps: 0, latePenaltyBps: 2000 })).toEqual({ printerPayout: 800n, fee: 0n, customerRefund: 199n });
  });

  test("the dispute refund is truncated, so rounding it favours the printer", () => {
    // 30 % of 999 = 299.7 → refund 299, earned 700; fee 2 % of 700 = 14.
    expect(disputeSplit(999n, 3000, 200)).toEqual({ printerPayout: 686n, fee: 14n, customerRefund: 299n });
  });
});
