/** JSON-RPC 2.0 error codes, as CometBFT uses them. */
export const JSON_RPC_ERRORS = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
} as const;

const MESSAGES: Record<number, string> = {
  [-32700]: "Parse error. Invalid JSON",
  [-32600]: "Invalid Request",
  [-32601]: "Method not found",
  [-32602]: "Invalid params",
  [-32603]: "Internal error",
};

/** An error answered in the JSON-RPC envelope (always with HTTP 200, as CometBFT does). */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    readonly data: string,
  ) {
    super(data);
  }

  get rpcMessage(): string {
    return MESSAGES[this.code] ?? "Server error";
  }
}

export function invalidParams(data: string): RpcError {
  return new RpcError(JSON_RPC_ERRORS.invalidParams, data);
}

export function internalError(data: string): RpcError {
  return new RpcError(JSON_RPC_ERRORS.internalError, data);
}
