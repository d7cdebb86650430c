import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";

/**
 * The SIGN_MODE_DIRECT sign bytes, rebuilt from the exact body and auth-info bytes received (never
 * re-encoded) plus this chain's id and the signer's account number; canonical proto3, defaults omitted.
 */
export function makeSignBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return SignDoc.encode({ bodyBytes, authInfoBytes, chainId, accountNumber }).finish();
}
