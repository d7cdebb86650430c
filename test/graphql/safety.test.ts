/**
 * The API's guardrails, over HTTP against a real server: operation limits refused before any SQL,
 * statement timeouts, malformed requests answered as GraphQL errors (never a 500 or a stack), masked
 * internal errors, document limits, introspection on/off.
 */
import { Client } from "pg";
import { startGraphqlServer, type GraphqlServer } from "../../graphql/server";
import { ApiFixture } from "../utils/apiFixture";

jest.setTimeout(120_000);

let fixture: ApiFixture;
/** A second server on the same database: 300 ms statement timeout, introspection off. */
let strict: GraphqlServer;
const unexpected: unknown[] = [];

beforeAll(async () => {
  fixture = await ApiFixture.start({ blocks: 40, server: { onUnexpectedError: (error) => unexpected.push(error) } });
  strict = await startGraphqlServer({ databaseUrl: fixture.database.url, rpcUrl: fixture.rpcUrl, port: 0, statementTimeoutMs: 300, introspection: false, onUnexpectedError: (error) => unexpected.push(error) });
});
afterAll(async () => {
  await strict?.close();
  await fixture?.stop();
});

interface RawResponse {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | undefined;
}

async function raw(init: RequestInit & { url?: string; search?: string } = {}): Promise<RawResponse> {
  const response = await fetch(`${init.url ?? fixture.api.url}${init.search ?? ""}`, init);
  const text = await response.text();
  let body: RawResponse["body"];
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

const post = (query: string, variables: Record<string, unknown> = {}, url = fixture.api.url, accept = "application/graphql-response+json, application/json") =>
  raw({ url, method: "POST", headers: { "Content-Type": "application/json", Accept: accept }, body: JSON.stringify({ query, variables }) });

/** A GraphQL error answer: a 4xx (or 200) status, errors, and nothing of the server's internals. */
function expectCleanError(response: RawResponse, code?: string): void {
  expect(response.status).toBeLessThan(500);
  expect(response.body?.errors?.length).toBeGreaterThan(0);
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+|"stack"|node_modules/);
  if (code) expect(response.body!.errors![0].extensions?.code).toBe(code);
}

/** Runs `request` and checks that it sent no SQL. */
async function withoutSql<T>(request: () => Promise<T>): Promise<T> {
  const before = fixture.statements.length;
  const result = await request();
  expect(fixture.statements.slice(before)).toEqual([]);
  return result;
}

test("a query nested deeper than the limit: QUERY_TOO_DEEP, before any SQL", async () => {
  const deep = `{ blocks(first: 1) { nodes { txs(first: 1) { nodes { block { txs(first: 1) { nodes { block { txs(first: 1) { nodes { block { txs(first: 1) { nodes { hash } } } } } } } } } } } } } }`;
  expectCleanError(await withoutSql(() => post(deep)), "QUERY_TOO_DEEP");
  // Within the limit it runs.
  const fine = await post(`{ blocks(first: 1) { nodes { txs(first: 1) { nodes { block { height } } } } } }`);
  expect(fine.body?.errors).toBeUndefined();
});

test("a page larger than the cap: PAGE_TOO_LARGE", async () => {
  expectCleanError(await withoutSql(() => post(`{ printers(first: 100000) { nodes { id } } }`)), "PAGE_TOO_LARGE");
  expectCleanError(await post(`query($n: Int) { blocks(last: $n) { nodes { height } } }`, { n: 1001 }), "PAGE_TOO_LARGE");
});

test("nested lists whose product is over the cost limit: QUERY_TOO_COMPLEX before any SQL", async () => {
  expectCleanError(await withoutSql(() => post(`{ printers(first: 1000) { nodes { jobs(first: 1000) { nodes { id } } } } }`)), "QUERY_TOO_COMPLEX");
  expectCleanError(await withoutSql(() => post(`{ blocks(first: 1000) { nodes { events(first: 1000) { nodes { type } } } } }`)), "QUERY_TOO_COMPLEX");
  // Fragments count like inline selections.
  expectCleanError(await withoutSql(() => post(`{ blocks(first: 500) { nodes { ...ev } } } fragment ev on Block { txs(first: 500) { nodes { hash } } }`)), "QUERY_TOO_COMPLEX");
});

test("a statement over the server's statement timeout: QUERY_TIMEOUT, and the server serves the next request", async () => {
  const locker = new Client({ connectionString: fixture.database.url });
  await locker.connect();
  try {
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE printers IN ACCESS EXCLUSIVE MODE");
    const started = Date.now();
    const response = await post(`{ printers(first: 5) { nodes { id } } }`, {}, strict.url);
    expectCleanError(response, "QUERY_TIMEOUT");
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
  }
  const after = await post(`{ printers(first: 5) { nodes { id } } }`, {}, strict.url);
  expect(after.body?.errors).toBeUndefined();
});

test("malformed requests are GraphQL errors with a 4xx/200 status, never a 500 or a stack", async () => {
  for (const accept of ["application/graphql-response+json", "application/json"]) {
    expectCleanError(await withoutSql(() => post(`{ blocks(first: 1) { nodes { height }`, {}, fixture.api.url, accept)));
    expectCleanError(await withoutSql(() => post(`{ noSuchField }`, {}, fixture.api.url, accept)));
    expectCleanError(await withoutSql(() => post(`{ blocks(first: 1) { nodes { noSuchField } } }`, {}, fixture.api.url, accept)));
    expectCleanError(await withoutSql(() => post(`query($h: Int) { block(height: $h) { hash } }`, { h: "not a number" }, fixture.api.url, accept)));
    expectCleanError(await withoutSql(() => post(`query($t: DateTime) { blocks(where: {time: {gte: $t}}) { nodes { height } } }`, { t: "yesterday" }, fixture.api.url, accept)));
  }
  const notJson = await raw({ method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: "{ this is not json" });
  expectCleanError(notJson);
  expect(notJson.status).toBe(400);
  const noQuery = await raw({ method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify({ variables: {} }) });
  expectCleanError(noQuery);
  const mutation = await raw({ method: "GET", headers: { Accept: "application/json" }, search: `?query=${encodeURIComponent("mutation { anything }")}` });
  expectCleanError(mutation);
  expect(mutation.status).toBeGreaterThanOrEqual(400);
  // A GET query is fine.
  const get = await raw({ method: "GET", headers: { Accept: "application/json" }, search: `?query=${encodeURIComponent("{ blocks(first: 1) { nodes { height } } }")}` });
  expect(get.status).toBe(200);
  expect(get.body?.errors).toBeUndefined();
  expect(unexpected).toEqual([]);
});

test("an unexpected internal error is masked as \"Unexpected error.\" with no stack", async () => {
  // Break the database under the API: the column a resolver selects is gone.
  await fixture.sql(`ALTER TABLE blocks RENAME COLUMN proposer TO proposer_renamed`);
  try {
    const response = await post(`{ blocks(first: 1) { nodes { height proposer } } }`);
    expectCleanError(response);
    expect(response.body!.errors![0].message).toBe("Unexpected error.");
    expect(response.text).not.toMatch(/proposer|postgres|SELECT|42703|does not exist/i);
  } finally {
    await fixture.sql(`ALTER TABLE blocks RENAME COLUMN proposer_renamed TO proposer`);
  }
  expect(unexpected.length).toBe(1);
  expect(String((unexpected[0] as Error).message)).toMatch(/proposer/);
  unexpected.length = 0;
});

test("too many aliases and a huge document are refused before any SQL", async () => {
  const aliases = Array.from({ length: 40 }, (_, index) => `a${index}: blocks(first: 1) { nodes { height } }`).join(" ");
  expectCleanError(await withoutSql(() => post(`{ ${aliases} }`)));
  const fields = Array.from({ length: 3000 }, () => "height").join(" ");
  expectCleanError(await withoutSql(() => post(`{ blocks(first: 1) { nodes { ${fields} } } }`)));
  const bigString = await withoutSql(() => post(`{ tx(hash: "${"a".repeat(200_000)}") { hash } }`));
  expect(bigString.status).toBeLessThan(500);
  expect(bigString.body?.errors?.length).toBeGreaterThan(0);
});

test("introspection works by default and is refused when the server is started with introspection: false", async () => {
  const open = await post(`{ __schema { queryType { name } types { name } } }`);
  expect(open.body?.errors).toBeUndefined();
  expect((open.body!.data as any).__schema.queryType.name).toBe("Query");
  expect((open.body!.data as any).__schema.types.map((type: { name: string }) => type.name)).toEqual(expect.arrayContaining(["Block", "Tx", "Account", "Meta"]));
  expectCleanError(await post(`{ __schema { queryType { name } } }`, {}, strict.url));
  expectCleanError(await post(`{ __type(name: "Block") { name } }`, {}, strict.url));
  // Queries still work there.
  expect((await post(`{ blocks(first: 1) { nodes { height } } }`, {}, strict.url)).body?.errors).toBeUndefined();
});
