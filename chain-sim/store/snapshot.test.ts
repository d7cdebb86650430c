import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CommitStore } from "./commitStore";
import type { Entry } from "./kvStore";
import { readLatestSnapshot, readSnapshot, writeSnapshot } from "./snapshot";

const v = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const plain = (entries: Iterable<Entry>): Array<[string, string]> => [...entries].map(([key, value]) => [key, hex(value)]);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), "pcsnap-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sampleStore(tag: string): CommitStore {
  const store = new CommitStore();
  for (let i = 0; i < 500; i++) store.set(`bank/${String(i).padStart(4, "0")}`, v(`${tag}-${i}`));
  store.set("auth/empty-value", new Uint8Array(0));
  store.set("auth/big", new Uint8Array(700_000).fill(5));
  store.commit();
  return store;
}

describe("snapshots", () => {
  it("round-trips entries and header, and restores the same app hash", () => {
    const store = sampleStore("a");
    const path = writeSnapshot(dir, 42, store.lastHash, store.entries());
    expect(path).toBe(join(dir, "snapshot-000000000042.bin"));
    const snapshot = readLatestSnapshot(dir);
    expect(snapshot).toBeDefined();
    expect(snapshot?.header.height).toBe(42);
    expect(snapshot?.header.entryCount).toBe(store.size);
    expect(hex(snapshot?.header.appHash ?? new Uint8Array())).toBe(hex(store.lastHash));
    expect(plain(snapshot?.entries ?? [])).toEqual(plain(store.entries()));
    expect(hex(CommitStore.fromEntries(snapshot?.entries ?? []).commit())).toBe(hex(store.lastHash));
    expect(plain(readSnapshot(path).entries)).toEqual(plain(store.entries()));
  });

  it("handles an empty state", () => {
    const store = new CommitStore();
    writeSnapshot(dir, 0, store.lastHash, store.entries());
    const snapshot = readLatestSnapshot(dir);
    expect(snapshot?.header).toEqual({ height: 0, appHash: store.lastHash, entryCount: 0 });
    expect(snapshot?.entries).toEqual([]);
  });

  it("keeps only the newest `keep` snapshots and removes stale temp files", () => {
    fs.writeFileSync(join(dir, "snapshot-000000000001.bin.tmp"), "torn");
    const store = sampleStore("k");
    for (const height of [10, 20, 30, 40]) writeSnapshot(dir, height, store.lastHash, store.entries());
    expect(fs.readdirSync(dir).sort()).toEqual(["snapshot-000000000020.bin", "snapshot-000000000030.bin", "snapshot-000000000040.bin"]);
    writeSnapshot(dir, 50, store.lastHash, store.entries(), 1);
    expect(fs.readdirSync(dir)).toEqual(["snapshot-000000000050.bin"]);
  });

  it("deletes snapshots above the height it writes (an abandoned history)", () => {
    const store = sampleStore("h");
    writeSnapshot(dir, 10, store.lastHash, store.entries());
    writeSnapshot(dir, 30, store.lastHash, store.entries());
    writeSnapshot(dir, 20, store.lastHash, store.entries());
    expect(fs.readdirSync(dir).sort()).toEqual(["snapshot-000000000010.bin", "snapshot-000000000020.bin"]);
  });

  it("skips corrupt and truncated snapshots in favour of older intact ones", () => {
    const older = sampleStore("old");
    const newer = sampleStore("new");
    writeSnapshot(dir, 10, older.lastHash, older.entries());
    const middle = writeSnapshot(dir, 20, newer.lastHash, newer.entries());
    const newest = writeSnapshot(dir, 30, newer.lastHash, newer.entries());

    const bytes = fs.readFileSync(newest);
    bytes[bytes.length >> 1] ^= 0x01;
    fs.writeFileSync(newest, bytes);
    expect(() => readSnapshot(newest)).toThrow(/checksum/);
    expect(readLatestSnapshot(dir)?.header.height).toBe(20);

    fs.truncateSync(middle, fs.statSync(middle).size - 100);
    expect(() => readSnapshot(middle)).toThrow();
    const fallback = readLatestSnapshot(dir);
    expect(fallback?.header.height).toBe(10);
    expect(plain(fallback?.entries ?? [])).toEqual(plain(older.entries()));

    fs.writeFileSync(join(dir, "snapshot-000000000040.bin"), "PCSNAP1\n");
    expect(readLatestSnapshot(dir)?.header.height).toBe(10);
  });

  it("honours maxHeight and returns undefined for a missing or empty directory", () => {
    const store = sampleStore("m");
    expect(readLatestSnapshot(join(dir, "missing"))).toBeUndefined();
    expect(readLatestSnapshot(dir)).toBeUndefined();
    writeSnapshot(dir, 10, store.lastHash, store.entries());
    writeSnapshot(dir, 20, store.lastHash, store.entries());
    expect(readLatestSnapshot(dir, 19)?.header.height).toBe(10);
    expect(readLatestSnapshot(dir, 9)).toBeUndefined();
  });

  it("rejects bad arguments", () => {
    expect(() => writeSnapshot(dir, -1, new Uint8Array(32), [])).toThrow();
    expect(() => writeSnapshot(dir, 1.5, new Uint8Array(32), [])).toThrow();
    expect(() => writeSnapshot(dir, 1, new Uint8Array(32), [], 0)).toThrow();
  });
});
