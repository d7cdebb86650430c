import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildDeterministicChain } from "./chainBuilder";

describe("the state machine is a pure function of genesis and blocks", () => {
  test("building the chain twice in one process gives the same app hash at every height", async () => {
    const first = await buildDeterministicChain();
    const second = await buildDeterministicChain();
    expect(second).toEqual(first);
    expect(new Set(first.blockHashes).size).toBe(first.blockHashes.length);
    // The run includes failing txs, so both branches of tx execution are covered.
    expect(first.resultCodes.flat()).toEqual(expect.arrayContaining([0, 5]));
  });

  test("a separate process gives the same app hashes", async () => {
    const compiled = join(__dirname, "..", "..", "dist", "test", "determinism", "chainBuilder.js");
    expect(existsSync(compiled)).toBe(true);
    const output = execFileSync(process.execPath, [compiled], { encoding: "utf8", timeout: 60_000 });
    expect(JSON.parse(output)).toEqual(await buildDeterministicChain());
  });
});
