/**
 * Argument parsers of the CLI. Each takes the raw string commander hands over and returns the value a
 * message field needs, or throws commander's InvalidArgumentError, which commander reports against the
 * option or argument that was given. No floats: coordinates are converted to micro-degrees digit by digit.
 */
import { fromBase64 } from "@cosmjs/encoding";
import { parseCoins, type Coin } from "@cosmjs/stargate";
import { InvalidArgumentError } from "commander";
import { printchain } from "../../proto";

type Parser<T> = (value: string) => T;

const DECIMAL_INTEGER = /^\d+$/;
const MAX_UINT32 = 0xffff_ffff;
const MAX_UINT64 = (1n << 64n) - 1n;

/** A parser of decimal integers in [min, max] (both safe integers). */
export function integerInRange(min: number, max: number): Parser<number> {
  return (value) => {
    const number = DECIMAL_INTEGER.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) throw new InvalidArgumentError(`${JSON.stringify(value)} is not an integer between ${min} and ${max}`);
    return number;
  };
}

export const parseNonNegativeInt = integerInRange(0, Number.MAX_SAFE_INTEGER);
export const parsePositiveInt = integerInRange(1, Number.MAX_SAFE_INTEGER);
/** A uint32 message field (protobuf would silently truncate larger values). */
export const parseUint32 = integerInRange(0, MAX_UINT32);
export const parsePositiveUint32 = integerInRange(1, MAX_UINT32);
/** A quality score, 0-100. */
export const parseQuality = integerInRange(0, 100);
/** A share in basis points, 0-10000. */
export const parseBasisPoints = integerInRange(0, 10_000);

/** A uint64 message field as a bigint (exact beyond 2^53). */
export function parseUint64(value: string): bigint {
  if (!DECIMAL_INTEGER.test(value) || BigInt(value) > MAX_UINT64) throw new InvalidArgumentError(`${JSON.stringify(value)} is not an unsigned 64-bit integer`);
  return BigInt(value);
}

/** A non-negative integer amount of the base denom, as the decimal string amount fields carry. */
export function parseAmount(value: string): string {
  if (!DECIMAL_INTEGER.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a non-negative integer amount`);
  return BigInt(value).toString();
}

/** Decimal degrees (at most 6 fractional digits) to integer micro-degrees within ±limit degrees. */
function microDegrees(value: string, limit: number): number {
  const match = /^([+-]?)(\d{1,3})(?:\.(\d{1,6}))?$/.exec(value);
  if (!match) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a decimal number of degrees with at most 6 fractional digits`);
  const [, sign, whole, fraction = ""] = match;
  const magnitude = Number(whole + fraction.padEnd(6, "0"));
  if (magnitude > limit * 1_000_000) throw new InvalidArgumentError(`${value} is outside ±${limit} degrees`);
  return sign === "-" && magnitude !== 0 ? -magnitude : magnitude;
}

export const parseLatitude: Parser<number> = (value) => microDegrees(value, 90);
export const parseLongitude: Parser<number> = (value) => microDegrees(value, 180);

/** "220x220x250" (millimetres) to a BuildVolume. */
export function parseVolume(value: string): { xMm: number; yMm: number; zMm: number } {
  const match = /^(\d+)x(\d+)x(\d+)$/i.exec(value);
  const sizes = match ? match.slice(1).map(Number) : [];
  if (sizes.length !== 3 || sizes.some((size) => size <= 0 || size > MAX_UINT32)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a volume like 220x220x250 (positive millimetres)`);
  const [xMm, yMm, zMm] = sizes;
  return { xMm, yMm, zMm };
}

/** A parser of the names of a protobuf enum without its prefix, case-insensitive ("fdm", "proof_submitted"). */
function enumParser(values: Record<string, string | number>, prefix: string): Parser<number> {
  const byName = new Map(
    Object.entries(values)
      .filter((entry): entry is [string, number] => typeof entry[1] === "number" && !entry[0].endsWith("_UNSPECIFIED"))
      .map(([name, number]) => [name.slice(prefix.length).toLowerCase(), number]),
  );
  const names = [...byName.keys()].join(", ");
  return (value) => {
    const number = byName.get(value.toLowerCase().replace(new RegExp(`^${prefix}`, "i"), ""));
    if (number === undefined) throw new InvalidArgumentError(`${JSON.stringify(value)} is not one of ${names}`);
    return number;
  };
}

export const parseTechnology = enumParser(printchain.printers.v1.Technology, "TECHNOLOGY_");
export const parsePrinterStatus = enumParser(printchain.printers.v1.PrinterStatus, "PRINTER_STATUS_");
export const parseJobStatus = enumParser(printchain.jobs.v1.JobStatus, "JOB_STATUS_");

const { Role } = printchain.emissions.v1;
/** The roles whose contributions are attested (MsgAttestContribution), by their CLI names. */
const ATTESTED_ROLES: ReadonlyMap<string, number> = new Map([
  ["developers", Role.ROLE_DEVELOPERS],
  ["model-providers", Role.ROLE_MODEL_PROVIDERS],
  ["liquidity-providers", Role.ROLE_LIQUIDITY_PROVIDERS],
  ["community", Role.ROLE_COMMUNITY],
]);

/** An attested role: developers, model-providers, liquidity-providers or community (case-insensitive; "_" for "-" and the ROLE_ prefix are accepted). */
export function parseAttestedRole(value: string): number {
  const role = ATTESTED_ROLES.get(value.toLowerCase().replace(/^role_/, "").replace(/_/g, "-"));
  if (role === undefined) throw new InvalidArgumentError(`${JSON.stringify(value)} is not one of ${[...ATTESTED_ROLES.keys()].join(", ")}`);
  return role;
}

/** The most points one MsgAttestContribution may attest (the emissions module's bound). */
const MAX_ATTESTED_POINTS = 10n ** 30n;

/** Attested contribution points: an integer from 1 to 10^30, as a normalised decimal string. */
export function parseAttestedPoints(value: string): string {
  const points = DECIMAL_INTEGER.test(value) ? BigInt(value) : 0n;
  if (points < 1n || points > MAX_ATTESTED_POINTS) throw new InvalidArgumentError(`${JSON.stringify(value)} is not an integer between 1 and 10^30`);
  return points.toString();
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30s", "90m", "48h", "2d" to milliseconds (positive). */
export function parseDuration(value: string): number {
  const match = /^(\d+)([smhd])$/.exec(value);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2]] : NaN;
  if (!Number.isSafeInteger(ms) || ms <= 0) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a positive duration like 30s, 90m, 48h or 2d`);
  return ms;
}

/** A deadline: relative to the latest block time, or an absolute unix time in milliseconds. */
export type Deadline = { readonly relativeMs: number } | { readonly unixMs: number };

/** A duration ("48h"), an ISO-8601 time ("2026-06-01T12:00:00Z") or integer unix milliseconds. */
export function parseDeadline(value: string): Deadline {
  if (/^\d+[smhd]$/.test(value)) return { relativeMs: parseDuration(value) };
  if (DECIMAL_INTEGER.test(value)) return { unixMs: parsePositiveInt(value) };
  const unixMs = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isSafeInteger(unixMs) || unixMs <= 0) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a duration (48h), an ISO-8601 time or unix milliseconds`);
  return { unixMs };
}

/** The deadline in unix milliseconds, given the latest block time for relative ones. */
export function resolveDeadline(deadline: Deadline, blockTimeMs: number): number {
  return "relativeMs" in deadline ? blockTimeMs + deadline.relativeMs : deadline.unixMs;
}

function coinsOf(value: string): Coin[] {
  try {
    return parseCoins(value);
  } catch {
    return [];
  }
}

/** One or more coins, e.g. "1000uprint" or "10uprint,5ufoo". */
export function parseCoinList(value: string): Coin[] {
  const coins = coinsOf(value);
  if (coins.length === 0) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a list of coins like 5000000uprint`);
  return coins;
}

/** Exactly one coin, e.g. "5000000uprint". */
export function parseCoin(value: string): Coin {
  const coins = coinsOf(value);
  if (coins.length !== 1) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a single coin like 5000000uprint`);
  return coins[0];
}

/** A comma-separated list ("PLA,PETG"); items are trimmed and must not be empty. */
export function parseList(value: string): string[] {
  const items = value.split(",").map((item) => item.trim());
  if (items.some((item) => item === "")) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a comma-separated list of non-empty items`);
  return items;
}

/** A hex SHA-256 digest (64 hex digits), lowercased. */
export function parseSha256Hex(value: string): string {
  if (!/^[0-9a-f]{64}$/i.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a SHA-256 digest (64 hex digits)`);
  return value.toLowerCase();
}

/** Standard base64 (a page key printed as next_key). */
export function parseBase64(value: string): Uint8Array {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not base64`);
  return fromBase64(value);
}
