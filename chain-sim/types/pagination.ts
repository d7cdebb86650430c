import { toBigInt, type printchain } from "../../proto";
import { iteratePrefix, type Entry, type KVReader } from "../store/kvStore";
import { sdkErrors } from "./errors";

/** cosmos.base.query.v1beta1.PageRequest, with 64-bit fields already converted to bigint. */
export interface PageRequest {
  readonly key: Uint8Array;
  readonly offset: bigint;
  readonly limit: bigint;
  readonly countTotal: boolean;
  readonly reverse: boolean;
}

export interface PageResponse {
  readonly nextKey: Uint8Array;
  readonly total: bigint;
}

export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * One page of the entries under `prefix`, the way the SDK's query.Paginate works: either `key`
 * (resume after a previous page's next_key, relative to the prefix) or `offset`, never both;
 * `total` is counted only when asked for and only with offset paging. With `filter`, only the
 * entries it accepts are paged and counted.
 */
export function paginate<T>(
  store: KVReader,
  prefix: string,
  request: PageRequest | undefined,
  decode: (entry: Entry) => T,
  filter?: (entry: Entry) => boolean,
): { items: T[]; page: PageResponse } {
  const key = request?.key ?? new Uint8Array();
  const offset = request?.offset ?? 0n;
  const reverse = request?.reverse ?? false;
  const requestedLimit = request?.limit ?? 0n;
  if (key.length > 0 && offset > 0n) throw sdkErrors.invalidRequest.wrap("either offset or key is expected, got both");
  if (requestedLimit > MAX_PAGE_LIMIT) throw sdkErrors.invalidRequest.wrap(`limit ${requestedLimit} exceeds the maximum of ${MAX_PAGE_LIMIT}`);
  const limit = requestedLimit === 0n ? DEFAULT_PAGE_LIMIT : requestedLimit;
  const countTotal = (request?.countTotal ?? false) && key.length === 0;
  const resumeAt = key.length > 0 ? prefix + utf8Decoder.decode(key) : undefined;

  const items: T[] = [];
  let skipped = 0n;
  let counted = 0n;
  let nextKey: Uint8Array = new Uint8Array();
  for (const entry of iteratePrefix(store, prefix, reverse)) {
    if (resumeAt !== undefined && (reverse ? entry[0] > resumeAt : entry[0] < resumeAt)) continue;
    if (filter && !filter(entry)) continue;
    counted++;
    if (skipped < offset) {
      skipped++;
      continue;
    }
    if (BigInt(items.length) < limit) {
      items.push(decode(entry));
      continue;
    }
    if (nextKey.length === 0) nextKey = utf8.encode(entry[0].slice(prefix.length));
    if (!countTotal) break;
  }
  return { items, page: { nextKey, total: countTotal ? counted : 0n } };
}

/** printchain.base.v1.PageRequest with 64-bit fields as bigint. */
export function pageRequest(request: printchain.base.v1.IPageRequest | null | undefined): PageRequest | undefined {
  if (!request) return undefined;
  return {
    key: request.key ?? new Uint8Array(),
    offset: toBigInt(request.offset),
    limit: toBigInt(request.limit),
    countTotal: request.countTotal ?? false,
    reverse: request.reverse ?? false,
  };
}
