import { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { sha256, simpleMerkleRoot } from "../store/merkle";
import type { BlockExecution, TxResult } from "../app/txResult";
import { validatorUpdateToJson, type ValidatorUpdateJson } from "./validatorSet";
import type { Event } from "../types/events";

/**
 * Blocks are stored exactly in the JSON shapes CometBFT 0.38's RPC serves (uppercase hex hashes,
 * base64 bytes, int64 as strings, uint32 as numbers), so the RPC serves them without conversion.
 */
export interface PartSetHeaderJson {
  readonly total: number;
  readonly hash: string;
}

export interface BlockIdJson {
  readonly hash: string;
  readonly parts: PartSetHeaderJson;
}

export interface HeaderJson {
  readonly version: { readonly block: string; readonly app: string };
  readonly chain_id: string;
  readonly height: string;
  readonly time: string;
  readonly last_block_id: BlockIdJson;
  readonly last_commit_hash: string;
  readonly data_hash: string;
  readonly validators_hash: string;
  readonly next_validators_hash: string;
  readonly consensus_hash: string;
  readonly app_hash: string;
  readonly last_results_hash: string;
  readonly evidence_hash: string;
  readonly proposer_address: string;
}

export interface CommitSigJson {
  /** 2 = BLOCK_ID_FLAG_COMMIT (a number: CosmJS rejects the string form). */
  readonly block_id_flag: number;
  readonly validator_address: string;
  readonly timestamp: string;
  readonly signature: string;
}

export interface CommitJson {
  readonly height: string;
  readonly round: number;
  readonly block_id: BlockIdJson;
  readonly signatures: readonly CommitSigJson[];
}

export interface BlockJson {
  readonly header: HeaderJson;
  readonly data: { readonly txs: readonly string[] };
  readonly evidence: { readonly evidence: readonly [] };
  readonly last_commit: CommitJson;
}

export interface EventJson {
  readonly type: string;
  readonly attributes: ReadonlyArray<{ readonly key: string; readonly value: string; readonly index: boolean }>;
}

export interface ExecTxResultJson {
  readonly code: number;
  readonly data: string;
  readonly log: string;
  readonly info: string;
  readonly gas_wanted: string;
  readonly gas_used: string;
  readonly events: readonly EventJson[];
  readonly codespace: string;
}

export interface BlockResultsJson {
  readonly height: string;
  readonly txs_results: readonly ExecTxResultJson[];
  readonly finalize_block_events: readonly EventJson[];
  readonly validator_updates: readonly ValidatorUpdateJson[];
  readonly consensus_param_updates: null;
  /** State root after this block, base64 (as CometBFT's block_results). */
  readonly app_hash: string;
}

/** One record of the block log. */
export interface StoredBlock {
  readonly block_id: BlockIdJson;
  readonly block: BlockJson;
  readonly results: BlockResultsJson;
}

export const BLOCK_PROTOCOL_VERSION = "11";
export const EMPTY_BLOCK_ID: BlockIdJson = { hash: "", parts: { total: 0, hash: "" } };

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex").toUpperCase();
}

export function fromHex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "hex"));
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** RFC 3339 UTC with trailing fractional zeros trimmed, as CometBFT formats times. */
export function formatTime(timeMs: number): string {
  const iso = new Date(timeMs).toISOString();
  return iso.replace(/\.?0+Z$/, "Z");
}

export function eventToJson(event: Event): EventJson {
  return { type: event.type, attributes: event.attributes.map(({ key, value, index }) => ({ key, value, index })) };
}

export function txResultToJson(result: TxResult): ExecTxResultJson {
  return {
    code: result.code,
    data: base64(result.data),
    log: result.log,
    info: "",
    gas_wanted: String(result.gasWanted),
    gas_used: String(result.gasUsed),
    events: result.events.map(eventToJson),
    codespace: result.codespace,
  };
}

const utf8 = new TextEncoder();

function int64Bytes(value: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, BigInt(value));
  return bytes;
}

function blockIdBytes(id: BlockIdJson): Uint8Array {
  return utf8.encode(`${id.hash}:${id.parts.total}:${id.parts.hash}`);
}

/**
 * The header hash: a simple Merkle root over every header field, each field encoded canonically.
 * Like CometBFT's, it commits to the app hash, results hash and the previous block id.
 */
export function hashHeader(header: HeaderJson): Uint8Array {
  return simpleMerkleRoot([
    utf8.encode(`${header.version.block}/${header.version.app}`),
    utf8.encode(header.chain_id),
    int64Bytes(Number(header.height)),
    utf8.encode(header.time),
    blockIdBytes(header.last_block_id),
    fromHex(header.last_commit_hash),
    fromHex(header.data_hash),
    fromHex(header.validators_hash),
    fromHex(header.next_validators_hash),
    fromHex(header.consensus_hash),
    fromHex(header.app_hash),
    fromHex(header.last_results_hash),
    fromHex(header.evidence_hash),
    fromHex(header.proposer_address),
  ]);
}

/** CometBFT's data hash: Merkle root over sha256 of each tx. */
export function hashTxs(txs: readonly Uint8Array[]): Uint8Array {
  return simpleMerkleRoot(txs.map((tx) => sha256(tx)));
}

/** Merkle root over the protobuf ExecTxResult of each tx, events included (stronger than CometBFT's). */
export function hashResults(results: readonly ExecTxResultJson[]): Uint8Array {
  return simpleMerkleRoot(
    results.map((result) =>
      ExecTxResult.encode(
        ExecTxResult.fromPartial({
          code: result.code,
          data: fromBase64(result.data),
          log: result.log,
          gasWanted: BigInt(result.gas_wanted),
          gasUsed: BigInt(result.gas_used),
          events: result.events.map((event) => ({ type: event.type, attributes: event.attributes.map((a) => ({ ...a })) })),
          codespace: result.codespace,
        }),
      ).finish(),
    ),
  );
}

export function hashCommit(commit: CommitJson): Uint8Array {
  return simpleMerkleRoot(commit.signatures.map((sig) => utf8.encode(`${sig.block_id_flag}:${sig.validator_address}:${sig.timestamp}:${sig.signature}`)));
}

/** The bytes a validator signs to commit a block: chain id, height, round and block id. */
export function commitSignBytes(chainId: string, height: number, blockId: BlockIdJson, timestamp: string): Uint8Array {
  return sha256(utf8.encode(JSON.stringify({ chain_id: chainId, height: String(height), round: 0, block_id: blockId, timestamp })));
}

export function blockIdFor(header: HeaderJson): BlockIdJson {
  const hash = hex(hashHeader(header));
  // One part per block: the part-set hash commits to the header hash.
  return { hash, parts: { total: 1, hash: hex(sha256(fromHex(hash))) } };
}

export function resultsToJson(height: number, execution: BlockExecution): BlockResultsJson {
  return {
    height: String(height),
    txs_results: execution.txResults.map(txResultToJson),
    finalize_block_events: execution.events.map(eventToJson),
    validator_updates: execution.validatorUpdates.map(validatorUpdateToJson),
    consensus_param_updates: null,
    app_hash: base64(execution.appHash),
  };
}
