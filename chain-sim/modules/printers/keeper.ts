import { printchain, printersCodecs } from "../../../proto";
import { iteratePrefix, type KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { latitudeBand, longitudeCell } from "../../types/geo";
import { printersErrors } from "./errors";
import { emitBondSlashed, emitPerformance } from "./events";
import type { BankKeeper, PrinterHooks } from "./expectedKeepers";
import { applyPerformanceEvent, emptyStats, type PerformanceEvent, type PrinterStats } from "./performance";
import { DEFAULT_PRINTERS_PARAMS, paramsFromProto, paramsToProto, type PrintersParams } from "./params";

export const PRINTERS_PREFIX = "printers/printers/";
// Derived indexes (not in the Merkle trie; rebuilt from the records on import).
export const OWNERS_PREFIX = "printers/index/owners/";
export const REGIONS_PREFIX = "printers/index/regions/";
export const STATUS_PREFIX = "printers/index/status/";
export const ROUTE_PREFIX = "printers/index/route/";
const FLEET_SIZE_PREFIX = "printers/index/fleet_size/";
/**
 * Performance records live in a store of their own ("performance", a second store of this module,
 * as SDK modules may own several): they change with every job event while the registry mostly
 * grows, so a block's commit cost for them follows the printers with activity, not the registry.
 */
export const STATS_PREFIX = "performance/printers/";
export const ATTESTATIONS_PREFIX = "printers/attestations/";
const PARAMS_KEY = "printers/params";
const EMPTY = new Uint8Array();
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** Module account holding operator bonds. */
export const PRINTER_BONDS_ACCOUNT = "printer_bonds";

export type Printer = printchain.printers.v1.Printer;
export type Attestation = printchain.printers.v1.Attestation;
export type RouteEntry = printchain.printers.v1.RouteEntry;
export const PrinterStatus = printchain.printers.v1.PrinterStatus;

const pad3 = (value: number): string => String(value).padStart(3, "0");

/** Route keys: technology / material / latitude band / longitude cell / printer id. */
export function routePrefix(technology: number, material: string, band: number): string {
  return `${ROUTE_PREFIX}${technology}/${material}/${pad3(band)}/`;
}

export function bondOf(printer: Printer): bigint {
  return BigInt(printer.bond || "0");
}

/**
 * The only code that reads or writes printer keys. Besides the printer records it keeps the
 * secondary indexes (owner, region, status) and the routing index: one entry per ACTIVE printer
 * and material, keyed by technology, material and latitude band, holding what eligibility needs.
 */
export class PrintersKeeper {
  private hooks: PrinterHooks | undefined;

  constructor(private readonly bank: BankKeeper) {}

  setHooks(hooks: PrinterHooks): void {
    this.hooks = hooks;
  }

  /** Why changing a printer to `next` would break one of its active jobs, if it would. */
  activeJobConflict(store: KVReader, next: Printer): string | undefined {
    return this.hooks?.activeJobConflict(store, next);
  }

  getParams(store: KVReader): PrintersParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? paramsFromProto(printersCodecs.Params.decode(bytes)) : DEFAULT_PRINTERS_PARAMS;
  }

  setParams(ctx: Context, params: PrintersParams): void {
    ctx.store.set(PARAMS_KEY, printersCodecs.Params.encode(paramsToProto(params)).finish());
    // min_bond is part of eligibility, but route entries carry the bond itself, so nothing to reindex.
  }

  getPrinter(store: KVReader, id: string): Printer | undefined {
    const bytes = store.get(PRINTERS_PREFIX + id);
    return bytes ? printersCodecs.Printer.decode(bytes) : undefined;
  }

  mustGetPrinter(store: KVReader, id: string): Printer {
    const printer = this.getPrinter(store, id);
    if (!printer) throw printersErrors.printerNotFound.wrap(`printer ${JSON.stringify(id.slice(0, 80))}`);
    return printer;
  }

  hasPrinter(store: KVReader, id: string): boolean {
    return store.has(PRINTERS_PREFIX + id);
  }

  /** Stores a printer and rewrites its index entries (old ones are removed first). */
  setPrinter(ctx: Context, printer: Printer): void {
    const previous = this.getPrinter(ctx.store, printer.id);
    if (previous) for (const key of [...this.indexKeys(previous), ...this.routeKeys(previous)]) ctx.store.delete(key);
    else ctx.store.set(FLEET_SIZE_PREFIX + printer.owner, utf8.encode(String(this.fleetSize(ctx.store, printer.owner) + 1)));
    ctx.store.set(PRINTERS_PREFIX + printer.id, printersCodecs.Printer.encode(printer).finish());
    for (const key of this.indexKeys(printer)) ctx.store.set(key, EMPTY);
    const routeKeys = this.routeKeys(printer);
    if (routeKeys.length > 0) {
      const entry = printersCodecs.RouteEntry.encode(this.routeEntryOf(ctx.store, printer)).finish();
      for (const key of routeKeys) ctx.store.set(key, entry);
    }
  }

  /** How many printers an owner has registered (a counter, so the fleet cap costs one read). */
  fleetSize(store: KVReader, owner: string): number {
    const bytes = store.get(FLEET_SIZE_PREFIX + owner);
    return bytes ? Number(utf8Decoder.decode(bytes)) : 0;
  }

  *printers(store: KVReader): IterableIterator<Printer> {
    for (const [, value] of iteratePrefix(store, PRINTERS_PREFIX)) yield printersCodecs.Printer.decode(value);
  }

  /** Routing index entries of one technology, material and latitude band, in longitude cells [from, to], by cell then id. */
  *routeEntries(store: KVReader, technology: number, material: string, band: number, cells: readonly [number, number] = [0, 359]): IterableIterator<[printerId: string, entry: RouteEntry]> {
    const prefix = routePrefix(technology, material, band);
    for (const [key, value] of store.iterate(`${prefix}${pad3(cells[0])}/`, `${prefix}${pad3(cells[1] + 1)}/`)) {
      yield [key.slice(prefix.length + 4), printersCodecs.RouteEntry.decode(value)];
    }
  }

  getStats(store: KVReader, id: string): PrinterStats {
    const bytes = store.get(STATS_PREFIX + id);
    return bytes ? printersCodecs.PrinterStats.decode(bytes) : emptyStats(id);
  }

  setStats(ctx: Context, stats: PrinterStats): void {
    ctx.store.set(STATS_PREFIX + stats.printerId, printersCodecs.PrinterStats.encode(stats).finish());
  }

  *allStats(store: KVReader): IterableIterator<PrinterStats> {
    for (const [, value] of iteratePrefix(store, STATS_PREFIX)) yield printersCodecs.PrinterStats.decode(value);
  }

  /** Applies a job event to a printer's performance record and emits the new figures. */
  recordPerformance(ctx: Context, printerId: string, event: PerformanceEvent): PrinterStats {
    const stats = applyPerformanceEvent(this.getStats(ctx.store, printerId), event);
    this.setStats(ctx, stats);
    emitPerformance(ctx.events, stats);
    return stats;
  }

  /** Moves bond_slash_bps of a printer's bond to `recipient` (the customer of a failed job); returns the amount. */
  slashBond(ctx: Context, printerId: string, recipient: string, jobId: bigint): bigint {
    const printer = this.mustGetPrinter(ctx.store, printerId);
    const params = this.getParams(ctx.store);
    const amount = (bondOf(printer) * BigInt(params.bondSlashBps)) / 10_000n;
    if (amount === 0n) return 0n;
    this.bank.sendCoinsFromModuleToAccount(ctx, PRINTER_BONDS_ACCOUNT, recipient, [{ denom: params.bondDenom, amount }]);
    const slashed = printersCodecs.Printer.fromPartial({ ...printer, bond: (bondOf(printer) - amount).toString(), updatedHeight: ctx.block.height });
    this.setPrinter(ctx, slashed);
    emitBondSlashed(ctx.events, slashed, amount, recipient, jobId);
    return amount;
  }

  getAttestation(store: KVReader, printerId: string, auditor: string): Attestation | undefined {
    const bytes = store.get(`${ATTESTATIONS_PREFIX}${printerId}/${auditor}`);
    return bytes ? printersCodecs.Attestation.decode(bytes) : undefined;
  }

  *attestations(store: KVReader, printerId?: string): IterableIterator<Attestation> {
    for (const [, value] of iteratePrefix(store, printerId === undefined ? ATTESTATIONS_PREFIX : `${ATTESTATIONS_PREFIX}${printerId}/`)) {
      yield printersCodecs.Attestation.decode(value);
    }
  }

  /** Stores an attestation; call setPrinter afterwards so route entries carry the attested flag. */
  setAttestation(ctx: Context, attestation: Attestation): void {
    ctx.store.set(`${ATTESTATIONS_PREFIX}${attestation.printerId}/${attestation.auditor}`, printersCodecs.Attestation.encode(attestation).finish());
  }

  deleteAttestation(ctx: Context, printerId: string, auditor: string): void {
    ctx.store.delete(`${ATTESTATIONS_PREFIX}${printerId}/${auditor}`);
  }

  /** Removes every attestation of a printer; returns how many there were. */
  clearAttestations(ctx: Context, printerId: string): number {
    const auditors = [...this.attestations(ctx.store, printerId)].map((attestation) => attestation.auditor);
    for (const auditor of auditors) this.deleteAttestation(ctx, printerId, auditor);
    return auditors.length;
  }

  routeEntryOf(store: KVReader, printer: Printer): RouteEntry {
    const attested = !this.attestations(store, printer.id).next().done;
    return printersCodecs.RouteEntry.fromPartial({
      latitudeUdeg: printer.location?.latitudeUdeg ?? 0,
      longitudeUdeg: printer.location?.longitudeUdeg ?? 0,
      buildVolume: printer.spec?.buildVolume ?? {},
      bond: printer.bond || "0",
      attested,
    });
  }

  /** Route index keys: one per material, for ACTIVE printers only. */
  private routeKeys(printer: Printer): string[] {
    if (printer.status !== PrinterStatus.PRINTER_STATUS_ACTIVE) return [];
    const band = latitudeBand(printer.location?.latitudeUdeg ?? 0);
    const cell = pad3(longitudeCell(printer.location?.longitudeUdeg ?? 0));
    const technology = printer.spec?.technology ?? 0;
    return (printer.spec?.materials ?? []).map((material) => `${routePrefix(technology, material, band)}${cell}/${printer.id}`);
  }

  private indexKeys(printer: Printer): string[] {
    return [
      `${OWNERS_PREFIX}${printer.owner}/${printer.id}`,
      `${REGIONS_PREFIX}${printer.location?.region ?? ""}/${printer.id}`,
      `${STATUS_PREFIX}${printer.status}/${printer.id}`,
    ];
  }
}
