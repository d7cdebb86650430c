import { normalizeLongs, printchain, printersCodecs } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { validateAddress } from "../../types/address";
import type { Context } from "../../types/context";
import { printersErrors } from "./errors";
import type { Printer, PrintersKeeper } from "./keeper";
import { DEFAULT_PRINTERS_PARAMS, paramsFromProto, paramsToProto } from "./params";
import { validateLocation, validatePrinterId, validateSpec } from "./validation";

/** Genesis is the proto-JSON of printchain.printers.v1.GenesisState (64-bit fields as strings). */
const GenesisState = printchain.printers.v1.GenesisState;
const JSON_OPTIONS = { longs: String, enums: String, defaults: true, arrays: true } as const;

export function defaultPrintersGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject({ params: paramsToProto(DEFAULT_PRINTERS_PARAMS), printers: [] }), JSON_OPTIONS);
}

export function initPrintersGenesis(ctx: Context, keeper: PrintersKeeper, raw: unknown): void {
  let genesis;
  try {
    genesis = GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>));
  } catch (error) {
    throw printersErrors.invalidGenesis.wrap(error instanceof Error ? error.message : String(error));
  }
  keeper.setParams(ctx, genesis.params ? paramsFromProto(genesis.params) : DEFAULT_PRINTERS_PARAMS);
  const seen = new Set<string>();
  // fromObject builds full Printer instances (missing fields take their defaults).
  for (const printer of genesis.printers as Printer[]) {
    validatePrinterId(printer.id);
    if (seen.has(printer.id)) throw printersErrors.invalidGenesis.wrap(`duplicate printer ${printer.id}`);
    seen.add(printer.id);
    validateAddress(printer.owner, `owner of printer ${printer.id}`);
    validateSpec(printer.spec);
    validateLocation(printer.location);
    keeper.setPrinter(ctx, printer);
  }
}

export function exportPrintersGenesis(store: KVReader, keeper: PrintersKeeper): unknown {
  return GenesisState.toObject(printersCodecs.GenesisState.fromPartial({ params: paramsToProto(keeper.getParams(store)), printers: [...keeper.printers(store)] }), JSON_OPTIONS);
}
