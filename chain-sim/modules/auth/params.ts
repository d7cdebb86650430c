import { parseDecCoin, type DecCoin } from "../../types/decCoin";

/** x/auth params (SDK defaults), plus the chain's consensus-level tx limits. */
export interface AuthParams {
  readonly maxMemoCharacters: number;
  readonly txSigLimit: number;
  readonly txSizeCostPerByte: number;
  readonly sigVerifyCostEd25519: number;
  readonly sigVerifyCostSecp256k1: number;
  /** Largest tx in bytes; larger ones fail with sdk code 21 in CheckTx and in blocks. */
  readonly maxTxBytes: number;
  /** Largest gas limit a tx may ask for. */
  readonly maxTxGas: number;
  /**
   * Minimum gas price, a consensus rule here (not a per-node setting as in the SDK), so a block
   * cannot include a tx that pays less: fee >= ceil(gas_limit × price). Empty = no fees required.
   */
  readonly minGasPrice: string;
}

export const DEFAULT_AUTH_PARAMS: AuthParams = {
  maxMemoCharacters: 256,
  txSigLimit: 7,
  txSizeCostPerByte: 10,
  sigVerifyCostEd25519: 590,
  sigVerifyCostSecp256k1: 1000,
  maxTxBytes: 65536,
  maxTxGas: 100_000_000,
  minGasPrice: "0.025uprint",
};

const POSITIVE_FIELDS = ["maxMemoCharacters", "txSigLimit", "txSizeCostPerByte", "sigVerifyCostEd25519", "sigVerifyCostSecp256k1", "maxTxBytes", "maxTxGas"] as const;

/** Parses and validates params from genesis JSON (snake_case or camelCase keys), filling defaults. */
export function parseAuthParams(raw: unknown): AuthParams {
  const input = (raw ?? {}) as Record<string, unknown>;
  const pick = (camel: string, snake: string): unknown => input[camel] ?? input[snake];
  const result: Record<string, unknown> = { ...DEFAULT_AUTH_PARAMS };
  for (const field of POSITIVE_FIELDS) {
    const value = pick(field, field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    if (value === undefined) continue;
    const number = Number(value);
    if (!Number.isSafeInteger(number) || number <= 0) throw new Error(`auth params: ${field} must be a positive integer, got ${String(value)}`);
    result[field] = number;
  }
  const minGasPrice = pick("minGasPrice", "min_gas_price");
  if (minGasPrice !== undefined) result.minGasPrice = String(minGasPrice);
  const params = result as unknown as AuthParams;
  minGasPriceOf(params);
  return params;
}

export function minGasPriceOf(params: AuthParams): DecCoin | undefined {
  return params.minGasPrice === "" ? undefined : parseDecCoin(params.minGasPrice);
}

export function authParamsToJson(params: AuthParams): Record<string, string> {
  return {
    max_memo_characters: String(params.maxMemoCharacters),
    tx_sig_limit: String(params.txSigLimit),
    tx_size_cost_per_byte: String(params.txSizeCostPerByte),
    sig_verify_cost_ed25519: String(params.sigVerifyCostEd25519),
    sig_verify_cost_secp256k1: String(params.sigVerifyCostSecp256k1),
    max_tx_bytes: String(params.maxTxBytes),
    max_tx_gas: String(params.maxTxGas),
    min_gas_price: params.minGasPrice,
  };
}
