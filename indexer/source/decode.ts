/**
 * Turns one height's `block` + `block_results` into the rows the writer stores. Every tx must
 * decode (TxRaw → body, auth info, each message through the registry); anything that does not
 * is an error naming the height and tx, never a skipped row.
 */
import { pubkeyToAddress } from "@cosmjs/amino";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { decodePubkey, type Registry } from "@cosmjs/proto-signing";
import { toRfc3339WithNanoseconds, type comet38 } from "@cosmjs/tendermint-rpc";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import Long from "long";

export interface DecodedEvent {
  readonly eventIndex: number;
  readonly txIndex: number | null;
  readonly index: number;
  readonly type: string;
  readonly attributes: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}

export interface DecodedMessage {
  readonly txIndex: number;
  readonly index: number;
  readonly typeUrl: string;
  readonly value: unknown;
}

export interface DecodedTx {
  readonly index: number;
  readonly hash: string;
  readonly code: number;
  readonly codespace: string;
  readonly gasWanted: bigint;
  readonly gasUsed: bigint;
  readonly fee: Array<{ denom: string; amount: string }>;
  readonly gasLimit: bigint;
  readonly memo: string;
  readonly signer: string | null;
  readonly rawLog: string;
}

export interface BalanceChange {
  readonly eventIndex: number;
  readonly txIndex: number | null;
  readonly address: string;
  readonly denom: string;
  readonly delta: bigint;
}

export interface DecodedBlock {
  readonly height: number;
  readonly hash: string;
  readonly time: Date;
  readonly timeText: string;
  readonly proposer: string;
  readonly appHash: string;
  readonly txs: DecodedTx[];
  readonly messages: DecodedMessage[];
  readonly events: DecodedEvent[];
  readonly balanceChanges: BalanceChange[];
  /** Counts as block_results reports them (for the completeness check). */
  readonly rpcEventCount: number;
  readonly attributeCount: number;
}

export class DecodeError extends Error {
  constructor(
    readonly height: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`height ${height}: ${message}`, options);
    this.name = "DecodeError";
  }
}

/** Proto-decoded values as JSON: 64-bit ints and bigints as strings, bytes as base64, nested Anys decoded. */
export function toJson(value: unknown, registry: Registry): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === "bigint") return value.toString();
  if (Long.isLong(value)) return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => toJson(item, registry));
  if (typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object.typeUrl === "string" && object.value instanceof Uint8Array && Object.keys(object).length === 2) {
      try {
        return { "@type": object.typeUrl, ...(toJson(registry.decode({ typeUrl: object.typeUrl, value: object.value }), registry) as object) };
      } catch {
        return { "@type": object.typeUrl, value: Buffer.from(object.value).toString("base64") };
      }
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object)) {
      const item = object[key];
      if (typeof item !== "function") out[key] = toJson(item, registry);
    }
    return out;
  }
  return value;
}

/** `1000uprint,5ufoo` → coins (CometBFT event attribute format). */
export function parseCoinList(text: string): Array<{ denom: string; amount: bigint }> {
  if (text.trim() === "") return [];
  return text.split(",").map((part) => {
    const match = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]{1,127})$/.exec(part.trim());
    if (!match) throw new Error(`bad coin ${JSON.stringify(part)}`);
    return { amount: BigInt(match[1]), denom: match[2] };
  });
}

/** Balance deltas of one event (coin_spent: -, coin_received: +); other events give none. */
function balanceChangesOf(event: DecodedEvent): BalanceChange[] {
  const role = event.type === "coin_spent" ? "spender" : event.type === "coin_received" ? "receiver" : undefined;
  if (!role) return [];
  const address = event.attributes.find((attribute) => attribute.key === role)?.value;
  const amount = event.attributes.find((attribute) => attribute.key === "amount")?.value;
  if (address === undefined || amount === undefined) throw new Error(`${event.type} event without ${role} or amount`);
  const sign = role === "spender" ? -1n : 1n;
  const byDenom = new Map<string, bigint>();
  for (const coin of parseCoinList(amount)) byDenom.set(coin.denom, (byDenom.get(coin.denom) ?? 0n) + sign * coin.amount);
  return [...byDenom].map(([denom, delta]) => ({ eventIndex: event.eventIndex, txIndex: event.txIndex, address, denom, delta }));
}

const SIGNER_FIELDS = ["signer", "sender", "fromAddress", "owner", "creator", "customer", "delegatorAddress", "proposer", "voter", "depositor", "authority"];

function signerOf(authInfo: AuthInfo, messages: DecodedMessage[], prefix: string): string | null {
  const publicKey = authInfo.signerInfos[0]?.publicKey;
  if (publicKey) {
    try {
      return pubkeyToAddress(decodePubkey(publicKey), prefix);
    } catch {
      // fall through to the message's own signer field
    }
  }
  const first = messages[0]?.value as Record<string, unknown> | undefined;
  for (const field of SIGNER_FIELDS) if (typeof first?.[field] === "string" && first[field]) return first[field] as string;
  return null;
}

export function decodeBlock(block: comet38.BlockResponse, results: comet38.BlockResultsResponse, registry: Registry, prefix: string): DecodedBlock {
  const { height } = block.block.header;
  if (results.height !== height) throw new DecodeError(height, `block_results is for height ${results.height}`);
  const rawTxs = block.block.txs;
  if (rawTxs.length !== results.results.length) throw new DecodeError(height, `block has ${rawTxs.length} txs but block_results has ${results.results.length} results`);
  const txs: DecodedTx[] = [];
  const messages: DecodedMessage[] = [];
  const events: DecodedEvent[] = [];
  let attributeCount = 0;
  const addEvents = (list: readonly comet38.Event[], txIndex: number | null): void => {
    list.forEach((event, index) => {
      attributeCount += event.attributes.length;
      events.push({ eventIndex: events.length, txIndex, index, type: event.type, attributes: event.attributes.map(({ key, value }) => ({ key, value })) });
    });
  };
  rawTxs.forEach((bytes, txIndex) => {
    const result = results.results[txIndex];
    let body: TxBody;
    let authInfo: AuthInfo;
    try {
      const raw = TxRaw.decode(bytes);
      body = TxBody.decode(raw.bodyBytes);
      authInfo = AuthInfo.decode(raw.authInfoBytes);
    } catch (error) {
      throw new DecodeError(height, `tx ${txIndex} is not a TxRaw: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const txMessages = body.messages.map((any, index): DecodedMessage => {
      try {
        return { txIndex, index, typeUrl: any.typeUrl, value: toJson(registry.decode(any), registry) };
      } catch (error) {
        throw new DecodeError(height, `tx ${txIndex} message ${index} (${any.typeUrl}) does not decode: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    });
    messages.push(...txMessages);
    txs.push({
      index: txIndex,
      hash: toHex(sha256(bytes)).toUpperCase(),
      code: result.code,
      codespace: result.codespace ?? "",
      gasWanted: result.gasWanted,
      gasUsed: result.gasUsed,
      fee: (authInfo.fee?.amount ?? []).map(({ denom, amount }) => ({ denom, amount })),
      gasLimit: authInfo.fee?.gasLimit ?? 0n,
      memo: body.memo,
      signer: signerOf(authInfo, txMessages, prefix),
      rawLog: result.log ?? "",
    });
    addEvents(result.events, txIndex);
  });
  addEvents(results.finalizeBlockEvents, null);
  const balanceChanges: BalanceChange[] = [];
  for (const event of events) {
    try {
      balanceChanges.push(...balanceChangesOf(event));
    } catch (error) {
      throw new DecodeError(height, `event ${event.eventIndex} (${event.type}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const time = block.block.header.time;
  return {
    height,
    hash: toHex(block.blockId.hash).toUpperCase(),
    time: new Date(time.getTime()),
    timeText: toRfc3339WithNanoseconds(time),
    proposer: toHex(block.block.header.proposerAddress).toUpperCase(),
    appHash: toHex(block.block.header.appHash).toUpperCase(),
    txs,
    messages,
    events,
    balanceChanges,
    rpcEventCount: events.length,
    attributeCount,
  };
}
