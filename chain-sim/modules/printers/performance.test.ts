import fc from "fast-check";
import { printersCodecs, toBigInt } from "../../../proto";
import {
  applyPerformanceEvent,
  counters,
  derivedRates,
  emptyStats,
  reliabilityBps,
  type PerformanceEvent,
  type PrinterStats,
} from "./performance";

const ID = "printer-1";

/** Every counter of a record as a plain object of bigints, plus the two uint32 fields. */
function snapshot(stats: PrinterStats): Record<string, bigint | number | string> {
  return { ...counters(stats), printerId: stats.printerId, activeJobs: stats.activeJobs, reliabilityBps: stats.reliabilityBps };
}

function statsWith(fields: Record<string, bigint | number>): PrinterStats {
  const base = emptyStats(ID);
  return printersCodecs.PrinterStats.fromPartial({ ...snapshot(base), ...fields });
}

/** Applies events in order to a fresh record. */
function run(...events: PerformanceEvent[]): PrinterStats {
  return events.reduce(applyPerformanceEvent, emptyStats(ID));
}

/** The counters that differ between two records (after - before), non-zero ones only. */
function delta(before: PrinterStats, after: PrinterStats): Record<string, bigint> {
  const a = counters(before);
  const b = counters(after);
  const changes: Record<string, bigint> = {};
  for (const key of Object.keys(a) as (keyof typeof a)[]) if (b[key] !== a[key]) changes[key] = b[key] - a[key];
  return changes;
}

const ACCEPTED: PerformanceEvent = { kind: "accepted", acceptMs: 1_500n };

describe("reliabilityBps", () => {
  test("worked examples: a new printer 7500, one on-time 8000, one late 7000, one failure 6000", () => {
    expect(reliabilityBps(0n, 0n, 0n)).toBe(7500n);
    expect(reliabilityBps(1n, 0n, 0n)).toBe(((2n + 6n) * 10_000n) / (2n * 5n));
    expect(reliabilityBps(1n, 0n, 0n)).toBe(8000n);
    expect(reliabilityBps(0n, 1n, 0n)).toBe(7000n);
    expect(reliabilityBps(0n, 0n, 1n)).toBe(6000n);
    // Truncated: (2·1 + 1 + 6) / (2·(1 + 1 + 1 + 4)) = 9 / 14 = 6428.57… bps.
    expect(reliabilityBps(1n, 1n, 1n)).toBe(6428n);
    expect(reliabilityBps(1000n, 0n, 0n)).toBe(9990n);
  });

  test("stays in [0, 10000], rises with on-time deliveries and falls with failures", () => {
    const count = fc.bigInt({ min: 0n, max: 1n << 40n });
    fc.assert(
      fc.property(count, count, count, (onTime, late, failed) => {
        const value = reliabilityBps(onTime, late, failed);
        expect(value).toBeGreaterThanOrEqual(0n);
        expect(value).toBeLessThanOrEqual(10_000n);
        expect(reliabilityBps(onTime + 1n, late, failed)).toBeGreaterThanOrEqual(value);
        expect(reliabilityBps(onTime, late, failed + 1n)).toBeLessThanOrEqual(value);
        // A late delivery is worth no more than an on-time one.
        expect(reliabilityBps(onTime, late + 1n, failed)).toBeLessThanOrEqual(reliabilityBps(onTime + 1n, late, failed));
      }),
    );
  });
});

describe("applyPerformanceEvent", () => {
  test("a new record has zero counters, zero load and the prior's 7500 bps", () => {
    const stats = emptyStats(ID);
    expect(stats.printerId).toBe(ID);
    expect(stats.activeJobs).toBe(0);
    expect(stats.reliabilityBps).toBe(7500);
    expect(Object.values(counters(stats)).every((value) => value === 0n)).toBe(true);
  });

  test("offered and offerExpired count offers and nothing else", () => {
    const before = emptyStats(ID);
    const offered = applyPerformanceEvent(before, { kind: "offered" });
    expect(delta(before, offered)).toEqual({ jobsOffered: 1n });
    expect(offered.activeJobs).toBe(0);
    const expired = applyPerformanceEvent(offered, { kind: "offerExpired" });
    expect(delta(offered, expired)).toEqual({ offersExpired: 1n });
    expect(expired.reliabilityBps).toBe(7500);
  });

  test("accepted counts the job, adds its time to accept and raises the load", () => {
    const before = emptyStats(ID);
    const after = applyPerformanceEvent(before, { kind: "accepted", acceptMs: 12_345n });
    expect(delta(before, after)).toEqual({ jobsAccepted: 1n, acceptMsTotal: 12_345n });
    expect(after.activeJobs).toBe(1);
    const again = applyPerformanceEvent(after, { kind: "accepted", acceptMs: 5n });
    expect(delta(after, again)).toEqual({ jobsAccepted: 1n, acceptMsTotal: 5n });
    expect(again.activeJobs).toBe(2);
  });

  test("proof adds the print figures, counting a first-attempt success only when flagged", () => {
    const before = run(ACCEPTED);
    const proof = (firstAttempt: boolean): PerformanceEvent => ({
      kind: "proof",
      printSeconds: 3_600n,
      gramsUsed: 130n,
      gramsEstimated: 120n,
      errors: 2,
      firstAttempt,
      unitsCompleted: 3,
      unitsOrdered: 4,
    });
    const first = applyPerformanceEvent(before, proof(true));
    expect(delta(before, first)).toEqual({
      proofsSubmitted: 1n,
      firstAttemptSuccesses: 1n,
      printSeconds: 3_600n,
      gramsUsed: 130n,
      gramsEstimated: 120n,
      errors: 2n,
      unitsCompleted: 3n,
      unitsOrdered: 4n,
    });
    expect(first.activeJobs).toBe(1);
    const retry = applyPerformanceEvent(first, proof(false));
    expect(delta(first, retry)).not.toHaveProperty("firstAttemptSuccesses");
    expect(delta(first, retry).proofsSubmitted).toBe(1n);
  });

  test("proof keeps 64-bit figures exact beyond 2^53", () => {
    const big = (1n << 60n) + 7n;
    const after = applyPerformanceEvent(run(ACCEPTED), {
      kind: "proof",
      printSeconds: big,
      gramsUsed: big,
      gramsEstimated: 1n,
      errors: 0,
      firstAttempt: true,
      unitsCompleted: 1,
      unitsOrdered: 1,
    });
    expect(toBigInt(after.printSeconds)).toBe(big);
    // And through an encode/decode round trip, as the keeper stores it.
    const decoded = printersCodecs.PrinterStats.decode(printersCodecs.PrinterStats.encode(after).finish());
    expect(toBigInt(decoded.gramsUsed)).toBe(big);
  });

  test("disputed counts a dispute and leaves the load and reliability alone", () => {
    const before = run(ACCEPTED);
    const after = applyPerformanceEvent(before, { kind: "disputed" });
    expect(delta(before, after)).toEqual({ disputes: 1n });
    expect(after.activeJobs).toBe(1);
    expect(after.reliabilityBps).toBe(7500);
  });

  test("completed on time: counted on time, load down, reliability 8000; a quality score is summed", () => {
    const before = run(ACCEPTED);
    const after = applyPerformanceEvent(before, { kind: "completed", late: false, qualityScore: 87 });
    expect(delta(before, after)).toEqual({ jobsCompleted: 1n, jobsOnTime: 1n, qualitySum: 87n, qualityCount: 1n });
    expect(after.activeJobs).toBe(0);
    expect(after.reliabilityBps).toBe(8000);
  });

  test("completed late without a score (automatic confirmation): counted late, no quality, reliability 7000", () => {
    const before = run(ACCEPTED);
    const after = applyPerformanceEvent(before, { kind: "completed", late: true });
    expect(delta(before, after)).toEqual({ jobsCompleted: 1n, jobsLate: 1n });
    expect(after.activeJobs).toBe(0);
    expect(after.reliabilityBps).toBe(7000);
  });

  test("a quality score of 0 still counts as a score", () => {
    const after = run(ACCEPTED, { kind: "completed", late: false, qualityScore: 0 });
    expect(toBigInt(after.qualityCount)).toBe(1n);
    expect(toBigInt(after.qualitySum)).toBe(0n);
  });

  test("failed: counted failed, load down, reliability 6000", () => {
    const before = run(ACCEPTED);
    const after = applyPerformanceEvent(before, { kind: "failed" });
    expect(delta(before, after)).toEqual({ jobsFailed: 1n });
    expect(after.activeJobs).toBe(0);
    expect(after.reliabilityBps).toBe(6000);
  });

  test("active_jobs never goes negative: completing or failing with no active job throws", () => {
    expect(() => applyPerformanceEvent(emptyStats(ID), { kind: "completed", late: false })).toThrow(/negative load/);
    expect(() => applyPerformanceEvent(emptyStats(ID), { kind: "failed" })).toThrow(/negative load/);
    const settled = run(ACCEPTED, { kind: "completed", late: false });
    expect(() => applyPerformanceEvent(settled, { kind: "failed" })).toThrow(/negative load/);
  });

  test("the input record is not mutated", () => {
    const events: PerformanceEvent[] = [
      { kind: "offered" },
      { kind: "offerExpired" },
      ACCEPTED,
      { kind: "proof", printSeconds: 1n, gramsUsed: 2n, gramsEstimated: 3n, errors: 4, firstAttempt: true, unitsCompleted: 1, unitsOrdered: 1 },
      { kind: "disputed" },
      { kind: "completed", late: false, qualityScore: 50 },
    ];
    let stats = statsWith({ activeJobs: 1 });
    for (const event of events) {
      const before = snapshot(stats);
      const bytes = printersCodecs.PrinterStats.encode(stats).finish();
      const next = applyPerformanceEvent(stats, event);
      expect(next).not.toBe(stats);
      expect(snapshot(stats)).toEqual(before);
      expect(printersCodecs.PrinterStats.encode(stats).finish()).toEqual(bytes);
      stats = next;
    }
    const failing = statsWith({ activeJobs: 1 });
    const before = snapshot(failing);
    applyPerformanceEvent(failing, { kind: "failed" });
    expect(snapshot(failing)).toEqual(before);
  });

  test("random event sequences keep the invariants: completed = on_time + late, load = accepted − settled, reliability as the formula", () => {
    const eventArb: fc.Arbitrary<PerformanceEvent> = fc.oneof(
      fc.constant<PerformanceEvent>({ kind: "offered" }),
      fc.constant<PerformanceEvent>({ kind: "offerExpired" }),
      fc.bigInt({ min: 0n, max: 1n << 40n }).map((acceptMs): PerformanceEvent => ({ kind: "accepted", acceptMs })),
      fc.constant<PerformanceEvent>({ kind: "disputed" }),
      fc.record({ late: fc.boolean(), qualityScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }) }).map((e): PerformanceEvent => ({ kind: "completed", ...e })),
      fc.constant<PerformanceEvent>({ kind: "failed" }),
    );
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (events) => {
        let stats = emptyStats(ID);
        let load = 0;
        for (const event of events) {
          const settles = event.kind === "completed" || event.kind === "failed";
          if (settles && load === 0) {
            expect(() => applyPerformanceEvent(stats, event)).toThrow(/negative load/);
            continue;
          }
          stats = applyPerformanceEvent(stats, event);
          if (event.kind === "accepted") load++;
          if (settles) load--;
          const c = counters(stats);
          expect(stats.activeJobs).toBe(load);
          expect(c.jobsCompleted).toBe(c.jobsOnTime + c.jobsLate);
          expect(BigInt(stats.activeJobs)).toBe(c.jobsAccepted - c.jobsCompleted - c.jobsFailed);
          expect(BigInt(stats.reliabilityBps)).toBe(reliabilityBps(c.jobsOnTime, c.jobsLate, c.jobsFailed));
        }
      }),
    );
  });
});

describe("derivedRates", () => {
  test("every rate is 0 when its denominator is 0", () => {
    expect(derivedRates(emptyStats(ID))).toEqual({
      onTimeRateBps: 0,
      firstAttemptRateBps: 0,
      completionRateBps: 0,
      materialRatioBps: 0n,
      avgAcceptMs: 0n,
      avgQualityCenti: 0n,
    });
    // Numerators without denominators (inconsistent, but must not divide by zero).
    const orphan = statsWith({ jobsOnTime: 3, firstAttemptSuccesses: 2, unitsCompleted: 5, gramsUsed: 10, acceptMsTotal: 100, qualitySum: 90 });
    expect(derivedRates(orphan)).toEqual({
      onTimeRateBps: 0,
      firstAttemptRateBps: 0,
      completionRateBps: 0,
      materialRatioBps: 0n,
      avgAcceptMs: 0n,
      avgQualityCenti: 0n,
    });
  });

  test("worked example, floor division", () => {
    const stats = statsWith({
      jobsAccepted: 3,
      acceptMsTotal: 10_000,
      jobsCompleted: 2,
      jobsOnTime: 1,
      jobsLate: 1,
      jobsFailed: 1,
      proofsSubmitted: 3,
      firstAttemptSuccesses: 2,
      unitsCompleted: 7,
      unitsOrdered: 9,
      gramsUsed: 250,
      gramsEstimated: 200,
      qualitySum: 170,
      qualityCount: 3,
    });
    expect(derivedRates(stats)).toEqual({
      onTimeRateBps: 3333, // 1 / (2 + 1)
      firstAttemptRateBps: 6666, // 2 / 3
      completionRateBps: 7777, // 7 / 9
      materialRatioBps: 12_500n, // 250 / 200: over-use is above 10000
      avgAcceptMs: 3333n, // 10000 / 3
      avgQualityCenti: 5666n, // 100 · 170 / 3
    });
  });

  test("follows a real sequence of events", () => {
    const stats = run(
      { kind: "offered" },
      { kind: "accepted", acceptMs: 4_000n },
      { kind: "proof", printSeconds: 100n, gramsUsed: 90n, gramsEstimated: 100n, errors: 0, firstAttempt: true, unitsCompleted: 4, unitsOrdered: 4 },
      { kind: "completed", late: false, qualityScore: 95 },
      { kind: "offered" },
      { kind: "accepted", acceptMs: 2_000n },
      { kind: "failed" },
    );
    expect(derivedRates(stats)).toEqual({
      onTimeRateBps: 5000,
      firstAttemptRateBps: 10_000,
      completionRateBps: 10_000,
      materialRatioBps: 9000n,
      avgAcceptMs: 3000n,
      avgQualityCenti: 9500n,
    });
  });
});
