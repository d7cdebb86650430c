import type { AppModule } from "../../types/module";
import type { BankKeeper } from "./expectedKeepers";
import { defaultEmissionsGenesis, exportEmissionsGenesis, initEmissionsGenesis } from "./genesis";
import type { EmissionsKeeper } from "./keeper";
import { emissionsMsgRoutes } from "./msgServer";
import { emissionsQueryRoutes } from "./queryServer";

export const EMISSIONS_MODULE_NAME = "emissions";

/** `authority` is the gov module account, the only signer of MsgUpdateParams. */
export function createEmissionsModule(keeper: EmissionsKeeper, bank: BankKeeper, authority: string): AppModule {
  return {
    name: EMISSIONS_MODULE_NAME,
    msgRoutes: emissionsMsgRoutes(keeper, authority),
    queryRoutes: emissionsQueryRoutes(keeper, bank),
    defaultGenesis: defaultEmissionsGenesis,
    initGenesis: (ctx, genesis) => initEmissionsGenesis(ctx, keeper, genesis),
    exportGenesis: (store) => exportEmissionsGenesis(store, keeper),
    beginBlock: (ctx) => keeper.beginBlock(ctx),
    // After the jobs module's EndBlock, so jobs settled in an epoch's last block count in it.
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}
