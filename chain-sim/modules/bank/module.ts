import type { AppModule } from "../../types/module";
import type { AccountKeeper } from "./expectedKeepers";
import { defaultBankGenesis, exportBankGenesis, initBankGenesis } from "./genesis";
import type { BankKeeper } from "./keeper";
import { bankMsgRoutes } from "./msgServer";
import { bankQueryRoutes } from "./queryServer";

export const BANK_MODULE_NAME = "bank";

export function createBankModule(keeper: BankKeeper, accounts: AccountKeeper): AppModule {
  return {
    name: BANK_MODULE_NAME,
    msgRoutes: bankMsgRoutes(keeper, (address) => accounts.isModuleAddress(address)),
    queryRoutes: bankQueryRoutes(keeper),
    defaultGenesis: defaultBankGenesis,
    initGenesis: (ctx, genesis) =>
      initBankGenesis(ctx, keeper, genesis, (address) => {
        if (!accounts.getAccount(ctx.store, address)) accounts.newAccount(ctx, address);
      }),
    exportGenesis: (store) => exportBankGenesis(store, keeper),
  };
}
