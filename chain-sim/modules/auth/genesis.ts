import { fromBase64, toBase64 } from "@cosmjs/encoding";
import type { KVReader } from "../../store/kvStore";
import { validateAddress } from "../../types/address";
import type { Context } from "../../types/context";
import { authErrors } from "./errors";
import { BASE_ACCOUNT_TYPE_URL, MODULE_ACCOUNT_TYPE_URL, SECP256K1_PUBKEY_TYPE_URL, type Account, type AuthKeeper, type ModuleAccountSpec } from "./keeper";
import { authParamsToJson, DEFAULT_AUTH_PARAMS, parseAuthParams } from "./params";

/** Genesis JSON of x/auth, in the SDK's proto-JSON shape (accounts carry "@type"). */
export interface AuthGenesisJson {
  readonly params: Record<string, string>;
  readonly accounts: ReadonlyArray<Record<string, unknown>>;
}

export function defaultAuthGenesis(): AuthGenesisJson {
  return { params: authParamsToJson(DEFAULT_AUTH_PARAMS), accounts: [] };
}

export function initAuthGenesis(ctx: Context, keeper: AuthKeeper, raw: unknown): void {
  const genesis = (raw ?? {}) as Partial<AuthGenesisJson>;
  keeper.setParams(ctx, parseAuthParams(genesis.params));
  const accounts = (genesis.accounts ?? []).map((account) => parseGenesisAccount(account, keeper));
  // Account numbers are assigned in file order, after any explicit ones, so imports keep their numbers.
  const explicit = accounts.filter((a) => a.accountNumber !== undefined).sort((a, b) => (a.accountNumber! < b.accountNumber! ? -1 : 1));
  const seen = new Set<string>();
  const numbers = new Set<bigint>();
  for (const account of accounts) {
    if (seen.has(account.address)) throw authErrors.invalidGenesis.wrap(`duplicate account ${account.address}`);
    seen.add(account.address);
    if (account.accountNumber === undefined) continue;
    if (numbers.has(account.accountNumber)) throw authErrors.invalidGenesis.wrap(`duplicate account number ${account.accountNumber}`);
    numbers.add(account.accountNumber);
  }
  for (const account of explicit) keeper.setAccount(ctx, account as Account);
  if (explicit.length > 0) keeper.reserveAccountNumbers(ctx, explicit[explicit.length - 1].accountNumber! + 1n);
  for (const account of accounts) {
    if (account.accountNumber === undefined) keeper.newAccount(ctx, account.address);
  }
  keeper.ensureModuleAccounts(ctx);
}

/** Every account with its number, module accounts included, so an import reproduces the state exactly. */
export function exportAuthGenesis(store: KVReader, keeper: AuthKeeper): AuthGenesisJson {
  const accounts = [...keeper.accounts(store)].map((account) => {
    const base = {
      address: account.address,
      pub_key: account.pubKey ? { "@type": SECP256K1_PUBKEY_TYPE_URL, key: toBase64(account.pubKey) } : null,
      account_number: account.accountNumber.toString(),
      sequence: account.sequence.toString(),
    };
    if (!account.module) return { "@type": BASE_ACCOUNT_TYPE_URL, ...base };
    return { "@type": MODULE_ACCOUNT_TYPE_URL, base_account: base, name: account.module.name, permissions: [...account.module.permissions] };
  });
  return { params: authParamsToJson(keeper.getParams(store)), accounts };
}

interface GenesisAccount {
  readonly address: string;
  readonly accountNumber?: bigint;
  readonly sequence: bigint;
  readonly pubKey?: Uint8Array;
  readonly module?: ModuleAccountSpec;
}

function parseGenesisAccount(raw: Record<string, unknown>, keeper: AuthKeeper): GenesisAccount {
  const type = raw["@type"] ?? BASE_ACCOUNT_TYPE_URL;
  if (type === MODULE_ACCOUNT_TYPE_URL) {
    const name = String(raw.name ?? "");
    const spec = keeper.moduleAccounts.find((candidate) => candidate.name === name);
    if (!spec) throw authErrors.invalidGenesis.wrap(`unknown module account ${JSON.stringify(name)}`);
    const base = parseGenesisAccount({ ...((raw.base_account ?? {}) as Record<string, unknown>), "@type": BASE_ACCOUNT_TYPE_URL }, keeper);
    if (base.address !== keeper.moduleAddress(name)) throw authErrors.invalidGenesis.wrap(`module account ${name} must have address ${keeper.moduleAddress(name)}`);
    return { ...base, module: spec };
  }
  if (type !== BASE_ACCOUNT_TYPE_URL) throw authErrors.invalidGenesis.wrap(`unsupported genesis account type ${String(type)}`);
  const address = String(raw.address ?? "");
  validateAddress(address, "genesis account");
  const number = raw.account_number ?? raw.accountNumber;
  const pubKeyJson = (raw.pub_key ?? raw.pubKey) as { key?: string } | null | undefined;
  return {
    address,
    accountNumber: number === undefined || number === null ? undefined : BigInt(String(number)),
    sequence: BigInt(String(raw.sequence ?? "0")),
    pubKey: pubKeyJson?.key ? fromBase64(pubKeyJson.key) : undefined,
  };
}
