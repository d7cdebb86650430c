import { normalizeLongs, printchain, printersCodecs, PROTO_JSON_OPTIONS } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { validateAddress } from "../../types/address";
import { parseAmount } from "../../types/coins";
import type { Context } from "../../types/context";
import { printersErrors } from "./errors";
import type { Printer, PrintersKeeper } from "./keeper";
import { DEFAULT_PRINTERS_PARAMS, paramsFromProto, paramsToProto } from "./params";
import { validateLocation, validatePrinterId, validateSpec } from "./validation";

/** Genesis is the proto-JSON of printchain.printers.v1.GenesisState (64-bit fields as strings). */
const GenesisState = printchain.printers.v1.GenesisState;

export function defaultPrintersGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject({ params: normalizeLongs(paramsToProto(DEFAULT_PRINTERS_PARAMS)) }), PROTO_JSON_OPTIONS);
}

/**
 * Validates and stores the printers genesis. Bonds must already sit in the printer_bonds module
 * account (bank genesis); the app's invariant check compares the two.
 */
export function initPrintersGenesis(ctx: Context, keeper: PrintersKeeper, raw: unknown): void {
  const invalid = (detail: string): Error => printersErrors.invalidGenesis.wrap(detail);
  let genesis;
  let params;
  try {
    genesis = GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>));
    params = genesis.params ? paramsFromProto(genesis.params) : DEFAULT_PRINTERS_PARAMS;
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  keeper.setParams(ctx, params);
  const attestations = genesis.attestations as printchain.printers.v1.Attestation[];
  for (const attestation of attestations) {
    if (!params.auditors.includes(attestation.auditor)) throw invalid(`attestation by ${attestation.auditor}, who is not an auditor`);
    keeper.setAttestation(ctx, attestation);
  }
  const seen = new Set<string>();
  // fromObject builds full Printer instances (missing fields take their defaults).
  for (const printer of genesis.printers as Printer[]) {
    validatePrinterId(printer.id);
    if (seen.has(printer.id)) throw invalid(`duplicate printer ${printer.id}`);
    seen.add(printer.id);
    validateAddress(printer.owner, `owner of printer ${printer.id}`);
    validateSpec(printer.spec);
    validateLocation(printer.location);
    parseAmount(printer.bond || "0", `bond of printer ${printer.id}`);
    keeper.setPrinter(ctx, printer);
  }
  for (const attestation of attestations) if (!seen.has(attestation.printerId)) throw invalid(`attestation of unknown printer ${attestation.printerId}`);
  for (const stats of genesis.stats as printchain.printers.v1.PrinterStats[]) {
    if (!seen.has(stats.printerId)) throw invalid(`stats of unknown printer ${stats.printerId}`);
    keeper.setStats(ctx, stats as printchain.printers.v1.PrinterStats);
  }
}

export function exportPrintersGenesis(store: KVReader, keeper: PrintersKeeper): unknown {
  const genesis = printersCodecs.GenesisState.fromPartial({
    params: paramsToProto(keeper.getParams(store)),
    printers: [...keeper.printers(store)],
    stats: [...keeper.allStats(store)],
    attestations: [...keeper.attestations(store)],
  });
  return GenesisState.toObject(genesis, PROTO_JSON_OPTIONS);
}
