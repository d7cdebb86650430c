import { createApp } from "../app/createApp";
import { CacheStore } from "../store/kvStore";
import { moduleAddress } from "../types/address";
import { buildPopulation, buildSimGenesis, SIM_CHAIN_ID, SIM_GENESIS_TIME_MS } from "./genesis";
import { checkInvariants } from "./invariants";

const enc = new TextEncoder();

describe("simulation invariants", () => {
  const population = buildPopulation(5);
  const app = createApp(SIM_CHAIN_ID);
  app.initChain(buildSimGenesis(population), SIM_GENESIS_TIME_MS);
  const corrupted = (key: string, amount: bigint): CacheStore => {
    const store = new CacheStore(app.store);
    store.set(key, enc.encode(amount.toString()));
    return store;
  };
  const balanceKey = (address: string): string => `bank/balances/${address}/uprint`;
  const balance = (address: string): bigint => BigInt(new TextDecoder().decode(app.store.get(balanceKey(address)) ?? enc.encode("0")));

  test("hold on the random genesis", () => {
    expect(checkInvariants(app.store)).toEqual([]);
  });

  test("a minted-from-nothing balance breaks supply conservation, with the numbers", () => {
    const address = population.accounts[3].address;
    const failures = checkInvariants(corrupted(balanceKey(address), balance(address) + 7n));
    expect(failures).toEqual([expect.objectContaining({ invariant: "bank/supply", numbers: expect.objectContaining({ denom: "uprint", difference: "7" }) })]);
  });

  test("a negative balance is caught", () => {
    const failures = checkInvariants(corrupted(balanceKey(population.accounts[0].address), -1n));
    expect(failures.map((failure) => failure.invariant)).toContain("bank/nonnegative");
  });

  test("escrow, bonded pool, gov deposits and community pool without their records are caught", () => {
    for (const [account, invariant] of [
      ["jobs_escrow", "jobs/escrow"],
      ["bonded_tokens_pool", "staking/pools"],
      ["not_bonded_tokens_pool", "staking/pools"],
      ["gov", "gov/deposits"],
      ["community_pool", "emissions/conservation"],
      ["printer_bonds", "printers/bonds"],
    ] as const) {
      const address = moduleAddress(account);
      // Moved from a user account, so supply conservation still holds and only the module invariant breaks.
      const store = corrupted(balanceKey(address), balance(address) + 5n);
      const user = population.accounts[1].address;
      store.set(balanceKey(user), enc.encode((balance(user) - 5n).toString()));
      const failures = checkInvariants(store);
      expect(failures.map((failure) => failure.invariant)).toEqual([invariant]);
    }
  });
});
