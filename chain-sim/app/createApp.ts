import { createAuthModule } from "../modules/auth/module";
import { AuthKeeper, type ModuleAccountSpec } from "../modules/auth/keeper";
import { createBankModule } from "../modules/bank/module";
import { BankKeeper } from "../modules/bank/keeper";
import { JOBS_ESCROW_ACCOUNT, JobsKeeper, REWARD_POOL_ACCOUNT } from "../modules/jobs/keeper";
import { createJobsModule } from "../modules/jobs/module";
import { COMMUNITY_POOL_ACCOUNT, EMISSIONS_ACCOUNT, EmissionsKeeper } from "../modules/emissions/keeper";
import { createEmissionsModule } from "../modules/emissions/module";
import { PRINTER_BONDS_ACCOUNT, PrintersKeeper } from "../modules/printers/keeper";
import { createPrintersModule } from "../modules/printers/module";
import { GOV_MODULE_ACCOUNT, GovKeeper } from "../modules/gov/keeper";
import { createGovModule } from "../modules/gov/module";
import { BONDED_POOL_ACCOUNT, NOT_BONDED_POOL_ACCOUNT, StakingKeeper } from "../modules/staking/keeper";
import { createStakingModule } from "../modules/staking/module";
import type { MsgRoute } from "../types/module";
import { CommitStore } from "../store/commitStore";
import { FEE_COLLECTOR } from "../tx/ante";
import { moduleAddress } from "../types/address";
import { App, type AppInfo } from "./app";

/** Module accounts and their SDK permissions. */
export const MODULE_ACCOUNTS: readonly ModuleAccountSpec[] = [
  { name: FEE_COLLECTOR, permissions: [] },
  { name: JOBS_ESCROW_ACCOUNT, permissions: [] },
  { name: PRINTER_BONDS_ACCOUNT, permissions: [] },
  { name: REWARD_POOL_ACCOUNT, permissions: [] },
  { name: EMISSIONS_ACCOUNT, permissions: ["minter"] },
  { name: COMMUNITY_POOL_ACCOUNT, permissions: [] },
  { name: BONDED_POOL_ACCOUNT, permissions: ["burner", "staking"] },
  { name: NOT_BONDED_POOL_ACCOUNT, permissions: ["burner", "staking"] },
  { name: GOV_MODULE_ACCOUNT, permissions: ["burner"] },
];

/** Wires keepers and modules in their hook order; a module only sees the keepers it declares. */
export function createApp(chainId: string, committed?: CommitStore, info?: AppInfo): App {
  const auth = new AuthKeeper(MODULE_ACCOUNTS);
  const bank = new BankKeeper(auth);
  const printers = new PrintersKeeper(bank);
  const jobs = new JobsKeeper(bank, printers);
  printers.setHooks(jobs);
  const staking = new StakingKeeper(bank);
  const emissions = new EmissionsKeeper(bank, printers, staking, { name: REWARD_POOL_ACCOUNT, address: auth.moduleAddress(REWARD_POOL_ACCOUNT) });
  jobs.setHooks({ afterJobCompleted: (ctx, job) => emissions.recordCompletedJob(ctx, job) });
  // Params change only through MsgUpdateParams signed by the gov module account (a passed proposal).
  const authority = moduleAddress(GOV_MODULE_ACCOUNT);
  // A passed proposal's messages go through the same routes as a tx's (bound once the modules exist).
  const routes = new Map<string, MsgRoute<never>>();
  const router = { route: (typeUrl: string) => routes.get(typeUrl) };
  const gov = new GovKeeper(bank, staking, router, authority);
  staking.setHooks(gov);
  // Hook order: staking's genesis before gov's (gov indexes voters' delegations); at EndBlock the
  // validator set is updated before gov tallies on it and before emissions pays validators.
  const modules = [
    createAuthModule(auth),
    createBankModule(bank, auth),
    createPrintersModule(printers, bank, authority),
    createJobsModule(jobs, printers, authority),
    createStakingModule(staking, authority),
    createGovModule(gov, bank, router),
    createEmissionsModule(emissions, bank, authority),
  ];
  for (const module of modules) for (const route of module.msgRoutes) routes.set(route.typeUrl, route);
  return new App({ chainId, modules, auth, bank }, committed ?? new CommitStore(), info);
}
