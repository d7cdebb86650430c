import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { join } from "node:path";
import type { Entry } from "./kvStore";

export interface SnapshotHeader {
  height: number;
  appHash: Uint8Array;
  entryCount: number;
}

/**
 * File layout (integers big-endian):
 *   "PCSNAP1\n" ‖ height u64 ‖ appHash length u32 ‖ appHash ‖ entryCount u64
 *   ‖ entryCount × (key length u32 ‖ key utf8 ‖ value length u32 ‖ value)
 *   ‖ sha256 of everything before it.
 */
const MAGIC = Buffer.from("PCSNAP1\n", "latin1");
const TRAILER_LENGTH = 32;
const CHUNK_SIZE = 1 << 20;
const FILE_PATTERN = /^snapshot-(\d{12})\.bin$/;
const TMP_PATTERN = /^snapshot-\d{12}\.bin\.tmp$/;
const MAX_HEIGHT = 1e12 - 1;

function snapshotName(height: number): string {
  return `snapshot-${String(height).padStart(12, "0")}.bin`;
}

function writeUint64(target: Buffer, offset: number, value: number): number {
  target.writeUInt32BE(Math.floor(value / 0x1_0000_0000), offset);
  target.writeUInt32BE(value >>> 0, offset + 4);
  return offset + 8;
}

function readUint64(source: Buffer, offset: number): number {
  const value = source.readUInt32BE(offset) * 0x1_0000_0000 + source.readUInt32BE(offset + 4);
  if (!Number.isSafeInteger(value)) throw new Error("snapshot: integer out of range");
  return value;
}

/** Accumulates records in 1 MiB chunks; values of half a chunk or more are kept by reference, not copied. */
class ChunkWriter {
  readonly chunks: Uint8Array[] = [];
  private current = Buffer.allocUnsafeSlow(CHUNK_SIZE);
  private offset = 0;

  writeRecord(key: string, value: Uint8Array): void {
    const keyLength = Buffer.byteLength(key, "utf8");
    this.reserve(4 + keyLength + 4);
    const current = this.current;
    current.writeUInt32BE(keyLength, this.offset);
    current.write(key, this.offset + 4, keyLength, "utf8");
    current.writeUInt32BE(value.length, this.offset + 4 + keyLength);
    this.offset += 8 + keyLength;
    if (value.length >= CHUNK_SIZE / 2) {
      this.flush();
      this.chunks.push(value);
      return;
    }
    this.reserve(value.length);
    this.current.set(value, this.offset);
    this.offset += value.length;
  }

  finish(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }

  private reserve(length: number): void {
    if (this.offset + length <= this.current.length) return;
    this.flush();
    this.current = Buffer.allocUnsafeSlow(Math.max(CHUNK_SIZE, length));
  }

  private flush(): void {
    if (this.offset > 0) this.chunks.push(this.current.subarray(0, this.offset));
    this.current = this.current.subarray(this.offset);
    this.offset = 0;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes <dir>/snapshot-<height, 12 digits>.bin atomically (tmp file, fsync, rename, fsync dir)
 * and returns its path. Then keeps only the newest `keep` snapshots; snapshots above `height`
 * are deleted as well, because they belong to a history the block log no longer has.
 */
export function writeSnapshot(dir: string, height: number, appHash: Uint8Array, entries: Iterable<Entry>, keep = 3): string {
  if (!Number.isSafeInteger(height) || height < 0 || height > MAX_HEIGHT) throw new Error(`snapshot: bad height ${height}`);
  if (!Number.isSafeInteger(keep) || keep < 1) throw new Error(`snapshot: keep must be a positive integer, got ${keep}`);
  fs.mkdirSync(dir, { recursive: true });

  const records = new ChunkWriter();
  let entryCount = 0;
  for (const [key, value] of entries) {
    records.writeRecord(key, value);
    entryCount++;
  }
  const header = Buffer.alloc(MAGIC.length + 8 + 4 + appHash.length + 8);
  MAGIC.copy(header, 0);
  let offset = writeUint64(header, MAGIC.length, height);
  offset = header.writeUInt32BE(appHash.length, offset);
  header.set(appHash, offset);
  writeUint64(header, offset + appHash.length, entryCount);
  const chunks = records.finish();
  const hasher = createHash("sha256").update(header);
  for (const chunk of chunks) hasher.update(chunk);
  const trailer = hasher.digest();

  const path = join(dir, snapshotName(height));
  const tmp = `${path}.tmp`;
  const fd = fs.openSync(tmp, "w");
  try {
    writeAll(fd, header);
    for (const chunk of chunks) writeAll(fd, chunk);
    writeAll(fd, trailer);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path);
  fsyncDir(dir);

  const names = fs.readdirSync(dir);
  const older = names
    .filter((name) => FILE_PATTERN.test(name) && Number(name.slice(9, 21)) <= height)
    .sort()
    .reverse();
  for (const name of names) {
    const newer = FILE_PATTERN.test(name) && Number(name.slice(9, 21)) > height;
    if (newer || TMP_PATTERN.test(name)) fs.rmSync(join(dir, name), { force: true });
  }
  for (const name of older.slice(keep)) fs.rmSync(join(dir, name), { force: true });
  return path;
}

/** Reads and verifies one snapshot file; throws if it is truncated, corrupt or not a snapshot. */
export function readSnapshot(path: string): { header: SnapshotHeader; entries: Entry[] } {
  const file = fs.readFileSync(path);
  const fail = (why: string): never => {
    throw new Error(`snapshot ${path}: ${why}`);
  };
  if (file.length < MAGIC.length + 8 + 4 + 8 + TRAILER_LENGTH) fail("truncated");
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) fail("bad magic");
  const bodyEnd = file.length - TRAILER_LENGTH;
  const expected = createHash("sha256").update(file.subarray(0, bodyEnd)).digest();
  if (!expected.equals(file.subarray(bodyEnd))) fail("checksum mismatch (truncated or corrupt)");

  let offset = MAGIC.length;
  const need = (length: number): void => {
    if (offset + length > bodyEnd) fail("record runs past the end");
  };
  const height = readUint64(file, offset);
  offset += 8;
  need(4);
  const hashLength = file.readUInt32BE(offset);
  offset += 4;
  need(hashLength + 8);
  const appHash = new Uint8Array(file.subarray(offset, offset + hashLength));
  offset += hashLength;
  const entryCount = readUint64(file, offset);
  offset += 8;

  const entries: Entry[] = [];
  for (let i = 0; i < entryCount; i++) {
    need(4);
    const keyLength = file.readUInt32BE(offset);
    offset += 4;
    need(keyLength + 4);
    const key = file.toString("utf8", offset, offset + keyLength);
    offset += keyLength;
    const valueLength = file.readUInt32BE(offset);
    offset += 4;
    need(valueLength);
    // Copied so that no value pins the whole file buffer in memory.
    entries.push([key, new Uint8Array(file.subarray(offset, offset + valueLength))]);
    offset += valueLength;
  }
  if (offset !== bodyEnd) fail("trailing bytes after the last record");
  return { header: { height, appHash, entryCount }, entries };
}

/**
 * The newest snapshot in dir that reads back intact (corrupt or truncated ones are skipped), or
 * undefined. maxHeight, if given, skips snapshots above it (e.g. above the block log's height).
 */
export function readLatestSnapshot(dir: string, maxHeight = Number.MAX_SAFE_INTEGER): { header: SnapshotHeader; entries: Entry[] } | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const candidates = names
    .filter((name) => FILE_PATTERN.test(name) && Number(name.slice(9, 21)) <= maxHeight)
    .sort()
    .reverse();
  for (const name of candidates) {
    try {
      const snapshot = readSnapshot(join(dir, name));
      if (snapshot.header.height === Number(name.slice(9, 21))) return snapshot;
    } catch {
      // Skip it: an older snapshot plus a longer replay still restores the state.
    }
  }
  return undefined;
}
