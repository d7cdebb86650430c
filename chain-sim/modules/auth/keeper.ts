import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { KVReader } from "../../store/kvStore";
import { iteratePrefix } from "../../store/kvStore";
import { moduleAddress } from "../../types/address";
import type { Context } from "../../types/context";
import { authParamsToJson, parseAuthParams, type AuthParams } from "./params";

export const BASE_ACCOUNT_TYPE_URL = "/cosmos.auth.v1beta1.BaseAccount";
export const MODULE_ACCOUNT_TYPE_URL = "/cosmos.auth.v1beta1.ModuleAccount";
export const SECP256K1_PUBKEY_TYPE_URL = "/cosmos.crypto.secp256k1.PubKey";

/** An account as the state machine sees it. */
export interface Account {
  readonly address: string;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
  /** Compressed secp256k1 key (33 bytes), set by the account's first signed tx. */
  readonly pubKey?: Uint8Array;
  /** Present on module accounts (fee_collector, ...). */
  readonly module?: { readonly name: string; readonly permissions: readonly string[] };
}

/** A module account the app declares, with the SDK's permission names (minter, burner, staking). */
export interface ModuleAccountSpec {
  readonly name: string;
  readonly permissions: readonly string[];
}

export const ACCOUNTS_PREFIX = "auth/accounts/";
const PARAMS_KEY = "auth/params";
const NEXT_ACCOUNT_NUMBER_KEY = "auth/next_account_number";

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** The only code that reads or writes auth keys. */
export class AuthKeeper {
  private readonly moduleAddresses = new Map<string, string>();
  private readonly paramsCache = new WeakMap<Uint8Array, AuthParams>();
  // Stores hand back the same bytes object while a value is unchanged, so decoding can be memoized.
  private readonly accountCache = new WeakMap<Uint8Array, Account>();

  constructor(readonly moduleAccounts: readonly ModuleAccountSpec[]) {
    for (const spec of moduleAccounts) this.moduleAddresses.set(spec.name, moduleAddress(spec.name));
  }

  getParams(store: KVReader): AuthParams {
    const bytes = store.get(PARAMS_KEY);
    if (!bytes) return parseAuthParams({});
    let params = this.paramsCache.get(bytes);
    if (!params) {
      params = parseAuthParams(JSON.parse(utf8Decoder.decode(bytes)));
      this.paramsCache.set(bytes, params);
    }
    return params;
  }

  setParams(ctx: Context, params: AuthParams): void {
    ctx.store.set(PARAMS_KEY, utf8.encode(JSON.stringify(authParamsToJson(params))));
  }

  getAccount(store: KVReader, address: string): Account | undefined {
    const bytes = store.get(ACCOUNTS_PREFIX + address);
    if (!bytes) return undefined;
    let account = this.accountCache.get(bytes);
    if (!account) {
      account = decodeAccount(bytes);
      this.accountCache.set(bytes, account);
    }
    return account;
  }

  hasAccount(ctx: Context, address: string): boolean {
    return ctx.store.has(ACCOUNTS_PREFIX + address);
  }

  setAccount(ctx: Context, account: Account): void {
    const bytes = encodeAccount(account);
    this.accountCache.set(bytes, account);
    ctx.store.set(ACCOUNTS_PREFIX + account.address, bytes);
  }

  /** Creates a base account with the next account number (accounts are created on first receipt). */
  newAccount(ctx: Context, address: string): Account {
    const account: Account = { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, account);
    return account;
  }

  moduleAddress(name: string): string {
    const address = this.moduleAddresses.get(name);
    if (!address) throw new Error(`unknown module account ${name}`);
    return address;
  }

  /** True for module account addresses: they cannot receive funds from users (SDK blocked addresses). */
  isModuleAddress(address: string): boolean {
    for (const moduleAddr of this.moduleAddresses.values()) if (moduleAddr === address) return true;
    return false;
  }

  /** Creates the declared module accounts that do not exist yet, in declaration order. */
  ensureModuleAccounts(ctx: Context): void {
    for (const spec of this.moduleAccounts) {
      const address = this.moduleAddress(spec.name);
      const existing = this.getAccount(ctx.store, address);
      if (existing?.module) continue;
      const accountNumber = existing?.accountNumber ?? this.nextAccountNumber(ctx);
      this.setAccount(ctx, { address, accountNumber, sequence: 0n, module: { name: spec.name, permissions: spec.permissions } });
    }
  }

  *accounts(store: KVReader): IterableIterator<Account> {
    for (const [, value] of iteratePrefix(store, ACCOUNTS_PREFIX)) yield decodeAccount(value);
  }

  /** Makes sure new accounts are numbered from at least `next` (used by genesis import). */
  reserveAccountNumbers(ctx: Context, next: bigint): void {
    const bytes = ctx.store.get(NEXT_ACCOUNT_NUMBER_KEY);
    const current = bytes ? BigInt(utf8Decoder.decode(bytes)) : 0n;
    if (next > current) ctx.store.set(NEXT_ACCOUNT_NUMBER_KEY, utf8.encode(next.toString()));
  }

  private nextAccountNumber(ctx: Context): bigint {
    const bytes = ctx.store.get(NEXT_ACCOUNT_NUMBER_KEY);
    const next = bytes ? BigInt(utf8Decoder.decode(bytes)) : 0n;
    ctx.store.set(NEXT_ACCOUNT_NUMBER_KEY, utf8.encode((next + 1n).toString()));
    return next;
  }
}

/** Accounts are stored as the SDK stores them: an Any of BaseAccount or ModuleAccount. */
export function encodeAccount(account: Account): Uint8Array {
  return Any.encode(accountToAny(account)).finish();
}

export function accountToAny(account: Account): Any {
  const base = BaseAccount.fromPartial({
    address: account.address,
    accountNumber: account.accountNumber,
    sequence: account.sequence,
    pubKey: account.pubKey
      ? { typeUrl: SECP256K1_PUBKEY_TYPE_URL, value: PubKey.encode({ key: account.pubKey }).finish() }
      : undefined,
  });
  if (account.module) {
    const moduleAccount = ModuleAccount.fromPartial({ baseAccount: base, name: account.module.name, permissions: [...account.module.permissions] });
    return { typeUrl: MODULE_ACCOUNT_TYPE_URL, value: ModuleAccount.encode(moduleAccount).finish() };
  }
  return { typeUrl: BASE_ACCOUNT_TYPE_URL, value: BaseAccount.encode(base).finish() };
}

export function decodeAccount(bytes: Uint8Array): Account {
  const any = Any.decode(bytes);
  if (any.typeUrl === MODULE_ACCOUNT_TYPE_URL) {
    const moduleAccount = ModuleAccount.decode(any.value);
    const base = baseAccountFields(moduleAccount.baseAccount ?? BaseAccount.fromPartial({}));
    return { ...base, module: { name: moduleAccount.name, permissions: moduleAccount.permissions } };
  }
  return baseAccountFields(BaseAccount.decode(any.value));
}

function baseAccountFields(base: BaseAccount): Account {
  const pubKey = base.pubKey && base.pubKey.value.length > 0 ? PubKey.decode(base.pubKey.value).key : undefined;
  return { address: base.address, accountNumber: base.accountNumber, sequence: base.sequence, pubKey };
}
