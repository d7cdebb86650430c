import type { AppModule } from "../../types/module";
import type { BankKeeper } from "./expectedKeepers";
import { defaultPrintersGenesis, exportPrintersGenesis, initPrintersGenesis } from "./genesis";
import type { PrintersKeeper } from "./keeper";
import { printersMsgRoutes } from "./msgServer";
import { printersQueryRoutes } from "./queryServer";

export const PRINTERS_MODULE_NAME = "printers";

/** `authority` is the gov module account, the only signer of MsgUpdateParams. */
export function createPrintersModule(keeper: PrintersKeeper, bank: BankKeeper, authority: string): AppModule {
  return {
    name: PRINTERS_MODULE_NAME,
    msgRoutes: printersMsgRoutes(keeper, bank, authority),
    queryRoutes: printersQueryRoutes(keeper),
    defaultGenesis: defaultPrintersGenesis,
    initGenesis: (ctx, genesis) => initPrintersGenesis(ctx, keeper, genesis),
    exportGenesis: (store) => exportPrintersGenesis(store, keeper),
  };
}
