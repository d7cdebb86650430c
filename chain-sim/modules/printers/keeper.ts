import { printersCodecs, type printchain } from "../../../proto";
import { iteratePrefix, type KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { DEFAULT_PRINTERS_PARAMS, paramsFromProto, paramsToProto, type PrintersParams } from "./params";

export const PRINTERS_PREFIX = "printers/printers/";
export const OWNERS_PREFIX = "printers/owners/";
const PARAMS_KEY = "printers/params";
const EMPTY = new Uint8Array();

export type Printer = printchain.printers.v1.Printer;

/** The only code that reads or writes printer keys. */
export class PrintersKeeper {
  getParams(store: KVReader): PrintersParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(printersCodecs.Params.decode(bytes)) : DEFAULT_PRINTERS_PARAMS;
  }

  setParams(ctx: Context, params: PrintersParams): void {
    ctx.store.set(PARAMS_KEY, printersCodecs.Params.encode(paramsToProto(params)).finish());
  }

  getPrinter(store: KVReader, id: string): Printer | undefined {
    const bytes = store.get(PRINTERS_PREFIX + id);
    return bytes ? printersCodecs.Printer.decode(bytes) : undefined;
  }

  hasPrinter(ctx: Context, id: string): boolean {
    return ctx.store.has(PRINTERS_PREFIX + id);
  }

  /** Stores a printer and its owner index entry (the fleet of an owner is a prefix scan). */
  setPrinter(ctx: Context, printer: Printer): void {
    ctx.store.set(PRINTERS_PREFIX + printer.id, printersCodecs.Printer.encode(printer).finish());
    ctx.store.set(`${OWNERS_PREFIX}${printer.owner}/${printer.id}`, EMPTY);
  }

  /** How many printers an owner has, counted up to `limit` (cheap for the fleet cap). */
  countFleet(ctx: Context, owner: string, limit: number): number {
    let count = 0;
    for (const _entry of iteratePrefix(ctx.store, `${OWNERS_PREFIX}${owner}/`)) if (++count >= limit) break;
    return count;
  }

  *printers(store: KVReader): IterableIterator<Printer> {
    for (const [, value] of iteratePrefix(store, PRINTERS_PREFIX)) yield printersCodecs.Printer.decode(value);
  }
}
