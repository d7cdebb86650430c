import * as fs from "node:fs";
import type { GenesisDoc } from "../app/genesis";
import { hex, type StoredBlock } from "../node/blocks";
import { sha256 } from "../store/merkle";

/**
 * A block file (NDJSON, one JSON value per "\n"-terminated line):
 *   line 1: a BlockFileHeader
 *   line 2..: one StoredBlock per line (exactly the block log's record), heights
 *             from_height, from_height + 1, ..., to_height.
 * See chain-sim/replay/README.md.
 */
export const BLOCK_FILE_FORMAT = "printchain-blocks/1";

export interface BlockFileHeader {
  readonly format: string;
  readonly chain_id: string;
  /** Uppercase hex of sha256(JSON.stringify(genesis)) of the genesis the blocks start from. */
  readonly genesis_sha256: string;
  readonly from_height: number;
  readonly to_height: number;
}

/** Uppercase hex sha256 of JSON.stringify(genesis): how a block file names its genesis. */
export function genesisSha256(genesis: GenesisDoc): string {
  return hex(sha256(Buffer.from(JSON.stringify(genesis), "utf8")));
}

const WRITE_CHUNK = 1 << 20;
const READ_CHUNK = 1 << 20;

/** Buffered synchronous writer (bounded memory). */
class LineWriter {
  private chunks: Buffer[] = [];
  private pending = 0;
  constructor(private readonly fd: number) {}

  line(text: string): void {
    const bytes = Buffer.from(`${text}\n`, "utf8");
    this.chunks.push(bytes);
    this.pending += bytes.length;
    if (this.pending >= WRITE_CHUNK) this.flush();
  }

  flush(): void {
    if (this.pending === 0) return;
    const data = Buffer.concat(this.chunks, this.pending);
    let done = 0;
    while (done < data.length) done += fs.writeSync(this.fd, data, done, data.length - done);
    this.chunks = [];
    this.pending = 0;
  }
}

/** Copies file `from` to the end of fd (chunked). */
function appendFile(fd: number, from: string): void {
  const source = fs.openSync(from, "r");
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    for (;;) {
      const read = fs.readSync(source, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let done = 0;
      while (done < read) done += fs.writeSync(fd, buffer, done, read - done);
    }
  } finally {
    fs.closeSync(source);
  }
}

/**
 * Streams NDJSON to `path`: the header line, then one StoredBlock (chain-sim/node/blocks.ts,
 * exactly the block log's record: block_id, block, results) per line, in height order.
 * Blocks must be consecutive heights of `genesis`'s chain (at least one). The blocks are streamed
 * to a temporary file first (the header needs the height range), then the file is assembled and
 * renamed into place, so a failed export leaves no partial file at `path`.
 */
export function writeBlockFile(path: string, genesis: GenesisDoc, blocks: Iterable<StoredBlock>): BlockFileHeader {
  const body = `${path}.body.tmp`;
  const assembled = `${path}.tmp`;
  let from = 0;
  let to = 0;
  try {
    const fd = fs.openSync(body, "w");
    try {
      const writer = new LineWriter(fd);
      for (const block of blocks) {
        const height = Number(block.block.header.height);
        if (block.block.header.chain_id !== genesis.chain_id) {
          throw new Error(`block ${height} is for chain ${block.block.header.chain_id}, the genesis is ${genesis.chain_id}`);
        }
        if (from === 0) from = height;
        else if (height !== to + 1) throw new Error(`blocks must be consecutive: block ${height} follows ${to}`);
        to = height;
        writer.line(JSON.stringify(block));
      }
      writer.flush();
    } finally {
      fs.closeSync(fd);
    }
    if (from === 0) throw new Error("no blocks to write");
    const header: BlockFileHeader = { format: BLOCK_FILE_FORMAT, chain_id: genesis.chain_id, genesis_sha256: genesisSha256(genesis), from_height: from, to_height: to };
    const out = fs.openSync(assembled, "w");
    try {
      const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, "utf8");
      let done = 0;
      while (done < headerLine.length) done += fs.writeSync(out, headerLine, done, headerLine.length - done);
      appendFile(out, body);
      fs.fsyncSync(out);
    } finally {
      fs.closeSync(out);
    }
    fs.renameSync(assembled, path);
    return header;
  } finally {
    fs.rmSync(body, { force: true });
    fs.rmSync(assembled, { force: true });
  }
}

/** Lines of a file, read in chunks; yields [1-based line number, text]. A final line without "\n" is yielded too. */
function* readLines(path: string): Generator<[number, string]> {
  const fd = fs.openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    let carry: Buffer[] = [];
    let lineNumber = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      let start = 0;
      for (;;) {
        const newline = buffer.indexOf(10, start);
        if (newline === -1 || newline >= read) break;
        const piece = buffer.subarray(start, newline);
        const text = carry.length > 0 ? Buffer.concat([...carry, piece]).toString("utf8") : piece.toString("utf8");
        carry = [];
        yield [++lineNumber, text];
        start = newline + 1;
      }
      if (start < read) carry.push(Buffer.from(buffer.subarray(start, read)));
    }
    if (carry.length > 0) yield [++lineNumber, Buffer.concat(carry).toString("utf8")];
  } finally {
    fs.closeSync(fd);
  }
}

const HEX = /^[0-9A-F]*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseHeader(text: string | undefined, path: string): BlockFileHeader {
  if (text === undefined || text.trim() === "") throw new Error(`${path}: empty block file (line 1 must be a ${BLOCK_FILE_FORMAT} header)`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${path}: line 1 is not JSON (expected a ${BLOCK_FILE_FORMAT} header)`);
  }
  if (!isObject(value)) throw new Error(`${path}: line 1 is not a block file header`);
  if (value.format !== BLOCK_FILE_FORMAT) {
    throw new Error(`${path}: line 1: unsupported format ${JSON.stringify(value.format)} (expected ${JSON.stringify(BLOCK_FILE_FORMAT)})`);
  }
  if (typeof value.chain_id !== "string" || value.chain_id === "") throw new Error(`${path}: line 1: header has no chain_id`);
  if (typeof value.genesis_sha256 !== "string" || !/^[0-9A-F]{64}$/.test(value.genesis_sha256)) {
    throw new Error(`${path}: line 1: header genesis_sha256 must be 64 uppercase hex digits`);
  }
  const from = value.from_height;
  const to = value.to_height;
  if (typeof from !== "number" || !Number.isSafeInteger(from) || from < 1) throw new Error(`${path}: line 1: header from_height must be a positive integer`);
  if (typeof to !== "number" || !Number.isSafeInteger(to) || to < from) throw new Error(`${path}: line 1: header to_height must be an integer ≥ from_height`);
  return { format: value.format, chain_id: value.chain_id, genesis_sha256: value.genesis_sha256, from_height: from, to_height: to };
}

/** Checks a record has the StoredBlock shape the replay reads; returns a description of what is wrong, or undefined. */
function shapeError(value: unknown): string | undefined {
  if (!isObject(value)) return "not a JSON object";
  const { block_id: blockId, block, results } = value;
  if (!isObject(blockId) || typeof blockId.hash !== "string" || !isObject(blockId.parts)) return "no block_id";
  if (!isObject(block) || !isObject(block.header)) return "no block.header";
  const header = block.header;
  for (const field of ["chain_id", "height", "time", "data_hash", "app_hash", "last_results_hash", "proposer_address"]) {
    if (typeof header[field] !== "string") return `block.header.${field} is not a string`;
  }
  for (const field of ["last_commit_hash", "data_hash", "validators_hash", "next_validators_hash", "consensus_hash", "app_hash", "last_results_hash", "evidence_hash", "proposer_address"]) {
    if (typeof header[field] !== "string" || !HEX.test(header[field] as string)) return `block.header.${field} is not uppercase hex`;
  }
  if (!isObject(header.version) || !isObject(header.last_block_id) || !isObject(header.last_block_id.parts)) return "block.header is incomplete";
  if (!isObject(block.data) || !Array.isArray(block.data.txs) || !block.data.txs.every((tx) => typeof tx === "string")) return "block.data.txs is not a list of base64 strings";
  if (!isObject(results)) return "no results";
  if (!Array.isArray(results.txs_results)) return "results.txs_results is not a list";
  if (!Array.isArray(results.finalize_block_events)) return "results.finalize_block_events is not a list";
  if (!Array.isArray(results.validator_updates)) return "results.validator_updates is not a list";
  if (typeof results.app_hash !== "string") return "results.app_hash is not a string";
  return undefined;
}

/**
 * Reads it back lazily (bounded memory): the header, then the blocks; malformed lines throw an
 * Error naming the line number. Also checked per line: the record's height is the next in
 * from_height..to_height and its chain id is the header's; the file must end at to_height.
 */
export function readBlockFile(path: string): { header: BlockFileHeader; blocks: IterableIterator<StoredBlock> } {
  if (!fs.existsSync(path)) throw new Error(`${path}: no such block file`);
  const lines = readLines(path);
  const first = lines.next();
  let header: BlockFileHeader;
  try {
    header = parseHeader(first.done ? undefined : first.value[1], path);
  } catch (error) {
    lines.return(undefined);
    throw error;
  }
  function* blocks(): Generator<StoredBlock> {
    let expected = header.from_height;
    let lastLine = 1;
    for (const [lineNumber, text] of lines) {
      lastLine = lineNumber;
      if (text.trim() === "") {
        throw new Error(`${path}: line ${lineNumber}: empty line (expected the block at height ${expected})`);
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new Error(`${path}: line ${lineNumber}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      }
      const problem = shapeError(value);
      if (problem) throw new Error(`${path}: line ${lineNumber}: not a block record: ${problem}`);
      const block = value as StoredBlock;
      const height = block.block.header.height;
      if (expected > header.to_height) throw new Error(`${path}: line ${lineNumber}: block at height ${height} after the header's to_height ${header.to_height}`);
      if (height !== String(expected)) {
        throw new Error(`${path}: line ${lineNumber}: expected the block at height ${expected}, found height ${JSON.stringify(height)} (a missing or out-of-order block)`);
      }
      if (block.block.header.chain_id !== header.chain_id) {
        throw new Error(`${path}: line ${lineNumber}: block ${height} is for chain ${JSON.stringify(block.block.header.chain_id)}, the file's is ${JSON.stringify(header.chain_id)}`);
      }
      expected++;
      yield block;
    }
    if (expected <= header.to_height) {
      throw new Error(`${path}: ends after line ${lastLine} at height ${expected - 1}; the header says to_height ${header.to_height} (block ${expected} is missing)`);
    }
  }
  return { header, blocks: blocks() };
}
