import { jobPoints, type CompletedJob, type PointCoefficients } from "./points";

const COEFFICIENTS: PointCoefficients = {
  successMaxBps: 50,
  successMinBps: 20,
  completionGateBps: 8000,
  proofBonus: 100_000n,
  fulfilmentBonus: 50_000n,
  fixedBonusCapBps: 100,
  acceptMaxMs: 600_000,
  acceptMaxBps: 50,
  acceptLateBps: 20,
  materialBps: 200,
  effortThresholdSeconds: 7200,
  effortBps: 100,
  defaultQuality: 80,
};

const JOB: CompletedJob = {
  value: 100_000_000n,
  quantity: 10,
  unitsCompleted: 10,
  firstAttempt: true,
  onTime: true,
  acceptMs: 120_000,
  averageAcceptMs: 120_000,
  gramsEstimated: 200n,
  gramsUsed: 250n,
  printSeconds: 10_800,
  quality: 90,
  selfDealt: false,
};

describe("per-job points", () => {
  test("a first-attempt, on-time, complete job: every term by hand", () => {
    // V = 100 PRINT: success 0.5 % = 500,000; proof min(100,000, 1 % of V) = 100,000; fulfilment 50,000;
    // accepted within 10 min: 0.5 % = 500,000; material 2 % × 200/250 = 1,600,000; effort 1 % × (3 h − 2 h)/2 h = 500,000.
    expect(jobPoints(JOB, COEFFICIENTS)).toEqual({
      success: 500_000n,
      proof: 100_000n,
      fulfilment: 50_000n,
      accept: 500_000n,
      material: 1_600_000n,
      effort: 500_000n,
      total: ((500_000n + 100_000n + 50_000n + 500_000n + 1_600_000n + 500_000n) * 90n) / 100n,
    });
  });

  test("the completion gate at exactly 80 % pays the minimum rate on the completed share; below it nothing", () => {
    expect(jobPoints({ ...JOB, unitsCompleted: 8, firstAttempt: false }, COEFFICIENTS).success).toBe(((100_000_000n * 8n) / 10n) * 20n / 10_000n);
    expect(jobPoints({ ...JOB, unitsCompleted: 7, firstAttempt: false }, COEFFICIENTS).success).toBe(0n);
    // First attempt but incomplete: the minimum rate, not the maximum.
    expect(jobPoints({ ...JOB, unitsCompleted: 9 }, COEFFICIENTS).success).toBe(((100_000_000n * 9n) / 10n) * 20n / 10_000n);
  });

  test("fixed bonuses are capped relative to the order value, so tiny jobs cannot farm them", () => {
    const tiny = jobPoints({ ...JOB, value: 1_000n }, COEFFICIENTS);
    expect(tiny.proof).toBe(10n);
    expect(tiny.fulfilment).toBe(10n);
    expect(jobPoints({ ...JOB, onTime: false }, COEFFICIENTS).fulfilment).toBe(0n);
  });

  test("late acceptance pays by the printer's average response (the published min() would pay 0)", () => {
    expect(jobPoints({ ...JOB, acceptMs: 720_000, averageAcceptMs: 420_000 }, COEFFICIENTS).accept).toBe((200_000n * 180_000n) / 600_000n);
    expect(jobPoints({ ...JOB, acceptMs: 720_000, averageAcceptMs: 700_000 }, COEFFICIENTS).accept).toBe(0n);
  });

  test("material rewards accuracy against the estimate, both ways; effort is capped at twice the threshold", () => {
    expect(jobPoints({ ...JOB, gramsUsed: 160n }, COEFFICIENTS).material).toBe((2_000_000n * 160n) / 200n);
    expect(jobPoints({ ...JOB, gramsUsed: 200n }, COEFFICIENTS).material).toBe(2_000_000n);
    expect(jobPoints({ ...JOB, printSeconds: 7200 }, COEFFICIENTS).effort).toBe(0n);
    expect(jobPoints({ ...JOB, printSeconds: 100_000 }, COEFFICIENTS).effort).toBe(1_000_000n);
  });

  test("self-dealt, zero-value and zero-unit jobs earn nothing; automatic confirmation uses the default quality", () => {
    expect(jobPoints({ ...JOB, selfDealt: true }, COEFFICIENTS).total).toBe(0n);
    expect(jobPoints({ ...JOB, value: 0n }, COEFFICIENTS).total).toBe(0n);
    expect(jobPoints({ ...JOB, unitsCompleted: 0 }, COEFFICIENTS).total).toBe(0n);
    const auto = jobPoints({ ...JOB, quality: undefined }, COEFFICIENTS);
    expect(auto.total).toBe(((auto.success + auto.proof + auto.fulfilment + auto.accept + auto.material + auto.effort) * 80n) / 100n);
  });
});
