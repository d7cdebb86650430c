/**
 * Bridge between the static protobuf.js bindings in ./gen and the rest of printchain (CosmJS clients and
 * chain code).
 *
 * Why this exists: protobuf.js represents 64-bit integers as `number | Long`. A JS `bigint` written to a
 * uint64/int64 field is not rejected; the writer silently encodes it as 0 (`LongBits.from` only knows
 * numbers, strings and Long-like objects). CosmJS and modern chain code use `bigint` throughout, so every
 * value that crosses into protobuf.js goes through `normalizeLongs` (bigint -> decimal string) and then the
 * generated `fromObject`, which turns decimal strings into exact Longs.
 */
import type { Long, Reader, Writer } from "protobufjs";

/** Any accepted input representation of a 64-bit integer field. */
export type LongInput = Long | number | string | bigint;

/**
 * The input shape of a message for `ProtoCodec.fromPartial`: every field optional, 64-bit integer fields
 * widened to `LongInput`, nested messages and repeated fields mapped recursively.
 */
export type ProtoInput<P> = P extends Uint8Array
  ? P
  : P extends Long
    ? LongInput
    : P extends ReadonlyArray<infer E>
      ? ReadonlyArray<ProtoInput<E>>
      : P extends object
        ? { [K in keyof P]?: ProtoInput<P[K]> }
        : P;

/**
 * A message codec that `@cosmjs/proto-signing`'s `Registry` accepts as a `GeneratedType` (ts-proto shape:
 * Registry calls `fromPartial(value)`, then `encode(instance).finish()`, and `decode(bytes)`), and that chain
 * code can use directly.
 */
export interface ProtoCodec<T> {
  /** The Any type URL, e.g. "/printchain.printers.v1.MsgRegisterPrinter". */
  readonly typeUrl: string;
  /**
   * Builds a message from a partial plain object (or a message). 64-bit fields may be given as bigint,
   * number, decimal string or Long; enum fields as number or enum value name; bytes as Uint8Array.
   */
  fromPartial(value: unknown): T;
  /** Same as `fromPartial` (present for protobuf.js-style `create` callers). */
  create(value?: unknown): T;
  /**
   * Encodes a message. Plain objects and messages containing bigints are converted via `fromPartial` first,
   * so bigints are never silently dropped. When no writer is passed, `finish()` of the returned writer
   * yields a plain `Uint8Array` (never a Node `Buffer` or a view into protobuf.js's shared pool).
   */
  encode(message: T, writer?: Writer): Writer;
  /**
   * Decodes a message. 64-bit fields come back as `Long` (or number for zero/defaults); read them with
   * `toBigInt`. Bytes fields are `Uint8Array` views into `input`.
   */
  decode(input: Uint8Array | Reader, length?: number): T;
}

/** The subset of a pbjs static-module message class that `createCodec` relies on. */
export interface PbjsMessageType<T> {
  new (properties?: never): T;
  fromObject(object: { [k: string]: unknown }): T;
  encode(message: T, writer?: Writer): Writer;
  decode(reader: Reader | Uint8Array, length?: number): T;
  getTypeUrl?(prefix?: string): string;
}

function isLongLike(value: object): value is Long {
  const candidate = value as Partial<Record<keyof Long, unknown>>;
  return (
    typeof candidate.low === "number" &&
    typeof candidate.high === "number" &&
    typeof candidate.unsigned === "boolean"
  );
}

function isBinary(value: object): boolean {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

/**
 * Deep-copies `value`, replacing every bigint by its decimal string. Uint8Array/Buffer (any ArrayBuffer view)
 * and Long values are kept as they are; arrays and objects are recursed. With `plain`, every non-leaf object
 * becomes a plain object (own enumerable properties only); otherwise prototypes and property attributes are
 * preserved.
 */
function copyNormalized(value: unknown, plain: boolean, seen: Map<object, unknown>): unknown {
  if (typeof value === "bigint") {
    return value.toString(10);
  }
  if (typeof value !== "object" || value === null) {
    return value;
  }
  if (isBinary(value) || isLongLike(value) || value instanceof Date) {
    return value;
  }
  const existing = seen.get(value);
  if (existing !== undefined) {
    return existing;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) {
      out.push(copyNormalized(item, plain, seen));
    }
    return out;
  }
  if (plain) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    for (const [key, item] of Object.entries(value)) {
      out[key] = copyNormalized(item, plain, seen);
    }
    // CosmJS (ts-proto) names google.protobuf.Any's field `typeUrl`; the generated class keeps `type_url`.
    if (typeof out.typeUrl === "string" && out.type_url === undefined) out.type_url = out.typeUrl;
    return out;
  }
  const out: object = Object.create(Object.getPrototypeOf(value) as object | null) as object;
  seen.set(value, out);
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) {
      continue;
    }
    if ("value" in descriptor) {
      descriptor.value = copyNormalized(descriptor.value, plain, seen);
    }
    Object.defineProperty(out, key, descriptor);
  }
  return out;
}

/**
 * Returns a deep copy of `value` in which every `bigint` is replaced by its decimal string, the form
 * protobuf.js converts exactly into a 64-bit field. Uint8Array/Buffer and Long values are left as they are;
 * arrays and objects are recursed (object prototypes are preserved). The input is not modified.
 *
 * Note: the static type is kept as `T` for convenience; bigint-typed properties become strings at runtime.
 */
export function normalizeLongs<T>(value: T): T {
  return copyNormalized(value, false, new Map()) as T;
}

/** True if a bigint occurs anywhere in `value` (arrays and object properties are searched). */
function containsBigInt(value: unknown, seen: Set<object> = new Set()): boolean {
  if (typeof value === "bigint") {
    return true;
  }
  if (typeof value !== "object" || value === null || isBinary(value) || isLongLike(value)) {
    return false;
  }
  if (seen.has(value)) {
    return false;
  }
  seen.add(value);
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => containsBigInt(item, seen));
}

const TWO_POW_32 = 4294967296n;

/**
 * Reads a 64-bit integer field of a decoded message (or any accepted input form) as a bigint.
 * `null`/`undefined` (unset field) read as 0n. Throws a RangeError on non-integral numbers and on strings
 * that are not decimal integers.
 */
export function toBigInt(value: Long | number | string | bigint | null | undefined): bigint {
  if (value === null || value === undefined) {
    return 0n;
  }
  if (typeof value === "bigint") {
    return value;
  }
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      throw new RangeError(`not an integer: ${value}`);
    }
    return BigInt(value);
  }
  if (typeof value === "string") {
    if (!/^[+-]?\d+$/.test(value)) {
      throw new RangeError(`not a decimal integer: ${JSON.stringify(value)}`);
    }
    return BigInt(value);
  }
  const high = value.unsigned ? value.high >>> 0 : value.high | 0;
  return BigInt(high) * TWO_POW_32 + BigInt(value.low >>> 0);
}

/** A writer whose `finish()` returns a fresh, exactly-sized, plain Uint8Array. */
function withPlainFinish(writer: Writer): Writer {
  const finish = writer.finish.bind(writer);
  writer.finish = (): Uint8Array => new Uint8Array(finish());
  return writer;
}

/** A Uint8Array view of `input` if it is a Node Buffer (so decoded bytes fields are not Buffers). */
function asPlainInput(input: Uint8Array | Reader): Uint8Array | Reader {
  if (input instanceof Uint8Array && input.constructor !== Uint8Array) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  return input;
}

/**
 * Wraps a generated pbjs message class as a `ProtoCodec`. Throws if the class reports a different type URL
 * than `typeUrl` (guards against wiring a codec to the wrong message).
 */
export function createCodec<T>(typeUrl: string, pbjsType: PbjsMessageType<T>): ProtoCodec<T> {
  if (!typeUrl.startsWith("/")) {
    throw new Error(`type URL must start with "/": ${typeUrl}`);
  }
  if (pbjsType.getTypeUrl !== undefined) {
    const actual = pbjsType.getTypeUrl("");
    if (actual !== typeUrl) {
      throw new Error(`type URL mismatch: codec declared as ${typeUrl} but the generated type is ${actual}`);
    }
  }
  const fromPartial = (value: unknown): T => {
    if (value instanceof pbjsType && !containsBigInt(value)) {
      return value;
    }
    const plain = copyNormalized(value ?? {}, true, new Map());
    if (typeof plain !== "object" || plain === null || Array.isArray(plain)) {
      throw new TypeError(`${typeUrl}: expected an object, got ${Array.isArray(plain) ? "array" : typeof plain}`);
    }
    return pbjsType.fromObject(plain as { [k: string]: unknown });
  };
  return Object.freeze({
    typeUrl,
    fromPartial,
    create: (value?: unknown): T => fromPartial(value),
    encode(message: T, writer?: Writer): Writer {
      const instance = fromPartial(message);
      return writer === undefined ? withPlainFinish(pbjsType.encode(instance)) : pbjsType.encode(instance, writer);
    },
    decode(input: Uint8Array | Reader, length?: number): T {
      return pbjsType.decode(asPlainInput(input), length);
    },
  });
}
