import type { printchain } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";
import type { CompletedJob } from "../../types/jobs";
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

/** What other modules do when a job completes (the emissions module credits points). */
export interface JobHooks {
  afterJobCompleted(ctx: Context, job: CompletedJob): void;
}
