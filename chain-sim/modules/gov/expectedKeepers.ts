import type { printchain } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Coin } from "../../types/coins";
import type { Context } from "../../types/context";
import type { MsgRoute } from "../../types/module";

/** What gov needs from bank: deposits in and out of its module account, and burning. */
export interface BankKeeper {
  getBalance(store: KVReader, address: string, denom: string): bigint;
  sendCoinsFromAccountToModule(ctx: Context, from: string, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, to: string, coins: readonly Coin[]): void;
  burnCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
}

/** What the tally reads of staking: the bonded set, each voter's delegations, the bonded total. */
export interface StakingKeeper {
  bondedValidators(store: KVReader): printchain.staking.v1.Validator[];
  delegatorDelegations(store: KVReader, delegator: string): IterableIterator<printchain.staking.v1.Delegation>;
  totalBondedTokens(store: KVReader): bigint;
}

/** The app's message router: how a passed proposal's messages are found and run. */
export interface MsgRouter {
  route(typeUrl: string): MsgRoute<never> | undefined;
}
