import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlockLog } from "./blockLog";

const record = (height: number, size = 50): Uint8Array => new Uint8Array(Buffer.from(`block ${height} `.padEnd(size, String(height % 10)), "utf8"));
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString("utf8");

let dir: string;
let path: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), "pcblog-"));
  path = join(dir, "data", "blocks.log");
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function fill(count: number, size?: number): void {
  const log = BlockLog.open(path);
  for (let height = 1; height <= count; height++) expect(log.append(record(height, size))).toBe(height);
  log.close();
}

function lengthOnReopen(): number {
  const log = BlockLog.open(path);
  const length = log.length;
  log.close();
  return length;
}

describe("BlockLog", () => {
  it("appends and reads records by 1-based index, and survives reopening", () => {
    const log = BlockLog.open(path);
    expect(log.length).toBe(0);
    expect(log.append(record(1))).toBe(1);
    expect(log.append(new Uint8Array(0))).toBe(2);
    expect(log.append(record(3, 3_000_000))).toBe(3);
    expect(text(log.read(1))).toBe(text(record(1)));
    expect(log.read(2).length).toBe(0);
    expect(log.read(3).length).toBe(3_000_000);
    expect(() => log.read(0)).toThrow(RangeError);
    expect(() => log.read(4)).toThrow(RangeError);
    log.close();
    expect(() => log.read(1)).toThrow(/closed/);

    const reopened = BlockLog.open(path);
    expect(reopened.length).toBe(3);
    expect(reopened.repairedBytes).toBe(0);
    expect(text(reopened.read(1))).toBe(text(record(1)));
    expect(text(reopened.read(3))).toBe(text(record(3, 3_000_000)));
    expect(reopened.append(record(4))).toBe(4);
    reopened.close();
  });

  it("scans many records across its read chunks", () => {
    fill(400, 10_000);
    const log = BlockLog.open(path);
    expect(log.length).toBe(400);
    for (const height of [1, 105, 400]) expect(text(log.read(height))).toBe(text(record(height, 10_000)));
    log.close();
  });

  it("cuts off garbage appended to the tail", () => {
    fill(5);
    const clean = fs.statSync(path).size;
    fs.appendFileSync(path, Buffer.from("garbage that is not a record"));
    const log = BlockLog.open(path);
    expect(log.length).toBe(5);
    expect(log.repairedBytes).toBe(28);
    expect(fs.statSync(path).size).toBe(clean);
    expect(log.append(record(6))).toBe(6);
    expect(text(log.read(6))).toBe(text(record(6)));
    log.close();
    expect(lengthOnReopen()).toBe(6);
  });

  it("cuts off a half-written last record (a crash mid-append)", () => {
    fill(5);
    const full = fs.statSync(path).size;
    for (const cut of [1, 4, 8, 30]) {
      const log = BlockLog.open(path);
      expect(log.length).toBe(5);
      log.append(record(6));
      log.close();
      fs.truncateSync(path, fs.statSync(path).size - cut);
      const reopened = BlockLog.open(path);
      expect(reopened.length).toBe(5);
      expect(fs.statSync(path).size).toBe(full);
      expect(text(reopened.read(5))).toBe(text(record(5)));
      reopened.close();
    }
  });

  it("detects a flipped byte inside the last record", () => {
    fill(5);
    const size = fs.statSync(path).size;
    const fd = fs.openSync(path, "r+");
    const byte = Buffer.alloc(1);
    fs.readSync(fd, byte, 0, 1, size - 10);
    byte[0] ^= 0x20;
    fs.writeSync(fd, byte, 0, 1, size - 10);
    fs.closeSync(fd);
    const log = BlockLog.open(path);
    expect(log.length).toBe(4);
    expect(log.repairedBytes).toBeGreaterThan(0);
    expect(text(log.read(4))).toBe(text(record(4)));
    log.close();
  });

  it("detects corruption on read", () => {
    const log = BlockLog.open(path);
    log.append(record(1));
    log.append(record(2));
    const fd = fs.openSync(path, "r+");
    fs.writeSync(fd, Buffer.from("X"), 0, 1, 8 + 8 + 3);
    fs.closeSync(fd);
    expect(() => log.read(1)).toThrow(/corrupt/);
    expect(text(log.read(2))).toBe(text(record(2)));
    log.close();
  });

  it("truncates to a given length for recovery", () => {
    fill(10);
    const log = BlockLog.open(path);
    log.truncate(7);
    expect(log.length).toBe(7);
    expect(() => log.read(8)).toThrow(RangeError);
    expect(() => log.truncate(8)).toThrow(RangeError);
    expect(log.append(record(80))).toBe(8);
    log.close();
    const reopened = BlockLog.open(path);
    expect(reopened.length).toBe(8);
    expect(text(reopened.read(8))).toBe(text(record(80)));
    reopened.truncate(0);
    expect(reopened.length).toBe(0);
    reopened.close();
    expect(lengthOnReopen()).toBe(0);
  });

  it("refuses to open a file that is not a block log, and repairs a torn magic", () => {
    fs.mkdirSync(join(dir, "data"), { recursive: true });
    fs.writeFileSync(path, "something else entirely");
    expect(() => BlockLog.open(path)).toThrow(/not a block log/);
    expect(fs.readFileSync(path, "utf8")).toBe("something else entirely");
    fs.writeFileSync(path, "PCBL");
    const log = BlockLog.open(path);
    expect(log.length).toBe(0);
    expect(log.append(record(1))).toBe(1);
    log.close();
    expect(lengthOnReopen()).toBe(1);
  });
});
