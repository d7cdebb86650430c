import { emissionsCodecs, printchain, printersCodecs, toBigInt } from "../../proto";
import { ApiFixture } from "../utils/apiFixture";

/**
 * The printer queries over HTTP against a database the real indexer filled from a simulated
 * chain, every figure compared with the node's own queries: Query/Printers and Query/Printer
 * for the fleet, Query/PrinterPerformance for each printer's counters and rates, and
 * Query/PrinterPoints for every epoch's points (leaderboards, time travel, group-by).
 */
jest.setTimeout(240_000);

type ChainPrinter = printchain.printers.v1.IPrinter;
const statusName = (value: number | null | undefined): string => (printchain.printers.v1.PrinterStatus as unknown as Record<number, string>)[value ?? 0];
const technologyName = (value: number | null | undefined): string => (printchain.printers.v1.Technology as unknown as Record<number, string>)[value ?? 0];
/** The chain's rates: floor-divided basis points, as a 4-decimal fraction; null without a denominator. */
const rate = (numerator: bigint, denominator: bigint): string | null => (denominator === 0n ? null : ((numerator * 10_000n) / denominator).toString().padStart(5, "0").replace(/(\d{4})$/, ".$1"));

let fixture: ApiFixture;
let chainPrinters: ChainPrinter[];
let epochs: number;
/** Points per printer per epoch, from Query/PrinterPoints. */
const points = new Map<string, bigint[]>();

async function allChainPrinters(filter: { region?: string; status?: number } = {}): Promise<ChainPrinter[]> {
  const out: ChainPrinter[] = [];
  let key: Uint8Array | undefined;
  do {
    const page = await fixture.abci("/printchain.printers.v1.Query/Printers", printersCodecs.QueryPrintersRequest, { ...filter, pagination: { key, limit: 25 } }, printersCodecs.QueryPrintersResponse);
    out.push(...(page.printers ?? []));
    key = page.pagination?.nextKey?.length ? page.pagination.nextKey : undefined;
  } while (key);
  return out;
}

async function allPages(query: string, variables: Record<string, unknown>, field: string, direction: "forward" | "backward", size: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const data: Record<string, any> = await fixture.data(query, { ...variables, ...(direction === "forward" ? { first: size, after: cursor } : { last: size, before: cursor }) });
    const connection = data[field];
    const pageIds = connection.edges.map((edge: { node: { id: string } }) => edge.node.id);
    if (direction === "forward") ids.push(...pageIds);
    else ids.unshift(...pageIds);
    const more = direction === "forward" ? connection.pageInfo.hasNextPage : connection.pageInfo.hasPreviousPage;
    if (!more) return ids;
    cursor = direction === "forward" ? connection.pageInfo.endCursor : connection.pageInfo.startCursor;
  }
  throw new Error("more than 100 pages");
}

beforeAll(async () => {
  fixture = await ApiFixture.start();
  chainPrinters = await allChainPrinters();
  const [{ epochs: ended }] = await fixture.sql<{ epochs: number }>(`SELECT count(*)::int AS epochs FROM epochs`);
  epochs = ended;
  for (const printer of chainPrinters) {
    const series: bigint[] = [];
    for (let epoch = 1; epoch <= epochs; epoch++) {
      const found = await fixture
        .abci("/printchain.emissions.v1.Query/PrinterPoints", emissionsCodecs.QueryPrinterPointsRequest, { printerId: printer.id, epoch }, emissionsCodecs.QueryPrinterPointsResponse)
        .catch((error: Error) => {
          if (/NotFound/.test(error.message)) return undefined; // no points in that epoch
          throw error;
        });
      series.push(BigInt(found?.points?.points || "0"));
    }
    points.set(printer.id!, series);
  }
});
afterAll(() => fixture?.stop());

test("the workload is not vacuous: dozens of printers, several ended epochs, the chain ending on an epoch end", () => {
  expect(chainPrinters.length).toBeGreaterThan(20);
  expect(epochs).toBeGreaterThanOrEqual(4);
  expect(fixture.node.height % 20).toBe(0);
  expect(new Set(chainPrinters.map((printer) => printer.status)).size).toBeGreaterThan(1);
});

test("every printer equals Query/Printer; the list's totalCount equals the chain's fleet", async () => {
  const data = await fixture.data(`{ printers(first: 1000) { totalCount nodes { id owner moniker status technology materials region latitudeMicrodegrees longitudeMicrodegrees latitude bond registeredHeight updatedHeight } } }`);
  expect(data.printers.totalCount).toBe(chainPrinters.length);
  const byId = new Map(data.printers.nodes.map((node: { id: string }) => [node.id, node]));
  expect(byId.size).toBe(chainPrinters.length);
  for (const printer of chainPrinters) {
    expect(byId.get(printer.id!)).toEqual({
      id: printer.id,
      owner: printer.owner,
      moniker: printer.moniker,
      status: statusName(printer.status),
      technology: technologyName(printer.spec?.technology),
      materials: printer.spec?.materials ?? [],
      region: printer.location?.region,
      latitudeMicrodegrees: printer.location?.latitudeUdeg,
      longitudeMicrodegrees: printer.location?.longitudeUdeg,
      latitude: (printer.location?.latitudeUdeg ?? 0) / 1e6,
      bond: printer.bond,
      registeredHeight: Number(toBigInt(printer.registeredHeight as never)),
      updatedHeight: Number(toBigInt(printer.updatedHeight as never)),
    });
  }
});

test("performance equals Query/PrinterPerformance (the chain ends on an epoch end, so every counter is in an ended epoch)", async () => {
  const data = await fixture.data(`{ printers(first: 1000) { nodes { id performance { offered offersExpired accepted completed completedOnTime completedLate failed disputed proofs firstAttempt
    errors unitsCompleted unitsOrdered qualityCount acceptMsTotal gramsUsed gramsEstimated printSeconds onTimeRate firstAttemptRate successRate avgQuality avgAcceptMs points } } } }`);
  let active = 0;
  for (const node of data.printers.nodes) {
    const { stats } = await fixture.abci("/printchain.printers.v1.Query/PrinterPerformance", printersCodecs.QueryPrinterPerformanceRequest, { printerId: node.id }, printersCodecs.QueryPrinterPerformanceResponse);
    const n = (value: unknown): bigint => toBigInt((value ?? 0) as never);
    const s = stats!;
    const [completed, failed, onTime, proofs, accepted] = [n(s.jobsCompleted), n(s.jobsFailed), n(s.jobsOnTime), n(s.proofsSubmitted), n(s.jobsAccepted)];
    if (accepted > 0n) active++;
    const qualitySum = n(s.qualitySum);
    const qualityCount = n(s.qualityCount);
    expect({ id: node.id, ...node.performance }).toEqual({
      id: node.id,
      offered: String(n(s.jobsOffered)), offersExpired: String(n(s.offersExpired)), accepted: String(accepted), completed: String(completed),
      completedOnTime: String(onTime), completedLate: String(n(s.jobsLate)), failed: String(failed), disputed: String(n(s.disputes)),
      proofs: String(proofs), firstAttempt: String(n(s.firstAttemptSuccesses)), errors: String(n(s.errors)), unitsCompleted: String(n(s.unitsCompleted)),
      unitsOrdered: String(n(s.unitsOrdered)), qualityCount: String(qualityCount), acceptMsTotal: String(n(s.acceptMsTotal)), gramsUsed: String(n(s.gramsUsed)),
      gramsEstimated: String(n(s.gramsEstimated)), printSeconds: String(n(s.printSeconds)),
      onTimeRate: rate(onTime, completed + failed), firstAttemptRate: rate(n(s.firstAttemptSuccesses), proofs), successRate: rate(completed, completed + failed),
      avgQuality: qualityCount === 0n ? null : ((qualitySum * 100n) / qualityCount).toString().replace(/(\d{2})$/, ".$1").replace(/^\./, "0."),
      avgAcceptMs: accepted === 0n ? null : `${n(s.acceptMsTotal) / accepted}.${String(((n(s.acceptMsTotal) % accepted) * 1000n) / accepted).padStart(3, "0")}`,
      points: String(points.get(node.id)!.reduce((sum, value) => sum + value, 0n)),
    });
  }
  expect(active).toBeGreaterThan(10);
});

test("leaderboards: an epoch's and a span's top printers by points equal the chain's PrinterPoints ranking", async () => {
  const ranking = (from: number, to: number): Array<[string, bigint]> =>
    [...points.entries()]
      .map(([id, series]): [string, bigint] => [id, series.slice(from - 1, to).reduce((sum, value) => sum + value, 0n)])
      .filter(([, value]) => value > 0n)
      .sort(([a, x], [b, y]) => (x === y ? (a < b ? -1 : 1) : x > y ? -1 : 1));
  const one = await fixture.data(`{ leaderboard(by: POINTS, epoch: ${epochs}, first: 10) { rank value printer { id } performance { epochs points } } }`);
  const expectedOne = ranking(epochs, epochs).slice(0, 10);
  expect(expectedOne.length).toBeGreaterThan(3);
  expect(one.leaderboard.map((entry: { printer: { id: string }; value: string }) => [entry.printer.id, BigInt(entry.value)])).toEqual(expectedOne);
  expect(one.leaderboard.map((entry: { rank: number }) => entry.rank)).toEqual(expectedOne.map((_, index) => index + 1));
  const span = await fixture.data(`{ leaderboard(by: POINTS, fromEpoch: 2, toEpoch: ${epochs}, first: 15) { value printer { id } } }`);
  expect(span.leaderboard.map((entry: { printer: { id: string }; value: string }) => [entry.printer.id, BigInt(entry.value)])).toEqual(ranking(2, epochs).slice(0, 15));
});

test("time travel: performance asOfEpoch sums the chain's points of the epochs up to it", async () => {
  const asOf = 2;
  const data = await fixture.data(`{ printers(first: 1000) { nodes { id performance(asOfEpoch: ${asOf}) { points } } } }`);
  for (const node of data.printers.nodes) expect([node.id, node.performance.points]).toEqual([node.id, String(points.get(node.id)!.slice(0, asOf).reduce((sum, value) => sum + value, 0n))]);
});

test("keyset pagination over a metric order, forward and backward, gives the full order with no duplicates", async () => {
  const query = `query Page($first: Int, $after: String, $last: Int, $before: String) { printers(orderBy: {field: POINTS, direction: DESC}, first: $first, after: $after, last: $last, before: $before) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
  const forward = await allPages(query, {}, "printers", "forward", 7);
  const backward = await allPages(query, {}, "printers", "backward", 6);
  const total = (id: string): bigint => points.get(id)!.reduce((sum, value) => sum + value, 0n);
  const expected = chainPrinters.map((printer) => printer.id!).sort((a, b) => (total(a) === total(b) ? (a < b ? 1 : -1) : total(a) > total(b) ? -1 : 1));
  expect(forward).toEqual(expected);
  expect(backward).toEqual(expected);
  expect(new Set(forward).size).toBe(chainPrinters.length);
});

test("filters: region and status equal the chain's filtered lists, with exact totalCounts (counter and bounded count)", async () => {
  const region = chainPrinters[0].location!.region!;
  const chainRegion = await allChainPrinters({ region });
  const byRegion = await fixture.data(`{ printers(where: {region: {eq: "${region}"}}, first: 1000) { totalCount nodes { id } } }`);
  expect(byRegion.printers.nodes.map((node: { id: string }) => node.id).sort()).toEqual(chainRegion.map((printer) => printer.id).sort());
  expect(byRegion.printers.totalCount).toBe(chainRegion.length);
  const both = await fixture.data(`{ printers(where: {region: {eq: "${region}"}, status: {eq: PRINTER_STATUS_ACTIVE}}, first: 1000) { totalCount nodes { id } } }`);
  const expected = chainRegion.filter((printer) => statusName(printer.status) === "PRINTER_STATUS_ACTIVE").map((printer) => printer.id).sort();
  expect(both.printers.nodes.map((node: { id: string }) => node.id).sort()).toEqual(expected);
  expect(both.printers.totalCount).toBe(expected.length);
});

test("near: the printers within a radius, by the equirectangular distance of the chain's coordinates, ordered by distance", async () => {
  const center = chainPrinters[0].location!;
  const [lat, lon] = [center.latitudeUdeg! / 1e6, center.longitudeUdeg! / 1e6];
  const km = (printer: ChainPrinter): number => {
    const [plat, plon] = [printer.location!.latitudeUdeg! / 1e6, printer.location!.longitudeUdeg! / 1e6];
    return Math.hypot((plat - lat) * 111.32, (plon - lon) * 111.32 * Math.cos((((plat + lat) / 2) * Math.PI) / 180));
  };
  const radius = 500;
  const data = await fixture.data(`{ printers(where: {near: {latitude: ${lat}, longitude: ${lon}, radiusKm: ${radius}}}, orderBy: {field: DISTANCE, direction: ASC}, first: 1000) { nodes { id distanceKm } } }`);
  const expected = chainPrinters.filter((printer) => km(printer) <= radius).sort((a, b) => km(a) - km(b) || (a.id! < b.id! ? -1 : 1));
  expect(expected.length).toBeGreaterThan(1);
  expect(data.printers.nodes.map((node: { id: string }) => node.id)).toEqual(expected.map((printer) => printer.id));
  for (const node of data.printers.nodes) expect(node.distanceKm).toBeCloseTo(km(chainPrinters.find((printer) => printer.id === node.id)!), 6);
});

test("printerStats: points grouped by epoch and by region equal sums of the chain's PrinterPoints", async () => {
  const byEpoch = await fixture.data(`{ printerStats(groupBy: EPOCH) { key points { sum } } }`);
  const regionOf = new Map(chainPrinters.map((printer) => [printer.id!, printer.location!.region!]));
  for (const group of byEpoch.printerStats) {
    const epoch = Number(group.key);
    const expected = [...points.values()].reduce((sum, series) => sum + series[epoch - 1], 0n);
    expect([epoch, BigInt(group.points.sum)]).toEqual([epoch, expected]);
  }
  const byRegion = await fixture.data(`{ printerStats(groupBy: REGION) { key points { sum max } } }`);
  for (const group of byRegion.printerStats) {
    const series = [...points.entries()].filter(([id]) => regionOf.get(id) === group.key).flatMap(([, values]) => values);
    expect([group.key, BigInt(group.points.sum)]).toEqual([group.key, series.reduce((sum, value) => sum + value, 0n)]);
  }
});
