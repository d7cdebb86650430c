import { createAuthModule } from "../modules/auth/module";
import { AuthKeeper, type ModuleAccountSpec } from "../modules/auth/keeper";
import { createBankModule } from "../modules/bank/module";
import { BankKeeper } from "../modules/bank/keeper";
import { PrintersKeeper } from "../modules/printers/keeper";
import { createPrintersModule } from "../modules/printers/module";
import { CommitStore } from "../store/commitStore";
import { FEE_COLLECTOR } from "../tx/ante";
import { App, type AppInfo } from "./app";

/** Module accounts and their SDK permissions. */
export const MODULE_ACCOUNTS: readonly ModuleAccountSpec[] = [{ name: FEE_COLLECTOR, permissions: [] }];

/** Wires keepers and modules in their hook order; a module only sees the keepers it declares. */
export function createApp(chainId: string, committed?: CommitStore, info?: AppInfo): App {
  const auth = new AuthKeeper(MODULE_ACCOUNTS);
  const bank = new BankKeeper(auth);
  const modules = [createAuthModule(auth), createBankModule(bank, auth), createPrintersModule(new PrintersKeeper())];
  return new App({ chainId, modules, auth, bank }, committed ?? new CommitStore(), info);
}
