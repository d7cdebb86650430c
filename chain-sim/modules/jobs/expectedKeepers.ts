import type { printchain } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";
import type { PerformanceEvent } from "../printers/performance";

/** What jobs needs from bank. */
export interface BankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, from: string, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: readonly Coin[]): void;
}

/** What jobs needs from printers: the registry, its routing index, performance records and bonds. */
export interface PrintersKeeper {
  getParams(store: KVReader): { readonly minBond: bigint };
  getPrinter(store: KVReader, id: string): printchain.printers.v1.Printer | undefined;
  getStats(store: KVReader, id: string): printchain.printers.v1.PrinterStats;
  routeEntries(store: KVReader, technology: number, material: string, band: number, cells: readonly [number, number]): Iterable<[string, printchain.printers.v1.RouteEntry]>;
  routeEntryOf(store: KVReader, printer: printchain.printers.v1.Printer): printchain.printers.v1.RouteEntry;
  recordPerformance(ctx: Context, printerId: string, event: PerformanceEvent): unknown;
  slashBond(ctx: Context, printerId: string, recipient: string, jobId: bigint): bigint;
}

/** A job the printer completed (confirmed, auto-confirmed, or resolved with less than a full refund). */
export interface CompletedJob {
  readonly jobId: bigint;
  readonly printerId: string;
  readonly customer: string;
  /** What the printer earned of the price: price − customer refund. */
  readonly value: bigint;
  readonly quantity: number;
  readonly unitsCompleted: number;
  readonly firstAttempt: boolean;
  readonly onTime: boolean;
  readonly acceptMs: number;
  readonly gramsEstimated: bigint;
  readonly gramsUsed: bigint;
  readonly printSeconds: number;
  /** The customer's quality score; undefined when confirmed automatically or arbitrated. */
  readonly quality: number | undefined;
}

/** What other modules do when a job completes (the emissions module credits points). */
export interface JobHooks {
  afterJobCompleted(ctx: Context, job: CompletedJob): void;
}
