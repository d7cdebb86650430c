import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { ChainNode } from "../node/node";
import { JSON_RPC_ERRORS, RpcError } from "./errors";
import { RPC_METHODS } from "./methods";
import { Params } from "./params";

/** Largest request body accepted (a 1 MiB tx is ~1.4 MiB in base64). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Most requests in one JSON-RPC batch. */
export const MAX_BATCH = 100;

type Id = string | number | null;

interface RpcResponse {
  readonly jsonrpc: "2.0";
  readonly id: Id;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string; readonly data: string };
}

/**
 * CometBFT-compatible JSON-RPC over HTTP: POST a JSON-RPC 2.0 request (or a batch) to "/", or GET
 * "/<method>?param=value" as CometBFT's URI form. Every error is answered with HTTP 200 and a
 * JSON-RPC error object, because CosmJS discards the body of non-200 responses.
 */
export class RpcServer {
  private readonly server: Server;

  constructor(
    private readonly node: ChainNode,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.server.keepAliveTimeout = 65_000;
  }

  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, host, () => {
        this.server.off("error", reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (request.method === "GET") return this.send(response, await this.handleUri(request));
      if (request.method !== "POST") return this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, "use POST for JSON-RPC or GET /<method>")));
      const body = await readBody(request);
      if (body === undefined) return this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, `request body exceeds ${MAX_BODY_BYTES} bytes`)));
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch (error) {
        return this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.parseError, error instanceof Error ? error.message : "invalid JSON")));
      }
      if (Array.isArray(parsed)) {
        if (parsed.length === 0) return this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, "empty batch")));
        if (parsed.length > MAX_BATCH) return this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, `batch larger than ${MAX_BATCH}`)));
        const responses = await Promise.all(parsed.map((item) => this.call(item)));
        return this.send(response, responses.filter((item): item is RpcResponse => item !== undefined));
      }
      const single = await this.call(parsed);
      if (single === undefined) return void response.writeHead(204).end();
      return this.send(response, single);
    } catch (error) {
      this.onError(error);
      if (!response.headersSent) this.send(response, failure(null, new RpcError(JSON_RPC_ERRORS.internalError, "internal error")));
    }
  }

  /** One JSON-RPC request object; undefined for a notification (no id), which gets no response. */
  private async call(request: unknown): Promise<RpcResponse | undefined> {
    if (typeof request !== "object" || request === null || Array.isArray(request)) {
      return failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, "request must be a JSON object"));
    }
    const { jsonrpc, id, method, params } = request as Record<string, unknown>;
    if (id === undefined) return undefined;
    if (typeof id !== "string" && typeof id !== "number" && id !== null) {
      return failure(null, new RpcError(JSON_RPC_ERRORS.invalidRequest, "id must be a string, a number or null"));
    }
    if (jsonrpc !== "2.0") return failure(id, new RpcError(JSON_RPC_ERRORS.invalidRequest, 'jsonrpc must be "2.0"'));
    if (typeof method !== "string") return failure(id, new RpcError(JSON_RPC_ERRORS.invalidRequest, "method must be a string"));
    if (params !== undefined && (typeof params !== "object" || params === null || Array.isArray(params))) {
      return failure(id, new RpcError(JSON_RPC_ERRORS.invalidParams, "params must be an object of named parameters"));
    }
    return this.invoke(id, method, (params ?? {}) as Record<string, unknown>);
  }

  private async invoke(id: Id, method: string, params: Record<string, unknown>): Promise<RpcResponse> {
    const handler = Object.hasOwn(RPC_METHODS, method) ? RPC_METHODS[method] : undefined;
    if (!handler) return failure(id, new RpcError(JSON_RPC_ERRORS.methodNotFound, `method ${JSON.stringify(method.slice(0, 64))} not found`));
    try {
      return { jsonrpc: "2.0", id, result: await handler(this.node, new Params(params)) };
    } catch (error) {
      if (error instanceof RpcError) return failure(id, error);
      this.onError(error);
      return failure(id, new RpcError(JSON_RPC_ERRORS.internalError, error instanceof Error ? error.message : String(error)));
    }
  }

  /** CometBFT's URI form: GET /status, /block?height=5, /tx_search?query="tx.height=5". */
  private async handleUri(request: IncomingMessage): Promise<RpcResponse | Record<string, unknown>> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = url.pathname.replace(/^\/+/, "");
    if (method === "") return { jsonrpc: "2.0", id: -1, result: { methods: Object.keys(RPC_METHODS).sort() } };
    const params: Record<string, unknown> = {};
    for (const [key, value] of url.searchParams) params[key] = value.replace(/^"(.*)"$/s, "$1");
    return this.invoke(-1, method, params);
  }

  private send(response: ServerResponse, body: unknown): void {
    const json = JSON.stringify(body);
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
    response.end(json);
  }
}

function failure(id: Id, error: RpcError): RpcResponse {
  return { jsonrpc: "2.0", id, error: { code: error.code, message: error.rpcMessage, data: error.data } };
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
