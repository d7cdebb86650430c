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
  /**
   * The block's rows of the ledger tables in COPY text format, made by `decodeBlock` (so while
   * the previous batch is written, not on the write's path); the writer builds them itself when
   * absent.
   */
  readonly copyRows?: LedgerCopyRows;
}

/** One block's rows of each ledger table, COPY text format (UTF-8), columns in `LEDGER_COPY_COLUMNS` order. */
export interface LedgerCopyRows {
  readonly blocks: Buffer;
  readonly txs: Buffer;
  readonly messages: Buffer;
  readonly events: Buffer;
  readonly attributes: Buffer;
  readonly balance_changes: Buffer;
}

/** The columns of each ledger table's COPY, in the order of `ledgerCopyRows`' fields. */
export const LEDGER_COPY_COLUMNS: { readonly [table in keyof LedgerCopyRows]: readonly string[] } = {
  blocks: ["height", "hash", "time", "time_text", "proposer", "app_hash", "tx_count", "rpc_event_count", "message_count", "attribute_count"],
  txs: ["height", "index", "hash", "code", "codespace", "gas_wanted", "gas_used", "fee", "gas_limit", "memo", "signer", "raw_log"],
  messages: ["height", "tx_index", "index", "type_url", "value"],
  events: ["height", "event_index", "tx_index", "index", "type"],
  attributes: ["height", "event_index", "index", "key", "value"],
  balance_changes: ["height", "event_index", "denom", "address", "delta", "tx_index"],
};

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A text field of COPY's text format: backslash, tab, newline and CR escaped. */
function text(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value;
}

/** A nullable text field (`\N` for NULL). */
function nullable(value: string | null): string {
  return value === null ? "\\N" : text(value);
}

/** A nullable integer field. */
function int(value: number | null): string {
  return value === null ? "\\N" : String(value);
}

/**
 * A block's ledger rows as COPY text, each table's text encoded to a Buffer at once (a rope of
 * row strings kept until the batch is written would be copied by every GC scavenge in between).
 * One row per balance change, i.e. per (event, denom): decode merged duplicates of a denom.
 */
export function ledgerCopyRows(block: Omit<DecodedBlock, "copyRows">): LedgerCopyRows {
  const height = String(block.height);
  const blocks = `${height}\t${text(block.hash)}\t${block.time.toISOString()}\t${text(block.timeText)}\t${text(block.proposer)}\t${text(block.appHash)}\t${block.txs.length}\t${block.rpcEventCount}\t${block.messages.length}\t${block.attributeCount}\n`;
  let txs = "";
  for (const tx of block.txs) {
    txs += `${height}\t${tx.index}\t${text(tx.hash)}\t${tx.code}\t${text(tx.codespace)}\t${tx.gasWanted}\t${tx.gasUsed}\t${text(JSON.stringify(tx.fee))}\t${tx.gasLimit}\t${text(tx.memo)}\t${nullable(tx.signer)}\t${text(tx.rawLog)}\n`;
  }
  let messages = "";
  for (const message of block.messages) messages += `${height}\t${message.txIndex}\t${message.index}\t${text(message.typeUrl)}\t${text(JSON.stringify(message.value))}\n`;
  let events = "";
  let attributes = "";
  for (const event of block.events) {
    const prefix = `${height}\t${event.eventIndex}\t`;
    events += `${prefix}${int(event.txIndex)}\t${event.index}\t${text(event.type)}\n`;
    const list = event.attributes;
    for (let index = 0; index < list.length; index++) attributes += `${prefix}${index}\t${text(list[index].key)}\t${text(list[index].value)}\n`;
  }
  let changes = "";
  for (const change of block.balanceChanges) changes += `${height}\t${change.eventIndex}\t${text(change.denom)}\t${text(change.address)}\t${change.delta}\t${int(change.txIndex)}\n`;
  return {
    blocks: Buffer.from(blocks, "utf8"),
    txs: Buffer.from(txs, "utf8"),
    messages: Buffer.from(messages, "utf8"),
    events: Buffer.from(events, "utf8"),
    attributes: Buffer.from(attributes, "utf8"),
    balance_changes: Buffer.from(changes, "utf8"),
  };
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

/** Appends the balance deltas of one event (coin_spent: -, coin_received: +) to `out`; other events give none. */
function balanceChangesOf(event: DecodedEvent, out: BalanceChange[]): void {
  const role = event.type === "coin_spent" ? "spender" : event.type === "coin_received" ? "receiver" : undefined;
  if (!role) return;
  let address: string | undefined;
  let amount: string | undefined;
  for (const attribute of event.attributes) {
    if (address === undefined && attribute.key === role) address = attribute.value;
    else if (amount === undefined && attribute.key === "amount") amount = attribute.value;
  }
  if (address === undefined || amount === undefined) throw new Error(`${event.type} event without ${role} or amount`);
  const coins = parseCoinList(amount);
  const sign = role === "spender" ? -1n : 1n;
  if (coins.length === 1) {
    out.push({ eventIndex: event.eventIndex, txIndex: event.txIndex, address, denom: coins[0].denom, delta: sign * coins[0].amount });
    return;
  }
  const byDenom = new Map<string, bigint>();
  for (const coin of coins) byDenom.set(coin.denom, (byDenom.get(coin.denom) ?? 0n) + sign * coin.amount);
  for (const [denom, delta] of byDenom) out.push({ eventIndex: event.eventIndex, txIndex: event.txIndex, address, denom, delta });
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
    for (let index = 0; index < list.length; index++) {
      const event = list[index];
      attributeCount += event.attributes.length;
      // cosmjs's decoded attributes are fresh {key, value} objects of this response: kept, not copied.
      events.push({ eventIndex: events.length, txIndex, index, type: event.type, attributes: event.attributes });
    }
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
      balanceChangesOf(event, balanceChanges);
    } catch (error) {
      throw new DecodeError(height, `event ${event.eventIndex} (${event.type}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  const time = block.block.header.time;
  const decoded: Omit<DecodedBlock, "copyRows"> = {
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
  return { ...decoded, copyRows: ledgerCopyRows(decoded) };
}
