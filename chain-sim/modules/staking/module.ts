import type { AppModule } from "../../types/module";
import { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis } from "./genesis";
import type { StakingKeeper } from "./keeper";
import { stakingMsgRoutes } from "./msgServer";
import { stakingQueryRoutes } from "./queryServer";

export const STAKING_MODULE_NAME = "staking";

/**
 * `authority` is the gov module account, the only signer of MsgUpdateParams. Its genesis must run
 * after bank's (it checks the pools' balances); initGenesis returns the initial validator set and
 * endBlock the set's changes of each block.
 */
export function createStakingModule(keeper: StakingKeeper, authority: string): AppModule {
  return {
    name: STAKING_MODULE_NAME,
    msgRoutes: stakingMsgRoutes(keeper, authority),
    queryRoutes: stakingQueryRoutes(keeper),
    defaultGenesis: defaultStakingGenesis,
    initGenesis: (ctx, genesis) => initStakingGenesis(ctx, keeper, genesis),
    exportGenesis: (store) => exportStakingGenesis(store, keeper),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}
