import { toBase64 } from "@cosmjs/encoding";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { pubkeyToAddressBytes } from "../crypto/secp256k1";
import type { SignatureCheck } from "../crypto/verifierPool";
import type { Account, AuthKeeper } from "../modules/auth/keeper";
import { SECP256K1_PUBKEY_TYPE_URL } from "../modules/auth/keeper";
import { minGasPriceOf, type AuthParams } from "../modules/auth/params";
import type { BankKeeper } from "../modules/bank/keeper";
import { addressFromBytes } from "../types/address";
import { formatCoins, parseCoins, type Coin } from "../types/coins";
import type { Context, ExecMode } from "../types/context";
import { mulCeil } from "../types/decCoin";
import { sdkErrors } from "../types/errors";
import { bytesEqual, type DecodedTx } from "./decode";
import { makeSignBytes } from "./signDoc";

export const FEE_COLLECTOR = "fee_collector";
const SIMULATED_SIGNATURE_BYTES = 64;
const SIMULATED_FEE_BYTES = 32;

/**
 * Verifies one signature. `cacheKey` identifies (tx, signer, account number) in the cache of
 * signatures already verified; the sign bytes are only built on a miss.
 */
export type SignatureVerifier = (mode: ExecMode, cacheKey: string, check: () => SignatureCheck) => boolean;

export interface AnteDeps {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly verifySignature: SignatureVerifier;
}

/** Stateless limits checked before a gas meter exists: they decide the meter's limit. */
export function gasLimitOf(tx: DecodedTx, params: AuthParams, simulate: boolean): number {
  const gasLimit = tx.authInfo.fee?.gasLimit ?? 0n;
  if (simulate) return params.maxTxGas;
  if (gasLimit > BigInt(params.maxTxGas)) {
    throw sdkErrors.invalidGasLimit.wrap(`gas limit ${gasLimit} exceeds the maximum of ${params.maxTxGas}`);
  }
  return Number(gasLimit);
}

/**
 * The Cosmos SDK ante chain, in its order: ValidateBasic → TxTimeoutHeight → ValidateMemo →
 * ConsumeGasForTxSize → DeductFee → SetPubKey → ValidateSigCount → SigGasConsume → SigVerification
 * → IncrementSequence. It runs on its own branch: a failure anywhere writes nothing.
 */
export function runAnte(ctx: Context, tx: DecodedTx, params: AuthParams, deps: AnteDeps): void {
  const simulate = ctx.mode === "simulate";
  const fee = validateBasic(tx, simulate);

  const timeoutHeight = tx.body.timeoutHeight;
  if (timeoutHeight > 0n && BigInt(ctx.block.height) > timeoutHeight) {
    throw sdkErrors.txTimeoutHeight.wrap(`block height: ${ctx.block.height}, timeout height: ${timeoutHeight}`);
  }
  if (tx.body.memo.length > params.maxMemoCharacters) {
    throw sdkErrors.memoTooLarge.wrap(`maximum number of characters is ${params.maxMemoCharacters} but received ${tx.body.memo.length} characters`);
  }
  if (tx.bytes.length > params.maxTxBytes) {
    throw sdkErrors.txTooLarge.wrap(`tx is ${tx.bytes.length} bytes, the maximum is ${params.maxTxBytes}`);
  }
  // Simulated txs carry empty signatures and no fee: charge for the bytes the real ones will add.
  const sizeForGas = tx.bytes.length + (simulate ? SIMULATED_SIGNATURE_BYTES * tx.signers.length + SIMULATED_FEE_BYTES : 0);
  ctx.gasMeter.consume(params.txSizeCostPerByte * sizeForGas, "txSize");

  deductFee(ctx, tx, fee, params, deps, simulate);

  const accounts = tx.signers.map((signer, index) => setPubKey(ctx, tx, index, signer, deps));

  if (accounts.length > params.txSigLimit) {
    throw sdkErrors.tooManySignatures.wrap(`signatures: ${accounts.length}, limit: ${params.txSigLimit}`);
  }
  for (let i = 0; i < accounts.length; i++) ctx.gasMeter.consume(params.sigVerifyCostSecp256k1, "ante verify: secp256k1");

  accounts.forEach(({ account, pubKey }, index) => {
    verifySignature(ctx, tx, index, account, pubKey, deps, simulate);
    deps.auth.setAccount(ctx, { ...account, pubKey, sequence: account.sequence + 1n });
  });
}

function validateBasic(tx: DecodedTx, simulate: boolean): Coin[] {
  const signatures = tx.raw.signatures;
  if (signatures.length === 0) throw sdkErrors.noSignatures.wrap("");
  if (signatures.length !== tx.signers.length) {
    throw sdkErrors.unauthorized.wrap(`wrong number of signers; expected ${tx.signers.length}, got ${signatures.length}`);
  }
  if (tx.authInfo.signerInfos.length !== tx.signers.length) {
    throw sdkErrors.unauthorized.wrap(`wrong number of signer infos; expected ${tx.signers.length}, got ${tx.authInfo.signerInfos.length}`);
  }
  if (tx.body.extensionOptions.length > 0) throw sdkErrors.unknownExtensionOptions.wrap("");
  if (tx.body.unordered) throw sdkErrors.notSupported.wrap("unordered transactions are not supported");
  if (tx.body.timeoutTimestamp) throw sdkErrors.notSupported.wrap("timeout_timestamp is not supported; use timeout_height");
  const fee = tx.authInfo.fee;
  if (fee?.payer || fee?.granter) throw sdkErrors.notSupported.wrap("fee payer and fee granter are not supported");
  if (!simulate && (fee?.gasLimit ?? 0n) === 0n) throw sdkErrors.invalidGasLimit.wrap("gas limit must be positive");
  const coins = parseCoins(fee?.amount ?? [], "fee");
  for (const { route, msg } of tx.msgs) route.validateBasic(msg);
  return coins;
}

function deductFee(ctx: Context, tx: DecodedTx, fee: Coin[], params: AuthParams, deps: AnteDeps, simulate: boolean): void {
  const price = minGasPriceOf(params);
  if (price && !simulate) {
    const required = mulCeil(price, tx.authInfo.fee?.gasLimit ?? 0n);
    const paid = fee.find((coin) => coin.denom === price.denom)?.amount ?? 0n;
    if (paid < required) {
      throw sdkErrors.insufficientFee.wrap(`insufficient fees; got: ${formatCoins(fee) || "0" + price.denom} required: ${required}${price.denom}`);
    }
  }
  const payer = tx.signers[0];
  if (!deps.auth.getAccount(ctx.store, payer)) throw sdkErrors.unknownAddress.wrap(`fee payer address: ${payer} does not exist`);
  if (simulate && fee.length === 0 && price) {
    // Simulations come without a fee (CosmJS), but the real tx will pay one: move the smallest
    // possible fee on the throwaway branch so its store gas is in the estimate.
    if (deps.bank.getBalance(ctx.store, payer, price.denom) > 0n) deps.bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, [{ denom: price.denom, amount: 1n }]);
    return;
  }
  if (fee.length === 0) return;
  try {
    deps.bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, fee);
  } catch (error) {
    if (sdkErrors.insufficientFunds.is(error)) throw sdkErrors.insufficientFunds.wrap(`${(error as Error).message}: insufficient fees`);
    throw error;
  }
  ctx.events.emit("tx", [["fee", formatCoins(fee)], ["fee_payer", payer]]);
}

function setPubKey(ctx: Context, tx: DecodedTx, index: number, signer: string, deps: AnteDeps): { account: Account; pubKey: Uint8Array } {
  const account = deps.auth.getAccount(ctx.store, signer);
  if (!account) throw sdkErrors.unknownAddress.wrap(`account ${signer} does not exist`);
  const info = tx.authInfo.signerInfos[index];
  let pubKey = account.pubKey;
  if (info.publicKey) {
    if (info.publicKey.typeUrl !== SECP256K1_PUBKEY_TYPE_URL) {
      throw sdkErrors.invalidPubKey.wrap(`unsupported pubkey type ${JSON.stringify(info.publicKey.typeUrl.slice(0, 100))}; only ${SECP256K1_PUBKEY_TYPE_URL}`);
    }
    const key = decodeSecp256k1PubKey(info.publicKey.value);
    if (addressOfPubKey(key) !== signer) {
      throw sdkErrors.invalidPubKey.wrap(`pubKey does not match signer address ${signer} with signer index: ${index}`);
    }
    if (pubKey && !bytesEqual(pubKey, key)) throw sdkErrors.invalidPubKey.wrap(`pubKey does not match the key stored for ${signer}`);
    pubKey = key;
  }
  if (!pubKey) throw sdkErrors.invalidPubKey.wrap(`pubkey of ${signer} is not set and not included in the tx`);
  ctx.events.emit("tx", [["acc_seq", `${signer}/${info.sequence}`]]);
  ctx.events.emit("tx", [["signature", toBase64(tx.raw.signatures[index])]]);
  return { account, pubKey };
}

function verifySignature(ctx: Context, tx: DecodedTx, index: number, account: Account, pubKey: Uint8Array, deps: AnteDeps, simulate: boolean): void {
  const info = tx.authInfo.signerInfos[index];
  const mode = info.modeInfo?.single?.mode;
  if (!simulate && mode !== SignMode.SIGN_MODE_DIRECT) {
    throw sdkErrors.unauthorized.wrap(`sign mode ${mode ?? "multi"} is not supported; sign with SIGN_MODE_DIRECT`);
  }
  if (info.sequence !== account.sequence) {
    throw sdkErrors.wrongSequence.wrap(`account sequence mismatch, expected ${account.sequence}, got ${info.sequence}`);
  }
  // Simulation skips verification (CosmJS sends an empty signature); recheck trusts CheckTx's.
  if (simulate || ctx.mode === "recheck") return;
  const cacheKey = signatureCacheKey(tx.hash, index, account.accountNumber);
  const check = (): SignatureCheck => ({
    signBytes: makeSignBytes(tx.raw.bodyBytes, tx.raw.authInfoBytes, ctx.block.chainId, account.accountNumber),
    signature: tx.raw.signatures[index],
    pubkey: pubKey,
  });
  if (!deps.verifySignature(ctx.mode, cacheKey, check)) {
    throw sdkErrors.unauthorized.wrap(
      `signature verification failed; please verify account number (${account.accountNumber}) and chain-id (${ctx.block.chainId})`,
    );
  }
}

const pubKeyAddresses = new Map<string, string>();

/** bech32(ripemd160(sha256(pubkey))), memoized: the same signers sign again and again. */
function addressOfPubKey(pubKey: Uint8Array): string {
  const id = Buffer.from(pubKey).toString("hex");
  let address = pubKeyAddresses.get(id);
  if (address === undefined) {
    address = addressFromBytes(pubkeyToAddressBytes(pubKey));
    if (pubKeyAddresses.size >= 100_000) pubKeyAddresses.clear();
    pubKeyAddresses.set(id, address);
  }
  return address;
}

/** Identifies one signature check: the tx bytes (hash), which signer, and the account number signed over. */
export function signatureCacheKey(txHash: Uint8Array, signerIndex: number, accountNumber: bigint): string {
  return `${Buffer.from(txHash).toString("hex")}:${signerIndex}:${accountNumber}`;
}

function decodeSecp256k1PubKey(value: Uint8Array): Uint8Array {
  let key: Uint8Array;
  try {
    key = PubKey.decode(value).key;
  } catch {
    throw sdkErrors.invalidPubKey.wrap("secp256k1 pubkey is not valid protobuf");
  }
  if (key.length !== 33 || (key[0] !== 0x02 && key[0] !== 0x03)) {
    throw sdkErrors.invalidPubKey.wrap(`secp256k1 pubkey must be 33 compressed bytes, got ${key.length}`);
  }
  return key;
}

