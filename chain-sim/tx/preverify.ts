import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { SignatureCheck } from "../crypto/verifierPool";
import { SECP256K1_PUBKEY_TYPE_URL } from "../modules/auth/keeper";
import { signatureCacheKey } from "./ante";
import type { DecodedTx } from "./decode";
import { makeSignBytes } from "./signDoc";

export interface KnownAccount {
  readonly accountNumber: bigint;
  readonly pubKey?: Uint8Array;
}

/** A signature check that can run ahead of execution, and the cache key its success is stored under. */
export interface PendingSignatureCheck {
  readonly check: SignatureCheck;
  readonly cacheKey: string;
}

/**
 * The signature checks the ante handler will make, computed ahead of execution from the account
 * numbers known now, so they can run in parallel (worker threads). Signers whose account does not
 * exist yet are skipped: the ante handler verifies those inline. A wrong guess only costs a cache miss.
 */
export function pendingSignatureChecks(tx: DecodedTx, chainId: string, lookup: (address: string) => KnownAccount | undefined): PendingSignatureCheck[] {
  const checks: PendingSignatureCheck[] = [];
  tx.signers.forEach((signer, index) => {
    const account = lookup(signer);
    const signature = tx.raw.signatures[index];
    const info = tx.authInfo.signerInfos[index];
    if (!account || !signature || !info) return;
    let pubkey = account.pubKey;
    if (info.publicKey?.typeUrl === SECP256K1_PUBKEY_TYPE_URL) {
      try {
        pubkey = PubKey.decode(info.publicKey.value).key;
      } catch {
        return;
      }
    }
    if (!pubkey) return;
    checks.push({
      check: { signBytes: makeSignBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, chainId, account.accountNumber), signature, pubkey },
      cacheKey: signatureCacheKey(tx.hash, index, account.accountNumber),
    });
  });
  return checks;
}
