import { jobsCodecs, printersCodecs } from "../../proto";
import { AuthKeeper } from "../modules/auth/keeper";
import { BankKeeper } from "../modules/bank/keeper";
import { printersMsgRoutes } from "../modules/printers/msgServer";
import { PrintersKeeper } from "../modules/printers/keeper";
import { DEFAULT_PRINTERS_PARAMS, paramsToProto } from "../modules/printers/params";
import { CommitStore } from "../store/commitStore";
import { CacheStore } from "../store/kvStore";
import { moduleAddress } from "./address";
import type { Context } from "./context";
import { ChainError } from "./errors";
import { EventManager } from "./events";
import { infiniteGasMeter } from "./gas";

const GOV = moduleAddress("gov");
const USER = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";

function setup(): { keeper: PrintersKeeper; ctx: Context; run(authority: string, params: unknown): void } {
  const keeper = new PrintersKeeper(new BankKeeper(new AuthKeeper([])));
  const ctx: Context = { block: { chainId: "test", height: 1, timeMs: 0, proposer: "" }, mode: "deliver", store: new CacheStore(new CommitStore()), gasMeter: infiniteGasMeter(), events: new EventManager() };
  const route = printersMsgRoutes(keeper, new BankKeeper(new AuthKeeper([])), GOV).find((candidate) => candidate.typeUrl === printersCodecs.MsgUpdateParams.typeUrl)!;
  return {
    keeper,
    ctx,
    run(authority, params) {
      const msg = route.decode(printersCodecs.MsgUpdateParams.encode(printersCodecs.MsgUpdateParams.fromPartial({ authority, params })).finish());
      expect(route.signers(msg)).toEqual([authority]);
      route.validateBasic(msg);
      route.handle(ctx, msg);
    },
  };
}

describe("MsgUpdateParams", () => {
  test("the gov module account replaces the params whole", () => {
    const { keeper, ctx, run } = setup();
    run(GOV, paramsToProto({ ...DEFAULT_PRINTERS_PARAMS, minBond: 5n, auditors: [USER] }));
    expect(keeper.getParams(ctx.store)).toMatchObject({ minBond: 5n, auditors: [USER] });
  });

  test("any other signer, missing params or invalid params are refused with the module's codes", () => {
    const { keeper, ctx, run } = setup();
    const failure = (authority: string, params: unknown): ChainError => {
      try {
        run(authority, params);
      } catch (error) {
        return error as ChainError;
      }
      throw new Error("expected a failure");
    };
    expect(failure(USER, paramsToProto(DEFAULT_PRINTERS_PARAMS))).toMatchObject({ codespace: "printers", code: 16 });
    expect(failure(GOV, undefined)).toMatchObject({ codespace: "printers", code: 17 });
    expect(failure(GOV, { ...paramsToProto(DEFAULT_PRINTERS_PARAMS), maxMaterials: 0 })).toMatchObject({ codespace: "printers", code: 17 });
    expect(keeper.getParams(ctx.store)).toEqual(DEFAULT_PRINTERS_PARAMS);
    // Every module's Msg service has one, with the SDK's names.
    expect(jobsCodecs.MsgUpdateParams.typeUrl).toBe("/printchain.jobs.v1.MsgUpdateParams");
  });
});
