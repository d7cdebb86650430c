import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { readCheckpoint } from "../../indexer/writer";
import { startTestNode, type TestNode } from "../utils/testNode";

/**
 * Stopping a following indexer while its node is unreachable ends it at once: the RPC retries
 * (8 attempts, about 13 s) are cut short, and run() returns the last committed height instead of
 * failing. The node sits behind a forwarding proxy that the test closes.
 */
jest.setTimeout(90_000);

let node: TestNode;
let proxy: Server;
let database: Database;
const home = mkdtempSync(join(tmpdir(), "printchain-indexer-stop-"));

beforeAll(async () => {
  node = await startTestNode({ blockTimeMs: 100 });
  const target = new URL(node.url);
  proxy = createServer((incoming, outgoing) => {
    const forward = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    forward.on("error", () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  database = await openDatabase({ home, unsafeNoFsync: true, databaseUrl: process.env.DATABASE_URL });
});
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise<void>((resolve) => (proxy?.listening ? proxy.close(() => resolve()) : resolve()));
  await database?.close();
  await node?.stop();
  rmSync(home, { recursive: true, force: true });
});

test("stop() while the node is unreachable returns the committed height after at most one more attempt", async () => {
  const logs: string[] = [];
  const indexer = new Indexer({ rpcUrl: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, dataSource: database.dataSource, pollMs: 100, log: (line) => logs.push(line) });
  const running = indexer.run();
  for (let i = 0; i < 600 && ((await readCheckpoint(database.dataSource))?.height ?? 0) < 5; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  // The node goes away: the proxy refuses every connection.
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  for (let i = 0; i < 200 && !logs.some((line) => /status failed/.test(line)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(logs.some((line) => /status failed .*retrying/.test(line))).toBe(true);
  const retriesBeforeStop = logs.filter((line) => /retrying/.test(line)).length;
  indexer.stop();
  const height = await running;
  const committed = (await readCheckpoint(database.dataSource))!.height;
  expect(height).toBe(committed);
  expect(committed).toBeGreaterThanOrEqual(5);
  // Without the stop, the indexer would have retried 8 times and then failed.
  expect(logs.filter((line) => /retrying/.test(line)).length).toBeLessThanOrEqual(retriesBeforeStop + 1);
  expect(logs.filter((line) => /retrying/.test(line)).length).toBeLessThan(7);
});
