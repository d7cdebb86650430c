import type { KVReader } from "../store/kvStore";
import type { Context } from "./context";

/** How the app routes one Msg type: decoding, signers, stateless checks and the handler. */
export interface MsgRoute<M = unknown> {
  readonly typeUrl: string;
  /** Type URL of the response Any placed in TxMsgData.msg_responses. */
  readonly responseTypeUrl: string;
  decode(bytes: Uint8Array): M;
  /** Addresses that must sign this message, in order (the SDK's cosmos.msg.v1.signer field). */
  signers(msg: M): readonly string[];
  /** Stateless validation (the SDK's ValidateBasic); throws ChainError. */
  validateBasic(msg: M): void;
  /** Executes the message on the tx's branch; returns the encoded response message. */
  handle(ctx: Context, msg: M): Uint8Array;
}

/** A gRPC-style query served through abci_query at `path` (e.g. /cosmos.bank.v1beta1.Query/Balance). */
export interface QueryRoute {
  readonly path: string;
  handle(store: KVReader, request: Uint8Array): Uint8Array;
}

/** A change of the consensus validator set (ABCI ValidatorUpdate): power 0 removes the key. */
export interface ValidatorUpdate {
  /** The 32-byte ed25519 consensus key. */
  readonly pubKey: Uint8Array;
  /** Consensus power (bonded tokens / 10^6). */
  readonly power: bigint;
}

/** A chain module as the app wires it. Hooks run in the order the app declares its modules. */
export interface AppModule {
  readonly name: string;
  readonly msgRoutes: readonly MsgRoute<never>[];
  readonly queryRoutes: readonly QueryRoute[];
  defaultGenesis(): unknown;
  /** Validates and applies this module's genesis JSON; the staking module returns the initial validator set. */
  initGenesis(ctx: Context, genesis: unknown): void | readonly ValidatorUpdate[];
  exportGenesis(store: KVReader): unknown;
  beginBlock?(ctx: Context): void;
  /** The staking module returns the validator set changes of this block. */
  endBlock?(ctx: Context): void | readonly ValidatorUpdate[];
}

/** Builds a MsgRoute with the handler's message type checked against the decoder's. */
export function msgRoute<M>(route: MsgRoute<M>): MsgRoute<never> {
  return route as unknown as MsgRoute<never>;
}

/**
 * A route for a generated Msg codec with one signer field; the response type is the Msg's name +
 * "Response", and a handler that returns nothing answers with the empty response (zero bytes).
 */
export function codecMsgRoute<M>(
  codec: { readonly typeUrl: string; decode(bytes: Uint8Array): M },
  route: { signer(msg: M): string; validateBasic(msg: M): void; handle(ctx: Context, msg: M): Uint8Array | void },
): MsgRoute<never> {
  return msgRoute<M>({
    typeUrl: codec.typeUrl,
    responseTypeUrl: `${codec.typeUrl}Response`,
    decode: (bytes) => codec.decode(bytes),
    signers: (msg) => [route.signer(msg)],
    validateBasic: (msg) => route.validateBasic(msg),
    handle: (ctx, msg) => route.handle(ctx, msg) ?? new Uint8Array(),
  });
}

/** A query handler: decode the request with one codec, encode the plain response with another. */
export function queryRoute<Req>(
  path: string,
  request: { decode(bytes: Uint8Array): Req },
  response: { encode(message: never): { finish(): Uint8Array } },
  handle: (store: KVReader, request: Req) => unknown,
): QueryRoute {
  return { path, handle: (store, bytes) => response.encode(handle(store, request.decode(bytes)) as never).finish() };
}

/**
 * MsgUpdateParams of a module (Cosmos SDK style): the only signer is the governance authority
 * (the gov module account, so only a passed proposal can send it), and the params are validated
 * whole before they replace the current ones.
 */
export function updateParamsRoute<P>(
  codec: { readonly typeUrl: string; decode(bytes: Uint8Array): { authority: string; params?: unknown } },
  options: {
    readonly authority: string;
    parse(params: never): P;
    set(ctx: Context, params: P): void;
    readonly errors: { readonly invalidAuthority: { wrap(detail: string): Error }; readonly invalidParams: { wrap(detail: string): Error } };
  },
): MsgRoute<never> {
  const parse = (params: unknown): P => {
    if (!params) throw options.errors.invalidParams.wrap("params are required");
    try {
      return options.parse(params as never);
    } catch (error) {
      throw options.errors.invalidParams.wrap(error instanceof Error ? error.message : String(error));
    }
  };
  return codecMsgRoute(codec, {
    signer: (msg) => msg.authority,
    validateBasic: (msg) => {
      if (msg.authority !== options.authority) throw options.errors.invalidAuthority.wrap(`expected ${options.authority}, got ${msg.authority.slice(0, 90)}`);
      parse(msg.params);
    },
    handle: (ctx, msg) => options.set(ctx, parse(msg.params)),
  });
}
