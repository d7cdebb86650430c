import { createApp } from "../../app/createApp";
import { buildGenesis, DEVNET_CHAIN_ID, deriveAddresses, DEVNET_MNEMONIC, withGenesisValidators } from "../../node/devnet";
import { generateValidatorKey } from "../../node/validatorKey";
import { moduleAddress } from "../../types/address";
import { BONDED_POOL_ACCOUNT, BondStatus, NOT_BONDED_POOL_ACCOUNT } from "./keeper";
import { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis } from "./genesis";
import { account, PRINT, StakingHarness, valoper } from "../../../test/utils/stakingHarness";

const GENESIS_TIME_MS = Date.parse("2026-01-01T00:00:00Z");
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/** A harness with some history: bonded and unbonding validators, delegations, unbondings and a redelegation. */
function busyHarness(): StakingHarness {
  const h = new StakingHarness({ maxValidators: 2, unbondingBlocks: 5 });
  for (const n of [1, 2, 3, 4]) h.fund(account(n), 1_000n * PRINT);
  h.createValidator(1, 10n * PRINT);
  h.createValidator(2, 8n * PRINT);
  h.endBlock();
  h.createValidator(3, 3n * PRINT);
  h.delegate(4, 3, 9n * PRINT); // 3 displaces 2
  h.endBlock();
  h.undelegate(4, 3, PRINT);
  h.redelegate(4, 3, 1, 2n * PRINT);
  h.delegate(4, 2, 7n * PRINT);
  h.endBlock();
  return h;
}

/** Imports an exported staking genesis into a fresh harness funded with the same pool balances. */
function imported(from: StakingHarness, patch: (genesis: Record<string, unknown>) => void = () => undefined): StakingHarness {
  const genesis = JSON.parse(JSON.stringify(exportStakingGenesis(from.store, from.keeper))) as Record<string, unknown>;
  patch(genesis);
  const to = new StakingHarness(null);
  to.height = from.height;
  for (const pool of [BONDED_POOL_ACCOUNT, NOT_BONDED_POOL_ACCOUNT]) to.fund(moduleAddress(pool), from.balance(moduleAddress(pool)));
  initStakingGenesis(to.ctx(), to.keeper, genesis);
  return to;
}

describe("staking genesis", () => {
  test("export → import reproduces every record and index, and both chains continue identically", () => {
    const original = busyHarness();
    expect(original.keeper.getValidator(original.store, valoper(2))!.status).toBe(BondStatus.BOND_STATUS_BONDED);
    const copy = imported(original);
    expect(copy.stakingEntries()).toEqual(original.stakingEntries());
    for (let i = 0; i < 6; i++) {
      const [a, b] = [original.endBlock(), copy.endBlock()];
      expect(b.map((u) => [hex(u.pubKey), u.power])).toEqual(a.map((u) => [hex(u.pubKey), u.power]));
      expect(copy.stakingEntries()).toEqual(original.stakingEntries());
      expect(copy.pools()).toEqual(original.pools());
    }
    expect(copy.balance(account(4))).toBe(PRINT);
  });

  test.each([
    ["a malformed operator", (g: Genesis) => (g.validators[0].operatorAddress = account(1)), /not a valid printvaloper address/],
    ["a short consensus key", (g: Genesis) => (g.validators[0].consensusPubkey = Buffer.alloc(31).toString("base64")), /32 bytes/],
    ["a shared consensus key", (g: Genesis) => (g.validators[1].consensusPubkey = g.validators[0].consensusPubkey), /share a consensus key/],
    ["shares that do not add up", (g: Genesis) => (g.delegations[0].shares = "1.5"), /sum to .* shares/],
    ["a delegation to an unknown validator", (g: Genesis) => (g.delegations[0].validatorAddress = valoper(99)), /unknown validator/],
    ["a bonded pool that does not match", (g: Genesis) => (g.validators[0].tokens = String(BigInt(g.validators[0].tokens) + 1n)), /bonded pool .* holds/],
    ["a commission above its maximum", (g: Genesis) => (g.validators[0].commission.rate = "0.9"), /above max_rate/],
    ["a negative unbonding balance", (g: Genesis) => (g.unbondingDelegations[0].entries[0].balance = "-1"), /unbonding balance/],
    ["bad params", (g: Genesis) => (g.params.maxValidators = 0), /max_validators/],
  ])("%s is refused with a clear invalidGenesis error", (_name, patch, message) => {
    const original = busyHarness();
    expect(() => imported(original, (genesis) => patch(genesis as unknown as Genesis))).toThrow(message);
    expect(() => imported(original, (genesis) => patch(genesis as unknown as Genesis))).toThrow(/invalid staking genesis/);
  });

  test("through the app: genesis validators beyond max_validators unbond at the first block, and export → import keeps the app hash", async () => {
    const addresses = await deriveAddresses(DEVNET_MNEMONIC, 3);
    const keys = addresses.map(() => generateValidatorKey());
    const base = buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: GENESIS_TIME_MS, validator: keys[0], moniker: "v0", balances: addresses.map((address) => ({ address, amount: 1_000n * PRINT })) });
    const genesis = withGenesisValidators(
      base,
      addresses.map((operator, index) => ({ operator, pubKey: keys[index].pub_key.value, tokens: BigInt(3 - index) * PRINT, moniker: `v${index}`, delegators: index < 2 ? [{ address: addresses[2], tokens: PRINT }] : [] })),
    );
    const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
    appState.staking.params = { ...(defaultStakingGenesis() as { params: Record<string, unknown> }).params, maxValidators: 2, unbondingBlocks: "3" };
    const app = createApp(DEVNET_CHAIN_ID);
    const { validators } = app.initChain(genesis, GENESIS_TIME_MS);
    expect(validators.map((v) => v.power).sort()).toEqual([1n, 3n, 4n]);
    const block = (target: typeof app, height: number) => target.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" }, []);
    const first = block(app, 1);
    expect(first.validatorUpdates.map((u) => u.power)).toEqual([0n]);
    block(app, 2);
    const exported = JSON.parse(JSON.stringify(app.exportGenesisState())) as Record<string, unknown>;
    const copy = createApp(DEVNET_CHAIN_ID);
    const { appHash, validators: importedSet } = copy.initChain({ ...genesis, initial_height: "3", app_state: exported }, app.lastInfo.blockTimeMs);
    expect(hex(appHash)).toBe(hex(app.lastInfo.appHash));
    expect(importedSet.map((v) => v.power).sort()).toEqual([3n, 4n]);
    for (const height of [3, 4, 5, 6]) expect(hex(block(copy, height).appHash)).toBe(hex(block(app, height).appHash));
  });
});

interface Genesis {
  params: Record<string, unknown>;
  validators: Array<{ operatorAddress: string; consensusPubkey: string; tokens: string; commission: { rate: string } }>;
  delegations: Array<{ shares: string; validatorAddress: string }>;
  unbondingDelegations: Array<{ entries: Array<{ balance: string }> }>;
}
