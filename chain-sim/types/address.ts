import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { sha256 } from "../store/merkle";
import { sdkErrors } from "./errors";

/** Account address prefix (ARCHITECTURE §4). */
export const ACCOUNT_PREFIX = "print";
/** Validator operator address prefix. */
export const VALOPER_PREFIX = "printvaloper";

/** BIP-173's length limit, passed explicitly: @cosmjs/encoding 0.39 defaults to Infinity, which @scure/base 2 rejects. */
const BECH32_LIMIT = 90;
const validated = new Map<string, boolean>();
const VALIDATED_CACHE_LIMIT = 100_000;

/** True for a lowercase bech32 address with the given prefix and a 20- or 32-byte payload. */
export function isValidAddress(address: string, prefix = ACCOUNT_PREFIX): boolean {
  const cacheKey = `${prefix}|${address}`;
  const cached = validated.get(cacheKey);
  if (cached !== undefined) return cached;
  let ok = false;
  try {
    const decoded = fromBech32(address, BECH32_LIMIT);
    ok = decoded.prefix === prefix && (decoded.data.length === 20 || decoded.data.length === 32) && address === address.toLowerCase();
  } catch {
    ok = false;
  }
  if (validated.size >= VALIDATED_CACHE_LIMIT) validated.clear();
  validated.set(cacheKey, ok);
  return ok;
}

/** Throws the SDK's invalid-address error (code 7) unless `address` is a valid account address. */
export function validateAddress(address: string, field: string, prefix = ACCOUNT_PREFIX): void {
  if (!isValidAddress(address, prefix)) {
    const shown = address.length > 100 ? `${address.slice(0, 97)}...` : address;
    throw sdkErrors.invalidAddress.wrap(`${field} "${shown}" is not a valid ${prefix} address`);
  }
}

export function addressFromBytes(bytes: Uint8Array, prefix = ACCOUNT_PREFIX): string {
  return toBech32(prefix, bytes, BECH32_LIMIT);
}

/** A module account's address: the first 20 bytes of sha256(module name), as in the SDK. */
export function moduleAddress(moduleName: string): string {
  return addressFromBytes(sha256(new TextEncoder().encode(moduleName)).slice(0, 20));
}

/** The same 20 bytes under another bech32 prefix (account ↔ printvaloper operator address). */
export function convertAddress(address: string, toPrefix: string): string {
  return addressFromBytes(fromBech32(address, BECH32_LIMIT).data, toPrefix);
}

/** The printvaloper1... operator address of an account. */
export function valoperFromAccount(account: string): string {
  return convertAddress(account, VALOPER_PREFIX);
}

/** The account address of a printvaloper1... operator address. */
export function accountFromValoper(valoper: string): string {
  return convertAddress(valoper, ACCOUNT_PREFIX);
}
