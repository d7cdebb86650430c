import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coins } from "@cosmjs/stargate";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { checkCompleteness } from "../../indexer/check";
import { openDatabase, EMBEDDED_DATABASE, type Database } from "../../indexer/db/dataSource";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../indexer/db/embeddedPostgres";
import { BalanceEntity, BlockEntity, TxEntity } from "../../indexer/db/entities";
import { Indexer, IndexerError } from "../../indexer/indexer";
import { readCheckpoint } from "../../indexer/writer";
import { MsgRegisterPrinterTypeUrl } from "../../proto";
import { ManualChain } from "../utils/manualChain";

jest.setTimeout(90_000);

async function counts(database: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["blocks", "txs", "messages", "events", "attributes", "balance_changes", "balances"]) {
    out[table] = Number((await database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  }
  return out;
}

/**
 * A JSON-RPC proxy to the node that replaces the txs of `block` at one height with one that does
 * not decode. It forwards single requests and batches (arrays, as the indexer sends `block` and
 * `block_results` of several heights in one POST) alike, corrupting the matching answer in either.
 */
function corruptingProxy(target: string, badHeight: number, delayMs = 0): Promise<{ url: string; server: Server; batches: () => number }> {
  let batches = 0;
  const bogus = TxRaw.encode(TxRaw.fromPartial({ bodyBytes: TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: "/bogus.v1.MsgNothing", value: new Uint8Array([1, 2, 3]) }] })).finish() })).finish();
  type Answer = { id?: unknown; result?: { block?: { header: { height: string }; data: { txs: string[] } } } };
  const corrupt = (request: { id?: unknown; method?: string }, answer: Answer): void => {
    const block = answer.result?.block;
    if (request.method === "block" && block && Number(block.header.height) === badHeight) {
      block.data.txs = block.data.txs.map(() => Buffer.from(bogus).toString("base64"));
    }
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const upstream = await fetch(target, { method: "POST", headers: { "Content-Type": "application/json" }, body });
      const json = (await upstream.json()) as Answer | Answer[];
      const sent = JSON.parse(body) as { id?: unknown; method?: string } | Array<{ id?: unknown; method?: string }>;
      if (Array.isArray(sent) && Array.isArray(json)) {
        batches++;
        for (const answer of json) {
          const matching = sent.find((item) => item.id === answer.id);
          if (matching) corrupt(matching, answer);
        }
      } else if (!Array.isArray(sent) && !Array.isArray(json)) {
        corrupt(sent, json);
      }
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify(json));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    resolve({ server, batches: () => batches, url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}` });
  }));
}

describe("indexer: the ledger in PostgreSQL", () => {
  let chain: ManualChain;
  let home: string;
  let database: Database;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), "printchain-indexer-"));
    [chain, database] = await Promise.all([ManualChain.start(() => undefined), openDatabase({ home, databaseUrl: "", unsafeNoFsync: true })]);
    const [a, b, c] = chain.addresses;
    await chain.submitOk(0, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: a, toAddress: b, amount: coins(1_000_000, "uprint") } });
    await chain.submitOk(1, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: b, toAddress: c, amount: coins(250_000, "uprint") } }, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: b, toAddress: a, amount: coins(1, "uprint") } });
    const register = {
      typeUrl: MsgRegisterPrinterTypeUrl,
      value: {
        owner: c, printerId: "prusa-mk4-berlin-01", moniker: "Prusa MK4",
        spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA", "PETG"], nozzleDiameterUm: 400, layerResolutionUm: 100, maxSpeedMmPerS: 200, throughputMm3PerHour: 20_000n },
        location: { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954, region: "DE" },
        bond: "1000000",
      },
    };
    await chain.submitOk(2, register);
    await chain.advance(3_000);
  });

  let restarted: EmbeddedPostgres | undefined;

  afterAll(async () => {
    await database?.close();
    await restarted?.stop();
    await chain?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  test("backfill: every block and tx, decoded messages, balances equal the node's, no gaps", async () => {
    const head = chain.node.node.height;
    const progress: number[] = [];
    const indexed = await new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize: 3, once: true, onProgress: (p) => progress.push(p.height) }).run();
    expect(indexed).toBe(head);
    expect(progress.at(-1)).toBe(head);

    const blocks = await database.dataSource.getRepository(BlockEntity).find({ order: { height: "ASC" } });
    expect(blocks.map((block) => Number(block.height))).toEqual(Array.from({ length: head }, (_, index) => index + 1));
    for (const block of blocks) {
      const rpc = await chain.comet.block(Number(block.height));
      expect(block.txCount).toBe(rpc.block.txs.length);
      expect(block.hash).toBe(Buffer.from(rpc.blockId.hash).toString("hex").toUpperCase());
    }
    const txs = await database.dataSource.getRepository(TxEntity).find();
    expect(txs).toHaveLength(3);
    const search = await chain.comet.txSearchAll({ query: "tx.height > 0" });
    expect(new Set(txs.map((tx) => tx.hash))).toEqual(new Set(search.txs.map((tx) => Buffer.from(tx.hash).toString("hex").toUpperCase())));
    const registration = txs.find((tx) => tx.height === String(Number(txs[0].height) + 2))!;
    expect(registration).toMatchObject({ code: 0, signer: chain.addresses[2], fee: [{ denom: "uprint", amount: "50000" }] });

    const register = (await database.dataSource.query(`SELECT value FROM messages WHERE type_url = $1`, [MsgRegisterPrinterTypeUrl]))[0].value;
    expect(register).toMatchObject({ owner: chain.addresses[2], printerId: "prusa-mk4-berlin-01", bond: "1000000", spec: { throughputMm3PerHour: "20000" } });
    expect(Number((await database.dataSource.query(`SELECT count(*) AS n FROM messages`))[0].n)).toBe(4);

    const balances = await database.dataSource.getRepository(BalanceEntity).find({ where: { denom: "uprint" } });
    expect(balances.length).toBeGreaterThan(chain.addresses.length);
    for (const balance of balances) expect(`${balance.address} ${balance.amount}`).toBe(`${balance.address} ${await chain.balance(balance.address)}`);
    for (const address of chain.addresses) expect(balances.some((balance) => balance.address === address)).toBe(true);

    const report = await checkCompleteness(database.dataSource);
    expect(report).toMatchObject({ checkpoint: head, firstHeight: 1, blocks: head, gaps: [] });
  });

  test("restart resumes from the checkpoint without duplicates; the check catches a deleted row", async () => {
    const before = await counts(database);
    const from = (await readCheckpoint(database.dataSource))!.height;
    await chain.submitOk(0, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: chain.addresses[0], toAddress: chain.addresses[4], amount: coins(7, "uprint") } });
    await chain.produce();
    const head = chain.node.node.height;
    expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, once: true }).run()).toBe(head);
    const after = await counts(database);
    expect(after.blocks).toBe(before.blocks + (head - from));
    expect(after.txs).toBe(before.txs + 1);
    // a second run has nothing to do
    expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, once: true }).run()).toBe(head);
    expect(await counts(database)).toEqual(after);
    expect(String((await database.dataSource.getRepository(BalanceEntity).findOneByOrFail({ address: chain.addresses[4], denom: "uprint" })).amount)).toBe(String(await chain.balance(chain.addresses[4])));
    expect((await checkCompleteness(database.dataSource)).gaps).toEqual([]);

    await database.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM attributes WHERE height = $1`, [String(head - 1)]);
      await manager.query(`DELETE FROM events WHERE height = $1`, [String(head - 1)]);
      await manager.query(`DELETE FROM messages WHERE height = $1`, [String(head - 1)]);
      await manager.query(`DELETE FROM txs WHERE height = $1`, [String(head - 1)]);
      const gaps = (await checkCompleteness(manager)).gaps;
      expect(gaps).toHaveLength(1);
      expect(gaps[0]).toMatchObject({ height: head - 1 });
      expect(gaps[0].problem).toMatch(/txs: 0 rows, 1 in the block/);
      throw new Error("rollback");
    }).catch((error: Error) => expect(error.message).toBe("rollback"));
    expect((await checkCompleteness(database.dataSource)).gaps).toEqual([]);
  });

  test("a block whose tx does not decode stops the indexer at its height, and its batch is not written", async () => {
    const from = (await readCheckpoint(database.dataSource))!.height;
    for (let i = 0; i < 3; i++) await chain.produce();
    await chain.submitOk(0, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: chain.addresses[0], toAddress: chain.addresses[5], amount: coins(9, "uprint") } });
    const bad = chain.node.node.height;
    await chain.produce();
    const proxy = await corruptingProxy(chain.node.url, bad);
    try {
      const before = await counts(database);
      const run = new Indexer({ rpcUrl: proxy.url, dataSource: database.dataSource, batchSize: 2, once: true }).run();
      await expect(run).rejects.toThrow(IndexerError);
      await expect(run).rejects.toThrow(new RegExp(`height ${bad}: tx 0 message 0 \\(/bogus.v1.MsgNothing\\) does not decode`));
      const checkpoint = (await readCheckpoint(database.dataSource))!.height;
      // whole batches only: the checkpoint is on a batch boundary below the bad block
      expect(checkpoint).toBeLessThan(bad);
      expect((checkpoint - from) % 2).toBe(0);
      expect(Number((await database.dataSource.query(`SELECT count(*) AS n FROM blocks WHERE height > $1`, [String(checkpoint)]))[0].n)).toBe(0);
      const after = await counts(database);
      expect(after.blocks).toBe(before.blocks + (checkpoint - from));
      expect(after.txs).toBe(before.txs);
      // block and block_results of several heights went through the proxy in JSON-RPC batches
      expect(proxy.batches()).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
    }
    // the real node's block indexes fine from there
    expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, once: true }).run()).toBe(chain.node.node.height);
    expect((await checkCompleteness(database.dataSource)).gaps).toEqual([]);
  });

  test("PostgreSQL restarting under a following indexer loses nothing", async () => {
    const logs: string[] = [];
    const indexer = new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, pollMs: 50, log: (line) => logs.push(line) });
    const running = indexer.run();
    const caughtUp = async (height: number): Promise<void> => {
      const deadline = Date.now() + 30_000;
      while ((await readCheckpoint(database.dataSource).catch(() => undefined))?.height !== height) {
        if (Date.now() > deadline) throw new Error(`indexer did not reach ${height}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    try {
      await caughtUp(chain.node.node.height);
      const embedded = database.embedded!;
      await embedded.stop();
      await chain.submitOk(1, { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: chain.addresses[1], toAddress: chain.addresses[6], amount: coins(11, "uprint") } });
      for (let i = 0; i < 3; i++) await chain.produce();
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      restarted = await startEmbeddedPostgres({ dataDir: embedded.dataDir, port: embedded.port, database: EMBEDDED_DATABASE, unsafeNoFsync: true });
      await chain.produce();
      await caughtUp(chain.node.node.height);
    } finally {
      indexer.stop();
    }
    expect(await running).toBe(chain.node.node.height);
    expect(logs.some((line) => /database unavailable/.test(line))).toBe(true);
    expect((await checkCompleteness(database.dataSource)).gaps).toEqual([]);
    const blocks = Number((await database.dataSource.query(`SELECT count(*) AS n FROM blocks`))[0].n);
    expect(blocks).toBe(chain.node.node.height);
    expect(String((await database.dataSource.getRepository(BalanceEntity).findOneByOrFail({ address: chain.addresses[6], denom: "uprint" })).amount)).toBe(String(await chain.balance(chain.addresses[6])));
  });

  test("SIGKILL of `printchain index --once` mid-backfill, then a restart: the same rows as a clean run", async () => {
    for (let i = 0; i < 150; i++) await chain.produce();
    const head = chain.node.node.height;
    const cli = join(__dirname, "..", "..", "bin", "printchain.js");
    const killedHome = mkdtempSync(join(tmpdir(), "printchain-indexer-killed-"));
    const proxy = await corruptingProxy(chain.node.url, -1, 3);
    try {
      const child = spawn(process.execPath, [cli, "index", "--once", "--rpc", proxy.url, "--home", killedHome, "--batch", "5", "--concurrency", "2"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: "" } });
      let output = "";
      const exit = new Promise<NodeJS.Signals | number | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no progress after 30 s:\n${output}`)), 30_000);
        child.stderr!.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (/indexed [1-9]\d*\/\d+/.test(output)) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once("exit", () => reject(new Error(`index exited before any progress:\n${output}`)));
      });
      child.kill("SIGKILL");
      expect(await exit).toBe("SIGKILL");
      const killed = await openDatabase({ home: killedHome, databaseUrl: "" });
      try {
        const partial = (await readCheckpoint(killed.dataSource))!.height;
        expect(partial).toBeGreaterThan(0);
        expect(partial).toBeLessThan(head);
        expect((await checkCompleteness(killed.dataSource)).gaps).toEqual([]);
        expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: killed.dataSource, once: true }).run()).toBe(head);
        expect((await checkCompleteness(killed.dataSource)).gaps).toEqual([]);
        expect(await new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, once: true }).run()).toBe(head);
        const clean = await counts(database);
        expect(clean.blocks).toBe(head);
        expect(await counts(killed)).toEqual(clean);
      } finally {
        await killed.close();
      }
      // `printchain index --check` on that database (its embedded server started by the CLI)
      const check = spawn(process.execPath, [cli, "index", "--check", "--home", killedHome], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: "" } });
      let checkOutput = "";
      check.stdout!.on("data", (chunk: Buffer) => (checkOutput += chunk.toString()));
      check.stderr!.on("data", (chunk: Buffer) => (checkOutput += chunk.toString()));
      expect(await new Promise((resolve) => check.once("exit", resolve))).toBe(0);
      expect(checkOutput).toContain(`checkpoint ${head}, ${head} blocks from 1, 0 gaps`);
      expect(output).toMatch(/indexed \d+\/\d+ · [\d.]+ blocks\/s · \d+ rows\/s · ETA \S+/);
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
      rmSync(killedHome, { recursive: true, force: true });
    }
  });
});
