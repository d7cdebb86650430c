import { printersCodecs } from "../../../proto";
import { CommitStore } from "../../store/commitStore";
import { CacheStore } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { EventManager } from "../../types/events";
import { infiniteGasMeter } from "../../types/gas";
import { AuthKeeper } from "../auth/keeper";
import { BankKeeper } from "../bank/keeper";
import { PrintersKeeper } from "../printers/keeper";
import { StakingKeeper } from "../staking/keeper";
import type { CompletedJob } from "../../types/jobs";
import { EmissionsKeeper } from "./keeper";
import { DEFAULT_EMISSIONS_PARAMS } from "./params";

const OWNER = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";
const CUSTOMER = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";

function setup(maxPointsPerPrinter: bigint): { keeper: EmissionsKeeper; ctx: Context } {
  const auth = new AuthKeeper([]);
  const bank = new BankKeeper(auth);
  const printers = new PrintersKeeper(bank);
  const keeper = new EmissionsKeeper(bank, printers, new StakingKeeper(bank), { name: "reward_pool", address: CUSTOMER });
  const ctx: Context = { block: { chainId: "test", height: 1, timeMs: 0, proposer: "" }, mode: "deliver", store: new CacheStore(new CommitStore()), gasMeter: infiniteGasMeter(), events: new EventManager() };
  keeper.setParams(ctx, { ...DEFAULT_EMISSIONS_PARAMS, maxPointsPerPrinter });
  printers.setPrinter(ctx, printersCodecs.Printer.fromPartial({ id: "p-1", owner: OWNER, status: 1, spec: { technology: 1, buildVolume: { xMm: 1, yMm: 1, zMm: 1 }, materials: ["PLA"] }, location: { region: "DE" } }));
  return { keeper, ctx };
}

const JOB: CompletedJob = {
  jobId: 1n,
  printerId: "p-1",
  customer: CUSTOMER,
  value: 10_000_000n,
  quantity: 4,
  unitsCompleted: 4,
  firstAttempt: true,
  onTime: true,
  acceptMs: 1000,
  gramsEstimated: 200n,
  gramsUsed: 250n,
  printSeconds: 10_800,
  quality: 90,
};

describe("printer points in an epoch", () => {
  test("points accumulate per printer and are capped at max_points_per_printer; the uncapped sum is kept", () => {
    const { keeper, ctx } = setup(800_000n);
    keeper.recordCompletedJob(ctx, JOB);
    expect(keeper.getPrinterPoints(ctx.store, 1, "p-1")).toMatchObject({ points: "459000", uncappedPoints: "459000", jobs: 1 });
    keeper.recordCompletedJob(ctx, { ...JOB, jobId: 2n });
    expect(keeper.getPrinterPoints(ctx.store, 1, "p-1")).toMatchObject({ points: "800000", uncappedPoints: "918000", jobs: 2 });
  });

  test("a job whose customer owns the printer counts, with zero points", () => {
    const { keeper, ctx } = setup(10n ** 18n);
    keeper.recordCompletedJob(ctx, { ...JOB, customer: OWNER });
    expect(keeper.getPrinterPoints(ctx.store, 1, "p-1")).toMatchObject({ points: "0", jobs: 1, selfDealtJobs: 1 });
  });
});
