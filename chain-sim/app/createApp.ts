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
import { CommitStore } from "../store/commitStore";
import { FEE_COLLECTOR } from "../tx/ante";
import { moduleAddress } from "../types/address";
import { App, type AppInfo } from "./app";

/** The module account whose address is the params authority (the SDK's x/gov authority). */
export const GOV_AUTHORITY = "gov";

/** Module accounts and their SDK permissions. */
export const MODULE_ACCOUNTS: readonly ModuleAccountSpec[] = [
  { name: FEE_COLLECTOR, permissions: [] },
  { name: JOBS_ESCROW_ACCOUNT, permissions: [] },
  { name: PRINTER_BONDS_ACCOUNT, permissions: [] },
  { name: REWARD_POOL_ACCOUNT, permissions: [] },
  { name: EMISSIONS_ACCOUNT, permissions: ["minter"] },
  { name: COMMUNITY_POOL_ACCOUNT, permissions: [] },
];

/** Wires keepers and modules in their hook order; a module only sees the keepers it declares. */
export function createApp(chainId: string, committed?: CommitStore, info?: AppInfo): App {
  const auth = new AuthKeeper(MODULE_ACCOUNTS);
  const bank = new BankKeeper(auth);
  const printers = new PrintersKeeper(bank);
  const jobs = new JobsKeeper(bank, printers);
  printers.setHooks(jobs);
  const emissions = new EmissionsKeeper(bank, printers, { name: REWARD_POOL_ACCOUNT, address: auth.moduleAddress(REWARD_POOL_ACCOUNT) });
  jobs.setHooks({ afterJobCompleted: (ctx, job) => emissions.recordCompletedJob(ctx, job) });
  // Params change only through MsgUpdateParams signed by the gov module account (a passed proposal).
  const authority = moduleAddress(GOV_AUTHORITY);
  const modules = [
    createAuthModule(auth),
    createBankModule(bank, auth),
    createPrintersModule(printers, bank, authority),
    createJobsModule(jobs, printers, authority),
    createEmissionsModule(emissions, bank, authority),
  ];
  return new App({ chainId, modules, auth, bank }, committed ?? new CommitStore(), info);
}
