import type { KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";

/** What bank needs from auth, wired by the app (bank never imports auth's keeper). */
export interface AccountKeeper {
  getAccount(store: KVReader, address: string): unknown;
  newAccount(ctx: Context, address: string): unknown;
  moduleAddress(name: string): string;
  isModuleAddress(address: string): boolean;
}
