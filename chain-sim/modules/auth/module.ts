import type { AppModule } from "../../types/module";
import { defaultAuthGenesis, exportAuthGenesis, initAuthGenesis } from "./genesis";
import type { AuthKeeper } from "./keeper";
import { authQueryRoutes } from "./queryServer";

export const AUTH_MODULE_NAME = "auth";

export function createAuthModule(keeper: AuthKeeper): AppModule {
  return {
    name: AUTH_MODULE_NAME,
    msgRoutes: [],
    queryRoutes: authQueryRoutes(keeper),
    defaultGenesis: defaultAuthGenesis,
    initGenesis: (ctx, genesis) => initAuthGenesis(ctx, keeper, genesis),
    exportGenesis: (store) => exportAuthGenesis(store, keeper),
  };
}
