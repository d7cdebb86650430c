import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";
import type { Printer } from "./keeper";

/** What printers needs from bank, wired by the app. */
export interface BankKeeper {
  sendCoinsFromAccountToModule(ctx: Context, from: string, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void;
}

/** Checks other modules make before a printer's spec or location changes (the jobs module guards active jobs). */
export interface PrinterHooks {
  activeJobConflict(store: KVReader, next: Printer): string | undefined;
}
