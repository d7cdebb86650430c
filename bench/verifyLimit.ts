import { generateKeyPairSync, sign } from "node:crypto";
import { performance } from "node:perf_hooks";
import { verifySecp256k1 } from "../chain-sim/crypto/secp256k1";
import { VerifierPool, type SignatureCheck } from "../chain-sim/crypto/verifierPool";

/** Options of the verification benchmarks. */
export interface VerifyRateOptions {
  /** Length of one timed run in seconds (default 1). */
  readonly seconds?: number;
  /** Number of timed runs; the median is reported (default 5). */
  readonly runs?: number;
}

/** Options of {@link measurePoolVerifyRate}. */
export interface PoolVerifyRateOptions extends VerifyRateOptions {
  /** Checks per verifyBatch call (default 500). */
  readonly batchSize?: number;
}

const KEYS = 200;
const SIGN_DOC_BYTES = 200;
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

let fixtures: readonly SignatureCheck[] | undefined;

/** 200 keypairs, each with a low-S signature over its own ~200-byte sign doc (generated once). */
function signatureFixtures(): readonly SignatureCheck[] {
  if (fixtures) return fixtures;
  const checks: SignatureCheck[] = [];
  for (let i = 0; i < KEYS; i++) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "secp256k1" });
    const point = publicKey.export({ type: "spki", format: "der" }).subarray(-65); // 0x04 ‖ x ‖ y
    const pubkey = new Uint8Array(33);
    pubkey[0] = (point[64] & 1) === 1 ? 0x03 : 0x02;
    pubkey.set(point.subarray(1, 33), 1);
    // Shaped like a protobuf SignDoc: body bytes, auth info bytes, chain id, account number.
    const signBytes = new Uint8Array(SIGN_DOC_BYTES);
    for (let j = 0; j < signBytes.length; j++) signBytes[j] = (j * 131 + i * 29 + 7) & 0xff;
    const signature = new Uint8Array(sign("sha256", signBytes, { key: privateKey, dsaEncoding: "ieee-p1363" }));
    const s = BigInt(`0x${Buffer.from(signature.subarray(32)).toString("hex")}`);
    if (s > SECP256K1_N / 2n) signature.set(Buffer.from((SECP256K1_N - s).toString(16).padStart(64, "0"), "hex"), 32);
    checks.push({ signBytes, signature, pubkey });
  }
  fixtures = checks;
  return checks;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function runSettings(opts: VerifyRateOptions | undefined): { seconds: number; runs: number } {
  const seconds = opts?.seconds ?? 1;
  const runs = opts?.runs ?? 5;
  if (!(seconds > 0)) throw new RangeError(`seconds must be positive, got ${seconds}`);
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a positive integer, got ${runs}`);
  return { seconds, runs };
}

/**
 * Single-core rate of verifySecp256k1 (node:crypto ECDSA with cached KeyObjects, plus the input
 * and low-S checks) on ~200-byte sign docs from 200 keys: the median of `runs` timed runs of
 * `seconds` each, after a warm-up that fills the key cache.
 */
export function measureVerifyRate(opts?: VerifyRateOptions): { opsPerSec: number; verifier: string } {
  const { seconds, runs } = runSettings(opts);
  const checks = signatureFixtures();
  const verifyAll = (rounds: number): void => {
    for (let round = 0; round < rounds; round++) {
      for (const check of checks) {
        if (!verifySecp256k1(check.signBytes, check.signature, check.pubkey)) throw new Error("benchmark signature did not verify");
      }
    }
  };
  verifyAll(2); // warm-up: imports every key into the cache and lets V8 optimise
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    let ops = 0;
    let failures = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    let now = started;
    do {
      for (let i = 0; i < 50; i++) {
        const check = checks[(ops + i) % checks.length];
        if (!verifySecp256k1(check.signBytes, check.signature, check.pubkey)) failures++;
      }
      ops += 50;
      now = performance.now();
    } while (now < deadline);
    if (failures > 0) throw new Error(`${failures} benchmark signatures did not verify`);
    rates.push((ops * 1000) / (now - started));
  }
  return { opsPerSec: median(rates), verifier: `node:crypto ECDSA secp256k1 (OpenSSL ${process.versions.openssl}), cached KeyObjects, 1 thread` };
}

/**
 * Rate of VerifierPool.verifyBatch with `threads` workers, in sequential batches of `batchSize`
 * (default 500) checks: the median of `runs` timed runs of `seconds` each, after warm-up batches
 * that start the workers and fill their key caches. The pool is closed before returning.
 */
export async function measurePoolVerifyRate(threads: number, opts?: PoolVerifyRateOptions): Promise<{ opsPerSec: number }> {
  const { seconds, runs } = runSettings(opts);
  const batchSize = opts?.batchSize ?? 500;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const base = signatureFixtures();
  const batch = Array.from({ length: batchSize }, (_, i) => base[i % base.length]);
  const pool = new VerifierPool(threads);
  try {
    const verifyOnce = async (): Promise<void> => {
      const results = await pool.verifyBatch(batch);
      if (!results.every(Boolean)) throw new Error("benchmark signature did not verify");
    };
    const warmUp = Math.max(2, Math.ceil((2 * base.length) / batchSize));
    for (let i = 0; i < warmUp; i++) await verifyOnce();
    const rates: number[] = [];
    for (let run = 0; run < runs; run++) {
      let ops = 0;
      const started = performance.now();
      const deadline = started + seconds * 1000;
      let now = started;
      do {
        await verifyOnce();
        ops += batchSize;
        now = performance.now();
      } while (now < deadline);
      rates.push((ops * 1000) / (now - started));
    }
    return { opsPerSec: median(rates) };
  } finally {
    await pool.close();
  }
}
