import type { VerifierPool } from "../crypto/verifierPool";
import type { App } from "./app";

/**
 * Verifies the signatures of a block's txs in the pool's worker threads and records the good ones
 * in the app's verified-signature cache; the block's ante handlers then skip them. Start it for
 * block k+1 before executing block k, and both cores work at once.
 */
export async function preverifySignatures(app: App, pool: VerifierPool, txs: readonly Uint8Array[]): Promise<void> {
  const checks = app.unverifiedSignatureChecks(txs);
  if (checks.length === 0) return;
  const valid = await pool.verifyBatch(checks.map((item) => item.check));
  checks.forEach((item, index) => {
    if (valid[index]) app.signatureCache.add(item.cacheKey);
  });
}
