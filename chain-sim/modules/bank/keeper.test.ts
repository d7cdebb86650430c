import { CacheStore } from "../../store/kvStore";
import { CommitStore } from "../../store/commitStore";
import type { Context } from "../../types/context";
import { EventManager } from "../../types/events";
import { infiniteGasMeter } from "../../types/gas";
import { MAX_COIN_AMOUNT } from "../../types/coins";
import { AuthKeeper } from "../auth/keeper";
import { BankKeeper } from "./keeper";

const ALICE = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";
const BOB = "print1qyqszqgpqyqszqgpqyqszqgpqyqszqgpt0mqml";

function setup(): { bank: BankKeeper; auth: AuthKeeper; ctx: Context } {
  const auth = new AuthKeeper([{ name: "minter", permissions: ["minter", "burner"] }]);
  const ctx: Context = {
    block: { chainId: "test", height: 1, timeMs: 0, proposer: "" },
    mode: "deliver",
    store: new CacheStore(new CommitStore()),
    gasMeter: infiniteGasMeter(),
    events: new EventManager(),
  };
  auth.ensureModuleAccounts(ctx);
  return { bank: new BankKeeper(auth), auth, ctx };
}

describe("BankKeeper", () => {
  test("mint, send and burn keep balances and supply exact, with the SDK's events", () => {
    const { bank, auth, ctx } = setup();
    const coins = [{ denom: "uprint", amount: 1_000n }];
    bank.mintCoins(ctx, "minter", coins);
    bank.sendCoinsFromModuleToAccount(ctx, "minter", ALICE, [{ denom: "uprint", amount: 600n }]);
    bank.sendCoins(ctx, ALICE, BOB, [{ denom: "uprint", amount: 250n }]);
    bank.burnCoins(ctx, "minter", [{ denom: "uprint", amount: 400n }]);
    expect(bank.getBalance(ctx.store, ALICE, "uprint")).toBe(350n);
    expect(bank.getBalance(ctx.store, BOB, "uprint")).toBe(250n);
    expect(bank.getBalance(ctx.store, auth.moduleAddress("minter"), "uprint")).toBe(0n);
    expect(bank.getSupply(ctx.store, "uprint")).toBe(600n);
    // Receiving creates the account, as in the SDK.
    expect(auth.getAccount(ctx.store, BOB)).toBeDefined();
    expect(ctx.events.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["coinbase", "coin_received", "coin_spent", "transfer", "message", "burn"]),
    );
  });

  test("overspending and overflowing are chain errors that leave balances alone", () => {
    const { bank, ctx } = setup();
    bank.mintCoins(ctx, "minter", [{ denom: "uprint", amount: 10n }]);
    expect(() => bank.sendCoinsFromModuleToAccount(ctx, "minter", ALICE, [{ denom: "uprint", amount: 11n }])).toThrow(/insufficient funds/);
    bank.setBalance(ctx, BOB, { denom: "uprint", amount: MAX_COIN_AMOUNT });
    expect(() => bank.sendCoinsFromModuleToAccount(ctx, "minter", BOB, [{ denom: "uprint", amount: 1n }])).toThrow(/overflow/);
    expect(bank.getBalance(ctx.store, BOB, "uprint")).toBe(MAX_COIN_AMOUNT);
  });
});
