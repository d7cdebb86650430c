import type { KVReader } from "../../store/kvStore";
import { iteratePrefix } from "../../store/kvStore";
import { validateAddress } from "../../types/address";
import { parseCoins, toWireCoin, type WireCoin } from "../../types/coins";
import type { Context } from "../../types/context";
import { bankErrors } from "./errors";
import { BALANCES_PREFIX, type BankKeeper } from "./keeper";
import { bankParamsToJson, DEFAULT_BANK_PARAMS, parseBankParams } from "./params";

/** Genesis JSON of x/bank, in the SDK's shape. */
export interface BankGenesisJson {
  readonly params: Record<string, unknown>;
  readonly balances: ReadonlyArray<{ readonly address: string; readonly coins: readonly WireCoin[] }>;
  readonly supply: readonly WireCoin[];
}

export function defaultBankGenesis(): BankGenesisJson {
  return { params: bankParamsToJson(DEFAULT_BANK_PARAMS), balances: [], supply: [] };
}

/** Sets balances and supply; a given supply must equal the sum of balances (an empty one is computed). */
export function initBankGenesis(ctx: Context, keeper: BankKeeper, raw: unknown, ensureAccount: (address: string) => void): void {
  const genesis = (raw ?? {}) as Partial<BankGenesisJson>;
  keeper.setParams(ctx, parseBankParams(genesis.params));
  const totals = new Map<string, bigint>();
  const seen = new Set<string>();
  for (const entry of genesis.balances ?? []) {
    validateAddress(entry.address, "genesis balance address");
    if (seen.has(entry.address)) throw bankErrors.invalidGenesis.wrap(`duplicate balance for ${entry.address}`);
    seen.add(entry.address);
    for (const coin of parseCoins(entry.coins, `genesis balance of ${entry.address}`)) {
      keeper.setBalance(ctx, entry.address, coin);
      totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
    }
    ensureAccount(entry.address);
  }
  const declared = parseCoins(genesis.supply ?? [], "genesis supply");
  if (declared.length > 0) {
    const matches = declared.length === totals.size && declared.every((coin) => totals.get(coin.denom) === coin.amount);
    if (!matches) throw bankErrors.invalidGenesis.wrap("declared supply does not equal the sum of balances");
  }
  for (const denom of [...totals.keys()].sort()) keeper.setSupply(ctx, denom, totals.get(denom)!);
}

export function exportBankGenesis(store: KVReader, keeper: BankKeeper): BankGenesisJson {
  const byAddress = new Map<string, WireCoin[]>();
  for (const [key, value] of iteratePrefix(store, BALANCES_PREFIX)) {
    const rest = key.slice(BALANCES_PREFIX.length);
    const slash = rest.indexOf("/");
    const address = rest.slice(0, slash);
    const coins = byAddress.get(address) ?? [];
    coins.push({ denom: rest.slice(slash + 1), amount: new TextDecoder().decode(value) });
    byAddress.set(address, coins);
  }
  return {
    params: bankParamsToJson(keeper.getParams(store)),
    balances: [...byAddress].map(([address, coins]) => ({ address, coins })),
    supply: [...keeper.allSupply(store)].map(toWireCoin),
  };
}
