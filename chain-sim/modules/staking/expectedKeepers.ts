import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";

/** What staking needs from bank, wired by the app (pools are module accounts). */
export interface BankKeeper {
  getBalance(store: KVReader, address: string, denom: string): bigint;
  sendCoinsFromAccountToModule(ctx: Context, from: string, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: readonly Coin[]): void;
  burnCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
}
