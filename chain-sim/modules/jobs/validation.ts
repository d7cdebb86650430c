import { toBigInt, type printchain } from "../../../proto";
import { validateAddress } from "../../types/address";
import { isValidDenom, parseAmount } from "../../types/coins";
import { isKnownTechnology, isValidMaterial, validateBuildVolume, validateCoordinates } from "../printers/validation";
import { jobsErrors } from "./errors";

const SHA256_HEX = /^[0-9a-f]{64}$/;
const URI = /^[a-z][a-z0-9+.-]*:[^\s]{1,500}$/;
const LABEL = /^[a-z0-9_-]{1,32}$/;
const MAX_LABELS = 16;
const MAX_REASON = 512;
/** Half the Earth's circumference: no two points are farther apart. */
const MAX_DISTANCE_KM = 20_038;
/** Upper bounds that keep uint64 figures meaningful (and sums far from overflow). */
const MAX_GRAMS = 1_000_000_000n;
const MAX_PRINT_SECONDS = 10n * 365n * 86_400n;

const invalid = (detail: string): Error => jobsErrors.invalidJob.wrap(detail);
const invalidProof = (detail: string): Error => jobsErrors.invalidProof.wrap(detail);

export function validateHash(hash: string, what: string, fail = invalid): void {
  if (!SHA256_HEX.test(hash)) throw fail(`${what} must be 64 lowercase hex characters (SHA-256)`);
}

export function validateUri(uri: string, what: string, fail = invalid): void {
  if (!URI.test(uri)) throw fail(`${what} must be a URI such as ipfs://... or https://... (at most 500 characters, no spaces)`);
}

export function validateLabels(labels: readonly string[], what: string, fail = invalid): void {
  if (labels.length > MAX_LABELS) throw fail(`at most ${MAX_LABELS} ${what}`);
  for (const label of labels) if (!LABEL.test(label)) throw fail(`${what} entry ${JSON.stringify(label.slice(0, 40))} must be 1-32 of [a-z0-9_-]`);
}

export function validateReason(reason: string): void {
  if (reason.length === 0 || reason.length > MAX_REASON) throw invalid(`reason must be 1-${MAX_REASON} characters`);
}

export function validateCreateJob(msg: printchain.jobs.v1.MsgCreateJob): void {
  validateAddress(msg.customer, "customer");
  validateHash(msg.designHash, "design_hash");
  validateUri(msg.designUri, "design_uri");
  if (msg.quantity === 0) throw invalid("quantity must be positive");
  if (!isValidMaterial(msg.material)) throw invalid(`invalid material ${JSON.stringify(msg.material.slice(0, 40))}`);
  if (!isKnownTechnology(msg.technology)) throw invalid(`unknown technology ${msg.technology}`);
  validateBuildVolume(msg.minBuildVolume, invalid);
  const grams = toBigInt(msg.estimatedGrams);
  if (grams === 0n || grams > MAX_GRAMS) throw invalid(`estimated_grams must be between 1 and ${MAX_GRAMS}`);
  const price = msg.price as printchain.base.v1.Coin | null;
  if (!price || !isValidDenom(price.denom)) throw jobsErrors.invalidPrice.wrap("price needs a valid denom");
  if (parseAmount(price.amount, "price") === 0n) throw jobsErrors.invalidPrice.wrap("price must be positive");
  validateCoordinates(msg.latitudeUdeg, msg.longitudeUdeg, (detail) => jobsErrors.invalidJob.wrap(`customer location: ${detail}`));
  if (msg.maxDistanceKm === 0 || msg.maxDistanceKm > MAX_DISTANCE_KM) throw invalid(`max_distance_km must be between 1 and ${MAX_DISTANCE_KM}`);
}

export function validateProof(msg: printchain.jobs.v1.MsgSubmitProofOfPrint): void {
  validateAddress(msg.operator, "operator");
  validateHash(msg.evidenceHash, "evidence_hash", invalidProof);
  validateUri(msg.evidenceUri, "evidence_uri", invalidProof);
  if (toBigInt(msg.printSeconds) > MAX_PRINT_SECONDS) throw invalidProof(`print_seconds must be at most ${MAX_PRINT_SECONDS}`);
  if (toBigInt(msg.gramsUsed) > MAX_GRAMS) throw invalidProof(`grams_used must be at most ${MAX_GRAMS}`);
  validateLabels(msg.errorKinds, "error_kinds", invalidProof);
  if (msg.errorKinds.length > msg.errorCount) throw invalidProof("more error kinds than errors");
}
