/**
 * Integer great-circle approximation for routing (ARCHITECTURE §3: no trig in the state machine).
 *
 * Coordinates are micro-degrees. The distance is equirectangular: the longitude difference is
 * scaled by cos(mean latitude), read from a table of cos at whole degrees (×1e6, rounded once,
 * offline) with linear interpolation, and both axes are converted to metres at 111,195 m per
 * degree (mean Earth radius 6,371.0088 km). Against the great-circle distance the error stays below
 * 1 % up to 1,000 km at latitudes below 70° (it grows towards the poles: ~3 % for 100 km at 89°),
 * which is the range routing decides on; every step is integer arithmetic below 2^53.
 */
const COS_MICRO: readonly number[] = [
  1000000, 999848, 999391, 998630, 997564, 996195, 994522, 992546, 990268, 987688,
  984808, 981627, 978148, 974370, 970296, 965926, 961262, 956305, 951057, 945519,
  939693, 933580, 927184, 920505, 913545, 906308, 898794, 891007, 882948, 874620,
  866025, 857167, 848048, 838671, 829038, 819152, 809017, 798636, 788011, 777146,
  766044, 754710, 743145, 731354, 719340, 707107, 694658, 681998, 669131, 656059,
  642788, 629320, 615661, 601815, 587785, 573576, 559193, 544639, 529919, 515038,
  500000, 484810, 469472, 453990, 438371, 422618, 406737, 390731, 374607, 358368,
  342020, 325568, 309017, 292372, 275637, 258819, 241922, 224951, 207912, 190809,
  173648, 156434, 139173, 121869, 104528, 87156, 69756, 52336, 34899, 17452,
  0,
];

export const MICRO = 1_000_000;
/** Metres per degree of latitude (and of longitude at the equator). */
export const METRES_PER_DEGREE = 111_195;
export const MAX_LATITUDE_UDEG = 90 * MICRO;
export const MAX_LONGITUDE_UDEG = 180 * MICRO;
const FULL_TURN_UDEG = 360 * MICRO;

export interface GeoPoint {
  readonly latitudeUdeg: number;
  readonly longitudeUdeg: number;
}

/** cos(latitude) × 1e6 for a latitude in micro-degrees, interpolated and rounded up (within 40 units of the true value). */
export function cosMicro(latitudeUdeg: number): number {
  const absolute = Math.abs(latitudeUdeg);
  const degree = Math.floor(absolute / MICRO);
  if (degree >= 90) return 0;
  const fraction = absolute % MICRO;
  const low = COS_MICRO[degree];
  const high = COS_MICRO[degree + 1];
  return low - Math.floor(((low - high) * fraction) / MICRO);
}

/** Micro-degrees to metres along a meridian, truncated. */
export function udegToMetres(udeg: number): number {
  return Math.floor((udeg * METRES_PER_DEGREE) / MICRO);
}

/** Kilometres to the latitude span in micro-degrees that covers them: the largest span udegToMetres (truncating) still puts within km. */
export function kmToLatitudeUdeg(km: number): number {
  return Math.ceil(((km * 1000 + 1) * MICRO) / METRES_PER_DEGREE) - 1;
}

/** Floor of the square root of a non-negative safe integer, exact (corrects the float estimate). */
export function isqrt(value: number): number {
  let root = Math.floor(Math.sqrt(value));
  while (root * root > value) root--;
  while ((root + 1) * (root + 1) <= value) root++;
  return root;
}

/** Equirectangular distance in whole metres; longitudes wrap at the antimeridian. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const deltaLatitude = Math.abs(a.latitudeUdeg - b.latitudeUdeg);
  let deltaLongitude = Math.abs(a.longitudeUdeg - b.longitudeUdeg);
  if (deltaLongitude > FULL_TURN_UDEG / 2) deltaLongitude = FULL_TURN_UDEG - deltaLongitude;
  // cos is even, so truncating the mean toward zero treats both hemispheres alike.
  const meanLatitude = Math.trunc((a.latitudeUdeg + b.latitudeUdeg) / 2);
  const north = udegToMetres(deltaLatitude);
  const east = udegToMetres(Math.floor((deltaLongitude * cosMicro(meanLatitude)) / MICRO));
  return isqrt(north * north + east * east);
}

/** Latitude band (whole degrees from the south pole, 0..180) used by the routing index. */
export function latitudeBand(latitudeUdeg: number): number {
  return Math.min(180, Math.floor((latitudeUdeg + MAX_LATITUDE_UDEG) / MICRO));
}

/** Longitude cell (whole degrees east of the antimeridian, 0..359) used by the routing index. */
export function longitudeCell(longitudeUdeg: number): number {
  return Math.min(359, Math.floor((longitudeUdeg + MAX_LONGITUDE_UDEG) / MICRO));
}

/**
 * The longitude cells (inclusive, disjoint ranges: two when the window crosses the antimeridian) that
 * can hold a point within `km` of `longitudeUdeg` whose latitude lies within `maxAbsLatitudeUdeg`
 * of the equator (as must the customer's). The east-west scale is cos of the mean latitude, never
 * below cos(maxAbsLatitude), so the window is wide enough; a margin of 2,000 µ° covers truncation.
 */
export function longitudeWindows(longitudeUdeg: number, km: number, maxAbsLatitudeUdeg: number): Array<[number, number]> {
  const cos = cosMicro(Math.min(maxAbsLatitudeUdeg, MAX_LATITUDE_UDEG));
  const span = cos === 0 ? Infinity : Math.ceil((kmToLatitudeUdeg(km) * MICRO) / cos) + 2000;
  if (span >= MAX_LONGITUDE_UDEG) return [[0, 359]];
  const low = longitudeUdeg - span;
  const high = longitudeUdeg + span;
  const wrapped = (east: number, west: number): Array<[number, number]> => (east + 1 >= west ? [[0, 359]] : [[0, east], [west, 359]]);
  if (low < -MAX_LONGITUDE_UDEG) return wrapped(longitudeCell(high), longitudeCell(low + 2 * MAX_LONGITUDE_UDEG));
  if (high > MAX_LONGITUDE_UDEG) return wrapped(longitudeCell(high - 2 * MAX_LONGITUDE_UDEG), longitudeCell(low));
  return [[longitudeCell(low), longitudeCell(high)]];
}
