import { invalidParams } from "./errors";

/** Reads CometBFT-style params: ints may come as strings or numbers (CosmJS sends strings). */
export class Params {
  constructor(private readonly raw: Record<string, unknown>) {}

  optionalInt(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === "") return undefined;
    const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : undefined;
    if (text === undefined || !/^-?[0-9]{1,16}$/.test(text)) throw invalidParams(`${name} must be an integer, got ${JSON.stringify(value)?.slice(0, 40)}`);
    const number = Number(text);
    if (!Number.isSafeInteger(number)) throw invalidParams(`${name} is out of range`);
    return number;
  }

  optionalString(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") throw invalidParams(`${name} must be a string`);
    return value;
  }

  string(name: string): string {
    const value = this.optionalString(name);
    if (value === undefined) throw invalidParams(`missing param ${name}`);
    return value;
  }

  optionalBool(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw invalidParams(`${name} must be a boolean`);
  }

  /** Standard padded base64 (CometBFT's JSON encoding of []byte). */
  base64(name: string): Uint8Array {
    const value = this.string(name);
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) throw invalidParams(`${name} must be standard padded base64`);
    return new Uint8Array(Buffer.from(value, "base64"));
  }

  /** Hex bytes without 0x (abci_query data); empty means no bytes. */
  hex(name: string): Uint8Array {
    const value = (this.optionalString(name) ?? "").replace(/^0x/i, "");
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(value)) throw invalidParams(`${name} must be hex`);
    return new Uint8Array(Buffer.from(value, "hex"));
  }
}
