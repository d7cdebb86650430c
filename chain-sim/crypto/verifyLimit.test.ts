// The benchmark lives in bench/, which jest does not search; its smoke test sits here beside the code it measures.
import { measurePoolVerifyRate, measureVerifyRate } from "../../bench/verifyLimit";

describe("bench/verifyLimit", () => {
  it("measureVerifyRate returns a positive rate and names the verifier", () => {
    const result = measureVerifyRate({ seconds: 0.2, runs: 1 });
    expect(result.opsPerSec).toBeGreaterThan(0);
    expect(Number.isFinite(result.opsPerSec)).toBe(true);
    expect(result.verifier).toContain("node:crypto");
  });

  it("measurePoolVerifyRate returns a positive rate and closes its pool", async () => {
    const result = await measurePoolVerifyRate(2, { seconds: 0.2, runs: 1, batchSize: 100 });
    expect(result.opsPerSec).toBeGreaterThan(0);
    expect(Number.isFinite(result.opsPerSec)).toBe(true);
  });

  it("rejects nonsense options", async () => {
    expect(() => measureVerifyRate({ seconds: 0 })).toThrow(RangeError);
    await expect(measurePoolVerifyRate(1, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
