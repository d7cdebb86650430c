import fc from "fast-check";
import { payProRata, ROLES, splitByRole, type Role } from "./split";

const weights = (values: number[]): Map<Role, number> => new Map(ROLES.map((role, index) => [role, values[index]]));

describe("role split", () => {
  test("R_role = R_total × w_role / Σw, truncated; the remainder is what truncation left", () => {
    const { shares, remainder } = splitByRole(1_000_003n, weights([50, 20, 10, 10, 5, 5]));
    expect([...shares.values()]).toEqual([500_001n, 200_000n, 100_000n, 100_000n, 50_000n, 50_000n]);
    expect(remainder).toBe(2n);
  });

  test("a role with weight 0 gets nothing; all weights 0 is a broken invariant", () => {
    expect(splitByRole(100n, weights([1, 0, 0, 0, 0, 0])).shares.get("validators")).toBe(0n);
    expect(() => splitByRole(100n, weights([0, 0, 0, 0, 0, 0]))).toThrow(/sum to 0/);
  });

  test("property: shares and remainder add up to the pool exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 200n }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 6, maxLength: 6 }), (total, values) => {
        fc.pre(values.some((value) => value > 0));
        const { shares, remainder } = splitByRole(total, weights(values));
        expect([...shares.values()].reduce((a, b) => a + b, 0n) + remainder).toBe(total);
        expect(remainder >= 0n && remainder < 6n).toBe(true);
      }),
    );
  });
});

describe("pro rata payout", () => {
  test("pays by points with the denominator fixed first; dust and empty roles go to the remainder", () => {
    expect(payProRata(100n, [{ recipient: "a", points: 1n }, { recipient: "b", points: 2n }])).toEqual({
      payouts: [{ recipient: "a", points: 1n, amount: 33n }, { recipient: "b", points: 2n, amount: 66n }],
      remainder: 1n,
    });
    expect(payProRata(100n, [])).toEqual({ payouts: [], remainder: 100n });
    expect(payProRata(100n, [{ recipient: "a", points: 0n }])).toEqual({ payouts: [], remainder: 100n });
    // A pool smaller than the number of contributors: everyone gets 0, the pool is dust.
    expect(payProRata(2n, [{ recipient: "a", points: 1n }, { recipient: "b", points: 1n }, { recipient: "c", points: 1n }]).remainder).toBe(2n);
    // One contributor takes the whole pool.
    expect(payProRata(7n, [{ recipient: "a", points: 3n }])).toEqual({ payouts: [{ recipient: "a", points: 3n, amount: 7n }], remainder: 0n });
  });

  test("property: conservation and order independence", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 128n }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 18n }), { maxLength: 40 }), (pool, points) => {
        const contributions = points.map((value, index) => ({ recipient: `r${index}`, points: value }));
        const forward = payProRata(pool, contributions);
        const backward = payProRata(pool, [...contributions].reverse());
        expect(forward.payouts.reduce((sum, payout) => sum + payout.amount, 0n) + forward.remainder).toBe(pool);
        const amounts = (result: typeof forward): Map<string, bigint> => new Map(result.payouts.map((payout) => [payout.recipient, payout.amount]));
        expect(amounts(backward)).toEqual(amounts(forward));
        expect(forward.remainder >= 0n).toBe(true);
      }),
    );
  });
});
