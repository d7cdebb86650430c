/**
 * Argument parsers of the CLI. Each takes the raw string commander hands over and returns the value a
 * message field needs, or throws commander's InvalidArgumentError, which commander reports against the
 * option or argument that was given. No floats: coordinates are converted to micro-degrees digit by digit.
 */
import { fromBase64 } from "@cosmjs/encoding";
import { parseCoins, type Coin } from "@cosmjs/stargate";
import { InvalidArgumentError } from "commander";
import { printchain } from "../../proto";
import { ACCOUNT_PREFIX, VALOPER_PREFIX, accountFromValoper, isValidAddress, valoperFromAccount } from "../types/address";
import { DEC_ONE, formatDec, parseDec } from "../types/dec";

type Parser<T> = (value: string) => T;

const DECIMAL_INTEGER = /^\d+$/;
const MAX_UINT32 = 0xffff_ffff;
const MAX_UINT64 = (1n << 64n) - 1n;
/** The denom of a bare integer amount: the base denom (node/devnet's BASE_DENOM, not imported so parsing loads no node code). */
const BASE_DENOM = "uprint";

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

// ---------------------------------------------------------------------------------------------------------
// staking and gov

/** A coin amount for staking and deposits: "1000000" (in uprint) or "1000000uprint"; positive. */
export function parseBondCoin(value: string): Coin {
  const coin = DECIMAL_INTEGER.test(value) ? { denom: BASE_DENOM, amount: BigInt(value).toString() } : coinsOf(value).length === 1 ? coinsOf(value)[0] : undefined;
  if (!coin || BigInt(coin.amount) === 0n) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a positive amount like 1000000 or 1000000${BASE_DENOM}`);
  return coin;
}

/** Coins for a deposit: "10000000" (in uprint), "10000000uprint" or "10uprint,5ufoo"; every amount positive. */
export function parseDepositCoins(value: string): Coin[] {
  const coins = DECIMAL_INTEGER.test(value) ? [{ denom: BASE_DENOM, amount: BigInt(value).toString() }] : coinsOf(value);
  if (coins.length === 0 || coins.some((coin) => BigInt(coin.amount) === 0n)) {
    throw new InvalidArgumentError(`${JSON.stringify(value)} is not a positive amount like 10000000 or 10000000${BASE_DENOM} (or a list like 10uprint,5ufoo)`);
  }
  return coins;
}

/** An integer amount of tokens (min self-delegation), as a normalised decimal string; positive. */
export function parsePositiveAmount(value: string): string {
  if (!DECIMAL_INTEGER.test(value) || BigInt(value) === 0n) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a positive integer amount`);
  return BigInt(value).toString();
}

/** A fraction from 0 to 1 with at most 18 decimals ("0.05"), in the SDK's 18-decimal form ("0.050000000000000000"). */
export function parseFraction(value: string): string {
  let scaled: bigint;
  try {
    scaled = parseDec(value);
  } catch {
    throw new InvalidArgumentError(`${JSON.stringify(value)} is not a decimal from 0 to 1 with at most 18 decimals, like 0.05`);
  }
  if (scaled > DEC_ONE) throw new InvalidArgumentError(`${JSON.stringify(value)} is more than 1`);
  return formatDec(scaled);
}

/** A 32-byte ed25519 consensus public key in base64. */
export function parseConsensusPubkey(value: string): Uint8Array {
  const bytes = /^[A-Za-z0-9+/]{43}=$/.test(value) ? fromBase64(value) : undefined;
  if (!bytes || bytes.length !== 32) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a 32-byte ed25519 public key in base64 (44 characters)`);
  return bytes;
}

/** A print1... account address. */
export function parseAccountAddress(value: string): string {
  if (isValidAddress(value, ACCOUNT_PREFIX)) return value;
  if (isValidAddress(value, VALOPER_PREFIX)) throw new InvalidArgumentError(`${value} is a validator operator address; the operator's account is ${accountFromValoper(value)}`);
  throw new InvalidArgumentError(`${JSON.stringify(value)} is not a ${ACCOUNT_PREFIX}1... account address`);
}

/** A printvaloper1... validator operator address. */
export function parseValoperAddress(value: string): string {
  if (isValidAddress(value, VALOPER_PREFIX)) return value;
  if (isValidAddress(value, ACCOUNT_PREFIX)) throw new InvalidArgumentError(`${value} is an account address; its validator operator address is ${valoperFromAccount(value)}`);
  throw new InvalidArgumentError(`${JSON.stringify(value)} is not a ${VALOPER_PREFIX}1... validator operator address`);
}

/** A proposal id (they start at 1). */
export function parseProposalId(value: string): bigint {
  const id = DECIMAL_INTEGER.test(value) ? BigInt(value) : 0n;
  if (id < 1n || id > MAX_UINT64) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a proposal id (a positive integer)`);
  return id;
}

/** A parser of names from a fixed table, normalised: lowercase, `prefix` stripped, "_" read as "-". */
function nameParser<T>(table: ReadonlyMap<string, T>, prefix: string, aliases: ReadonlyMap<string, string> = new Map()): Parser<T> {
  const names = [...table.keys()].join(", ");
  return (value) => {
    const name = value.toLowerCase().replace(new RegExp(`^${prefix}`), "").replace(/_/g, "-");
    const found = table.get(aliases.get(name) ?? name);
    if (found === undefined) throw new InvalidArgumentError(`${JSON.stringify(value)} is not one of ${names}`);
    return found;
  };
}

/** A BondStatus filter for `query staking validators`, as the request's status string ("BOND_STATUS_BONDED"). */
export const parseBondStatus = nameParser(
  new Map([
    ["bonded", "BOND_STATUS_BONDED"],
    ["unbonding", "BOND_STATUS_UNBONDING"],
    ["unbonded", "BOND_STATUS_UNBONDED"],
  ]),
  "bond_status_",
);

const { ProposalStatus, VoteOption } = printchain.gov.v1;

/** A ProposalStatus: deposit, voting, passed, rejected or failed (or deposit-period, voting-period, PROPOSAL_STATUS_...). */
export const parseProposalStatus = nameParser(
  new Map([
    ["deposit", ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD],
    ["voting", ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD],
    ["passed", ProposalStatus.PROPOSAL_STATUS_PASSED],
    ["rejected", ProposalStatus.PROPOSAL_STATUS_REJECTED],
    ["failed", ProposalStatus.PROPOSAL_STATUS_FAILED],
  ]),
  "proposal_status_",
  new Map([
    ["deposit-period", "deposit"],
    ["voting-period", "voting"],
  ]),
);

const VOTE_OPTIONS: ReadonlyMap<string, number> = new Map([
  ["yes", VoteOption.VOTE_OPTION_YES],
  ["no", VoteOption.VOTE_OPTION_NO],
  ["abstain", VoteOption.VOTE_OPTION_ABSTAIN],
  ["no-with-veto", VoteOption.VOTE_OPTION_NO_WITH_VETO],
]);

/** A vote option: yes, no, abstain or no-with-veto (case-insensitive; "_" for "-" and the VOTE_OPTION_ prefix are accepted; "veto" is no-with-veto). */
export const parseVoteOption = nameParser(VOTE_OPTIONS, "vote_option_", new Map([["veto", "no-with-veto"]]));

/** A weighted vote, "yes=0.6,no=0.4": distinct options, positive weights with at most 18 decimals, summing to exactly 1. */
export function parseWeightedVote(value: string): Array<{ option: number; weight: string }> {
  const options: Array<{ option: number; weight: string }> = [];
  let total = 0n;
  for (const item of value.split(",")) {
    const match = /^([A-Za-z_-]+)=(.*)$/.exec(item.trim());
    if (!match) throw new InvalidArgumentError(`${JSON.stringify(item)} is not OPTION=WEIGHT (e.g. yes=0.6,no=0.4)`);
    const option = parseVoteOption(match[1]);
    let weight: bigint;
    try {
      weight = parseDec(match[2]);
    } catch {
      weight = 0n;
    }
    if (weight === 0n || weight > DEC_ONE) throw new InvalidArgumentError(`the weight of ${match[1]}, ${JSON.stringify(match[2])}, is not a decimal above 0 and at most 1 with at most 18 decimals`);
    if (options.some((entry) => entry.option === option)) throw new InvalidArgumentError(`${match[1]} is given twice in ${JSON.stringify(value)}`);
    options.push({ option, weight: formatDec(weight) });
    total += weight;
  }
  if (total !== DEC_ONE) throw new InvalidArgumentError(`the weights of ${JSON.stringify(value)} add up to ${formatDec(total).replace(/\.?0+$/, "")}, not exactly 1`);
  return options;
}

/** Every emissions role by its CLI name, in enum order. */
export const ROLE_NAMES: ReadonlyMap<string, number> = new Map([
  ["printers", Role.ROLE_PRINTERS],
  ["validators", Role.ROLE_VALIDATORS],
  ["developers", Role.ROLE_DEVELOPERS],
  ["model-providers", Role.ROLE_MODEL_PROVIDERS],
  ["liquidity-providers", Role.ROLE_LIQUIDITY_PROVIDERS],
  ["community", Role.ROLE_COMMUNITY],
]);

/** The CLI name of a role ("model-providers"), or its number for a role this CLI does not know. */
export function roleName(role: number): string {
  for (const [name, number] of ROLE_NAMES) if (number === role) return name;
  return `role-${role}`;
}

const parseRoleName = nameParser(ROLE_NAMES, "role_");
/** The largest role weight (the emissions module's bound). */
const MAX_ROLE_WEIGHT = 1_000_000;

/**
 * One ROLE=WEIGHT argument of `tx gov propose-weights` ("printers=55"), added to the weights parsed so far
 * (commander passes them as `previous` for a variadic argument). A weight is an integer from 0 to 1,000,000
 * (the emissions module's bound); a role may be given once.
 */
export function parseRoleWeight(value: string, previous?: ReadonlyMap<number, number>): Map<number, number> {
  const match = /^([A-Za-z_-]+)=(.*)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`${JSON.stringify(value)} is not ROLE=WEIGHT, e.g. printers=55 (roles: ${[...ROLE_NAMES.keys()].join(", ")})`);
  const role = parseRoleName(match[1]);
  const weight = DECIMAL_INTEGER.test(match[2]) ? Number(match[2]) : NaN;
  if (!Number.isSafeInteger(weight) || weight > MAX_ROLE_WEIGHT) throw new InvalidArgumentError(`the weight of ${match[1]}, ${JSON.stringify(match[2])}, is not an integer from 0 to ${MAX_ROLE_WEIGHT}`);
  if (previous?.has(role)) throw new InvalidArgumentError(`${roleName(role)} is given twice`);
  return new Map([...(previous ?? []), [role, weight]]);
}
