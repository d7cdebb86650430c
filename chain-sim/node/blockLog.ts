import * as fs from "node:fs";
import { dirname } from "node:path";
import { crc32 } from "node:zlib";

/**
 * File layout: "PCBLOG1\n", then records of
 *   length u32 BE ‖ crc32(length field ‖ payload) u32 BE ‖ payload.
 */
const MAGIC = Buffer.from("PCBLOG1\n", "latin1");
const RECORD_HEADER = 8;
const MAX_RECORD = 0xffff_ffff;
const SCAN_CHUNK = 1 << 20;

function recordChecksum(record: Uint8Array, lengthField: Uint8Array): number {
  return crc32(record, crc32(lengthField));
}

function readFull(fd: number, target: Uint8Array, length: number, position: number): number {
  let done = 0;
  while (done < length) {
    const read = fs.readSync(fd, target, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done;
}

function writeFull(fd: number, data: Uint8Array, position: number): void {
  let done = 0;
  while (done < data.length) done += fs.writeSync(fd, data, done, data.length - done, position + done);
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
 * An append-only log of block records; record i (1-based) is the block at height i. Every
 * append is fsynced before it returns (one fsync per block), so a record that append()
 * returned for survives a crash; a record torn by a crash mid-append is cut off by open().
 */
export class BlockLog {
  /** File offset of each record's header; offsets[i - 1] is record i. */
  private readonly offsets: number[];
  private end: number;
  private fd: number | undefined;
  private readonly header = Buffer.alloc(RECORD_HEADER);

  private constructor(
    fd: number,
    offsets: number[],
    end: number,
    /** Bytes of torn or corrupt tail that open() cut off (0 if the log was clean). */
    readonly repairedBytes: number,
    /** Opened by openReadOnly(): append and truncate throw. */
    readonly readOnly = false,
  ) {
    this.fd = fd;
    this.offsets = offsets;
    this.end = end;
  }

  /**
   * Opens (creating if missing) the log at path and scans it. The first record that is
   * incomplete or fails its checksum, and everything after it, is cut off: a crash during
   * append can only tear the last record, and records after a bad one cannot be located.
   */
  static open(path: string): BlockLog {
    fs.mkdirSync(dirname(path), { recursive: true });
    const fd = fs.openSync(path, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
    try {
      const size = fs.fstatSync(fd).size;
      if (size < MAGIC.length) {
        const head = Buffer.alloc(size);
        readFull(fd, head, size, 0);
        if (!head.equals(MAGIC.subarray(0, size))) throw new Error(`${path} is not a block log (bad magic)`);
        // New file, or one torn while its magic was being written.
        writeFull(fd, MAGIC, 0);
        fs.fdatasyncSync(fd);
        fsyncDir(dirname(path));
        return new BlockLog(fd, [], MAGIC.length, 0);
      }
      const head = Buffer.alloc(MAGIC.length);
      readFull(fd, head, MAGIC.length, 0);
      if (!head.equals(MAGIC)) throw new Error(`${path} is not a block log (bad magic)`);
      const { offsets, end } = scan(fd, size);
      if (end < size) {
        fs.ftruncateSync(fd, end);
        fs.fdatasyncSync(fd);
      }
      return new BlockLog(fd, offsets, end, size - end);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /**
   * Opens an existing log for reading only (safe while a node appends to it): nothing is created,
   * repaired or written; a torn or corrupt tail is left alone and only the records before it are
   * visible.
   */
  static openReadOnly(path: string): BlockLog {
    const fd = fs.openSync(path, fs.constants.O_RDONLY);
    try {
      const size = fs.fstatSync(fd).size;
      const head = Buffer.alloc(Math.min(size, MAGIC.length));
      readFull(fd, head, head.length, 0);
      if (!head.equals(MAGIC.subarray(0, head.length))) throw new Error(`${path} is not a block log (bad magic)`);
      if (size < MAGIC.length) return new BlockLog(fd, [], size, 0, true);
      const { offsets, end } = scan(fd, size);
      return new BlockLog(fd, offsets, end, 0, true);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** Number of records (= height of the last block). */
  get length(): number {
    return this.offsets.length;
  }

  /** Appends a record durably (written and fdatasynced) and returns its 1-based index. */
  append(record: Uint8Array): number {
    const fd = this.openFd();
    if (this.readOnly) throw new Error("block log is open read-only");
    if (record.length > MAX_RECORD) throw new Error(`block log: record of ${record.length} bytes is too large`);
    const header = this.header;
    header.writeUInt32BE(record.length, 0);
    header.writeUInt32BE(recordChecksum(record, header.subarray(0, 4)), 4);
    const start = this.end;
    try {
      writeFull(fd, header, start);
      writeFull(fd, record, start + RECORD_HEADER);
      fs.fdatasyncSync(fd);
    } catch (error) {
      // Leave no partial record behind for the next append to write after.
      try {
        fs.ftruncateSync(fd, start);
      } catch {
        // open() will cut the torn record off instead.
      }
      throw error;
    }
    this.offsets.push(start);
    this.end = start + RECORD_HEADER + record.length;
    return this.offsets.length;
  }

  /** Record `index` (1-based), read from disk and checked against its checksum. */
  read(index: number): Uint8Array {
    const fd = this.openFd();
    if (!Number.isInteger(index) || index < 1 || index > this.offsets.length) {
      throw new RangeError(`block log: no record ${index} (length ${this.offsets.length})`);
    }
    const start = this.offsets[index - 1];
    const stop = index < this.offsets.length ? this.offsets[index] : this.end;
    const bytes = new Uint8Array(stop - start);
    if (readFull(fd, bytes, bytes.length, start) !== bytes.length) throw new Error(`block log: record ${index} is truncated`);
    const view = Buffer.from(bytes.buffer, 0, RECORD_HEADER);
    const payload = bytes.subarray(RECORD_HEADER);
    if (view.readUInt32BE(0) !== payload.length || view.readUInt32BE(4) !== recordChecksum(payload, bytes.subarray(0, 4))) {
      throw new Error(`block log: record ${index} is corrupt (checksum mismatch)`);
    }
    return payload;
  }

  /** Drops every record after the first `length` (for recovery), durably. */
  truncate(length: number): void {
    const fd = this.openFd();
    if (this.readOnly) throw new Error("block log is open read-only");
    if (!Number.isInteger(length) || length < 0 || length > this.offsets.length) {
      throw new RangeError(`block log: cannot truncate to ${length} (length ${this.offsets.length})`);
    }
    if (length === this.offsets.length) return;
    const end = this.offsets[length];
    fs.ftruncateSync(fd, end);
    fs.fdatasyncSync(fd);
    this.offsets.length = length;
    this.end = end;
  }

  close(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error("block log is closed");
    return this.fd;
  }
}

/** Walks the records after the magic with a chunked reader; stops at the first bad one. */
function scan(fd: number, size: number): { offsets: number[]; end: number } {
  const offsets: number[] = [];
  let buffer = Buffer.allocUnsafeSlow(Math.min(SCAN_CHUNK, size));
  let bufferStart = 0;
  let bufferLength = 0;
  /** Makes file bytes [position, position + length) available in buffer; false past end of file. */
  const ensure = (position: number, length: number): boolean => {
    if (position + length > size) return false;
    if (position >= bufferStart && position + length <= bufferStart + bufferLength) return true;
    if (length > buffer.length) buffer = Buffer.allocUnsafeSlow(Math.max(length, buffer.length * 2));
    bufferStart = position;
    bufferLength = readFull(fd, buffer, Math.min(buffer.length, size - position), position);
    return bufferLength >= length;
  };
  let position = MAGIC.length;
  while (position < size) {
    if (!ensure(position, RECORD_HEADER)) break;
    const at = position - bufferStart;
    const length = buffer.readUInt32BE(at);
    const checksum = buffer.readUInt32BE(at + 4);
    if (!ensure(position, RECORD_HEADER + length)) break;
    const from = position - bufferStart;
    const payload = buffer.subarray(from + RECORD_HEADER, from + RECORD_HEADER + length);
    if (recordChecksum(payload, buffer.subarray(from, from + 4)) !== checksum) break;
    offsets.push(position);
    position += RECORD_HEADER + length;
  }
  return { offsets, end: position };
}
