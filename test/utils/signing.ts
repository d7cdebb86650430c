import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import { encodePubkey, makeAuthInfoBytes, makeSignDoc, type DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";

export interface RawTxOptions {
  readonly accountNumber: number;
  readonly sequence: number;
  readonly chainId: string;
  readonly fee?: ReadonlyArray<{ denom: string; amount: string }>;
  readonly gasLimit?: number;
  readonly memo?: string;
}

/** Signs arbitrary messages with CosmJS's own building blocks (for txs the high-level clients refuse to build). */
export async function signRawTx(wallet: DirectSecp256k1HdWallet, address: string, messages: Any[], options: RawTxOptions): Promise<TxRaw> {
  const account = (await wallet.getAccounts()).find((candidate) => candidate.address === address);
  if (!account) throw new Error(`${address} is not in the wallet`);
  const pubkey = encodePubkey(encodeSecp256k1Pubkey(account.pubkey));
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages, memo: options.memo ?? "" })).finish();
  const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence: options.sequence }], [...(options.fee ?? [{ denom: "uprint", amount: "5000" }])], options.gasLimit ?? 200_000, undefined, undefined);
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, options.chainId, options.accountNumber);
  const { signature } = await wallet.signDirect(address, signDoc);
  return TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] });
}

const SECP256K1_ORDER = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** The same signature with s replaced by n − s: still valid ECDSA, but high-S (malleated). */
export function toHighS(signature: Uint8Array): Uint8Array {
  const s = BigInt(`0x${Buffer.from(signature.slice(32)).toString("hex")}`);
  const high = (SECP256K1_ORDER - s).toString(16).padStart(64, "0");
  return Uint8Array.from([...signature.slice(0, 32), ...Buffer.from(high, "hex")]);
}
