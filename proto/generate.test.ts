import { spawnSync } from "child_process";
import type { SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const PROTO_DIR = __dirname;
const REPO_ROOT = path.resolve(PROTO_DIR, "..");

function runGenerate(script: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [script, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
}

describe("proto/generate.js", () => {
  it("--check passes: proto/gen matches the .proto sources", () => {
    const result = runGenerate(path.join(PROTO_DIR, "generate.js"), ["--check"], REPO_ROOT);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("rejects unknown arguments", () => {
    const result = runGenerate(path.join(PROTO_DIR, "generate.js"), ["--frobnicate"], REPO_ROOT);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });

  describe("in a scratch copy of the repo", () => {
    let scratch: string;

    beforeAll(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), "printchain-generate-test-"));
      fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(scratch, "node_modules"), "dir");
      const proto = path.join(scratch, "proto");
      fs.mkdirSync(proto);
      fs.copyFileSync(path.join(PROTO_DIR, "generate.js"), path.join(proto, "generate.js"));
      fs.cpSync(path.join(PROTO_DIR, "printchain"), path.join(proto, "printchain"), { recursive: true });
      fs.cpSync(path.join(PROTO_DIR, "gen"), path.join(proto, "gen"), { recursive: true });
    });

    afterAll(() => {
      fs.rmSync(scratch, { recursive: true, force: true });
    });

    it("--check fails on stale output, regeneration fixes it, output is deterministic", () => {
      const script = path.join(scratch, "proto", "generate.js");
      const genJs = path.join(scratch, "proto", "gen", "printchain.js");
      fs.appendFileSync(genJs, "// hand edit\n");

      const stale = runGenerate(script, ["--check"], scratch);
      expect(stale.status).toBe(1);
      expect(stale.stderr).toMatch(/out of date.*printchain\.js/);

      const regenerated = runGenerate(script, [], scratch);
      expect(regenerated.status).toBe(0);
      expect(runGenerate(script, ["--check"], scratch).status).toBe(0);
      // byte-identical to the committed output
      for (const name of ["printchain.js", "printchain.d.ts"]) {
        expect(fs.readFileSync(path.join(scratch, "proto", "gen", name)).equals(fs.readFileSync(path.join(PROTO_DIR, "gen", name)))).toBe(true);
      }
    });
  });
});
