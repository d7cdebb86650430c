/**
 * The ledger and meta modules against the chain: every figure the API serves is compared with the
 * node over RPC (block, block_results, tx, bank AllBalances), never with the database it reads.
 */
import { toHex } from "@cosmjs/encoding";
import { decodeTxRaw } from "@cosmjs/proto-signing";
import { toRfc3339WithNanoseconds } from "@cosmjs/tendermint-rpc";
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { epochDigests } from "../../indexer/digest";
import { ApiFixture } from "../utils/apiFixture";

jest.setTimeout(180_000);

let fixture: ApiFixture;
let head: number;
beforeAll(async () => {
  fixture = await ApiFixture.start();
  head = (await fixture.comet.status()).syncInfo.latestBlockHeight;
});
afterAll(() => fixture?.stop());

const BLOCK_FIELDS = `height hash time timeText proposer appHash txCount messageCount eventCount attributeCount`;

interface BlockNode {
  height: number;
  proposer: string;
  hash: string;
  time: string;
  timeText: string;
  appHash: string;
  txCount: number;
  eventCount: number;
}

async function pages<T>(query: string, path: (data: any) => { nodes: T[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null } }, backward = false, size = 17): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  for (;;) {
    const data = await fixture.data(query, backward ? { last: size, before: cursor } : { first: size, after: cursor });
    const page = path(data);
    if (backward) all.unshift(...page.nodes);
    else all.push(...page.nodes);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return all;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
}

let allBlocks: BlockNode[];

test("every block equals the node's block and block_results; pages forward and backward give the full list", async () => {
  const full = await fixture.data<{ blocks: { totalCount: number; nodes: BlockNode[] } }>(`{ blocks(orderBy: {direction: ASC}, first: 1000) { totalCount nodes { ${BLOCK_FIELDS} } } }`);
  allBlocks = full.blocks.nodes;
  expect(allBlocks.map((block) => block.height)).toEqual(Array.from({ length: head }, (_, index) => index + 1));
  expect(full.blocks.totalCount).toBe(head);
  for (const block of allBlocks) {
    const [chain, results] = await Promise.all([fixture.comet.block(block.height), fixture.comet.blockResults(block.height)]);
    expect(block.hash).toBe(toHex(chain.blockId.hash).toUpperCase());
    expect(block.appHash).toBe(toHex(chain.block.header.appHash).toUpperCase());
    expect(block.proposer).toBe(toHex(chain.block.header.proposerAddress).toUpperCase());
    expect(block.timeText).toBe(toRfc3339WithNanoseconds(chain.block.header.time));
    expect(block.time).toBe(chain.block.header.time.toISOString());
    expect(block.txCount).toBe(chain.block.txs.length);
    expect(block.eventCount).toBe(results.results.reduce((sum, tx) => sum + tx.events.length, 0) + results.finalizeBlockEvents.length);
  }
  // Newest first by default.
  const newest = await fixture.data<{ blocks: { nodes: BlockNode[] } }>(`{ blocks(first: 3) { nodes { height } } }`);
  expect(newest.blocks.nodes.map((block) => block.height)).toEqual([head, head - 1, head - 2]);

  const query = `query($first: Int, $after: String, $last: Int, $before: String) { blocks(orderBy: {direction: ASC}, first: $first, after: $after, last: $last, before: $before) { nodes { ${BLOCK_FIELDS} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  expect(await pages<BlockNode>(query, (data) => data.blocks)).toEqual(allBlocks);
  expect(await pages<BlockNode>(query, (data) => data.blocks, true)).toEqual(allBlocks);
  const descending = query.replace("orderBy: {direction: ASC}", "orderBy: {field: HEIGHT, direction: DESC}");
  expect(await pages<BlockNode>(descending, (data) => data.blocks)).toEqual([...allBlocks].reverse());
  expect(await pages<BlockNode>(descending, (data) => data.blocks, true)).toEqual([...allBlocks].reverse());

  // Filters: a height range, and a time range (of the chain's own block times).
  const range = await fixture.data(`{ blocks(where: {height: {gt: 10, lte: 20}}, orderBy: {direction: ASC}, first: 100) { totalCount nodes { height } } }`);
  expect(range.blocks.nodes.map((block: BlockNode) => block.height)).toEqual(Array.from({ length: 10 }, (_, index) => index + 11));
  expect(range.blocks.totalCount).toBe(10);
  const from = allBlocks[29].time;
  const to = allBlocks[39].time;
  const byTime = await fixture.data(`query($from: DateTime, $to: DateTime) { blocks(where: {time: {gte: $from, lt: $to}}, orderBy: {direction: ASC}, first: 100) { nodes { height } } }`, { from, to });
  expect(byTime.blocks.nodes.map((block: BlockNode) => block.height)).toEqual(allBlocks.filter((block) => block.time >= from && block.time < to).map((block) => block.height));
  const between = (low: string, high: string) => allBlocks.filter((block) => block.time > low && block.time <= high).map((block) => block.height);
  const early = new Date(Date.parse(allBlocks[0].time) - 60_000).toISOString();
  const late = new Date(Date.parse(allBlocks[head - 1].time) + 60_000).toISOString();
  const midway = new Date((Date.parse(allBlocks[10].time) + Date.parse(allBlocks[11].time)) / 2).toISOString();
  for (const [low, high] of [[from, to], [early, midway], [midway, late], [late, late], [early, early], [to, from]]) {
    const served = await fixture.data(`query($low: DateTime, $high: DateTime) { blocks(where: {time: {gt: $low, lte: $high}}, orderBy: {direction: ASC}, first: 1000) { totalCount nodes { height } } }`, { low, high });
    expect(served.blocks.nodes.map((block: BlockNode) => block.height)).toEqual(between(low, high));
    expect(served.blocks.totalCount).toBe(between(low, high).length);
  }

  // One block by height and by hash (any case).
  const sample = allBlocks[41];
  const one = await fixture.data(`query($hash: String) { byHeight: block(height: ${sample.height}) { ${BLOCK_FIELDS} } byHash: block(hash: $hash) { ${BLOCK_FIELDS} } missing: block(height: ${head + 1000}) { height } }`, { hash: sample.hash.toLowerCase() });
  expect(one.byHeight).toEqual(sample);
  expect(one.byHash).toEqual(sample);
  expect(one.missing).toBeNull();
  const both = await fixture.graphql(`{ block(height: 1, hash: "AB") { height } }`);
  expect(both.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

interface TxNode {
  hash: string;
  height: number;
  index: number;
  code: number;
  gasUsed: string;
  gasWanted: string;
  signer: string | null;
  fee: Array<{ denom: string; amount: string }>;
  memo: string;
  messages: Array<{ typeUrl: string; value: unknown }>;
  events: Array<{ type: string; txHash: string; attributes: Array<{ key: string; value: string }> }>;
}

const TX_FIELDS = `hash height index code codespace success gasWanted gasUsed gasLimit fee { denom amount } memo signer rawLog messages { typeUrl value } events { type txHash attributes { key value } }`;

let allTxs: TxNode[];

test("every tx, through its block and by hash, equals the node's tx results and the tx bytes", async () => {
  const query = `query($first: Int, $after: String) { txs(orderBy: {direction: ASC}, first: $first, after: $after) { totalCount nodes { ${TX_FIELDS} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  allTxs = await pages<TxNode>(query, (data) => data.txs, false, 250);
  const chainTxCount = allBlocks.reduce((sum, block) => sum + block.txCount, 0);
  expect(allTxs.length).toBe(chainTxCount);
  expect((await fixture.data(`{ txs(first: 0) { totalCount } }`)).txs.totalCount).toBe(chainTxCount);
  expect(chainTxCount).toBeGreaterThan(100);

  const byHeight = new Map<number, TxNode[]>();
  for (const tx of allTxs) byHeight.set(tx.height, [...(byHeight.get(tx.height) ?? []), tx]);
  for (const block of allBlocks.filter((candidate) => candidate.txCount > 0)) {
    const [chain, results] = await Promise.all([fixture.comet.block(block.height), fixture.comet.blockResults(block.height)]);
    const txs = byHeight.get(block.height)!;
    expect(txs.map((tx) => tx.index)).toEqual(chain.block.txs.map((_, index) => index));
    chain.block.txs.forEach((bytes, index) => {
      const tx = txs[index];
      const result = results.results[index];
      const decoded = decodeTxRaw(bytes);
      expect(tx.code).toBe(result.code);
      expect(tx.gasUsed).toBe(String(result.gasUsed));
      expect(tx.gasWanted).toBe(String(result.gasWanted));
      expect(tx.events.map((event) => event.type)).toEqual(result.events.map((event) => event.type));
      expect(tx.events.map((event) => event.attributes.map((attribute) => [attribute.key, attribute.value]))).toEqual(result.events.map((event) => event.attributes.map((attribute) => [attribute.key, attribute.value])));
      expect(tx.events.every((event) => event.txHash === tx.hash)).toBe(true);
      expect(tx.messages.map((message) => message.typeUrl)).toEqual(decoded.body.messages.map((message) => message.typeUrl));
      expect(tx.memo).toBe(decoded.body.memo);
      expect(tx.fee).toEqual((decoded.authInfo.fee?.amount ?? []).map(({ denom, amount }) => ({ denom, amount })));
    });
  }

  // By hash (lowercase too) vs the node's `tx` for a sample: failed and successful ones.
  const sample = [...allTxs.filter((tx) => tx.code !== 0).slice(0, 5), ...allTxs.filter((_, index) => index % 37 === 0)];
  expect(sample.some((tx) => tx.code !== 0)).toBe(true);
  for (const tx of sample) {
    const chain = await fixture.comet.tx({ hash: Buffer.from(tx.hash, "hex") });
    const served = await fixture.data(`query($hash: String!) { tx(hash: $hash) { ${TX_FIELDS} block { height hash } } }`, { hash: tx.hash.toLowerCase() });
    expect(served.tx.hash).toBe(toHex(chain.hash).toUpperCase());
    expect(served.tx.height).toBe(chain.height);
    expect(served.tx.index).toBe(chain.index);
    expect(served.tx.code).toBe(chain.result.code);
    expect(served.tx.gasUsed).toBe(String(chain.result.gasUsed));
    expect(served.tx.events.length).toBe(chain.result.events.length);
    expect(served.tx.block.height).toBe(chain.height);
    expect(served.tx.success).toBe(chain.result.code === 0);
  }
  expect((await fixture.data(`{ tx(hash: "${"0".repeat(64)}") { hash } }`)).tx).toBeNull();
  expect((await fixture.graphql(`{ tx(hash: "xyz") { hash } }`)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

  // Filters: code, messageType, height; a block's nested txs; counted by the node's tx_search for a height range.
  const failed = await fixture.data(`{ txs(where: {code: {gt: 0}}, orderBy: {direction: ASC}, first: 1000) { nodes { hash } } }`);
  expect(failed.txs.nodes.map((tx: TxNode) => tx.hash)).toEqual(allTxs.filter((tx) => tx.code > 0).map((tx) => tx.hash));
  const typeUrl = allTxs.find((tx) => tx.messages.length > 0)!.messages[0].typeUrl;
  const ofType = await fixture.data(`query($type: String) { txs(where: {messageType: $type}, orderBy: {direction: ASC}, first: 1000) { nodes { hash } } }`, { type: typeUrl });
  expect(ofType.txs.nodes.map((tx: TxNode) => tx.hash)).toEqual(allTxs.filter((tx) => tx.messages.some((message) => message.typeUrl === typeUrl)).map((tx) => tx.hash));
  const search = await fixture.comet.txSearchAll({ query: "tx.height>=20 AND tx.height<=30" });
  const inRange = await fixture.data(`{ txs(where: {height: {gte: 20, lte: 30}}, orderBy: {direction: ASC}, first: 1000) { totalCount nodes { hash } } }`);
  expect(inRange.txs.nodes.map((tx: TxNode) => tx.hash).sort()).toEqual(search.txs.map((tx) => toHex(tx.hash).toUpperCase()).sort());
  expect(inRange.txs.totalCount).toBe(search.totalCount);
  const busy = allBlocks.find((block) => block.txCount > 3)!;
  const nested = await fixture.data(`{ block(height: ${busy.height}) { txs(first: 2) { totalCount nodes { index hash } pageInfo { hasNextPage endCursor } } } }`);
  expect(nested.block.txs.totalCount).toBe(busy.txCount);
  expect(nested.block.txs.nodes).toEqual(byHeight.get(busy.height)!.slice(0, 2).map((tx) => ({ index: tx.index, hash: tx.hash })));
});

test("events: a bounded height range equals block_results; unbounded or too wide ranges are refused", async () => {
  const query = `query($first: Int, $after: String, $last: Int, $before: String) { events(where: {height: {gte: 40, lte: 45}}, first: $first, after: $after, last: $last, before: $before) { totalCount nodes { height eventIndex txIndex type txHash attributes { key value } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const nodes = await pages<any>(query, (page) => page.events, false, 400);
  const data = { events: { nodes, totalCount: (await fixture.data(`{ events(where: {height: {gte: 40, lte: 45}}, first: 0) { totalCount } }`)).events.totalCount } };
  expect(await pages<any>(query, (page) => page.events, true, 400)).toEqual(nodes);
  const expected: Array<{ height: number; type: string; attributes: string[][] }> = [];
  for (let height = 40; height <= 45; height++) {
    const results = await fixture.comet.blockResults(height);
    for (const event of [...results.results.flatMap((tx) => tx.events), ...results.finalizeBlockEvents]) expected.push({ height, type: event.type, attributes: event.attributes.map((attribute) => [attribute.key, attribute.value]) });
  }
  expect(data.events.nodes.map((event: any) => ({ height: event.height, type: event.type, attributes: event.attributes.map((attribute: any) => [attribute.key, attribute.value]) }))).toEqual(expected);
  expect(data.events.totalCount).toBe(expected.length);
  // Block events: no tx.
  expect(data.events.nodes.filter((event: any) => event.txIndex === null).every((event: any) => event.txHash === null)).toBe(true);

  const tx = allTxs.find((candidate) => candidate.events.length > 2)!;
  const ofTx = await fixture.data(`query($hash: String) { events(where: {height: {eq: ${tx.height}}, txHash: $hash}) { nodes { type txHash } } }`, { hash: tx.hash.toLowerCase() });
  expect(ofTx.events.nodes).toEqual(tx.events.map((event) => ({ type: event.type, txHash: tx.hash })));
  const type = tx.events[0].type;
  const ofType = await fixture.data(`{ events(where: {height: {gte: 40, lte: 45}, type: {eq: "${type}"}}, first: 1000) { nodes { height type } pageInfo { hasNextPage } } }`);
  expect(ofType.events.pageInfo.hasNextPage).toBe(false);
  expect(ofType.events.nodes).toEqual(expected.filter((event) => event.type === type).map((event) => ({ height: event.height, type })));
  expect(nodes.map((event: any) => `${event.height}:${event.eventIndex}`)).toEqual(nodes.map((event: any) => `${event.height}:${event.eventIndex}`).sort((a: string, b: string) => { const [h1, i1] = a.split(":").map(Number); const [h2, i2] = b.split(":").map(Number); return h1 - h2 || i1 - i2; }));
  expect(ofType.events.nodes.length).toBeGreaterThan(0);

  for (const where of [`{height: {gte: 1}}`, `{height: {lte: 5}}`, `{height: {gte: 1, lte: 10001}}`, `{height: {gt: 0, lt: 10002}}`]) {
    const before = fixture.statements.length;
    const refused = await fixture.graphql(`{ events(where: ${where}) { nodes { type } } }`);
    expect(refused.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(fixture.statements.length).toBe(before);
  }
  expect((await fixture.data(`{ events(where: {height: {gte: 1, lte: 10000}}, first: 1) { nodes { height } } }`)).events.nodes).toHaveLength(1);
});

test("accounts: balances of every tx signer equal bank AllBalances; history sums to them; bad addresses are BAD_USER_INPUT", async () => {
  const signers = [...new Set(allTxs.map((tx) => tx.signer).filter((signer): signer is string => signer !== null))].sort();
  expect(signers.length).toBeGreaterThan(5);
  for (const address of signers) {
    const chain = await fixture.abci("/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest, { address, pagination: { limit: 1000n } }, QueryAllBalancesResponse);
    const data = await fixture.data(`query($address: String!) { account(address: $address) { address balances { denom amount } uprint: balance(denom: "uprint") transactions(first: 1000) { totalCount nodes { hash } }
      balanceHistory(first: 1000) { totalCount nodes { height denom delta tx { hash } } pageInfo { hasNextPage } } } }`, { address });
    const account = data.account;
    expect(account.balances).toEqual(chain.balances.map(({ denom, amount }) => ({ denom, amount })));
    expect(account.uprint).toBe(chain.balances.find((coin) => coin.denom === "uprint")?.amount ?? "0");
    const signed = allTxs.filter((tx) => tx.signer === address).reverse();
    expect(account.transactions.nodes.map((tx: TxNode) => tx.hash)).toEqual(signed.map((tx) => tx.hash));
    expect(account.transactions.totalCount).toBe(signed.length);
    expect(account.balanceHistory.pageInfo.hasNextPage).toBe(false);
    expect(account.balanceHistory.totalCount).toBe(account.balanceHistory.nodes.length);
    const sums = new Map<string, bigint>();
    for (const change of account.balanceHistory.nodes) sums.set(change.denom, (sums.get(change.denom) ?? 0n) + BigInt(change.delta));
    expect([...sums].filter(([, sum]) => sum !== 0n).map(([denom, sum]) => ({ denom, amount: String(sum) })).sort((a, b) => (a.denom < b.denom ? -1 : 1))).toEqual(account.balances);
  }
  const upper = await fixture.data(`query($address: String!) { account(address: $address) { address balances { denom amount } } }`, { address: signers[0].toUpperCase() });
  expect(upper.account.address).toBe(signers[0]);
  expect(upper.account.balances.length).toBeGreaterThan(0);
  for (const address of ["print1notanaddress", "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu", "", "print1" + "q".repeat(38)]) {
    const response = await fixture.graphql(`query($address: String!) { account(address: $address) { balances { amount } } }`, { address });
    expect(response.status).toBe(200);
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/address/);
  }
});

test("_meta: indexed to the node's head, complete, module checkpoints, digests equal epochDigests; completeness cached per checkpoint", async () => {
  const meta = await fixture.data(`{ _meta { indexedHeight chainHeight lag chainId genesisTime firstHeight complete gaps { height problem } modules { module height } } }`);
  const status = await fixture.comet.status();
  const genesis = await fixture.comet.genesis();
  expect(meta._meta).toMatchObject({ indexedHeight: head, chainHeight: status.syncInfo.latestBlockHeight, lag: 0, chainId: status.nodeInfo.network, firstHeight: 1, complete: true, gaps: [] });
  expect(meta._meta.genesisTime).toBe(genesis.genesisTime.toISOString());
  expect(meta._meta.modules.length).toBeGreaterThan(2);
  expect(meta._meta.modules.every((module: { height: number }) => module.height === head)).toBe(true);

  // Between batches, another completeness call costs one statement (the checkpoint read).
  const before = fixture.statements.length;
  const again = await fixture.data(`{ _meta { complete gaps(first: 5) { height } } }`);
  expect(again._meta.complete).toBe(true);
  expect(fixture.statements.length - before).toBe(1);

  const expected = await epochDigests(fixture.database.dataSource.manager);
  expect(expected.length).toBeGreaterThan(1);
  const served = await fixture.data(`query($from: Int, $to: Int) { _meta { digests(fromEpoch: $from, toEpoch: $to) { epoch startAfter endHeight digest tables { table rows sha256 } } } }`, { from: expected[0].epoch, to: expected[expected.length - 1].epoch });
  expect(served._meta.digests).toEqual(expected);
  const defaults = await fixture.data(`{ _meta { digests { epoch digest } } }`);
  expect(defaults._meta.digests).toEqual(expected.slice(-100).map(({ epoch, digest }) => ({ epoch, digest })));
  const one = await fixture.data(`{ _meta { digests(epoch: ${expected[1].epoch}) { epoch digest tables { table rows sha256 } } } }`);
  expect(one._meta.digests).toEqual([{ epoch: expected[1].epoch, digest: expected[1].digest, tables: expected[1].tables }]);
  expect((await fixture.graphql(`{ _meta { digests(fromEpoch: 1, toEpoch: 101) { epoch } } }`)).errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");

  // A gap is seen once the checkpoint moves (a new cache entry): delete one attribute row, then restore it.
  const [attribute] = await fixture.sql<Record<string, unknown>>(`SELECT * FROM attributes WHERE height = 50 ORDER BY event_index, index LIMIT 1`);
  await fixture.sql(`DELETE FROM attributes WHERE height = 50 AND event_index = $1 AND index = $2`, [attribute.event_index, attribute.index]);
  try {
    await fixture.sql(`UPDATE checkpoints SET height = height - 1`);
    await fixture.sql(`UPDATE module_checkpoints SET height = height - 1`);
    const broken = await fixture.data(`{ _meta { indexedHeight complete gaps { height problem } } }`);
    expect(broken._meta.complete).toBe(false);
    expect(broken._meta.gaps).toEqual([{ height: 50, problem: expect.stringMatching(/attributes/) }, { height: head, problem: expect.stringMatching(/above the checkpoint/) }]);
  } finally {
    await fixture.sql(`INSERT INTO attributes (height, event_index, index, key, value) VALUES ($1, $2, $3, $4, $5)`, [attribute.height, attribute.event_index, attribute.index, attribute.key, attribute.value]);
    await fixture.sql(`UPDATE checkpoints SET height = height + 1`);
    await fixture.sql(`UPDATE module_checkpoints SET height = height + 1`);
  }
  expect((await fixture.data(`{ _meta { complete } }`))._meta.complete).toBe(true);
});

test("nested lists and fields are batched: the statement count does not grow with the page", async () => {
  const query = (size: number) => `{ blocks(first: ${size}) { nodes { height txs(first: 10) { nodes { hash block { height } messages { typeUrl } events { type attributes { key } } } }
    events(first: 5) { nodes { txHash attributes { key value } } } } } }`;
  const counts: number[] = [];
  for (const size of [3, 60]) {
    const before = fixture.statements.length;
    const data = await fixture.data(query(size));
    expect(data.blocks.nodes).toHaveLength(size);
    counts.push(fixture.statements.length - before);
  }
  expect(counts[1]).toBe(counts[0]);
  expect(counts[1]).toBeLessThanOrEqual(9);
});

/** Reads SSE `next` payloads from a streaming response until `count` arrived. */
async function readEvents(response: Response, count: number, timeoutMs: number): Promise<any[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: any[] = [];
  let buffer = "";
  const deadline = Date.now() + timeoutMs;
  while (events.length < count) {
    const chunk = await Promise.race([reader.read(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`only ${events.length} of ${count} SSE events in ${timeoutMs} ms: ${buffer}`)), Math.max(1, deadline - Date.now())))]);
    if (chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const message = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = message.split("\n");
      if (!lines.includes("event: next")) continue;
      const data = lines.filter((line) => line.startsWith("data:")).map((line) => line.slice(5).trim()).join("\n");
      events.push(JSON.parse(data));
    }
  }
  await reader.cancel();
  return events;
}

test("newBlocks over SSE: the checkpoint moved back 3 heights, then forward: the 3 blocks arrive in order", async () => {
  // The block rows stay; only the checkpoint says they are not committed yet, as before a batch.
  await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head - 3]);
  const controller = new AbortController();
  try {
    const response = await fetch(fixture.api.url, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
      body: JSON.stringify({ query: `subscription { newBlocks { height hash appHash txCount txs(first: 2) { nodes { hash } } } }` }),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reading = readEvents(response, 3, 15_000);
    // Let the feed take its first look at the (moved back) checkpoint, then commit the "batch".
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
    const events = await reading;
    expect(events.map((event) => event.data.newBlocks.height)).toEqual([head - 2, head - 1, head]);
    for (const event of events) {
      const block = allBlocks.find((candidate) => candidate.height === event.data.newBlocks.height)!;
      expect(event.data.newBlocks).toMatchObject({ hash: block.hash, appHash: block.appHash, txCount: block.txCount });
      expect(event.data.newBlocks.txs.nodes).toEqual(allTxs.filter((tx) => tx.height === block.height).slice(0, 2).map((tx) => ({ hash: tx.hash })));
    }
  } finally {
    controller.abort();
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
  }
});
