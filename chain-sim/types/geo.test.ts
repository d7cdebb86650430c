import fc from "fast-check";
import {
  cosMicro,
  distanceMetres,
  isqrt,
  kmToLatitudeUdeg,
  latitudeBand,
  longitudeCell,
  longitudeWindows,
  MAX_LATITUDE_UDEG,
  MAX_LONGITUDE_UDEG,
  METRES_PER_DEGREE,
  MICRO,
  udegToMetres,
  type GeoPoint,
} from "./geo";

// Reference implementation for the tests only: the state machine must not use trig, tests may.
const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

function haversineMetres(a: GeoPoint, b: GeoPoint): number {
  const phi1 = (a.latitudeUdeg / MICRO) * RAD;
  const phi2 = (b.latitudeUdeg / MICRO) * RAD;
  const dPhi = phi2 - phi1;
  const dLambda = ((b.longitudeUdeg - a.longitudeUdeg) / MICRO) * RAD;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const point = (latitude: number, longitude: number): GeoPoint => ({
  latitudeUdeg: Math.round(latitude * MICRO),
  longitudeUdeg: Math.round(longitude * MICRO),
});

const BERLIN = point(52.520008, 13.404954);
const POTSDAM = point(52.390569, 13.064473);
const PARIS = point(48.8566, 2.3522);
const LONDON = point(51.5074, -0.1278);
const NEW_YORK = point(40.7128, -74.006);
const PHILADELPHIA = point(39.9526, -75.1652);
const SYDNEY = point(-33.8688, 151.2093);
const CANBERRA = point(-35.2809, 149.13);

const latitudeArb = fc.integer({ min: -MAX_LATITUDE_UDEG, max: MAX_LATITUDE_UDEG });
const longitudeArb = fc.integer({ min: -MAX_LONGITUDE_UDEG, max: MAX_LONGITUDE_UDEG });
const pointArb = fc.record({ latitudeUdeg: latitudeArb, longitudeUdeg: longitudeArb });

/** A point and a second one at most `maxDegrees` of latitude and `maxLongitudeDegrees` of longitude away (wrapped). */
function nearbyPairArb(maxAbsLatitudeDeg: number, maxDegrees: number, maxLongitudeDegrees: number): fc.Arbitrary<[GeoPoint, GeoPoint]> {
  const maxLat = maxAbsLatitudeDeg * MICRO;
  return fc
    .record({
      latitudeUdeg: fc.integer({ min: -maxLat, max: maxLat }),
      longitudeUdeg: longitudeArb,
      dLat: fc.integer({ min: -maxDegrees * MICRO, max: maxDegrees * MICRO }),
      dLon: fc.integer({ min: -maxLongitudeDegrees * MICRO, max: maxLongitudeDegrees * MICRO }),
    })
    .map(({ latitudeUdeg, longitudeUdeg, dLat, dLon }) => {
      let longitude = longitudeUdeg + dLon;
      if (longitude > MAX_LONGITUDE_UDEG) longitude -= 2 * MAX_LONGITUDE_UDEG;
      if (longitude < -MAX_LONGITUDE_UDEG) longitude += 2 * MAX_LONGITUDE_UDEG;
      const other = { latitudeUdeg: Math.max(-maxLat, Math.min(maxLat, latitudeUdeg + dLat)), longitudeUdeg: longitude };
      return [{ latitudeUdeg, longitudeUdeg }, other] as [GeoPoint, GeoPoint];
    });
}

describe("distanceMetres", () => {
  test.each([
    ["Berlin → Potsdam", BERLIN, POTSDAM, 27_192],
    ["Paris → London", PARIS, LONDON, 343_557],
    ["New York → Philadelphia", NEW_YORK, PHILADELPHIA, 129_612],
    ["Sydney → Canberra", SYDNEY, CANBERRA, 247_000],
  ])("%s is within 1 %% of the great-circle distance", (_name, a, b, approximateMetres) => {
    const reference = haversineMetres(a, b);
    // The hard-coded figure guards the reference itself against a typo in the test's haversine.
    expect(Math.abs(reference - approximateMetres) / approximateMetres).toBeLessThan(0.01);
    const distance = distanceMetres(a, b);
    expect(Number.isInteger(distance)).toBe(true);
    expect(Math.abs(distance - reference) / reference).toBeLessThan(0.01);
  });

  test("Berlin → Potsdam is about 27 km and Paris → London about 343 km", () => {
    expect(Math.round(distanceMetres(BERLIN, POTSDAM) / 1000)).toBe(27);
    expect(Math.round(distanceMetres(PARIS, LONDON) / 1000)).toBe(344);
    expect(Math.floor(distanceMetres(PARIS, LONDON) / 1000)).toBe(343);
  });

  test("the equirectangular error stays below 1 % for distances under 1000 km up to 70° of latitude", () => {
    fc.assert(
      fc.property(nearbyPairArb(70, 9, 27), ([a, b]) => {
        const reference = haversineMetres(a, b);
        fc.pre(reference < 1_000_000);
        // Each axis is truncated to whole metres (and longitude to whole micro-degrees): 2 m slack.
        expect(Math.abs(distanceMetres(a, b) - reference)).toBeLessThanOrEqual(0.01 * reference + 2);
      }),
      { numRuns: 3000 },
    );
  });

  test("the error stays below 1 % for the few hundred kilometres routing decides on, up to 80° of latitude", () => {
    fc.assert(
      fc.property(nearbyPairArb(80, 3, 17), ([a, b]) => {
        const reference = haversineMetres(a, b);
        fc.pre(reference < 300_000);
        expect(Math.abs(distanceMetres(a, b) - reference)).toBeLessThanOrEqual(0.01 * reference + 2);
      }),
      { numRuns: 3000 },
    );
  });

  test("is symmetric, zero from a point to itself, non-negative and at most half the circumference (plus the approximation)", () => {
    fc.assert(
      fc.property(pointArb, pointArb, (a, b) => {
        const distance = distanceMetres(a, b);
        expect(distanceMetres(b, a)).toBe(distance);
        expect(distanceMetres(a, a)).toBe(0);
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(distance)).toBe(true);
        // Worst case: 180° of latitude and 180° of longitude at cos 1 → sqrt(2) × half a meridian.
        expect(distance).toBeLessThanOrEqual(Math.ceil(Math.SQRT2 * 180 * METRES_PER_DEGREE));
      }),
      { numRuns: 2000 },
    );
  });

  test("zero for the same point and for the same point written with longitude +180° or -180°", () => {
    expect(distanceMetres(BERLIN, BERLIN)).toBe(0);
    expect(distanceMetres(point(10, 180), point(10, -180))).toBe(0);
  });

  test("wraps at the antimeridian: 179.9°E to 179.9°W on the equator is about 22 km, not 40,000 km", () => {
    const east = point(0, 179.9);
    const west = point(0, -179.9);
    const distance = distanceMetres(east, west);
    expect(distance).toBe(udegToMetres(200_000)); // 0.2° along the equator, cos(0) = 1
    expect(distance).toBeGreaterThan(22_000);
    expect(distance).toBeLessThan(22_500);
    expect(Math.abs(distance - haversineMetres(east, west)) / haversineMetres(east, west)).toBeLessThan(0.01);
    // Same across the antimeridian as the same gap on the other side of the globe.
    expect(distance).toBe(distanceMetres(point(0, -0.1), point(0, 0.1)));
    // Fiji → Samoa region, away from the equator.
    const fiji = point(-17.7134, 178.065);
    const samoa = point(-13.759, -172.1046);
    expect(Math.abs(distanceMetres(fiji, samoa) - haversineMetres(fiji, samoa)) / haversineMetres(fiji, samoa)).toBeLessThan(0.01);
  });

  test("the longitude difference is never more than half a turn", () => {
    fc.assert(
      fc.property(longitudeArb, longitudeArb, (a, b) => {
        const distance = distanceMetres({ latitudeUdeg: 0, longitudeUdeg: a }, { latitudeUdeg: 0, longitudeUdeg: b });
        expect(distance).toBeLessThanOrEqual(udegToMetres(180 * MICRO));
      }),
    );
  });

  test("poles: every longitude is the same point at a pole; pole to equator is a quarter meridian; pole to pole half of one", () => {
    expect(distanceMetres(point(90, 0), point(90, 180))).toBe(0);
    expect(distanceMetres(point(90, -45), point(90, 120))).toBe(0);
    expect(distanceMetres(point(-90, 0), point(-90, 179.5))).toBe(0);
    const quarter = udegToMetres(90 * MICRO);
    expect(quarter).toBe(10_007_550);
    expect(distanceMetres(point(90, 0), point(0, 0))).toBe(quarter);
    expect(distanceMetres(point(-90, 33), point(0, 33))).toBe(quarter);
    expect(distanceMetres(point(90, 0), point(-90, 0))).toBe(2 * quarter);
    expect(Math.abs(2 * quarter - haversineMetres(point(90, 0), point(-90, 0))) / (2 * quarter)).toBeLessThan(0.001);
  });

  test("a degree of latitude is 111,195 m anywhere along a meridian", () => {
    fc.assert(
      fc.property(fc.integer({ min: -89 * MICRO, max: 89 * MICRO }), longitudeArb, (latitude, longitude) => {
        expect(distanceMetres({ latitudeUdeg: latitude, longitudeUdeg: longitude }, { latitudeUdeg: latitude + MICRO, longitudeUdeg: longitude })).toBe(METRES_PER_DEGREE);
      }),
    );
  });

  test("grows with the longitude gap along a parallel", () => {
    fc.assert(
      fc.property(fc.integer({ min: -89 * MICRO, max: 89 * MICRO }), fc.integer({ min: 0, max: 180 * MICRO }), fc.integer({ min: 0, max: 180 * MICRO }), (latitude, x, y) => {
        const [near, far] = x <= y ? [x, y] : [y, x];
        const origin = { latitudeUdeg: latitude, longitudeUdeg: 0 };
        expect(distanceMetres(origin, { latitudeUdeg: latitude, longitudeUdeg: near })).toBeLessThanOrEqual(distanceMetres(origin, { latitudeUdeg: latitude, longitudeUdeg: far }));
      }),
    );
  });
});

describe("cosMicro", () => {
  test("is exact (rounded) at whole degrees", () => {
    for (let degree = 0; degree <= 90; degree++) {
      expect(cosMicro(degree * MICRO)).toBe(Math.round(Math.cos(degree * RAD) * MICRO));
    }
  });

  test("is 1e6 at the equator, 0 at and beyond the poles, and even", () => {
    expect(cosMicro(0)).toBe(MICRO);
    expect(cosMicro(90 * MICRO)).toBe(0);
    expect(cosMicro(-90 * MICRO)).toBe(0);
    fc.assert(fc.property(latitudeArb, (latitude) => expect(cosMicro(-latitude)).toBe(cosMicro(latitude))));
  });

  test("is monotone (non-increasing) on [0, 90°], across whole-degree boundaries too", () => {
    let previous = cosMicro(0);
    const increases: number[] = [];
    for (let udeg = 1; udeg <= 90 * MICRO; udeg += 997) {
      const value = cosMicro(udeg);
      if (value > previous) increases.push(udeg);
      previous = value;
    }
    expect(increases).toEqual([]);
    for (let degree = 1; degree <= 90; degree++) {
      for (const offset of [-2, -1, 0, 1]) {
        const udeg = degree * MICRO + offset;
        if (udeg + 1 > 90 * MICRO) continue;
        expect(cosMicro(udeg + 1)).toBeLessThanOrEqual(cosMicro(udeg));
      }
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 90 * MICRO }), fc.integer({ min: 0, max: 90 * MICRO }), (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(cosMicro(high)).toBeLessThanOrEqual(cosMicro(low));
      }),
    );
  });

  test("matches Math.cos × 1e6 within the linear-interpolation bound of a 1° table", () => {
    // Linear interpolation between whole degrees is off by at most h²/8 · max|cos''| with h = 1° in
    // radians (3.81e-5), plus half a unit of table rounding and one unit of integer rounding.
    const bound = ((RAD * RAD) / 8) * MICRO + 1.5;
    expect(bound).toBeLessThan(40);
    fc.assert(
      fc.property(latitudeArb, (latitude) => {
        expect(Math.abs(cosMicro(latitude) - Math.cos((latitude / MICRO) * RAD) * MICRO)).toBeLessThanOrEqual(bound);
      }),
      { numRuns: 5000 },
    );
  });

  test("stays within 2 units of Math.cos × 1e6 near whole degrees, where interpolation is exact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 89 }), fc.integer({ min: 0, max: 1000 }), (degree, offset) => {
        const latitude = degree * MICRO + offset;
        expect(Math.abs(cosMicro(latitude) - Math.cos((latitude / MICRO) * RAD) * MICRO)).toBeLessThanOrEqual(2);
      }),
    );
  });
});

describe("isqrt", () => {
  test("is the exact floor square root: isqrt(n)² <= n < (isqrt(n)+1)² up to 9e14", () => {
    const check = (n: number): void => {
      const root = isqrt(n);
      expect(Number.isInteger(root)).toBe(true);
      expect(root * root).toBeLessThanOrEqual(n);
      expect((root + 1) * (root + 1)).toBeGreaterThan(n);
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 900_000_000_000_000 }), check), { numRuns: 5000 });
    // Perfect squares and their neighbours, where a float estimate is most likely to be off by one.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000_000 }), fc.integer({ min: -1, max: 1 }), (root, delta) => {
        const n = root * root + delta;
        if (n >= 0) check(n);
      }),
      { numRuns: 5000 },
    );
    for (const n of [0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 900_000_000_000_000, 29_999_999 ** 2, 29_999_999 ** 2 - 1, 30_000_000 ** 2 - 1]) check(n);
    expect(isqrt(0)).toBe(0);
    expect(isqrt(99)).toBe(9);
    expect(isqrt(100)).toBe(10);
    expect(isqrt(30_000_000 ** 2 - 1)).toBe(29_999_999);
  });
});

describe("latitudeBand", () => {
  test("bands are whole degrees from the south pole, with the north pole alone in band 180", () => {
    expect(latitudeBand(-90 * MICRO)).toBe(0);
    expect(latitudeBand(-90 * MICRO + 1)).toBe(0);
    expect(latitudeBand(-89 * MICRO)).toBe(1);
    expect(latitudeBand(-1)).toBe(89);
    expect(latitudeBand(0)).toBe(90);
    expect(latitudeBand(999_999)).toBe(90);
    expect(latitudeBand(1_000_000)).toBe(91);
    expect(latitudeBand(89_999_999)).toBe(179);
    expect(latitudeBand(90 * MICRO)).toBe(180);
  });

  test("is monotone and within 0..180 over the whole latitude range", () => {
    fc.assert(
      fc.property(latitudeArb, latitudeArb, (x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(latitudeBand(low)).toBeLessThanOrEqual(latitudeBand(high));
        expect(latitudeBand(low)).toBeGreaterThanOrEqual(0);
        expect(latitudeBand(high)).toBeLessThanOrEqual(180);
        // Whole degrees: band b holds [b - 90, b - 89) degrees.
        expect(latitudeBand(x)).toBe(Math.min(180, Math.floor(x / MICRO) + 90));
      }),
    );
  });
});

describe("kmToLatitudeUdeg", () => {
  test("the returned span, measured along a meridian, covers the distance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (km) => {
        const span = kmToLatitudeUdeg(km);
        expect(Number.isInteger(span)).toBe(true);
        expect(udegToMetres(span)).toBeGreaterThanOrEqual(km * 1000);
        const origin = { latitudeUdeg: -MAX_LATITUDE_UDEG, longitudeUdeg: 0 };
        if (span <= 2 * MAX_LATITUDE_UDEG) expect(distanceMetres(origin, { latitudeUdeg: -MAX_LATITUDE_UDEG + span, longitudeUdeg: 0 })).toBeGreaterThanOrEqual(km * 1000);
      }),
    );
  });

  test("every point within the distance lies within the span (the band scan depends on it)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 50 }), (km, extra) => {
        const span = kmToLatitudeUdeg(km);
        // A latitude gap beyond the span is farther than `km` even after truncation to whole metres.
        expect(udegToMetres(span + 1 + extra)).toBeGreaterThan(km * 1000);
      }),
    );
  });

  test("the span is the widest latitude gap distanceMetres still counts as within the distance", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (km) => {
        const span = kmToLatitudeUdeg(km);
        expect(udegToMetres(span)).toBe(km * 1000);
        expect(udegToMetres(span + 1)).toBe(km * 1000 + 1);
      }),
    );
  });

  test("worked examples", () => {
    // 1 km = 8993.2 µdeg, but gaps up to 9002 µdeg truncate to 1000 m.
    expect(kmToLatitudeUdeg(1)).toBe(9_002);
    expect(udegToMetres(9_002)).toBe(1000);
    expect(udegToMetres(9_003)).toBe(1001);
    // Gaps below 9 µdeg (< 1 m) truncate to 0 m.
    expect(kmToLatitudeUdeg(0)).toBe(8);
    // 111.195 km is one degree (plus the last metre's worth of micro-degrees).
    expect(kmToLatitudeUdeg(111.195)).toBe(MICRO + 8);
    expect(Math.abs(kmToLatitudeUdeg(1000) - 8_993_210)).toBeLessThanOrEqual(10);
  });
});

describe("longitudeWindows", () => {
  test("a window crossing the antimeridian is split in two; a polar one covers the whole band", () => {
    expect(longitudeWindows(179_900_000, 100, 0)).toEqual([[0, 0], [358, 359]]);
    expect(longitudeWindows(-179_900_000, 100, 0)).toEqual([[0, 1], [359, 359]]);
    expect(longitudeWindows(13_404_954, 100, 90_000_000)).toEqual([[0, 359]]);
    expect(longitudeWindows(13_404_954, 20_000, 0)).toEqual([[0, 359]]);
  });

  test("every point within km (by distanceMetres) lies in a window cell, and windows are disjoint", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -85_000_000, max: 85_000_000 }),
        fc.integer({ min: -180_000_000, max: 180_000_000 }),
        fc.integer({ min: -3_000_000, max: 3_000_000 }),
        fc.integer({ min: -20_000_000, max: 20_000_000 }),
        fc.integer({ min: 1, max: 2000 }),
        (latitude, longitude, dLat, dLon, km) => {
          const other = { latitudeUdeg: Math.max(-90_000_000, Math.min(90_000_000, latitude + dLat)), longitudeUdeg: ((longitude + dLon + 540_000_000) % 360_000_000) - 180_000_000 };
          if (distanceMetres({ latitudeUdeg: latitude, longitudeUdeg: longitude }, other) > km * 1000) return;
          const maxAbs = Math.max(Math.abs(latitude), Math.abs(other.latitudeUdeg));
          const cell = longitudeCell(other.longitudeUdeg);
          const windows = longitudeWindows(longitude, km, maxAbs);
          expect(windows.some(([from, to]) => cell >= from && cell <= to)).toBe(true);
          // Disjoint, so no index entry is read twice.
          if (windows.length === 2) expect(windows[0][1]).toBeLessThan(windows[1][0]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
