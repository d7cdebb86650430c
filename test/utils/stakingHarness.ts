import { stakingCodecs } from "../../proto";
import { CommitStore } from "../../chain-sim/store/commitStore";
import { CacheStore, iteratePrefix } from "../../chain-sim/store/kvStore";
import { addressFromBytes, moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import type { Context } from "../../chain-sim/types/context";
import { EventManager } from "../../chain-sim/types/events";
import { infiniteGasMeter } from "../../chain-sim/types/gas";
import type { AppModule, ValidatorUpdate } from "../../chain-sim/types/module";
import { AuthKeeper } from "../../chain-sim/modules/auth/keeper";
import { BankKeeper } from "../../chain-sim/modules/bank/keeper";
import { BONDED_POOL_ACCOUNT, NOT_BONDED_POOL_ACCOUNT, StakingKeeper } from "../../chain-sim/modules/staking/keeper";
import { createStakingModule } from "../../chain-sim/modules/staking/module";
import { DEFAULT_STAKING_PARAMS, type StakingParams } from "../../chain-sim/modules/staking/params";

/** Test-only wiring of auth, bank and staking over one store, with messages run like the app runs them. */
export const GOV = moduleAddress("gov");
export const PRINT = 1_000_000n;

export const account = (n: number): string => addressFromBytes(new Uint8Array(20).fill(n));
export const valoper = (n: number): string => valoperFromAccount(account(n));

export class StakingHarness {
  readonly auth = new AuthKeeper([
    { name: BONDED_POOL_ACCOUNT, permissions: ["burner", "staking"] },
    { name: NOT_BONDED_POOL_ACCOUNT, permissions: ["burner", "staking"] },
  ]);
  readonly bank = new BankKeeper(this.auth);
  readonly keeper = new StakingKeeper(this.bank);
  readonly module: AppModule = createStakingModule(this.keeper, GOV);
  readonly store = new CacheStore(new CommitStore());
  events = new EventManager();
  height = 1;

  constructor(params: Partial<StakingParams> | null = {}) {
    this.auth.ensureModuleAccounts(this.ctx());
    if (params) this.keeper.setParams(this.ctx(), { ...DEFAULT_STAKING_PARAMS, ...params });
  }

  ctx(store = this.store): Context {
    return { block: { chainId: "test", height: this.height, timeMs: 0, proposer: "" }, mode: "deliver", store, gasMeter: infiniteGasMeter(), events: this.events };
  }

  fund(address: string, amount: bigint): void {
    this.bank.setBalance(this.ctx(), address, { denom: "uprint", amount: this.balance(address) + amount });
  }

  balance(address: string): bigint {
    return this.bank.getBalance(this.store, address, "uprint");
  }

  pools(): { bonded: bigint; notBonded: bigint } {
    return this.keeper.poolBalances(this.store);
  }

  /** validateBasic + handle on a branch written only on success (as a tx); returns the response bytes. */
  exec(codec: { typeUrl: string; fromPartial(value: unknown): unknown; encode(message: never): { finish(): Uint8Array } }, value: Record<string, unknown>): Uint8Array {
    const route = this.module.msgRoutes.find((candidate) => candidate.typeUrl === codec.typeUrl)!;
    const msg = route.decode(codec.encode(codec.fromPartial(value) as never).finish());
    route.validateBasic(msg);
    const branch = new CacheStore(this.store);
    const response = route.handle(this.ctx(branch), msg);
    branch.write();
    return response;
  }

  createValidator(n: number, amount: bigint, extra: Record<string, unknown> = {}): Uint8Array {
    return this.exec(stakingCodecs.MsgCreateValidator, {
      description: { moniker: `validator-${n}` },
      commission: { rate: "0.05", maxRate: "0.2", maxChangeRate: "0.01" },
      minSelfDelegation: "1",
      validatorAddress: valoper(n),
      pubkey: new Uint8Array(32).fill(n),
      value: { denom: "uprint", amount: amount.toString() },
      ...extra,
    });
  }

  delegate(from: number, to: number, amount: bigint, denom = "uprint"): Uint8Array {
    return this.exec(stakingCodecs.MsgDelegate, { delegatorAddress: account(from), validatorAddress: valoper(to), amount: { denom, amount: amount.toString() } });
  }

  undelegate(from: number, to: number, amount: bigint): Uint8Array {
    return this.exec(stakingCodecs.MsgUndelegate, { delegatorAddress: account(from), validatorAddress: valoper(to), amount: { denom: "uprint", amount: amount.toString() } });
  }

  redelegate(from: number, source: number, destination: number, amount: bigint): Uint8Array {
    return this.exec(stakingCodecs.MsgBeginRedelegate, {
      delegatorAddress: account(from),
      validatorSrcAddress: valoper(source),
      validatorDstAddress: valoper(destination),
      amount: { denom: "uprint", amount: amount.toString() },
    });
  }

  /** Runs this height's EndBlock and moves to the next height. */
  endBlock(): readonly ValidatorUpdate[] {
    const updates = this.module.endBlock!(this.ctx()) ?? [];
    this.height++;
    return updates;
  }

  /** Every staking entry (records and indexes). */
  stakingEntries(): Array<[string, string]> {
    return [...iteratePrefix(this.store, "staking/")].map(([key, value]) => [key, Buffer.from(value).toString("hex")]);
  }
}
