import type { AppModule } from "../../types/module";
import type { BankKeeper, MsgRouter } from "./expectedKeepers";
import { defaultGovGenesis, exportGovGenesis, initGovGenesis } from "./genesis";
import type { GovKeeper } from "./keeper";
import { govMsgRoutes } from "./msgServer";
import { govQueryRoutes } from "./queryServer";

export const GOV_MODULE_NAME = "gov";

/** The router runs a passed proposal's messages; its authority (the keeper's) signs them. */
export function createGovModule(keeper: GovKeeper, bank: BankKeeper, router: MsgRouter): AppModule {
  return {
    name: GOV_MODULE_NAME,
    msgRoutes: govMsgRoutes(keeper, router),
    queryRoutes: govQueryRoutes(keeper),
    defaultGenesis: defaultGovGenesis,
    initGenesis: (ctx, genesis) => initGovGenesis(ctx, keeper, bank, router, genesis),
    exportGenesis: (store) => exportGovGenesis(store, keeper),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}
