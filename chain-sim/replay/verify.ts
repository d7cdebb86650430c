import { createPublicKey, verify as verifySignature, type KeyObject } from "node:crypto";
import { createApp } from "../app/createApp";
import { genesisTimeMs, validateGenesisDoc, type GenesisDoc } from "../app/genesis";
import { preverifySignatures } from "../app/preverify";
import { VerifierPool } from "../crypto/verifierPool";
import {
  base64,
  blockIdFor,
  BLOCK_PROTOCOL_VERSION,
  commitSignBytes,
  EMPTY_BLOCK_ID,
  formatTime,
  fromBase64,
  hashCommit,
  hashResults,
  hashTxs,
  hex,
  resultsToJson,
  type BlockIdJson,
  type BlockResultsJson,
  type EventJson,
  type ExecTxResultJson,
  type StoredBlock,
} from "../node/blocks";
import { assertGenesisValidators } from "../node/node";
import { validatorUpdateFromJson, ValidatorSetHistory } from "../node/validatorSet";
import { sha256, simpleMerkleRoot } from "../store/merkle";

export interface ReplayOptions {
  /** Worker threads verifying the signatures of block h+1 while block h executes (0 = main thread). Default 1, as the node. */
  readonly verifierThreads?: number;
  /** Called after each verified block (progress reporting). */
  readonly onBlock?: (height: number, txs: number) => void;
  /** Most difference lines reported for the divergent block (default 20). */
  readonly maxDifferences?: number;
}

export interface ReplayStats {
  /** First and last height replayed (lastHeight = firstHeight - 1 if none was). */
  readonly firstHeight: number;
  readonly lastHeight: number;
  readonly blocks: number;
  readonly txs: number;
  /** Uppercase hex app hash after the last verified block. */
  readonly appHash: string;
  readonly seconds: number;
  readonly blocksPerSec: number;
  readonly txsPerSec: number;
}

export interface Divergence {
  readonly height: number;
  /** What differs, one line each (which hash; which tx index and field; which event). */
  readonly differences: readonly string[];
}

/** Blocks before `divergence.height` verified; stats cover them. */
export type ReplayResult = ({ readonly ok: true } & ReplayStats) | ({ readonly ok: false; readonly divergence: Divergence } & ReplayStats);

/** A block stream that cannot be replayed at all (wrong genesis, wrong start height...): not a divergence. */
export class ReplayInputError extends Error {}

const utf8 = new TextEncoder();
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const EVIDENCE_HASH = hex(simpleMerkleRoot([]));

function show(value: unknown): string {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

function hexOfBase64(text: unknown): string {
  return typeof text === "string" ? hex(fromBase64(text)) : show(text);
}

function sameBlockId(a: BlockIdJson | undefined, b: BlockIdJson): boolean {
  return a !== undefined && a.hash === b.hash && a.parts?.total === b.parts.total && a.parts?.hash === b.parts.hash;
}

function describeBlockId(id: BlockIdJson | undefined): string {
  return id ? `${id.hash || '""'} (parts ${id.parts?.total}:${id.parts?.hash || '""'})` : "nothing";
}

/** The first event of two lists that differs, described; or undefined. */
function compareEvents(where: string, file: readonly EventJson[] | undefined, ours: readonly EventJson[], out: string[]): void {
  const theirs = Array.isArray(file) ? file : [];
  if (!Array.isArray(file)) out.push(`${where} events: the file has ${show(file)}, replay gives ${ours.length} events`);
  else if (theirs.length !== ours.length) out.push(`${where} events: the file has ${theirs.length}, replay gives ${ours.length}`);
  for (let i = 0; i < Math.max(theirs.length, ours.length); i++) {
    const a = theirs[i];
    const b = ours[i];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a === undefined || b === undefined) {
      out.push(`${where} event ${i}: the file has ${a ? `"${a.type}"` : "no event"}, replay gives ${b ? `"${b.type}"` : "no event"}`);
      return;
    }
    if (a.type !== b.type) {
      out.push(`${where} event ${i} type: the file has ${show(a.type)}, replay gives ${show(b.type)}`);
      return;
    }
    const attrsA = Array.isArray(a.attributes) ? a.attributes : [];
    for (let j = 0; j < Math.max(attrsA.length, b.attributes.length); j++) {
      const x = attrsA[j];
      const y = b.attributes[j];
      if (JSON.stringify(x) === JSON.stringify(y)) continue;
      out.push(`${where} event ${i} ("${b.type}") attribute ${j}: the file has ${show(x)}, replay gives ${show(y)}`);
      return;
    }
    out.push(`${where} event ${i} ("${b.type}"): the file's encoding differs from the replay's`);
    return;
  }
}

const TX_FIELDS = ["code", "codespace", "log", "info", "gas_wanted", "gas_used", "data"] as const;

function compareResults(file: BlockResultsJson, ours: BlockResultsJson, out: string[]): void {
  if (JSON.stringify(file) === JSON.stringify(ours)) return;
  const before = out.length;
  if (file.height !== ours.height) out.push(`results.height: the file has ${show(file.height)}, expected ${show(ours.height)}`);
  if (file.app_hash !== ours.app_hash) out.push(`results.app_hash (the state after the block): the file has ${hexOfBase64(file.app_hash)}, replay gives ${hexOfBase64(ours.app_hash)}`);
  const fileTxs = Array.isArray(file.txs_results) ? file.txs_results : [];
  if (fileTxs.length !== ours.txs_results.length) out.push(`results.txs_results: the file has ${fileTxs.length} results, replay gives ${ours.txs_results.length}`);
  ours.txs_results.forEach((result: ExecTxResultJson, index) => {
    const theirs = fileTxs[index] as ExecTxResultJson | undefined;
    if (!theirs || JSON.stringify(theirs) === JSON.stringify(result)) return;
    for (const field of TX_FIELDS) {
      if (theirs[field] !== result[field]) out.push(`tx ${index} ${field}: the file has ${show(theirs[field])}, replay gives ${show(result[field])}`);
    }
    compareEvents(`tx ${index}`, theirs.events, result.events, out);
  });
  compareEvents("finalize_block", file.finalize_block_events, ours.finalize_block_events, out);
  if (JSON.stringify(file.validator_updates) !== JSON.stringify(ours.validator_updates)) {
    out.push(`results.validator_updates: the file has ${show(file.validator_updates)}, replay gives ${show(ours.validator_updates)}`);
  }
  if (file.consensus_param_updates !== null) out.push(`results.consensus_param_updates: the file has ${show(file.consensus_param_updates)}, expected null`);
  if (out.length === before) out.push("results: the file's encoding differs from the replay's (key order or extra fields)");
}

function ed25519Key(pubKeyBase64: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(pubKeyBase64, "base64")]), format: "der", type: "spki" });
}

interface Previous {
  readonly stored: StoredBlock;
  readonly resultsHash: string;
  readonly timeMs: number;
}

/**
 * Re-executes blocks on a fresh state machine built from `genesis` (createApp + initChain) and
 * verifies each one against what it records; stops at the first block that differs. The blocks
 * must start at the genesis's initial_height. Throws ReplayInputError when they cannot be replayed
 * at all, and passes on errors of the block source (e.g. a malformed line).
 */
export async function replayBlocks(
  genesis: GenesisDoc,
  blocks: Iterable<StoredBlock> | AsyncIterable<StoredBlock>,
  options: ReplayOptions = {},
): Promise<ReplayResult> {
  try {
    validateGenesisDoc(genesis);
  } catch (error) {
    throw new ReplayInputError(error instanceof Error ? error.message : String(error));
  }
  const initialHeight = Number(genesis.initial_height);
  const app = createApp(genesis.chain_id);
  try {
    const { validators } = app.initChain(genesis, genesisTimeMs(genesis));
    assertGenesisValidators(genesis, validators);
  } catch (error) {
    throw new ReplayInputError(`cannot start from this genesis: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sets = new ValidatorSetHistory(genesis.validators, initialHeight);
  const consensusHash = hex(sha256(utf8.encode(JSON.stringify(genesis.consensus_params))));
  const maxDifferences = options.maxDifferences ?? 20;
  const keys = new Map<string, KeyObject>();
  const pool = new VerifierPool(options.verifierThreads ?? 1);
  const iterator: Iterator<StoredBlock> | AsyncIterator<StoredBlock> =
    Symbol.asyncIterator in blocks ? (blocks as AsyncIterable<StoredBlock>)[Symbol.asyncIterator]() : (blocks as Iterable<StoredBlock>)[Symbol.iterator]();
  const next = async (): Promise<StoredBlock | undefined> => {
    const result = await iterator.next();
    return result.done ? undefined : result.value;
  };
  const txsOf = (block: StoredBlock | undefined): Uint8Array[] => (block ? block.block.data.txs.map(fromBase64) : []);

  let blockCount = 0;
  let txCount = 0;
  const started = performance.now();
  const stats = (): ReplayStats => {
    const seconds = (performance.now() - started) / 1000;
    return {
      firstHeight: initialHeight,
      lastHeight: initialHeight + blockCount - 1,
      blocks: blockCount,
      txs: txCount,
      appHash: hex(app.lastInfo.appHash),
      seconds,
      blocksPerSec: seconds > 0 ? blockCount / seconds : 0,
      txsPerSec: seconds > 0 ? txCount / seconds : 0,
    };
  };

  try {
    let current = await next();
    if (!current) throw new ReplayInputError("there are no blocks to replay");
    if (current.block.header.height !== String(initialHeight)) {
      throw new ReplayInputError(
        `the blocks start at height ${current.block.header.height} but the genesis starts the chain at ${initialHeight}: replay from the chain's genesis, or from a state exported at height ${Number(current.block.header.height) - 1} (printchain export --height ${Number(current.block.header.height) - 1})`,
      );
    }
    let currentTxs = txsOf(current);
    let verifying = preverifySignatures(app, pool, currentTxs);
    let previous: Previous | undefined;
    while (current) {
      const height = initialHeight + blockCount;
      await verifying;
      const following = await next();
      const followingTxs = txsOf(following);
      verifying = preverifySignatures(app, pool, followingTxs);
      let differences: string[];
      try {
        differences = verifyHeader(current, height, previous);
      } catch (error) {
        differences = [`malformed block: ${error instanceof Error ? error.message : String(error)}`];
      }
      let results: BlockResultsJson | undefined;
      try {
        const header = current.block.header;
        const execution = app.finalizeBlock({ chainId: genesis.chain_id, height, timeMs: Date.parse(header.time), proposer: header.proposer_address }, currentTxs);
        results = resultsToJson(height, execution);
      } catch (error) {
        differences.push(`execution failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (results) compareResults(current.results, results, differences);
      if (differences.length > 0) {
        await verifying.catch(() => undefined);
        const shown = differences.length > maxDifferences ? [...differences.slice(0, maxDifferences), `... and ${differences.length - maxDifferences} more`] : differences;
        return { ok: false, divergence: { height, differences: shown }, ...stats() };
      }
      sets.apply(height, results!.validator_updates.map(validatorUpdateFromJson));
      previous = { stored: current, resultsHash: hex(hashResults(results!.txs_results)), timeMs: Date.parse(current.block.header.time) };
      blockCount++;
      txCount += currentTxs.length;
      options.onBlock?.(height, currentTxs.length);
      current = following;
      currentTxs = followingTxs;
    }
    await verifying;
    return { ok: true, ...stats() };
  } finally {
    await iterator.return?.();
    await pool.close();
  }

  /** Every check of a block that does not need its execution. */
  function verifyHeader(stored: StoredBlock, height: number, previous: Previous | undefined): string[] {
    const out: string[] = [];
    const { header, data, last_commit: lastCommit } = stored.block;
    const check = (field: string, actual: unknown, expected: unknown, why: string): void => {
      if (actual !== expected) out.push(`header.${field}: the file has ${show(actual)}, ${why} ${show(expected)}`);
    };
    check("height", header.height, String(height), "expected");
    check("chain_id", header.chain_id, genesis.chain_id, "the genesis has");
    check("version.block", header.version?.block, BLOCK_PROTOCOL_VERSION, "expected");
    const expectedId = blockIdFor(header);
    if (!sameBlockId(stored.block_id, expectedId)) out.push(`block_id: the file has ${describeBlockId(stored.block_id)}, the header hashes to ${describeBlockId(expectedId)}`);
    // The txs as bytes: data_hash commits to them; non-canonical base64 would decode to the same bytes.
    data.txs.forEach((tx, index) => {
      if (base64(fromBase64(tx)) !== tx) out.push(`tx ${index}: not canonical base64`);
    });
    check("data_hash", header.data_hash, hex(hashTxs(data.txs.map(fromBase64))), "the txs hash to");
    check("app_hash (the state before the block)", header.app_hash, hex(app.lastInfo.appHash), "the replayed state is");
    check("validators_hash", header.validators_hash, sets.hash(height), "the validator set is");
    check("next_validators_hash", header.next_validators_hash, sets.hash(height + 1), "the next validator set is");
    check("consensus_hash", header.consensus_hash, consensusHash, "the genesis consensus params hash to");
    check("evidence_hash", header.evidence_hash, EVIDENCE_HASH, "expected");
    if (!Array.isArray(stored.block.evidence?.evidence) || stored.block.evidence.evidence.length !== 0) out.push(`block.evidence: the file has ${show(stored.block.evidence)}, expected none`);
    if (!sets.at(height).some((member) => member.address === header.proposer_address)) out.push(`header.proposer_address: ${show(header.proposer_address)} is not in the validator set at height ${height}`);
    const timeMs = Date.parse(header.time);
    if (Number.isNaN(timeMs) || formatTime(timeMs) !== header.time) out.push(`header.time: ${show(header.time)} is not a canonical RFC 3339 UTC time`);
    check("last_commit_hash", header.last_commit_hash, lastCommit ? hex(hashCommit(lastCommit)) : undefined, "the last commit hashes to");
    if (previous) {
      if (!sameBlockId(header.last_block_id, previous.stored.block_id)) out.push(`header.last_block_id: the file has ${describeBlockId(header.last_block_id)}, block ${height - 1} is ${describeBlockId(previous.stored.block_id)}`);
      check("last_results_hash", header.last_results_hash, previous.resultsHash, `block ${height - 1}'s results hash to`);
      if (!(timeMs > previous.timeMs)) out.push(`header.time: ${show(header.time)} is not after block ${height - 1}'s ${show(previous.stored.block.header.time)}`);
      if (lastCommit) verifyCommit(lastCommit, height - 1, previous, out);
    } else {
      // The chain's first block: its time is the genesis time (as the node makes it).
      check("time", header.time, formatTime(genesisTimeMs(genesis)), "the genesis time is");
      if (height === 1) {
        // A chain from height 1 has no previous block; one from an exported state had one this genesis does not record.
        if (!sameBlockId(header.last_block_id, EMPTY_BLOCK_ID)) out.push(`header.last_block_id: the file has ${describeBlockId(header.last_block_id)}, the first block has none`);
        check("last_results_hash", header.last_results_hash, hex(hashResults([])), "the first block has");
        if (lastCommit && (lastCommit.signatures?.length ?? 0) !== 0) out.push("last_commit: the first block has signatures for a previous block");
      }
    }
    return out;
  }

  /**
   * The previous block's commit: for its block id, every signature valid and from its validator
   * set, the proposer's among them. The devnet has one block producer and accounted validators
   * that never sign, so CometBFT's "more than 2/3 of the power signed" cannot hold there.
   */
  function verifyCommit(commit: StoredBlock["block"]["last_commit"], height: number, previous: Previous, out: string[]): void {
    if (commit.height !== String(height)) out.push(`last_commit.height: the file has ${show(commit.height)}, expected ${show(String(height))}`);
    if (!sameBlockId(commit.block_id, previous.stored.block_id)) out.push(`last_commit.block_id: the file has ${describeBlockId(commit.block_id)}, block ${height} is ${describeBlockId(previous.stored.block_id)}`);
    const set = sets.at(height);
    const seen = new Set<string>();
    for (const [index, sig] of (commit.signatures ?? []).entries()) {
      const member = set.find((candidate) => candidate.address === sig.validator_address);
      if (!member) {
        out.push(`last_commit signature ${index}: ${show(sig.validator_address)} is not in the validator set at height ${height}`);
        continue;
      }
      let key = keys.get(member.pubKey);
      if (!key) keys.set(member.pubKey, (key = ed25519Key(member.pubKey)));
      const message = commitSignBytes(genesis.chain_id, height, previous.stored.block_id, sig.timestamp);
      if (!verifySignature(null, message, key, Buffer.from(sig.signature ?? "", "base64"))) {
        out.push(`last_commit signature ${index} (validator ${member.address}): invalid signature of block ${height}`);
        continue;
      }
      seen.add(member.address);
    }
    const proposer = previous.stored.block.header.proposer_address;
    if (!seen.has(proposer)) out.push(`last_commit: block ${height}'s proposer ${proposer} did not sign it`);
  }
}

/** The lines `printchain replay` prints for a result. */
export function describeResult(result: ReplayResult, chainId: string): string[] {
  const rate = `${result.blocksPerSec.toFixed(1)} blocks/s, ${result.txsPerSec.toFixed(1)} txs/s (${result.blocks} blocks, ${result.txs} txs in ${result.seconds.toFixed(2)} s)`;
  if (result.ok) {
    return [`replay of ${chainId} blocks ${result.firstHeight}..${result.lastHeight}: every block verified`, `final height ${result.lastHeight}, app hash ${result.appHash}`, rate];
  }
  return [
    `replay of ${chainId} diverges at height ${result.divergence.height}` + (result.blocks > 0 ? ` (blocks ${result.firstHeight}..${result.lastHeight} verified, app hash ${result.appHash})` : ""),
    ...result.divergence.differences.map((line) => `  ${line}`),
  ];
}
