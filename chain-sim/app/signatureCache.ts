/**
 * Signatures already verified (by CheckTx or by block pre-verification in worker threads), keyed by
 * (tx hash, signer index, account number). It only memoizes a pure
 * function, so it can never change a result, only skip recomputing it.
 */
export class VerifiedSignatureCache {
  private readonly verified = new Set<string>();

  constructor(private readonly limit = 200_000) {}

  add(key: string): void {
    // Sets iterate in insertion order, so the first key is the oldest.
    if (this.verified.size >= this.limit) this.verified.delete(this.verified.values().next().value as string);
    this.verified.add(key);
  }

  has(key: string): boolean {
    return this.verified.has(key);
  }

  delete(key: string): void {
    this.verified.delete(key);
  }

  get size(): number {
    return this.verified.size;
  }
}
