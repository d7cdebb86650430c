import fc from "fast-check";
import { printersCodecs } from "../../../proto";
import { CommitStore } from "../../store/commitStore";
import { CacheStore } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { EventManager } from "../../types/events";
import { infiniteGasMeter } from "../../types/gas";
import { distanceMetres, kmToLatitudeUdeg, latitudeBand, longitudeCell, longitudeWindows, MAX_LATITUDE_UDEG, MAX_LONGITUDE_UDEG, MICRO, type GeoPoint } from "../../types/geo";
import { AuthKeeper } from "../auth/keeper";
import { BankKeeper } from "../bank/keeper";
import { PrintersKeeper, PrinterStatus, type Printer } from "../printers/keeper";
import { DEFAULT_PRINTERS_PARAMS } from "../printers/params";
import { DEFAULT_JOBS_PARAMS, type JobsParams } from "./params";
import { bandsNearestFirst, compareCandidates, rankCandidates, type RankedCandidate, type RouteRequest } from "./routing";

// ---------------------------------------------------------------------------------------------
// Fixtures: a real PrintersKeeper over a real CacheStore(CommitStore).

const OWNER = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";
const AUDITOR = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";
const MIN_BOND = DEFAULT_PRINTERS_PARAMS.minBond;
const { ACTIVE, PAUSED, RETIRED } = {
  ACTIVE: PrinterStatus.PRINTER_STATUS_ACTIVE,
  PAUSED: PrinterStatus.PRINTER_STATUS_PAUSED,
  RETIRED: PrinterStatus.PRINTER_STATUS_RETIRED,
};
/** Every candidate is ranked (the fleets below are smaller than this and than max_route_scan). */
const PARAMS: JobsParams = { ...DEFAULT_JOBS_PARAMS, maxCandidates: 100 };

interface Setup {
  readonly ctx: Context;
  readonly commit: CommitStore;
  readonly cache: CacheStore;
  readonly printers: PrintersKeeper;
}

function setup(): Setup {
  const commit = new CommitStore();
  const cache = new CacheStore(commit);
  const ctx: Context = {
    block: { chainId: "test", height: 1, timeMs: 0, proposer: "" },
    mode: "deliver",
    store: cache,
    gasMeter: infiniteGasMeter(),
    events: new EventManager(),
  };
  // Routing never reaches the bank; the keeper still needs a real one.
  return { ctx, commit, cache, printers: new PrintersKeeper(new BankKeeper(new AuthKeeper([]))) };
}

/** What the test knows about a printer, independently of the keeper. */
interface FleetPrinter {
  readonly id: string;
  readonly technology: number;
  readonly materials: readonly string[];
  readonly volume: { readonly xMm: number; readonly yMm: number; readonly zMm: number };
  readonly location: GeoPoint;
  readonly status: number;
  readonly bond: bigint;
  readonly attested: boolean;
  readonly reliabilityBps: number;
  readonly activeJobs: number;
}

function printerRecord(p: FleetPrinter): Printer {
  return printersCodecs.Printer.fromPartial({
    id: p.id,
    owner: OWNER,
    moniker: p.id,
    spec: { technology: p.technology, buildVolume: p.volume, materials: [...p.materials] },
    location: { ...p.location, region: "DE" },
    status: p.status,
    registeredHeight: 1,
    bond: p.bond.toString(),
    updatedHeight: 1,
  });
}

/** Registers a printer as the msg server would: attestation first, so its route entries carry the flag. */
function register({ ctx, printers }: Setup, p: FleetPrinter): void {
  if (p.attested) printers.setAttestation(ctx, printersCodecs.Attestation.fromPartial({ printerId: p.id, auditor: AUDITOR, height: 1 }));
  printers.setPrinter(ctx, printerRecord(p));
  printers.setStats(ctx, printersCodecs.PrinterStats.fromPartial({ printerId: p.id, reliabilityBps: p.reliabilityBps, activeJobs: p.activeJobs }));
}

function fleetStore(fleet: readonly FleetPrinter[]): Setup {
  const s = setup();
  for (const p of fleet) register(s, p);
  return s;
}

const rank = (s: Setup, request: RouteRequest, params: JobsParams = PARAMS): RankedCandidate[] => rankCandidates(s.ctx.store, s.printers, request, params);
const ids = (candidates: readonly RankedCandidate[]): string[] => candidates.map((c) => c.printerId);

/** Everything the test's own reading of the rules requires of a printer, computed from the fleet list. */
function meetsEverything(p: FleetPrinter, request: RouteRequest, params: JobsParams): boolean {
  return (
    p.technology === request.technology &&
    p.materials.includes(request.material) &&
    p.volume.xMm >= request.minBuildVolume.xMm &&
    p.volume.yMm >= request.minBuildVolume.yMm &&
    p.volume.zMm >= request.minBuildVolume.zMm &&
    distanceMetres(p.location, request.location) <= request.maxDistanceKm * 1000 &&
    p.status === ACTIVE &&
    p.bond >= MIN_BOND &&
    (p.attested || !request.requireAttested) &&
    p.activeJobs < params.maxActiveJobs
  );
}

/** b is at least as good as a on every routing criterion and strictly better on one. */
function dominates(b: RankedCandidate, a: RankedCandidate): boolean {
  const atLeast = b.distanceM <= a.distanceM && b.reliabilityBps >= a.reliabilityBps && b.activeJobs <= a.activeJobs && (b.attested || !a.attested);
  const strictly = b.distanceM < a.distanceM || b.reliabilityBps > a.reliabilityBps || b.activeJobs < a.activeJobs || (b.attested && !a.attested);
  return atLeast && strictly;
}

// ---------------------------------------------------------------------------------------------
// Generators

const MATERIALS = ["PLA", "PETG", "ABS", "Ti6Al4V"] as const;
const CITIES: readonly GeoPoint[] = [
  { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 }, // Berlin
  { latitudeUdeg: 48_856_600, longitudeUdeg: 2_352_200 }, // Paris
  { latitudeUdeg: 40_712_800, longitudeUdeg: -74_006_000 }, // New York
  { latitudeUdeg: -33_868_800, longitudeUdeg: 151_209_300 }, // Sydney
  { latitudeUdeg: 1_352_100, longitudeUdeg: 103_819_800 }, // Singapore, near the equator
  { latitudeUdeg: -17_713_400, longitudeUdeg: 178_065_000 }, // Fiji, near the antimeridian
  { latitudeUdeg: 64_146_600, longitudeUdeg: -21_942_600 }, // Reykjavik
];

const clampLatitude = (udeg: number): number => Math.max(-MAX_LATITUDE_UDEG, Math.min(MAX_LATITUDE_UDEG, udeg));
const wrapLongitude = (udeg: number): number => (udeg > MAX_LONGITUDE_UDEG ? udeg - 2 * MAX_LONGITUDE_UDEG : udeg < -MAX_LONGITUDE_UDEG ? udeg + 2 * MAX_LONGITUDE_UDEG : udeg);

/** Berlin and Paris are the busy hubs, the others see a printer now and then. */
const cityArb: fc.Arbitrary<GeoPoint> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(CITIES[0]) },
  { weight: 3, arbitrary: fc.constant(CITIES[1]) },
  { weight: 2, arbitrary: fc.constantFrom(...CITIES.slice(2)) },
);

/** Mostly clustered around a few cities (within ±3°, often within a few km), sometimes anywhere. */
const locationArb: fc.Arbitrary<GeoPoint> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(cityArb, fc.integer({ min: -2 * MICRO, max: 2 * MICRO }), fc.integer({ min: -3 * MICRO, max: 3 * MICRO })) },
  { weight: 4, arbitrary: fc.tuple(cityArb, fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: -50_000, max: 50_000 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant({ latitudeUdeg: 0, longitudeUdeg: 0 }), fc.integer({ min: -MAX_LATITUDE_UDEG, max: MAX_LATITUDE_UDEG }), fc.integer({ min: -MAX_LONGITUDE_UDEG, max: MAX_LONGITUDE_UDEG })) },
).map(([center, dLat, dLon]) => ({ latitudeUdeg: clampLatitude(center.latitudeUdeg + dLat), longitudeUdeg: wrapLongitude(center.longitudeUdeg + dLon) }));

const volumeArb = fc.record({ xMm: fc.integer({ min: 80, max: 500 }), yMm: fc.integer({ min: 80, max: 500 }), zMm: fc.integer({ min: 80, max: 500 }) });

const printerArb = (id: string): fc.Arbitrary<FleetPrinter> =>
  fc.record({
    id: fc.constant(id),
    technology: fc.oneof({ weight: 3, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }) }),
    materials: fc.uniqueArray(fc.constantFrom(...MATERIALS), { minLength: 1, maxLength: 3 }),
    volume: volumeArb,
    location: locationArb,
    status: fc.oneof({ weight: 6, arbitrary: fc.constant(ACTIVE) }, { weight: 1, arbitrary: fc.constant(PAUSED) }, { weight: 1, arbitrary: fc.constant(RETIRED) }),
    bond: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(MIN_BOND, MIN_BOND + 1n, 5n * MIN_BOND) },
      { weight: 1, arbitrary: fc.constantFrom(0n, MIN_BOND - 1n) },
      { weight: 1, arbitrary: fc.bigInt({ min: MIN_BOND - 1000n, max: MIN_BOND + 1000n }) },
    ),
    attested: fc.boolean(),
    reliabilityBps: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(6000, 7500, 8000)),
    activeJobs: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 7 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) }),
  });

/** Most printers of a dense fleet are FDM printers taking PLA around Berlin, so a job has many candidates to order. */
const densePrinterArb = (id: string): fc.Arbitrary<FleetPrinter> =>
  fc
    .tuple(
      printerArb(id),
      fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      fc.integer({ min: -1_500_000, max: 1_500_000 }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }),
    )
    .map(([p, conform, dLat, dLon]) =>
      conform
        ? {
            ...p,
            technology: 1,
            materials: p.materials.includes("PLA") ? p.materials : ["PLA", ...p.materials.slice(1)],
            location: { latitudeUdeg: CITIES[0].latitudeUdeg + dLat, longitudeUdeg: CITIES[0].longitudeUdeg + dLon },
          }
        : p,
    );

/** 1..60 printers with distinct ids (whose string order differs from their numeric order). */
const fleetArb: fc.Arbitrary<FleetPrinter[]> = fc
  .tuple(fc.uniqueArray(fc.integer({ min: 0, max: 9_999 }), { minLength: 1, maxLength: 60, size: "max" }), fc.boolean())
  .chain(([numbers, dense]) => fc.tuple(...numbers.map((n) => (dense ? densePrinterArb : printerArb)(`printer-${n}`))));

/** A job: often modelled on one of the fleet's printers so that candidates exist. */
function requestArb(fleet: readonly FleetPrinter[]): fc.Arbitrary<RouteRequest> {
  return fc
    .record({
      template: fc.constantFrom(...fleet),
      copyCapability: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      copyLocation: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      technology: fc.integer({ min: 1, max: 5 }),
      material: fc.constantFrom(...MATERIALS),
      materialIndex: fc.nat(),
      minBuildVolume: fc.oneof(
        { weight: 3, arbitrary: fc.record({ xMm: fc.integer({ min: 0, max: 120 }), yMm: fc.integer({ min: 0, max: 120 }), zMm: fc.integer({ min: 0, max: 120 }) }) },
        { weight: 1, arbitrary: fc.record({ xMm: fc.integer({ min: 0, max: 400 }), yMm: fc.integer({ min: 0, max: 400 }), zMm: fc.integer({ min: 0, max: 400 }) }) },
      ),
      location: locationArb,
      nudge: fc.tuple(fc.integer({ min: -30_000, max: 30_000 }), fc.integer({ min: -30_000, max: 30_000 })),
      maxDistanceKm: fc.oneof(
        { weight: 2, arbitrary: fc.integer({ min: 1, max: 3000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }) },
        { weight: 2, arbitrary: fc.integer({ min: 20, max: 800 }) },
        { weight: 1, arbitrary: fc.integer({ min: 800, max: 3000 }) },
      ),
      requireAttested: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) }),
    })
    .map((r) => ({
      technology: r.copyCapability ? r.template.technology : r.technology,
      material: r.copyCapability ? r.template.materials[r.materialIndex % r.template.materials.length] : r.material,
      minBuildVolume: r.minBuildVolume,
      location: r.copyLocation
        ? { latitudeUdeg: clampLatitude(r.template.location.latitudeUdeg + r.nudge[0]), longitudeUdeg: wrapLongitude(r.template.location.longitudeUdeg + r.nudge[1]) }
        : r.location,
      maxDistanceKm: r.maxDistanceKm,
      requireAttested: r.requireAttested,
    }));
}

const fleetAndRequestArb = fleetArb.chain((fleet) => fc.tuple(fc.constant(fleet), requestArb(fleet)));

const RUNS = { numRuns: 300 };

/** A printer that can take the standard job below. */
function capable(id: string, overrides: Partial<FleetPrinter> = {}): FleetPrinter {
  return {
    id,
    technology: 1,
    materials: ["PLA"],
    volume: { xMm: 200, yMm: 200, zMm: 200 },
    location: CITIES[0],
    status: ACTIVE,
    bond: MIN_BOND,
    attested: false,
    reliabilityBps: 7500,
    activeJobs: 0,
    ...overrides,
  };
}

const JOB: RouteRequest = {
  technology: 1,
  material: "PLA",
  minBuildVolume: { xMm: 100, yMm: 100, zMm: 100 },
  location: CITIES[0],
  maxDistanceKm: 100,
  requireAttested: false,
};

/** A point `km` north of `from` (along the meridian). */
const north = (from: GeoPoint, km: number): GeoPoint => ({ latitudeUdeg: from.latitudeUdeg + Math.round((km * 1000 * MICRO) / 111_195), longitudeUdeg: from.longitudeUdeg });

// ---------------------------------------------------------------------------------------------
// Properties on random fleets

describe("rankCandidates on random fleets", () => {
  test("(a) every candidate has the technology, material, build volume, distance, status, bond, attestation and spare load the job needs", () => {
    fc.assert(
      fc.property(fleetAndRequestArb, ([fleet, request]) => {
        const byId = new Map(fleet.map((p) => [p.id, p]));
        const candidates = rank(fleetStore(fleet), request);
        for (const candidate of candidates) {
          const p = byId.get(candidate.printerId);
          if (!p) throw new Error(`unknown printer ${candidate.printerId}`);
          expect(p.technology).toBe(request.technology);
          expect(p.materials).toContain(request.material);
          expect(p.volume.xMm).toBeGreaterThanOrEqual(request.minBuildVolume.xMm);
          expect(p.volume.yMm).toBeGreaterThanOrEqual(request.minBuildVolume.yMm);
          expect(p.volume.zMm).toBeGreaterThanOrEqual(request.minBuildVolume.zMm);
          // Recomputed from the printer record, not taken from the candidate.
          const distance = distanceMetres(request.location, p.location);
          expect(distance).toBeLessThanOrEqual(request.maxDistanceKm * 1000);
          expect(p.status).toBe(ACTIVE);
          expect(p.bond).toBeGreaterThanOrEqual(MIN_BOND);
          if (request.requireAttested) expect(p.attested).toBe(true);
          expect(p.activeJobs).toBeLessThan(PARAMS.maxActiveJobs);
          // And the candidate reports the printer's own figures.
          expect(candidate).toMatchObject({ distanceM: distance, reliabilityBps: p.reliabilityBps, activeJobs: p.activeJobs, attested: p.attested });
        }
        expect(new Set(ids(candidates)).size).toBe(candidates.length);
      }),
      RUNS,
    );
  });

  test("(b) every printer meeting all the rules is returned when the fleet is smaller than max_candidates and max_route_scan", () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(fleetAndRequestArb, ([fleet, request]) => {
        const expected = fleet.filter((p) => meetsEverything(p, request, PARAMS)).map((p) => p.id);
        if (expected.length > 0) nonEmpty++;
        expect(ids(rank(fleetStore(fleet), request)).sort()).toEqual(expected.sort());
      }),
      RUNS,
    );
    // The generators must actually produce candidates, or (a)-(d) would hold vacuously.
    expect(nonEmpty).toBeGreaterThan(RUNS.numRuns / 4);
  });

  test("(c) closer, more reliable, less loaded and attested printers come first: no candidate is dominated by a later one", () => {
    let compared = 0;
    fc.assert(
      fc.property(fleetAndRequestArb, ([fleet, request]) => {
        const candidates = rank(fleetStore(fleet), request);
        if (candidates.length >= 3) compared++;
        for (let i = 0; i < candidates.length; i++) {
          for (let j = i + 1; j < candidates.length; j++) {
            const [a, b] = [candidates[i], candidates[j]];
            if (dominates(b, a)) throw new Error(`${b.printerId} ${JSON.stringify(b, bigintJson)} ranks after ${a.printerId} ${JSON.stringify(a, bigintJson)}`);
          }
          if (i > 0) {
            expect(compareCandidates(candidates[i - 1], candidates[i], PARAMS)).toBeLessThan(0);
            expect(candidates[i - 1].score).toBeGreaterThanOrEqual(candidates[i].score);
          }
        }
      }),
      { numRuns: 600 },
    );
    expect(compared).toBeGreaterThan(60);
  });

  test("(d) deterministic: ranking twice, after committing, and on a store filled in another order give identical results", () => {
    fc.assert(
      fc.property(
        fleetAndRequestArb.chain(([fleet, request]) => fc.tuple(fc.constant(fleet), fc.constant(request), fc.shuffledSubarray(fleet, { minLength: fleet.length, maxLength: fleet.length }))),
        ([fleet, request, shuffled]) => {
          const first = fleetStore(fleet);
          const once = rank(first, request);
          expect(rank(first, request)).toEqual(once);
          // Through the commit store, without the cache.
          first.cache.write();
          expect(rankCandidates(first.commit, first.printers, request, PARAMS)).toEqual(once);
          for (const order of [shuffled, [...fleet].reverse()]) {
            const other = fleetStore(order);
            expect(rank(other, request)).toEqual(once);
            other.cache.write();
            // The stores themselves are identical, route index included.
            expect(other.commit.commit()).toEqual(first.commit.commit());
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test("(e) with max_route_scan = k, only the first k index entries (nearest band first, then longitude cell within reach, then id) are considered", () => {
    fc.assert(
      fc.property(fleetAndRequestArb, fc.integer({ min: 1, max: 12 }), ([fleet, request], k) => {
        const params = { ...PARAMS, maxRouteScan: k };
        const candidates = rank(fleetStore(fleet), request, params);
        expect(candidates.length).toBeLessThanOrEqual(k);
        // The index entries of the job's technology and material, in scan order, computed from the fleet list.
        const bands = bandsNearestFirst(request.location.latitudeUdeg, request.maxDistanceKm);
        const windowsOf = (band: number): Array<[number, number]> => {
          const edges = [band * MICRO - MAX_LATITUDE_UDEG, Math.min(MAX_LATITUDE_UDEG, (band + 1) * MICRO - MAX_LATITUDE_UDEG)].map(Math.abs);
          return longitudeWindows(request.location.longitudeUdeg, request.maxDistanceKm, Math.max(Math.abs(request.location.latitudeUdeg), ...edges));
        };
        /** [band rank, window rank, cell], or undefined when the scan never reads the printer's cell. */
        const position = (p: FleetPrinter): number[] | undefined => {
          const band = bands.indexOf(latitudeBand(p.location.latitudeUdeg));
          if (band < 0) return undefined;
          const cell = longitudeCell(p.location.longitudeUdeg);
          const window = windowsOf(bands[band]).findIndex(([from, to]) => cell >= from && cell <= to);
          return window < 0 ? undefined : [band, window, cell];
        };
        const order = (a: FleetPrinter, b: FleetPrinter): number => {
          const [pa, pb] = [position(a)!, position(b)!];
          return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        };
        const scanned = fleet
          .filter((p) => p.status === ACTIVE && p.technology === request.technology && p.materials.includes(request.material) && position(p) !== undefined)
          .sort(order)
          .slice(0, k);
        const expected = scanned.filter((p) => meetsEverything(p, request, params)).map((p) => p.id);
        expect(ids(candidates).sort()).toEqual(expected.sort());
      }),
      RUNS,
    );
  });
});

function bigintJson(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? value.toString() : value;
}

// ---------------------------------------------------------------------------------------------
// Examples

describe("rankCandidates examples", () => {
  test("a paused printer is never offered; the same printer active is", () => {
    expect(ids(rank(fleetStore([capable("paused-printer", { status: PAUSED })]), JOB))).toEqual([]);
    expect(ids(rank(fleetStore([capable("retired-printer", { status: RETIRED })]), JOB))).toEqual([]);
    expect(ids(rank(fleetStore([capable("active-printer")]), JOB))).toEqual(["active-printer"]);
  });

  test("pausing removes a printer from the route index and resuming restores it", () => {
    const s = setup();
    const printer = capable("alpha", { materials: ["PLA", "PETG"] });
    register(s, printer);
    const band = latitudeBand(printer.location.latitudeUdeg);
    const entries = (material: string): string[] => [...s.printers.routeEntries(s.ctx.store, 1, material, band)].map(([id]) => id);
    expect(entries("PLA")).toEqual(["alpha"]);
    expect(entries("PETG")).toEqual(["alpha"]);
    expect(ids(rank(s, JOB))).toEqual(["alpha"]);

    s.printers.setPrinter(s.ctx, printerRecord({ ...printer, status: PAUSED }));
    expect(entries("PLA")).toEqual([]);
    expect(entries("PETG")).toEqual([]);
    expect(rank(s, JOB)).toEqual([]);

    s.printers.setPrinter(s.ctx, printerRecord(printer));
    expect(entries("PLA")).toEqual(["alpha"]);
    expect(entries("PETG")).toEqual(["alpha"]);
    expect(ids(rank(s, JOB))).toEqual(["alpha"]);
  });

  test("retiring removes a printer from the route index", () => {
    const s = setup();
    const printer = capable("alpha");
    register(s, printer);
    s.printers.setPrinter(s.ctx, printerRecord({ ...printer, status: RETIRED }));
    expect([...s.printers.routeEntries(s.ctx.store, 1, "PLA", latitudeBand(printer.location.latitudeUdeg))]).toEqual([]);
    expect(rank(s, JOB)).toEqual([]);
  });

  test("changing location moves a printer between latitude bands; dropping a material removes that entry", () => {
    const s = setup();
    const printer = capable("alpha", { materials: ["PLA", "ABS"] });
    register(s, printer);
    const oldBand = latitudeBand(printer.location.latitudeUdeg);
    const moved = { ...printer, location: north(printer.location, 300) };
    const newBand = latitudeBand(moved.location.latitudeUdeg);
    expect(newBand).not.toBe(oldBand);
    s.printers.setPrinter(s.ctx, printerRecord(moved));
    const at = (material: string, band: number): string[] => [...s.printers.routeEntries(s.ctx.store, 1, material, band)].map(([id]) => id);
    expect(at("PLA", oldBand)).toEqual([]);
    expect(at("PLA", newBand)).toEqual(["alpha"]);
    expect(at("ABS", newBand)).toEqual(["alpha"]);
    const [entry] = [...s.printers.routeEntries(s.ctx.store, 1, "PLA", newBand)];
    expect(entry[1].latitudeUdeg).toBe(moved.location.latitudeUdeg);
    // 300 km away now: beyond a 100 km job at the old place, within a 100 km job at the new one.
    expect(rank(s, JOB)).toEqual([]);
    expect(ids(rank(s, { ...JOB, location: moved.location }))).toEqual(["alpha"]);

    s.printers.setPrinter(s.ctx, printerRecord({ ...moved, materials: ["PLA"] }));
    expect(at("ABS", newBand)).toEqual([]);
    expect(at("PLA", newBand)).toEqual(["alpha"]);
  });

  test("the attested flag of a route entry follows the attestations present when the printer is written", () => {
    const s = setup();
    const printer = capable("alpha", { attested: true });
    register(s, printer);
    const attestedJob = { ...JOB, requireAttested: true };
    expect(rank(s, attestedJob).map((c) => c.attested)).toEqual([true]);
    s.printers.clearAttestations(s.ctx, printer.id);
    s.printers.setPrinter(s.ctx, printerRecord(printer));
    expect(rank(s, attestedJob)).toEqual([]);
    expect(rank(s, JOB).map((c) => c.attested)).toEqual([false]);
  });

  test("a printer with the job's full load is skipped; one below it is offered", () => {
    const max = PARAMS.maxActiveJobs;
    const s = fleetStore([capable("busy", { activeJobs: max }), capable("almost", { activeJobs: max - 1 })]);
    expect(ids(rank(s, JOB))).toEqual(["almost"]);
  });

  test("bond below the minimum, too small a build volume on one axis, or the wrong technology exclude a printer", () => {
    const s = fleetStore([
      capable("low-bond", { bond: MIN_BOND - 1n }),
      capable("short", { volume: { xMm: 200, yMm: 200, zMm: 99 } }),
      capable("sla", { technology: 2 }),
      capable("petg", { materials: ["PETG"] }),
      capable("ok", { volume: { xMm: 100, yMm: 100, zMm: 100 } }),
    ]);
    expect(ids(rank(s, JOB))).toEqual(["ok"]);
  });

  test("closer printers come first at equal reliability, more reliable first at equal distance", () => {
    const s = fleetStore([
      capable("far", { location: north(CITIES[0], 80) }),
      capable("near", { location: north(CITIES[0], 5) }),
      capable("mid", { location: north(CITIES[0], 40) }),
      capable("mid-reliable", { location: north(CITIES[0], 40), reliabilityBps: 9000 }),
      capable("mid-loaded", { location: north(CITIES[0], 40), activeJobs: 2 }),
    ]);
    expect(ids(rank(s, JOB))).toEqual(["near", "mid-reliable", "mid", "far", "mid-loaded"]);
    // Only the best max_candidates are kept.
    expect(ids(rank(s, JOB, { ...PARAMS, maxCandidates: 2 }))).toEqual(["near", "mid-reliable"]);
  });

  test("the maximum distance is inclusive, measured with distanceMetres", () => {
    const edge = north(CITIES[0], 100);
    const distance = distanceMetres(CITIES[0], edge);
    const s = fleetStore([capable("edge", { location: edge })]);
    const km = Math.ceil(distance / 1000);
    expect(ids(rank(s, { ...JOB, maxDistanceKm: km }))).toEqual(["edge"]);
    expect(ids(rank(s, { ...JOB, maxDistanceKm: km - 1 }))).toEqual([]);
  });

  test("a printer across the antimeridian is found", () => {
    const customer = { latitudeUdeg: -17_000_000, longitudeUdeg: 179_950_000 };
    const printer = { latitudeUdeg: -17_000_000, longitudeUdeg: -179_950_000 };
    const s = fleetStore([capable("fiji", { location: printer })]);
    const [candidate] = rank(s, { ...JOB, location: customer, maxDistanceKm: 20 });
    expect(candidate?.printerId).toBe("fiji");
    expect(candidate.distanceM).toBeLessThan(11_000);
  });

  test("a printer just across a band edge, exactly at the maximum distance, is found", () => {
    // 1 km = 8993.2 µdeg; distanceMetres truncates to whole metres, so a gap of up to 9002 µdeg is
    // still "1000 m". The customer's band ends 9000 µdeg north of it; the printer is 9002 µdeg north.
    const customer = { latitudeUdeg: MICRO - 9_000, longitudeUdeg: 0 };
    const printer = { latitudeUdeg: MICRO + 2, longitudeUdeg: 0 };
    expect(distanceMetres(customer, printer)).toBe(1000);
    expect(latitudeBand(printer.latitudeUdeg)).toBe(latitudeBand(customer.latitudeUdeg) + 1);
    const s = fleetStore([capable("edge", { location: printer })]);
    expect(ids(rank(s, { ...JOB, location: customer, maxDistanceKm: 1 }))).toEqual(["edge"]);
    // The same south of the customer.
    const southCustomer = { latitudeUdeg: 9_000 - 1, longitudeUdeg: 0 };
    const southPrinter = { latitudeUdeg: -3, longitudeUdeg: 0 };
    expect(distanceMetres(southCustomer, southPrinter)).toBe(1000);
    const south = fleetStore([capable("edge", { location: southPrinter })]);
    expect(ids(rank(south, { ...JOB, location: southCustomer, maxDistanceKm: 1 }))).toEqual(["edge"]);
  });

  test("with a small max_route_scan the customer's own band is read first", () => {
    // Many matching printers in the neighbouring bands, with ids that sort before the local one.
    const home = { latitudeUdeg: 50_500_000, longitudeUdeg: 10_000_000 };
    const others = Array.from({ length: 20 }, (_, i) =>
      capable(`a-${String(i).padStart(2, "0")}`, { location: { latitudeUdeg: i % 2 === 0 ? 51_600_000 : 49_400_000, longitudeUdeg: 10_000_000 } }),
    );
    const local = capable("z-local", { location: { latitudeUdeg: 50_100_000, longitudeUdeg: 10_100_000 } });
    const s = fleetStore([...others, local]);
    const job = { ...JOB, location: home, maxDistanceKm: 500 };
    expect(ids(rank(s, job, { ...PARAMS, maxRouteScan: 1 }))).toEqual(["z-local"]);
    // Then the next band north (51°), before the one south (49°).
    const two = rank(s, job, { ...PARAMS, maxRouteScan: 2 });
    expect(ids(two)).toEqual(["z-local", "a-00"]);
    // Ineligible entries count towards the scan too.
    const blocked = fleetStore([capable("a-blocker", { location: home, bond: 0n }), { ...local, id: "b-local" }]);
    expect(rank(blocked, job, { ...PARAMS, maxRouteScan: 1 })).toEqual([]);
    expect(ids(rank(blocked, job, { ...PARAMS, maxRouteScan: 2 }))).toEqual(["b-local"]);
    // Without a bound, everything eligible.
    expect(rank(s, job).length).toBe(21);
  });
});

describe("bandsNearestFirst", () => {
  test("near the equator: the customer's band, then alternately north and south", () => {
    // 300 km ≈ 2.698°: from 0.5° the reach is -2.198°..3.198°, bands 87..93.
    expect(bandsNearestFirst(500_000, 300)).toEqual([90, 91, 89, 92, 88, 93, 87]);
    expect(bandsNearestFirst(-500_000, 300)).toEqual([89, 90, 88, 91, 87, 92, 86]);
    // A short reach inside one band reads that band only.
    expect(bandsNearestFirst(500_000, 10)).toEqual([90]);
  });

  test("near a pole the bands stop at the pole and continue on the other side only", () => {
    expect(bandsNearestFirst(89_500_000, 300)).toEqual([179, 180, 178, 177, 176]);
    expect(bandsNearestFirst(90 * MICRO, 200)).toEqual([180, 179, 178]);
    expect(bandsNearestFirst(-89_900_000, 100)).toEqual([0]);
    expect(bandsNearestFirst(-89_900_000, 200)).toEqual([0, 1]);
  });

  test("covers exactly the contiguous bands within reach, each once, nearest first", () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_LATITUDE_UDEG, max: MAX_LATITUDE_UDEG }), fc.integer({ min: 1, max: 5000 }), (latitude, km) => {
        const bands = bandsNearestFirst(latitude, km);
        const home = latitudeBand(latitude);
        expect(bands[0]).toBe(home);
        expect(new Set(bands).size).toBe(bands.length);
        const sorted = [...bands].sort((x, y) => x - y);
        expect(sorted[sorted.length - 1] - sorted[0] + 1).toBe(bands.length);
        expect(sorted[0]).toBeGreaterThanOrEqual(0);
        expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(180);
        for (let i = 1; i < bands.length; i++) expect(Math.abs(bands[i] - home)).toBeGreaterThanOrEqual(Math.abs(bands[i - 1] - home));
        // Reaches the band of the farthest latitude still within `km` along the meridian, both ways.
        const span = kmToLatitudeUdeg(km);
        expect(sorted[sorted.length - 1]).toBe(latitudeBand(Math.min(MAX_LATITUDE_UDEG, latitude + span)));
        expect(sorted[0]).toBe(latitudeBand(Math.max(-MAX_LATITUDE_UDEG, latitude - span)));
      }),
    );
  });

  test("every point within the maximum distance lies in one of the bands read", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -MAX_LATITUDE_UDEG, max: MAX_LATITUDE_UDEG }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: -3 * MICRO, max: 3 * MICRO }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        (latitude, km, dLat, dLon) => {
          const other = { latitudeUdeg: clampLatitude(latitude + dLat), longitudeUdeg: dLon };
          fc.pre(distanceMetres({ latitudeUdeg: latitude, longitudeUdeg: 0 }, other) <= km * 1000);
          expect(bandsNearestFirst(latitude, km)).toContain(latitudeBand(other.latitudeUdeg));
        },
      ),
    );
    // The edge case random points rarely hit: a latitude gap that truncates to exactly `km`.
    for (const km of [1, 2, 7, 100, 1000]) {
      for (let gap = kmToLatitudeUdeg(km) - 2; ; gap++) {
        const metres = Math.floor((gap * 111_195) / MICRO);
        if (metres > km * 1000) break;
        // Put the band edge right after the customer + gap - 1 … so the far point sits in the next band.
        const customer = MICRO - gap;
        expect(distanceMetres({ latitudeUdeg: customer, longitudeUdeg: 0 }, { latitudeUdeg: MICRO, longitudeUdeg: 0 })).toBe(metres);
        expect(bandsNearestFirst(customer, km)).toContain(latitudeBand(MICRO));
      }
    }
  });
});

describe("compareCandidates", () => {
  const candidate = (printerId: string, distanceM: number, reliabilityBps: number, activeJobs = 0): RankedCandidate => ({ printerId, distanceM, reliabilityBps, activeJobs, attested: false, score: 0n });

  test("equal scores (reliability 0 everywhere) fall back to distance, then load, then id", () => {
    const sorted = [candidate("a", 9000, 0), candidate("b", 1000, 0, 3), candidate("c", 1000, 0, 1)].sort((x, y) => compareCandidates(x, y, PARAMS));
    expect(sorted.map((c) => c.printerId)).toEqual(["c", "b", "a"]);
  });
});
