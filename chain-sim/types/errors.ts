/** A deterministic failure: it becomes the tx result's (codespace, code, log), as in the Cosmos SDK. */
export class ChainError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly log: string,
  ) {
    super(log);
    this.name = "ChainError";
  }
}

/** A registered (codespace, code) pair; `wrap` adds context in front of the description, SDK style. */
export interface RegisteredError {
  readonly codespace: string;
  readonly code: number;
  readonly description: string;
  wrap(detail: string): ChainError;
  is(error: unknown): boolean;
}

const registry = new Map<string, RegisteredError>();

/** Registers an error once; codes are never reused or renumbered (retired codes stay as gaps). */
export function registerError(codespace: string, code: number, description: string): RegisteredError {
  const id = `${codespace}:${code}`;
  if (registry.has(id)) throw new Error(`error ${id} registered twice`);
  const registered: RegisteredError = {
    codespace,
    code,
    description,
    wrap: (detail: string) => new ChainError(codespace, code, detail ? `${detail}: ${description}` : description),
    is: (error: unknown) => error instanceof ChainError && error.codespace === codespace && error.code === code,
  };
  registry.set(id, registered);
  return registered;
}

const SDK = "sdk";

/** The Cosmos SDK root codespace ("sdk"), with the SDK's own numbers so clients read them the same way. */
export const sdkErrors = {
  txDecode: registerError(SDK, 2, "tx parse error"),
  unauthorized: registerError(SDK, 4, "unauthorized"),
  insufficientFunds: registerError(SDK, 5, "insufficient funds"),
  unknownRequest: registerError(SDK, 6, "unknown request"),
  invalidAddress: registerError(SDK, 7, "invalid address"),
  invalidPubKey: registerError(SDK, 8, "invalid pubkey"),
  unknownAddress: registerError(SDK, 9, "unknown address"),
  invalidCoins: registerError(SDK, 10, "invalid coins"),
  outOfGas: registerError(SDK, 11, "out of gas"),
  memoTooLarge: registerError(SDK, 12, "memo too large"),
  insufficientFee: registerError(SDK, 13, "insufficient fee"),
  tooManySignatures: registerError(SDK, 14, "maximum number of signatures exceeded"),
  noSignatures: registerError(SDK, 15, "no signatures supplied"),
  invalidRequest: registerError(SDK, 18, "invalid request"),
  txInMempoolCache: registerError(SDK, 19, "tx already in mempool"),
  mempoolIsFull: registerError(SDK, 20, "mempool is full"),
  txTooLarge: registerError(SDK, 21, "tx too large"),
  keyNotFound: registerError(SDK, 22, "key not found"),
  invalidSigner: registerError(SDK, 24, "tx intended signer does not match the given signer"),
  invalidHeight: registerError(SDK, 26, "invalid height"),
  invalidChainId: registerError(SDK, 28, "invalid chain-id"),
  txTimeoutHeight: registerError(SDK, 30, "tx timeout height"),
  unknownExtensionOptions: registerError(SDK, 31, "unknown extension options"),
  wrongSequence: registerError(SDK, 32, "incorrect account sequence"),
  logic: registerError(SDK, 35, "internal logic error"),
  conflict: registerError(SDK, 36, "conflict"),
  notSupported: registerError(SDK, 37, "feature not supported"),
  notFound: registerError(SDK, 38, "not found"),
  invalidGasLimit: registerError(SDK, 41, "invalid gas limit"),
  txTimeout: registerError(SDK, 42, "tx timeout"),
} as const;

/** A query's "not found", worded as the SDK's gRPC gateway words it (CosmJS matches this text). */
export function queryNotFound(detail: string): ChainError {
  return new ChainError(SDK, sdkErrors.notFound.code, `rpc error: code = NotFound desc = ${detail}: key not found`);
}

/** A query's malformed argument, worded as the SDK's gRPC gateway words it. */
export function queryInvalidArgument(detail: string): ChainError {
  return new ChainError(SDK, sdkErrors.invalidRequest.code, `rpc error: code = InvalidArgument desc = ${detail}: invalid request`);
}
