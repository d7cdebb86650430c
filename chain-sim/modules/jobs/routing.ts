import type { printchain } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { distanceMetres, kmToLatitudeUdeg, latitudeBand, longitudeWindows, MAX_LATITUDE_UDEG, MICRO, type GeoPoint } from "../../types/geo";
import type { PrintersKeeper } from "./expectedKeepers";
import type { JobsParams } from "./params";

/** What a job requires of a printer. */
export interface RouteRequest {
  readonly technology: number;
  readonly material: string;
  readonly minBuildVolume: { readonly xMm: number; readonly yMm: number; readonly zMm: number };
  readonly location: GeoPoint;
  readonly maxDistanceKm: number;
  readonly requireAttested: boolean;
}

export interface RankedCandidate {
  readonly printerId: string;
  readonly distanceM: number;
  readonly reliabilityBps: number;
  readonly activeJobs: number;
  readonly attested: boolean;
  /** The routing score, truncated, for display; ranking compares the exact ratio. */
  readonly score: bigint;
}

const BPS = 10_000n;
const SCORE_SCALE = 1_000_000_000n;

/**
 * Why a printer (given its route entry) cannot take a job, or undefined if it can. Technology,
 * material and ACTIVE status are implied by the index the entry comes from; load is checked apart
 * because it needs the performance record.
 */
export function ineligibility(entry: printchain.printers.v1.IRouteEntry, request: RouteRequest, minBond: bigint): string | undefined {
  const volume = entry.buildVolume;
  const needed = request.minBuildVolume;
  // Axes are compared as given: the customer states the orientation the part is printed in.
  if ((volume?.xMm ?? 0) < needed.xMm || (volume?.yMm ?? 0) < needed.yMm || (volume?.zMm ?? 0) < needed.zMm) return "build volume too small";
  if (BigInt(entry.bond || "0") < minBond) return "bond below the minimum";
  if (request.requireAttested && !entry.attested) return "not attested";
  const distance = distanceMetres(request.location, { latitudeUdeg: entry.latitudeUdeg ?? 0, longitudeUdeg: entry.longitudeUdeg ?? 0 });
  if (distance > request.maxDistanceKm * 1000) return `${Math.ceil(distance / 1000)} km away, beyond ${request.maxDistanceKm} km`;
  return undefined;
}

/**
 * Latitude bands within reach, nearest first (the customer's band, then alternately north and
 * south), so a bounded scan reads the closest printers.
 */
export function bandsNearestFirst(latitudeUdeg: number, maxDistanceKm: number): number[] {
  const span = kmToLatitudeUdeg(maxDistanceKm);
  const low = latitudeBand(Math.max(-MAX_LATITUDE_UDEG, latitudeUdeg - span));
  const high = latitudeBand(Math.min(MAX_LATITUDE_UDEG, latitudeUdeg + span));
  const home = latitudeBand(latitudeUdeg);
  const bands = [home];
  for (let step = 1; home + step <= high || home - step >= low; step++) {
    if (home + step <= high) bands.push(home + step);
    if (home - step >= low) bands.push(home - step);
  }
  return bands;
}

/** Numerator and denominator of a candidate's score: reliability × attestation bonus / ((distance + softening) × (load + 1)). */
function scoreRatio(candidate: Omit<RankedCandidate, "score">, params: JobsParams): [bigint, bigint] {
  const bonus = candidate.attested ? BPS + BigInt(params.attestedBonusBps) : BPS;
  const numerator = BigInt(candidate.reliabilityBps) * bonus;
  const denominator = (BigInt(candidate.distanceM) + BigInt(params.distanceSofteningKm) * 1000n) * BigInt(candidate.activeJobs + 1);
  return [numerator, denominator];
}

/**
 * Orders candidates by exact score (higher first); equal scores (e.g. two printers at reliability
 * 0) by distance, reliability and load, then printer id: a total, deterministic order.
 */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate, params: JobsParams): number {
  const [an, ad] = scoreRatio(a, params);
  const [bn, bd] = scoreRatio(b, params);
  const left = an * bd;
  const right = bn * ad;
  if (left !== right) return left > right ? -1 : 1;
  return a.distanceM - b.distanceM || b.reliabilityBps - a.reliabilityBps || a.activeJobs - b.activeJobs || (a.printerId < b.printerId ? -1 : a.printerId > b.printerId ? 1 : 0);
}

/**
 * Ranks the eligible printers for a job: reads the routing index of the job's technology and
 * material band by band (nearest first), in each band only the longitude cells within reach, at
 * most max_route_scan entries; keeps the eligible ones and returns the best max_candidates.
 */
export function rankCandidates(store: KVReader, printers: PrintersKeeper, request: RouteRequest, params: JobsParams): RankedCandidate[] {
  const minBond = printers.getParams(store).minBond;
  const eligible: RankedCandidate[] = [];
  let scanned = 0;
  const { latitudeUdeg, longitudeUdeg } = request.location;
  const windows = (band: number): Array<[number, number]> => {
    // The band spans [band − 90°, band − 89°): its edge farthest from the equator bounds the scale.
    const edges = [band * MICRO - MAX_LATITUDE_UDEG, Math.min(MAX_LATITUDE_UDEG, (band + 1) * MICRO - MAX_LATITUDE_UDEG)];
    return longitudeWindows(longitudeUdeg, request.maxDistanceKm, Math.max(Math.abs(latitudeUdeg), ...edges.map(Math.abs)));
  };
  const entries = function* (): Generator<[string, printchain.printers.v1.RouteEntry]> {
    for (const band of bandsNearestFirst(latitudeUdeg, request.maxDistanceKm)) {
      for (const cells of windows(band)) yield* printers.routeEntries(store, request.technology, request.material, band, cells);
    }
  };
  for (const [printerId, entry] of entries()) {
    // Entries are read lazily, so the cap bounds the store reads (and the gas) of a job.
    if (++scanned > params.maxRouteScan) break;
    if (ineligibility(entry, request, minBond) !== undefined) continue;
    const stats = printers.getStats(store, printerId);
    if (stats.activeJobs >= params.maxActiveJobs) continue;
    const candidate = {
      printerId,
      distanceM: distanceMetres(request.location, { latitudeUdeg: entry.latitudeUdeg, longitudeUdeg: entry.longitudeUdeg }),
      reliabilityBps: stats.reliabilityBps,
      activeJobs: stats.activeJobs,
      attested: entry.attested,
    };
    const [numerator, denominator] = scoreRatio(candidate, params);
    eligible.push({ ...candidate, score: (numerator * SCORE_SCALE) / denominator });
  }
  eligible.sort((a, b) => compareCandidates(a, b, params));
  return eligible.slice(0, params.maxCandidates);
}
