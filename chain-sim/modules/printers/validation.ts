import type { printchain } from "../../../proto";
import { MAX_LATITUDE_UDEG as LATITUDE_LIMIT, MAX_LONGITUDE_UDEG as LONGITUDE_LIMIT } from "../../types/geo";
import { printersErrors } from "./errors";

const PRINTER_ID = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const MATERIAL = /^[A-Za-z0-9+._-]{1,32}$/;
/** ISO 3166-1 alpha-2 country, optionally with an ISO 3166-2 subdivision (e.g. "DE", "US-CA"). */
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const MAX_MONIKER = 70;
const MAX_BUILD_MM = 100_000;
const MAX_STATIC_MATERIALS = 64;
const TECHNOLOGIES = new Set([1, 2, 3, 4, 5]);

export function isKnownTechnology(technology: number): boolean {
  return TECHNOLOGIES.has(technology);
}

export function isValidMaterial(material: string): boolean {
  return MATERIAL.test(material);
}

/** Build volume axes between 1 mm and 100 m. */
export function validateBuildVolume(volume: printchain.printers.v1.IBuildVolume | null | undefined, fail: (detail: string) => Error): void {
  for (const [axis, size] of [["x", volume?.xMm], ["y", volume?.yMm], ["z", volume?.zMm]] as const) {
    if (!size || size > MAX_BUILD_MM) throw fail(`build volume ${axis} must be between 1 and ${MAX_BUILD_MM} mm`);
  }
}

/** Integer micro-degree coordinates inside the globe. */
export function validateCoordinates(latitude: number, longitude: number, fail: (detail: string) => Error): void {
  if (Math.abs(latitude) > LATITUDE_LIMIT) throw fail(`latitude ${latitude} µ° is outside ±90°`);
  if (Math.abs(longitude) > LONGITUDE_LIMIT) throw fail(`longitude ${longitude} µ° is outside ±180°`);
}

export function validatePrinterId(id: string): void {
  if (!PRINTER_ID.test(id)) throw printersErrors.invalidPrinterId.wrap(`${JSON.stringify(id.slice(0, 80))} must be 3-64 of [a-z0-9._-], starting with a letter or digit`);
}

export function validateMoniker(moniker: string): void {
  if (moniker.length > MAX_MONIKER) throw printersErrors.invalidSpec.wrap(`moniker is longer than ${MAX_MONIKER} characters`);
}

/** Stateless checks of a printer's specification. */
export function validateSpec(spec: printchain.printers.v1.IPrinterSpec | null | undefined): void {
  if (!spec) throw printersErrors.invalidSpec.wrap("spec is required");
  if (!isKnownTechnology(spec.technology ?? 0)) throw printersErrors.invalidSpec.wrap(`unknown technology ${spec.technology ?? 0}`);
  validateBuildVolume(spec.buildVolume, (detail) => printersErrors.invalidSpec.wrap(detail));
  const materials = spec.materials ?? [];
  if (materials.length === 0 || materials.length > MAX_STATIC_MATERIALS) throw printersErrors.invalidSpec.wrap(`between 1 and ${MAX_STATIC_MATERIALS} materials are required`);
  const seen = new Set<string>();
  for (const material of materials) {
    if (!isValidMaterial(material)) throw printersErrors.invalidSpec.wrap(`invalid material ${JSON.stringify(material.slice(0, 40))}`);
    if (seen.has(material)) throw printersErrors.invalidSpec.wrap(`material ${material} is listed twice`);
    seen.add(material);
  }
  if (!spec.layerResolutionUm) throw printersErrors.invalidSpec.wrap("layer resolution must be positive");
  if (!spec.maxSpeedMmPerS) throw printersErrors.invalidSpec.wrap("max speed must be positive");
}

/** Integer micro-degree coordinates inside the globe, and an ISO region code. */
export function validateLocation(location: printchain.printers.v1.ILocation | null | undefined): void {
  if (!location) throw printersErrors.invalidLocation.wrap("location is required");
  validateCoordinates(location.latitudeUdeg ?? 0, location.longitudeUdeg ?? 0, (detail) => printersErrors.invalidLocation.wrap(detail));
  if (!REGION.test(location.region ?? "")) throw printersErrors.invalidLocation.wrap(`region ${JSON.stringify((location.region ?? "").slice(0, 20))} is not an ISO 3166 code such as "DE" or "US-CA"`);
}
