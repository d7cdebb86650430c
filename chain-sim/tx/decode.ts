import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { sha256 } from "../store/merkle";
import { ChainError, sdkErrors } from "../types/errors";
import type { MsgRoute } from "../types/module";

/** One message of a tx, decoded by its route. */
export interface DecodedMsg {
  readonly typeUrl: string;
  readonly route: MsgRoute<never>;
  readonly msg: never;
}

/** A tx after decoding: the exact received bytes are kept, since signatures cover them. */
export interface DecodedTx {
  readonly bytes: Uint8Array;
  /** sha256(bytes), as CometBFT and CosmJS compute it. */
  readonly hash: Uint8Array;
  readonly raw: TxRaw;
  readonly body: TxBody;
  readonly authInfo: AuthInfo;
  readonly msgs: readonly DecodedMsg[];
  /** Unique signers of all messages, in order of first appearance (signatures follow this order). */
  readonly signers: readonly string[];
}

export type RouteLookup = (typeUrl: string) => MsgRoute<never> | undefined;

/**
 * Decodes TxRaw → TxBody/AuthInfo → messages. TxRaw must be ADR-027 canonical (so one tx has one
 * hash) and TxBody/AuthInfo may carry no unknown fields, as the SDK's default tx decoder requires.
 */
export function decodeTx(bytes: Uint8Array, lookup: RouteLookup): DecodedTx {
  const raw = decodeStrict("TxRaw", bytes, TxRaw);
  const body = decodeStrict("TxBody", raw.bodyBytes, TxBody);
  const authInfo = decodeStrict("AuthInfo", raw.authInfoBytes, AuthInfo);
  if (body.messages.length === 0) throw sdkErrors.invalidRequest.wrap("tx has no messages");
  const msgs = body.messages.map((any, index): DecodedMsg => {
    const route = lookup(any.typeUrl);
    if (!route) throw sdkErrors.txDecode.wrap(`unable to resolve type URL ${JSON.stringify(any.typeUrl.slice(0, 200))} (message ${index})`);
    let msg: never;
    try {
      msg = route.decode(any.value);
    } catch (error) {
      throw sdkErrors.txDecode.wrap(`message ${index} (${any.typeUrl}) is not valid protobuf: ${describe(error)}`);
    }
    return { typeUrl: any.typeUrl, route, msg };
  });
  const signers: string[] = [];
  for (const { route, msg } of msgs) {
    for (const signer of route.signers(msg)) if (!signers.includes(signer)) signers.push(signer);
  }
  return { bytes, hash: sha256(bytes), raw, body, authInfo, msgs, signers };
}

interface ProtoType<T> {
  decode(bytes: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
}

function decodeStrict<T>(name: string, bytes: Uint8Array, type: ProtoType<T>): T {
  let message: T;
  try {
    message = type.decode(bytes);
  } catch (error) {
    throw sdkErrors.txDecode.wrap(`${name} is not valid protobuf: ${describe(error)}`);
  }
  // Re-encoding gives back the exact bytes only if there were no unknown fields, no fields out of
  // order and no default values written out: anything else is a malleated or foreign encoding.
  if (!bytesEqual(type.encode(message).finish(), bytes)) {
    throw sdkErrors.txDecode.wrap(`${name} has unknown fields or is not in canonical (ADR-027) encoding`);
  }
  return message;
}

function describe(error: unknown): string {
  if (error instanceof ChainError) return error.log;
  return error instanceof Error ? error.message : String(error);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
