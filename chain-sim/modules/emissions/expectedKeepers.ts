import type { printchain } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";

/** What emissions needs from bank. */
export interface BankKeeper {
  getSupply(store: KVReader, denom: string): bigint;
  getBalance(store: KVReader, address: string, denom: string): bigint;
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: readonly Coin[]): void;
}

/** What emissions reads of printers: the owner (self-dealing) and the record (average time to accept). */
export interface PrintersKeeper {
  getPrinter(store: KVReader, id: string): printchain.printers.v1.Printer | undefined;
  getStats(store: KVReader, id: string): printchain.printers.v1.PrinterStats;
}

/** What emissions reads of staking: the bonded set, commission rates and delegations (validators' share). */
export interface StakingKeeper {
  bondedValidators(store: KVReader): printchain.staking.v1.Validator[];
  validatorDelegations(store: KVReader, operator: string): IterableIterator<printchain.staking.v1.Delegation>;
}
