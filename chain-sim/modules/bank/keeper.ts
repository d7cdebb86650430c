import type { KVReader } from "../../store/kvStore";
import { iteratePrefix } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import { formatCoins, MAX_COIN_AMOUNT } from "../../types/coins";
import type { Context } from "../../types/context";
import { sdkErrors } from "../../types/errors";
import { bankErrors } from "./errors";
import { emitBurn, emitCoinbase, emitCoinReceived, emitCoinSpent, emitTransfer } from "./events";
import type { AccountKeeper } from "./expectedKeepers";
import { bankParamsToJson, parseBankParams, type BankParams } from "./params";

export const BALANCES_PREFIX = "bank/balances/";
export const SUPPLY_PREFIX = "bank/supply/";
const PARAMS_KEY = "bank/params";

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

function balanceKey(address: string, denom: string): string {
  return `${BALANCES_PREFIX}${address}/${denom}`;
}

function decodeAmount(bytes: Uint8Array | undefined): bigint {
  return bytes ? BigInt(utf8Decoder.decode(bytes)) : 0n;
}

/** The only code that reads or writes balances and supply. Amounts are exact bigint integers. */
export class BankKeeper {
  constructor(private readonly accounts: AccountKeeper) {}

  getParams(store: KVReader): BankParams {
    const bytes = store.get(PARAMS_KEY);
    return bytes ? parseBankParams(JSON.parse(utf8Decoder.decode(bytes))) : parseBankParams({});
  }

  setParams(ctx: Context, params: BankParams): void {
    ctx.store.set(PARAMS_KEY, utf8.encode(JSON.stringify(bankParamsToJson(params))));
  }

  getBalance(store: KVReader, address: string, denom: string): bigint {
    return decodeAmount(store.get(balanceKey(address, denom)));
  }

  /** All non-zero balances of an address, sorted by denom. */
  getAllBalances(store: KVReader, address: string): Coin[] {
    const prefix = `${BALANCES_PREFIX}${address}/`;
    return [...iteratePrefix(store, prefix)].map(([key, value]) => ({ denom: key.slice(prefix.length), amount: decodeAmount(value) }));
  }

  getSupply(store: KVReader, denom: string): bigint {
    return decodeAmount(store.get(SUPPLY_PREFIX + denom));
  }

  *allSupply(store: KVReader): IterableIterator<Coin> {
    for (const [key, value] of iteratePrefix(store, SUPPLY_PREFIX)) yield { denom: key.slice(SUPPLY_PREFIX.length), amount: decodeAmount(value) };
  }

  /** Moves coins between accounts; creates the recipient's account on first receipt, as the SDK does. */
  sendCoins(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
    this.subtractCoins(ctx, from, coins);
    this.addCoins(ctx, to, coins);
    if (!this.accounts.getAccount(ctx.store, to)) this.accounts.newAccount(ctx, to);
    emitTransfer(ctx.events, from, to, coins);
  }

  sendCoinsFromAccountToModule(ctx: Context, from: string, moduleName: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, from, this.accounts.moduleAddress(moduleName), coins);
  }

  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, this.accounts.moduleAddress(moduleName), to, coins);
  }

  sendCoinsFromModuleToModule(ctx: Context, fromModule: string, toModule: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, this.accounts.moduleAddress(fromModule), this.accounts.moduleAddress(toModule), coins);
  }

  /** Creates coins in a module account and raises the supply. */
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void {
    const address = this.accounts.moduleAddress(moduleName);
    this.addCoins(ctx, address, coins);
    for (const coin of coins) this.setSupply(ctx, coin.denom, this.getSupply(ctx.store, coin.denom) + coin.amount);
    emitCoinbase(ctx.events, address, coins);
  }

  /** Destroys coins held by a module account and lowers the supply. */
  burnCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void {
    const address = this.accounts.moduleAddress(moduleName);
    this.subtractCoins(ctx, address, coins);
    for (const coin of coins) this.setSupply(ctx, coin.denom, this.getSupply(ctx.store, coin.denom) - coin.amount);
    emitBurn(ctx.events, address, coins);
  }

  /** Genesis only: sets a balance without events. Supply is set separately and checked by the caller. */
  setBalance(ctx: Context, address: string, coin: Coin): void {
    this.writeBalance(ctx, address, coin.denom, coin.amount);
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount < 0n) throw new Error(`invariant broken: negative supply of ${denom}`);
    if (amount === 0n) ctx.store.delete(SUPPLY_PREFIX + denom);
    else ctx.store.set(SUPPLY_PREFIX + denom, utf8.encode(amount.toString()));
  }

  assertSendEnabled(store: KVReader): void {
    if (!this.getParams(store).defaultSendEnabled) throw bankErrors.sendDisabled.wrap("");
  }

  private subtractCoins(ctx: Context, address: string, coins: readonly Coin[]): void {
    for (const coin of coins) {
      const balance = this.getBalance(ctx.store, address, coin.denom);
      if (balance < coin.amount) {
        throw sdkErrors.insufficientFunds.wrap(`spendable balance ${balance}${coin.denom} is smaller than ${coin.amount}${coin.denom}`);
      }
      this.writeBalance(ctx, address, coin.denom, balance - coin.amount);
    }
    emitCoinSpent(ctx.events, address, coins);
  }

  private addCoins(ctx: Context, address: string, coins: readonly Coin[]): void {
    for (const coin of coins) {
      const balance = this.getBalance(ctx.store, address, coin.denom) + coin.amount;
      if (balance > MAX_COIN_AMOUNT) throw sdkErrors.invalidCoins.wrap(`balance of ${address} would overflow with ${formatCoins([coin])}`);
      this.writeBalance(ctx, address, coin.denom, balance);
    }
    emitCoinReceived(ctx.events, address, coins);
  }

  private writeBalance(ctx: Context, address: string, denom: string, amount: bigint): void {
    // Zero balances are deleted so that state (and the app hash) never depends on past dust.
    if (amount === 0n) ctx.store.delete(balanceKey(address, denom));
    else ctx.store.set(balanceKey(address, denom), utf8.encode(amount.toString()));
  }
}
