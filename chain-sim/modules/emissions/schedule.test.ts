import fc from "fast-check";
import { epochMint, epochOfHeight, isEpochEnd, projectSchedule, type Schedule } from "./schedule";

const SCHEDULE: Schedule = { initialEpochEmission: 1_000_000n, halvingInterval: 3, maxSupply: 10_000_000n };

describe("emission schedule", () => {
  test("epochs are numbered from 1 and end at multiples of the epoch length", () => {
    expect([1, 10, 11, 20, 21].map((height) => epochOfHeight(height, 10))).toEqual([1, 1, 2, 2, 3]);
    expect([9, 10, 11, 20].map((height) => isEpochEnd(height, 10))).toEqual([false, true, false, true]);
  });

  test("the mint halves every halving interval", () => {
    expect([1, 2, 3, 4, 6, 7, 10].map((epoch) => epochMint(SCHEDULE, epoch, 0n))).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 500_000n, 500_000n, 250_000n, 125_000n]);
  });

  test("the mint stops exactly at max supply, across a halving", () => {
    expect(epochMint(SCHEDULE, 4, 9_800_000n)).toBe(200_000n);
    expect(epochMint(SCHEDULE, 4, 10_000_000n)).toBe(0n);
    expect(epochMint(SCHEDULE, 4, 12_000_000n)).toBe(0n);
    const projection = projectSchedule(SCHEDULE, 1, 7_000_000n, 6);
    expect(projection.map(({ mint }) => mint)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 0n, 0n, 0n]);
    expect(projection[projection.length - 1].supplyAfter).toBe(10_000_000n);
  });

  test("property: the supply never exceeds max supply and mints never grow", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 50 }), fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.bigInt({ min: 0n, max: 10n ** 13n }), (initial, halving, maxSupply, supply) => {
        const projection = projectSchedule({ initialEpochEmission: initial, halvingInterval: halving, maxSupply }, 1, supply, 200);
        for (let i = 0; i < projection.length; i++) {
          expect(projection[i].supplyAfter <= (supply > maxSupply ? supply : maxSupply)).toBe(true);
          if (i > 0) expect(projection[i].mint <= projection[i - 1].mint).toBe(true);
        }
      }),
    );
  });
});
