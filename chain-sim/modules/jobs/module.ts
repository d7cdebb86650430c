import type { AppModule } from "../../types/module";
import type { PrintersKeeper } from "./expectedKeepers";
import { defaultJobsGenesis, exportJobsGenesis, initJobsGenesis } from "./genesis";
import type { JobsKeeper } from "./keeper";
import { jobsMsgRoutes } from "./msgServer";
import { jobsQueryRoutes } from "./queryServer";

export const JOBS_MODULE_NAME = "jobs";

/** `authority` is the gov module account, the only signer of MsgUpdateParams. */
export function createJobsModule(keeper: JobsKeeper, printers: PrintersKeeper, authority: string): AppModule {
  return {
    name: JOBS_MODULE_NAME,
    msgRoutes: jobsMsgRoutes(keeper, printers, authority),
    queryRoutes: jobsQueryRoutes(keeper),
    defaultGenesis: defaultJobsGenesis,
    initGenesis: (ctx, genesis) => initJobsGenesis(ctx, keeper, genesis),
    exportGenesis: (store) => exportJobsGenesis(store, keeper),
    // Acceptance, proof, confirmation and arbitration windows end here, after the block's txs.
    endBlock: (ctx) => keeper.processTimers(ctx),
  };
}
