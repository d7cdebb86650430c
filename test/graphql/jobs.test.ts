/**
 * The jobs schema module over a real indexed chain: every figure is compared with the node's own
 * queries (Query/Job, Query/Jobs, Query/Printers, the emissions epochs) or its block results.
 */
import { emissionsCodecs, jobsCodecs, printchain, printersCodecs, PROTO_JSON_OPTIONS } from "../../proto";
import { Indexer } from "../../indexer/indexer";
import { ApiFixture } from "../utils/apiFixture";

jest.setTimeout(240_000);

interface ChainJob {
  id: string;
  customer: string;
  status: string;
  printerId: string;
  material: string;
  technology: string;
  createdHeight: string;
  createdAtMs: string;
  acceptedAtMs: string;
  price: { denom: string; amount: string };
  proof: { submittedAtMs: string; gramsUsed: string; printSeconds: string } | null;
  confirmation: { qualityScore: number; automatic: boolean; confirmedAtMs: string } | null;
  settlement: { printerPayout: string; fee: string; customerRefund: string; bondSlashed: string; settledAtMs: string; reason: string } | null;
}

interface ApiJob {
  id: string;
  status: string;
  printerId: string | null;
  createdHeight: number;
  settledHeight: number | null;
  price: string;
  [field: string]: unknown;
}

const JOB_FIELDS = `id customer printerId printer { id } status price denom material technology quantity estimatedGrams designHash latitude latitudeMicrodegrees
  maxDistanceKm dueTime createdHeight createdTime acceptedHeight acceptedTime proofHeight proofTime confirmedHeight confirmedTime settledHeight settledTime
  settleReason printerPayout fee customerRefund bondSlashed qualityScore late
  proof { jobId height gramsUsed printSeconds submittedTime firstAttempt } confirmation { jobId qualityScore automatic confirmedTime } dispute { jobId reason resolvedHeight }`;

let fixture: ApiFixture;
/** The chain's jobs (Query/Jobs, every page), by id order. */
let chainJobs: ChainJob[];
/** Every job through the API in one page (id order). */
let apiJobs: ApiJob[];

async function chainJobList(filter: Record<string, unknown> = {}): Promise<ChainJob[]> {
  const jobs: ChainJob[] = [];
  let key: Uint8Array | undefined;
  for (;;) {
    const response = await fixture.abci("/printchain.jobs.v1.Query/Jobs", jobsCodecs.QueryJobsRequest, { ...filter, pagination: { key, limit: 200 } }, jobsCodecs.QueryJobsResponse);
    const object = printchain.jobs.v1.QueryJobsResponse.toObject(response as printchain.jobs.v1.QueryJobsResponse, PROTO_JSON_OPTIONS) as { jobs: ChainJob[] };
    jobs.push(...object.jobs);
    const next = (response as printchain.jobs.v1.QueryJobsResponse).pagination?.nextKey;
    if (!next || next.length === 0) return jobs;
    key = next;
  }
}

async function chainJob(id: string): Promise<ChainJob> {
  const response = await fixture.abci("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest, { jobId: id }, jobsCodecs.QueryJobResponse);
  return (printchain.jobs.v1.QueryJobResponse.toObject(response as printchain.jobs.v1.QueryJobResponse, PROTO_JSON_OPTIONS) as { job: ChainJob }).job;
}

/** The typed jobs events of one block (txs' and the block's own), as {type, job_id}. */
const blockEventCache = new Map<number, Promise<Array<{ type: string; jobId: string }>>>();
function jobEventsAt(height: number): Promise<Array<{ type: string; jobId: string }>> {
  let events = blockEventCache.get(height);
  if (!events) {
    events = fixture.comet.blockResults(height).then((results) =>
      [...results.results.filter((tx) => tx.code === 0).flatMap((tx) => tx.events), ...results.finalizeBlockEvents]
        .filter((event) => event.type.startsWith("printchain.jobs.v1.Event"))
        .map((event) => ({ type: event.type.slice("printchain.jobs.v1.".length), jobId: event.attributes.find((attribute) => attribute.key === "job_id")?.value ?? "" })),
    );
    blockEventCache.set(height, events);
  }
  return events;
}

const ms = (time: unknown): number | null => (time == null ? null : new Date(String(time)).getTime());
const chainMs = (value: string | undefined | null): number | null => (value == null || value === "0" ? null : Number(value));

/** percentile_disc(fraction) of sorted values: the first value whose cumulative share reaches it. */
function percentileDisc(sorted: readonly bigint[], fraction: number): string | null {
  if (sorted.length === 0) return null;
  return String(sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]);
}

function aggregateOf(values: readonly bigint[]) {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const sum = sorted.reduce((total, value) => total + value, 0n);
  return {
    count: sorted.length,
    sum: sorted.length ? String(sum) : null,
    min: sorted.length ? String(sorted[0]) : null,
    max: sorted.length ? String(sorted[sorted.length - 1]) : null,
    p50: percentileDisc(sorted, 0.5),
    p95: percentileDisc(sorted, 0.95),
  };
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = key(item) ?? "null";
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** Pages through `jobs` forward (first/after) or backward (last/before), collecting the nodes. */
async function pageThrough(orderBy: string | null, backward: boolean, size: number, where = "null"): Promise<ApiJob[]> {
  const collected: ApiJob[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const data: { jobs: { nodes: ApiJob[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } } } = await fixture.data(
      `query($cursor: String) { jobs(where: ${where}, orderBy: ${orderBy ?? "null"}, ${backward ? "last" : "first"}: ${size}, ${backward ? "before" : "after"}: $cursor) { nodes { id status printerId createdHeight settledHeight price } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      { cursor },
    );
    const { nodes, pageInfo } = data.jobs;
    if (backward) collected.unshift(...nodes);
    else collected.push(...nodes);
    const more = backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
    if (!more) return collected;
    cursor = backward ? pageInfo.startCursor : pageInfo.endCursor;
  }
  throw new Error("pagination did not end");
}

beforeAll(async () => {
  fixture = await ApiFixture.start();
  chainJobs = await chainJobList();
  // Pages of 200 (the cost limit counts every nested object of the page).
  apiJobs = [];
  let after: string | null = null;
  for (;;) {
    const data: { jobs: { nodes: ApiJob[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await fixture.data(`query($after: String) { jobs(first: 200, after: $after) { nodes { ${JOB_FIELDS} } pageInfo { hasNextPage endCursor } } }`, { after });
    apiJobs.push(...data.jobs.nodes);
    if (!data.jobs.pageInfo.hasNextPage) break;
    after = data.jobs.pageInfo.endCursor;
  }
});
afterAll(() => fixture?.stop());

test("the job list is the chain's: ids, statuses, printers, prices; totalCount is the chain's count", async () => {
  expect(chainJobs.length).toBeGreaterThan(50);
  expect(chainJobs.length).toBeLessThan(1000);
  expect(apiJobs.map((job) => job.id)).toEqual(chainJobs.map((job) => job.id).sort((a, b) => Number(a) - Number(b)));
  const chainById = new Map(chainJobs.map((job) => [job.id, job]));
  for (const job of apiJobs) {
    const chain = chainById.get(job.id)!;
    expect([job.id, job.status, job.printerId ?? "", job.price, job.createdHeight]).toEqual([chain.id, chain.status, chain.printerId, chain.price.amount, Number(chain.createdHeight)]);
  }
  const counts = await fixture.data(`{ all: jobs(first: 0) { totalCount } }`);
  expect(counts.all.totalCount).toBe(chainJobs.length);
  // Every status in the simulation, and each status's count (a counter) equal to the chain's status-filtered list.
  const statuses = Object.keys(countBy(chainJobs, (job) => job.status));
  expect(statuses.length).toBeGreaterThanOrEqual(5);
  console.log(`${chainJobs.length} jobs: ${JSON.stringify(countBy(chainJobs, (job) => job.status))}`);
  for (const status of statuses) {
    const data = await fixture.data(`query($s: JobStatus) { jobs(where: {status: {eq: $s}}, first: 0) { totalCount } }`, { s: status });
    const chainCount = (await chainJobList({ status: printchain.jobs.v1.JobStatus[status as keyof typeof printchain.jobs.v1.JobStatus] })).length;
    expect([status, data.jobs.totalCount]).toEqual([status, chainCount]);
  }
});

test("a sample of each status equals Query/Job: status, printer, price, every height (its event in that block) and time, settlement, proof, confirmation", async () => {
  const byStatus = new Map<string, ApiJob[]>();
  for (const job of apiJobs) byStatus.set(job.status, [...(byStatus.get(job.status) ?? []), job]);
  let checked = 0;
  for (const [, jobs] of byStatus) {
    for (const job of [jobs[0], jobs[Math.floor(jobs.length / 2)], jobs[jobs.length - 1]]) {
      const chain = await chainJob(job.id);
      checked++;
      expect({ status: job.status, printer: job.printerId, printerObject: (job.printer as { id: string } | null)?.id ?? null, price: job.price, denom: job.denom, material: job.material, technology: job.technology }).toEqual({
        status: chain.status, printer: chain.printerId || null, printerObject: chain.printerId || null, price: chain.price.amount, denom: chain.price.denom, material: chain.material, technology: chain.technology,
      });
      expect(job.createdHeight).toBe(Number(chain.createdHeight));
      expect(ms(job.createdTime)).toBe(chainMs(chain.createdAtMs));
      expect(ms(job.acceptedTime)).toBe(chainMs(chain.acceptedAtMs));
      expect(ms(job.proofTime)).toBe(chainMs(chain.proof?.submittedAtMs));
      expect(ms(job.settledTime)).toBe(chainMs(chain.settlement?.settledAtMs));
      expect({ payout: job.printerPayout, fee: job.fee, refund: job.customerRefund, slashed: job.bondSlashed, reason: job.settleReason }).toEqual(
        chain.settlement
          ? { payout: chain.settlement.printerPayout, fee: chain.settlement.fee, refund: chain.settlement.customerRefund, slashed: chain.settlement.bondSlashed, reason: chain.settlement.reason }
          : { payout: null, fee: null, refund: null, slashed: null, reason: null },
      );
      const proof = job.proof as { gramsUsed: string; printSeconds: string; height: number } | null;
      expect(proof && { gramsUsed: proof.gramsUsed, printSeconds: proof.printSeconds }).toEqual(chain.proof && { gramsUsed: chain.proof.gramsUsed, printSeconds: chain.proof.printSeconds });
      const confirmation = job.confirmation as { qualityScore: number; automatic: boolean } | null;
      expect(confirmation && { qualityScore: confirmation.qualityScore, automatic: confirmation.automatic }).toEqual(chain.confirmation && { qualityScore: chain.confirmation.qualityScore, automatic: chain.confirmation.automatic });
      expect(job.qualityScore).toBe(chain.confirmation && !chain.confirmation.automatic ? chain.confirmation.qualityScore : null);
      // Each lifecycle height is a block whose results hold that event for this job.
      for (const [height, type] of [[job.createdHeight, "EventJobCreated"], [job.acceptedHeight, "EventJobAccepted"], [job.proofHeight, "EventProofOfPrint"], [job.confirmedHeight, "EventJobConfirmed"], [job.settledHeight, "EventJobSettled"]] as const) {
        if (height == null) continue;
        expect((await jobEventsAt(height as number)).some((event) => event.type === type && event.jobId === job.id) ? `${type}@${height}` : `missing ${type}@${height} of job ${job.id}`).toBe(`${type}@${height}`);
      }
      if (chain.settlement) expect(job.settledHeight).not.toBeNull();
      if (chain.acceptedAtMs !== "0") expect(job.acceptedHeight).not.toBeNull();
    }
  }
  expect(checked).toBeGreaterThanOrEqual(15);
  // job(id) of an unknown id is null; the nested objects point back at their job.
  const data = await fixture.data(`query($id: ID!) { missing: job(id: "999999999") { id } bad: job(id: "x") { id } job(id: $id) { id proof { job { id } } confirmation { job { id } } } }`, { id: apiJobs.find((job) => job.confirmation)!.id });
  expect(data.missing).toBeNull();
  expect(data.bad).toBeNull();
  expect([data.job.proof.job.id, data.job.confirmation.job.id]).toEqual([data.job.id, data.job.id]);
});

test("a printer's jobs by status equal the chain's list of that printer's jobs", async () => {
  const perPrinter = countBy(chainJobs.filter((job) => job.printerId), (job) => job.printerId);
  const [printerId] = Object.entries(perPrinter).sort((a, b) => b[1] - a[1])[0];
  const chainList = await chainJobList({ printerId });
  expect(chainList.length).toBe(perPrinter[printerId]);
  const byStatus = countBy(chainList, (job) => job.status);
  const data = await fixture.data(
    `query($id: ID!) { printer(id: $id) { all: jobs(first: 1000) { totalCount nodes { id } } ${Object.keys(byStatus).map((status) => `${status}: jobs(where: {status: {eq: ${status}}}, first: 1000) { totalCount nodes { id status } }`).join(" ")} } }`,
    { id: printerId },
  );
  expect(data.printer.all.totalCount).toBe(chainList.length);
  expect(data.printer.all.nodes.map((job: ApiJob) => job.id)).toEqual(chainList.map((job) => job.id).sort((a, b) => Number(a) - Number(b)));
  for (const [status, count] of Object.entries(byStatus)) {
    expect([status, data.printer[status].totalCount, data.printer[status].nodes.length]).toEqual([status, count, count]);
  }
});

test("pagination forward and backward over the whole list equals the full list, for every order, with no duplicates", async () => {
  const compare = (a: ApiJob, b: ApiJob, key: (job: ApiJob) => bigint, descending: boolean): number => {
    const difference = key(a) === key(b) ? BigInt(a.id) - BigInt(b.id) : key(a) - key(b);
    return (difference < 0n ? -1 : difference > 0n ? 1 : 0) * (descending ? -1 : 1);
  };
  const MAX = 9223372036854775807n;
  const orders: Array<[string | null, (job: ApiJob) => bigint, boolean]> = [
    [null, () => 0n, false],
    ["{field: ID, direction: DESC}", () => 0n, true],
    ["{field: CREATED_HEIGHT, direction: ASC}", (job) => BigInt(job.createdHeight), false],
    ["{field: CREATED_HEIGHT}", (job) => BigInt(job.createdHeight), true],
    ["{field: SETTLED_HEIGHT, direction: ASC}", (job) => (job.settledHeight == null ? MAX : BigInt(job.settledHeight)), false],
    ["{field: SETTLED_HEIGHT, direction: DESC}", (job) => (job.settledHeight == null ? MAX : BigInt(job.settledHeight)), true],
    ["{field: PRICE, direction: DESC}", (job) => BigInt(job.price), true],
  ];
  for (const [orderBy, key, descending] of orders) {
    const expected = [...apiJobs].sort((a, b) => compare(a, b, key, descending)).map((job) => job.id);
    const forward = (await pageThrough(orderBy, false, 17)).map((job) => job.id);
    const backward = (await pageThrough(orderBy, true, 23)).map((job) => job.id);
    expect([orderBy, new Set(forward).size]).toEqual([orderBy, forward.length]);
    expect([orderBy, forward]).toEqual([orderBy, expected]);
    expect([orderBy, backward]).toEqual([orderBy, expected]);
  }
  // A filtered list pages the same way (the status index).
  const completed = apiJobs.filter((job) => job.status === "JOB_STATUS_COMPLETED").map((job) => job.id);
  expect((await pageThrough("{field: CREATED_HEIGHT, direction: ASC}", false, 4, "{status: {eq: JOB_STATUS_COMPLETED}}")).map((job) => job.id)).toEqual(
    apiJobs.filter((job) => job.status === "JOB_STATUS_COMPLETED").sort((a, b) => compare(a, b, (job) => BigInt(job.createdHeight), false)).map((job) => job.id),
  );
  expect(completed.length).toBeGreaterThan(4);
});

test("a cursor of another order is refused with BAD_USER_INPUT", async () => {
  const page = await fixture.data(`{ jobs(first: 2, orderBy: {field: PRICE}) { pageInfo { endCursor } } }`);
  const cursor = page.jobs.pageInfo.endCursor;
  for (const orderBy of ["{field: CREATED_HEIGHT, direction: DESC}", "{field: PRICE, direction: ASC}", "null"]) {
    const response = await fixture.graphql(`query($c: String) { jobs(first: 2, after: $c, orderBy: ${orderBy}) { nodes { id } } }`, { c: cursor });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  }
  const nested = await fixture.graphql(`query($c: String) { printers(first: 1) { nodes { jobs(after: $c) { nodes { id } } } } }`, { c: cursor });
  expect(nested.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  const garbage = await fixture.graphql(`{ jobs(after: "not a cursor") { nodes { id } } }`);
  expect(garbage.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
});

test("filters, alone and combined, and their totalCount equal the chain's jobs filtered alike", async () => {
  const heights = chainJobs.map((job) => Number(job.createdHeight)).sort((a, b) => a - b);
  const midHeight = heights[Math.floor(heights.length / 2)];
  const settledTimes = chainJobs.filter((job) => job.settlement).map((job) => Number(job.settlement!.settledAtMs)).sort((a, b) => a - b);
  const settledFrom = settledTimes[Math.floor(settledTimes.length / 3)];
  const settledTo = settledTimes[Math.floor((2 * settledTimes.length) / 3)];
  const technology = chainJobs[0].technology;
  const material = chainJobs[0].material;
  const customer = chainJobs[chainJobs.length - 1].customer;
  const createdFrom = Number(chainJobs.find((job) => Number(job.createdHeight) === midHeight)!.createdAtMs);
  const cases: Array<[string, Record<string, unknown>, (job: ChainJob) => boolean]> = [
    ["combined", { status: { in: ["JOB_STATUS_COMPLETED", "JOB_STATUS_RESOLVED", "JOB_STATUS_FAILED"] }, technology: { eq: technology }, createdHeight: { gte: midHeight } },
      (job) => ["JOB_STATUS_COMPLETED", "JOB_STATUS_RESOLVED", "JOB_STATUS_FAILED"].includes(job.status) && job.technology === technology && Number(job.createdHeight) >= midHeight],
    ["settledTime", { settledTime: { gte: new Date(settledFrom).toISOString(), lt: new Date(settledTo).toISOString() } },
      (job) => job.settlement != null && Number(job.settlement.settledAtMs) >= settledFrom && Number(job.settlement.settledAtMs) < settledTo],
    ["createdTime + material", { createdTime: { gt: new Date(createdFrom).toISOString() }, material: { eq: material } }, (job) => Number(job.createdAtMs) > createdFrom && job.material === material],
    ["material (counter)", { material: { eq: material } }, (job) => job.material === material],
    ["technology (counter)", { technology: { eq: technology } }, (job) => job.technology === technology],
    ["customer (counter)", { customer: { eq: customer } }, (job) => job.customer === customer],
    ["printer in", { printer: { in: [chainJobs.find((job) => job.printerId)!.printerId, "nobody"] } }, (job) => job.printerId === chainJobs.find((other) => other.printerId)!.printerId],
    ["createdHeight range", { createdHeight: { gt: heights[5], lte: midHeight } }, (job) => Number(job.createdHeight) > heights[5] && Number(job.createdHeight) <= midHeight],
  ];
  for (const [name, where, predicate] of cases) {
    const expected = chainJobs.filter(predicate).map((job) => job.id).sort((a, b) => Number(a) - Number(b));
    const data = await fixture.data(`query($w: JobWhere) { jobs(where: $w, first: 1000) { totalCount nodes { id } } }`, { w: where });
    expect([name, data.jobs.nodes.map((job: ApiJob) => job.id)]).toEqual([name, expected]);
    expect([name, data.jobs.totalCount]).toEqual([name, expected.length]);
    if (name.startsWith("combined")) expect(expected.length).toBeGreaterThan(0);
  }
});

test("jobStats equal aggregates of the chain's jobs: by status, material, technology, region, epoch", async () => {
  const query = (groupBy: string) =>
    fixture.data(`{ jobStats(groupBy: ${groupBy}) { key count price { count sum min max p50 p95 avg } printSeconds { count sum } gramsUsed { count sum min max } quality { count sum min max p50 } timeToSettleMs { count sum min max } } }`);
  const stats = (await query("STATUS")).jobStats as Array<Record<string, any>>;
  const byStatus = new Map<string, ChainJob[]>();
  for (const job of chainJobs) byStatus.set(job.status, [...(byStatus.get(job.status) ?? []), job]);
  expect(stats.map((group) => group.key).sort()).toEqual([...byStatus.keys()].sort());
  for (const group of stats) {
    const jobs = byStatus.get(group.key)!;
    const price = aggregateOf(jobs.map((job) => BigInt(job.price.amount)));
    const grams = aggregateOf(jobs.filter((job) => job.proof).map((job) => BigInt(job.proof!.gramsUsed)));
    const seconds = aggregateOf(jobs.filter((job) => job.proof).map((job) => BigInt(job.proof!.printSeconds)));
    const quality = aggregateOf(jobs.filter((job) => job.confirmation && !job.confirmation.automatic).map((job) => BigInt(job.confirmation!.qualityScore)));
    const toSettle = aggregateOf(jobs.filter((job) => job.settlement).map((job) => BigInt(job.settlement!.settledAtMs) - BigInt(job.createdAtMs)));
    expect({ key: group.key, count: group.count, price: { ...group.price, avg: undefined } }).toEqual({ key: group.key, count: jobs.length, price: { ...price, avg: undefined } });
    expect(group.price.avg).toBe(jobs.length ? (Number((BigInt(price.sum!) * 10_000n) / BigInt(jobs.length)) / 10_000).toFixed(4) : null);
    expect([group.key, group.printSeconds]).toEqual([group.key, { count: seconds.count, sum: seconds.sum }]);
    expect([group.key, group.gramsUsed]).toEqual([group.key, { count: grams.count, sum: grams.sum, min: grams.min, max: grams.max }]);
    expect([group.key, group.quality]).toEqual([group.key, { count: quality.count, sum: quality.sum, min: quality.min, max: quality.max, p50: quality.p50 }]);
    expect([group.key, group.timeToSettleMs]).toEqual([group.key, { count: toSettle.count, sum: toSettle.sum, min: toSettle.min, max: toSettle.max }]);
  }
  for (const [groupBy, key] of [["MATERIAL", (job: ChainJob) => job.material], ["TECHNOLOGY", (job: ChainJob) => job.technology]] as const) {
    const groups = (await query(groupBy)).jobStats as Array<{ key: string; count: number }>;
    expect([groupBy, Object.fromEntries(groups.map((group) => [group.key, group.count]))]).toEqual([groupBy, countBy(chainJobs, key)]);
  }
  // REGION: the accepting printer's region on chain (Query/Printers).
  const printers = await fixture.abci("/printchain.printers.v1.Query/Printers", printersCodecs.QueryPrintersRequest, { pagination: { limit: 1000 } }, printersCodecs.QueryPrintersResponse);
  const regionOf = new Map((printers as printchain.printers.v1.QueryPrintersResponse).printers.map((printer) => [printer.id, printer.location?.region]));
  const regions = (await query("REGION")).jobStats as Array<{ key: string | null; count: number }>;
  expect(Object.fromEntries(regions.map((group) => [group.key ?? "null", group.count]))).toEqual(countBy(chainJobs, (job) => (job.printerId ? regionOf.get(job.printerId)! : null)));
  // EPOCH: created heights within each ended epoch's heights (Query/EpochSummary), null after the last ended one.
  const current = await fixture.abci("/printchain.emissions.v1.Query/CurrentEpoch", emissionsCodecs.QueryCurrentEpochRequest, {}, emissionsCodecs.QueryCurrentEpochResponse);
  const ranges: Array<{ epoch: string; start: number; end: number }> = [];
  for (let epoch = 1; epoch < Number(current.epoch); epoch++) {
    const summary = (await fixture.abci("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, { epoch }, emissionsCodecs.QueryEpochSummaryResponse)).summary!;
    ranges.push({ epoch: String(epoch), start: Number(summary.startHeight), end: Number(summary.endHeight) });
  }
  expect(ranges.length).toBeGreaterThan(0);
  const epochOf = (job: ChainJob): string | null => ranges.find((range) => Number(job.createdHeight) >= range.start && Number(job.createdHeight) <= range.end)?.epoch ?? null;
  const epochs = (await query("EPOCH")).jobStats as Array<{ key: string | null; count: number }>;
  expect(Object.fromEntries(epochs.map((group) => [group.key ?? "null", group.count]))).toEqual(countBy(chainJobs, epochOf));
  // A filter applies to the stats too.
  const filtered = await fixture.data(`{ jobStats(groupBy: STATUS, where: {status: {in: [JOB_STATUS_COMPLETED]}}) { key count } }`);
  expect(filtered.jobStats).toEqual([{ key: "JOB_STATUS_COMPLETED", count: byStatus.get("JOB_STATUS_COMPLETED")!.length }]);
});

test("100 printers with performance, 5 epochs and their last 10 jobs with proofs: at most 6 statements, the jobs each printer's last 10 on chain", async () => {
  fixture.statements.length = 0;
  const data = await fixture.data(`{ printers(first: 100) { nodes { id performance { points onTimeRate } epochs(first: 5) { nodes { epoch points } } jobs(first: 10, orderBy: {field: CREATED_HEIGHT, direction: DESC}) { nodes { id status proof { gramsUsed } } } } } }`);
  const statements = fixture.statements.length;
  expect(statements).toBeLessThanOrEqual(6);
  const printers = data.printers.nodes as Array<{ id: string; jobs: { nodes: Array<{ id: string; status: string; proof: { gramsUsed: string } | null }> } }>;
  expect(printers.length).toBeGreaterThan(10);
  const byPrinter = new Map<string, ChainJob[]>();
  for (const job of chainJobs) if (job.printerId) byPrinter.set(job.printerId, [...(byPrinter.get(job.printerId) ?? []), job]);
  let withJobs = 0;
  for (const printer of printers) {
    const expected = (byPrinter.get(printer.id) ?? [])
      .sort((a, b) => Number(b.createdHeight) - Number(a.createdHeight) || Number(b.id) - Number(a.id))
      .slice(0, 10)
      .map((job) => ({ id: job.id, status: job.status, proof: job.proof ? { gramsUsed: job.proof.gramsUsed } : null }));
    if (expected.length > 0) withJobs++;
    expect([printer.id, printer.jobs.nodes]).toEqual([printer.id, expected]);
  }
  expect(withJobs).toBeGreaterThan(5);
  console.log(`printers page with nested jobs: ${statements} statements`);
});

test("every served order reads an index in order (no sort), top level and per printer", async () => {
  const plans: Array<[string, string]> = [];
  const client = await fixture.api.pool.connect();
  try {
    // The fixture's tables are small enough for a scan and a sort to win: make the planner show what the indexes allow.
    await client.query(`SET enable_seqscan = off`);
    // A sort of a printer's few rows is cheap: forbid it, so one shows only where no index gives the order.
    await client.query(`SET enable_sort = off`);
    for (const [orderBy, cursor] of [["{field: ID}", false], ["{field: CREATED_HEIGHT, direction: ASC}", true], ["{field: SETTLED_HEIGHT, direction: ASC}", true], ["{field: SETTLED_HEIGHT}", false], ["{field: PRICE}", true], ["{field: PRICE, direction: ASC}", false]] as const) {
      const first = await fixture.data(`{ jobs(first: 3, orderBy: ${orderBy}) { pageInfo { endCursor } } }`);
      fixture.statements.length = 0;
      await fixture.data(`query($c: String) { jobs(${cursor ? "last: 3, before" : "first: 3, after"}: $c, orderBy: ${orderBy}) { nodes { id } } }`, { c: first.jobs.pageInfo.endCursor });
      plans.push([orderBy, fixture.statements[0]]);
    }
    fixture.statements.length = 0;
    await fixture.data(`{ printers(first: 3) { nodes { jobs(first: 2, orderBy: {field: CREATED_HEIGHT}) { nodes { id } } } } }`);
    plans.push(["Printer.jobs CREATED_HEIGHT", fixture.statements.find((statement) => statement.includes("LATERAL"))!]);
    for (const [name, statement] of plans) {
      const { rows } = await client.query(`EXPLAIN (GENERIC_PLAN) ${statement}`);
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      expect([name, /Index (Only )?Scan/.test(plan), /\bSort\b/.test(plan) ? plan : "no sort"]).toEqual([name, true, "no sort"]);
    }
  } finally {
    await client.query(`RESET enable_seqscan`);
    await client.query(`RESET enable_sort`);
    client.release();
  }
});

test("jobStatusChanged over SSE: the jobs with lifecycle events in the heights the checkpoint advances over (checkpoint set back, then forward)", async () => {
  // The fixture's chain makes no blocks after start, so the indexer cannot move on: the test moves
  // the checkpoint row back over indexed heights and forward again, which is exactly what a batch
  // commit looks like to the feed.
  const [checkpoint] = await fixture.sql<{ height: string }>(`SELECT height FROM checkpoints WHERE id = 'main'`);
  const head = Number(checkpoint.height);
  const from = head - 15;
  const expectedIds = new Set<string>();
  for (let height = from + 1; height <= head; height++) {
    for (const event of await jobEventsAt(height)) {
      if (["EventJobCreated", "EventJobAccepted", "EventProofOfPrint", "EventJobConfirmed", "EventJobDisputed", "EventDisputeResolved", "EventJobSettled"].includes(event.type)) expectedIds.add(event.jobId);
    }
  }
  expect(expectedIds.size).toBeGreaterThan(2);
  const chainById = new Map(chainJobs.map((job) => [job.id, job]));
  const expected = [...expectedIds].sort((a, b) => Number(a) - Number(b));
  const completed = expected.filter((id) => chainById.get(id)!.status === "JOB_STATUS_COMPLETED");
  expect(completed.length).toBeGreaterThan(0);
  expect(completed.length).toBeLessThan(expected.length);
  console.log(`jobStatusChanged over heights (${from}, ${head}]: ${expected.length} jobs, ${completed.length} completed`);
  await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [from]);
  const all = fixture.subscribe(`subscription { jobStatusChanged { id status printerId printer { id } proof { gramsUsed } confirmation { qualityScore } dispute { reason } } }`);
  const filtered = fixture.subscribe(`subscription($w: JobWhere) { jobStatusChanged(where: $w) { id status } }`, { w: { status: { eq: "JOB_STATUS_COMPLETED" } } });
  try {
    await Promise.all([all.opened, filtered.opened]);
    // The feed reads the (set back) checkpoint when its first subscriber starts; then it moves on.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(all.payloads).toEqual([]);
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
    await all.waitFor(expected.length);
    await filtered.waitFor(completed.length);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(all.payloads.every((payload) => payload.errors === undefined)).toBe(true);
    const jobs = all.payloads.map((payload) => payload.data!.jobStatusChanged);
    expect(jobs.map((job) => job.id)).toEqual(expected);
    for (const job of jobs) {
      const chain = chainById.get(job.id)!;
      expect({ id: job.id, status: job.status, printer: job.printer?.id ?? null, grams: job.proof?.gramsUsed ?? null }).toEqual({ id: chain.id, status: chain.status, printer: chain.printerId || null, grams: chain.proof?.gramsUsed ?? null });
    }
    expect(filtered.payloads.map((payload) => payload.data!.jobStatusChanged)).toEqual(completed.map((id) => ({ id, status: "JOB_STATUS_COMPLETED" })));
  } finally {
    all.close();
    filtered.close();
    await fixture.sql(`UPDATE checkpoints SET height = $1 WHERE id = 'main'`, [head]);
  }
});

test("jobStatusChanged over SSE as the real indexer indexes new blocks (the EndBlock timers of open, accepted and proved jobs)", async () => {
  // Runs last: it moves the chain on. Each empty block steps the header time, so offers expire,
  // deadlines pass and proofs get confirmed automatically in EndBlock.
  const lifecycle = new Set(["EventJobCreated", "EventJobAccepted", "EventProofOfPrint", "EventJobConfirmed", "EventJobDisputed", "EventDisputeResolved", "EventJobSettled"]);
  const start = fixture.node.height;
  const all = fixture.subscribe(`subscription { jobStatusChanged { id status settledHeight settleReason printer { id } proof { gramsUsed } confirmation { automatic } } }`);
  const settled = fixture.subscribe(`subscription($w: JobWhere) { jobStatusChanged(where: $w) { id status } }`, { w: { status: { in: ["JOB_STATUS_EXPIRED", "JOB_STATUS_COMPLETED"] }, settledTime: { gte: "1970-01-01T00:00:00Z" } } });
  try {
    await Promise.all([all.opened, settled.opened]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const changed = new Set<string>();
    for (let block = 0; block < 400 && (changed.size < 3 || block < 30); block++) {
      await fixture.node.produceBlock();
      for (const event of await jobEventsAt(fixture.node.height)) if (lifecycle.has(event.type)) changed.add(event.jobId);
    }
    expect(changed.size).toBeGreaterThan(0);
    await new Indexer({ rpcUrl: fixture.rpcUrl, dataSource: fixture.database.dataSource, once: true, batchSize: 10_000, log: () => undefined, onProgress: () => undefined }).run();
    const [checkpoint] = await fixture.sql<{ height: string }>(`SELECT height FROM checkpoints WHERE id = 'main'`);
    expect(Number(checkpoint.height)).toBe(fixture.node.height);
    const expected = [...changed].sort((a, b) => Number(a) - Number(b));
    const chain = new Map(await Promise.all(expected.map(async (id) => [id, await chainJob(id)] as const)));
    const expectedSettled = expected.filter((id) => chain.get(id)!.settlement && ["JOB_STATUS_EXPIRED", "JOB_STATUS_COMPLETED"].includes(chain.get(id)!.status));
    await all.waitFor(expected.length);
    await settled.waitFor(expectedSettled.length);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    console.log(`jobStatusChanged over ${fixture.node.height - start} new blocks (${start}, ${fixture.node.height}]: ${expected.length} jobs ${JSON.stringify(countBy([...chain.values()], (job) => job.status))}, ${expectedSettled.length} expired or completed`);
    const jobs = all.payloads.map((payload) => payload.data!.jobStatusChanged);
    expect(jobs.map((job) => job.id)).toEqual(expected);
    for (const job of jobs) {
      const onChain = chain.get(job.id)!;
      expect({ id: job.id, status: job.status, reason: job.settleReason, printer: job.printer?.id ?? null, grams: job.proof?.gramsUsed ?? null, automatic: job.confirmation?.automatic ?? null }).toEqual({
        id: onChain.id, status: onChain.status, reason: onChain.settlement?.reason ?? null, printer: onChain.printerId || null, grams: onChain.proof?.gramsUsed ?? null, automatic: onChain.confirmation?.automatic ?? null,
      });
    }
    expect(settled.payloads.map((payload) => payload.data!.jobStatusChanged)).toEqual(expectedSettled.map((id) => ({ id, status: chain.get(id)!.status })));
  } finally {
    all.close();
    settled.close();
  }
});
