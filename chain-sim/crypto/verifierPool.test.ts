import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { Secp256k1, Sha256 } from "@cosmjs/crypto";
import { verifySecp256k1 } from "./secp256k1";
import { INLINE_BATCH_BELOW, VerifierPool, type SignatureCheck } from "./verifierPool";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const keys = Array.from({ length: 10 }, (_, i) => {
  const privkey = new Sha256(Uint8Array.of(0x91, i)).digest();
  return { privkey, pubkey: Secp256k1.compressPubkey(Secp256k1.makeKeypair(privkey).pubkey) };
});

function signedCheck(index: number): SignatureCheck {
  const key = keys[index % keys.length];
  const signBytes = Uint8Array.from({ length: 180 + (index % 40) }, (_, i) => (i * 17 + index) & 0xff);
  const signature = Secp256k1.trimRecoveryByte(Secp256k1.createSignature(new Sha256(signBytes).digest(), key.privkey).toFixedLength());
  return { signBytes, signature, pubkey: key.pubkey };
}

/** 200 checks: valid ones interleaved with every kind of invalid one. */
function mixedBatch(): SignatureCheck[] {
  const checks: SignatureCheck[] = [];
  for (let i = 0; i < 200; i++) {
    const check = signedCheck(i);
    switch (i % 8) {
      case 1: {
        const signBytes = Uint8Array.from(check.signBytes);
        signBytes[i % signBytes.length] ^= 0x10;
        checks.push({ ...check, signBytes });
        break;
      }
      case 3: {
        const s = BigInt(`0x${Buffer.from(check.signature.subarray(32)).toString("hex")}`);
        const signature = Uint8Array.from(check.signature);
        signature.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
        checks.push({ ...check, signature });
        break;
      }
      case 5:
        checks.push({ ...check, pubkey: keys[(i + 1) % keys.length].pubkey });
        break;
      case 6:
        checks.push({ ...check, signature: check.signature.subarray(0, 63 - (i % 3)) });
        break;
      case 7:
        checks.push({ ...check, pubkey: Uint8Array.from([0x02, ...new Uint8Array(32).fill(0xff)]) });
        break;
      default:
        checks.push(check);
    }
  }
  checks[13] = { ...checks[13], signBytes: undefined as unknown as Uint8Array };
  checks[14] = null as unknown as SignatureCheck;
  return checks;
}

const batch = mixedBatch();
const expected = batch.map((check) => check !== null && verifySecp256k1(check.signBytes, check.signature, check.pubkey));

describe("VerifierPool", () => {
  it("the mixed batch is valid exactly where it was left untouched", () => {
    expect(expected).toEqual(batch.map((_, i) => [0, 2, 4].includes(i % 8)));
  });

  it("with 2 threads gives the same results as inline verification", async () => {
    const pool = new VerifierPool(2);
    try {
      expect(pool.threads).toBe(2);
      expect(await pool.verifyBatch(batch)).toEqual(expected);
      // Concurrent batches of various sizes, including odd ones that do not split evenly.
      const slices = [batch.slice(0, 17), batch.slice(3, 200), batch.slice(50, 51), batch.slice(0, 0), batch.slice(101, 134)];
      const results = await Promise.all(slices.map((slice) => pool.verifyBatch(slice)));
      expect(results).toEqual([expected.slice(0, 17), expected.slice(3, 200), expected.slice(50, 51), [], expected.slice(101, 134)]);
    } finally {
      await pool.close();
    }
  });

  it("with more threads than useful chunks still gives the inline results", async () => {
    const pool = new VerifierPool(5);
    try {
      expect(await pool.verifyBatch(batch.slice(0, INLINE_BATCH_BELOW + 1))).toEqual(expected.slice(0, INLINE_BATCH_BELOW + 1));
      expect(await pool.verifyBatch(batch)).toEqual(expected);
    } finally {
      await pool.close();
    }
  });

  it("with 0 threads verifies inline", async () => {
    const pool = new VerifierPool(0);
    expect(pool.threads).toBe(0);
    const pending = pool.verifyBatch(batch);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual(expected);
    await pool.close();
  });

  it("finishes batches in flight when closed, and verifies inline afterwards", async () => {
    const pool = new VerifierPool(2);
    const inFlight = pool.verifyBatch(batch);
    await pool.close();
    expect(await inFlight).toEqual(expected);
    expect(await pool.verifyBatch(batch)).toEqual(expected);
    await pool.close();
  });

  it("does not keep the process alive while idle, even if never closed", () => {
    // Run the pool in a separate Node process (transpiled to a temp dir) that verifies one batch and
    // then just returns: with idle workers unref'ed the process must exit by itself.
    const dir = mkdtempSync(join(tmpdir(), "verifier-pool-"));
    try {
      for (const name of ["verifyCore", "secp256k1", "verifierPool"]) {
        const source = readFileSync(join(__dirname, `${name}.ts`), "utf8");
        const output = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } });
        writeFileSync(join(dir, `${name}.js`), output.outputText);
      }
      const hexOrNull = (b: unknown): string | null => (b instanceof Uint8Array ? Buffer.from(b).toString("hex") : null);
      const input = batch.slice(0, 64).map((c) => (c === null ? [null, null, null] : [c.signBytes, c.signature, c.pubkey].map(hexOrNull)));
      writeFileSync(join(dir, "input.json"), JSON.stringify(input));
      writeFileSync(
        join(dir, "main.js"),
        [
          'const { VerifierPool } = require("./verifierPool");',
          'const input = require("./input.json");',
          'const bytes = (h) => (h === null ? undefined : new Uint8Array(Buffer.from(h, "hex")));',
          "const checks = input.map(([m, s, k]) => ({ signBytes: bytes(m), signature: bytes(s), pubkey: bytes(k) }));",
          "new VerifierPool(2).verifyBatch(checks).then((r) => process.stdout.write(JSON.stringify(r)));",
        ].join("\n"),
      );
      const started = Date.now();
      const child = spawnSync(process.execPath, [join(dir, "main.js")], { encoding: "utf8", timeout: 20_000 });
      expect(child.error).toBeUndefined();
      expect(child.stderr).toBe("");
      expect(child.status).toBe(0);
      expect(JSON.parse(child.stdout)).toEqual(batch.slice(0, 64).map((c) => c !== null && c.signBytes !== undefined && verifySecp256k1(c.signBytes, c.signature, c.pubkey)));
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects a bad thread count", () => {
    expect(() => new VerifierPool(-1)).toThrow(RangeError);
    expect(() => new VerifierPool(1.5)).toThrow(RangeError);
  });
});
