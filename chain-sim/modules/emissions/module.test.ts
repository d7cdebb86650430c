import { emissionsCodecs, printchain } from "../../../proto";
import type { App } from "../../app/app";
import { createApp } from "../../app/createApp";
import { buildGenesis, DEVNET_CHAIN_ID, deriveAddresses, DEVNET_MNEMONIC, withGenesisValidators } from "../../node/devnet";
import { generateValidatorKey } from "../../node/validatorKey";
import { defaultEmissionsGenesis } from "./genesis";

const GENESIS_TIME_MS = Date.parse("2026-01-01T00:00:00Z");
const EPOCH = 5;

/** An app whose emissions pay two validators (bonded 1:3, no commission) and nothing else has contributors. */
async function appWith(weights: Record<string, number>): Promise<{ app: App; genesis: ReturnType<typeof buildGenesis> }> {
  const [a, b] = await deriveAddresses(DEVNET_MNEMONIC, 2);
  const validator = (operator: string, tokens: bigint) => ({ operator, pubKey: generateValidatorKey().pub_key.value, tokens, moniker: operator, commissionRate: "0" });
  const genesis = withGenesisValidators(
    buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: GENESIS_TIME_MS, validator: generateValidatorKey(), moniker: "emissions", balances: [{ address: a, amount: 1_000_000n }] }),
    [validator(a, 1_000_000n), validator(b, 3_000_000n)],
  );
  const params = (defaultEmissionsGenesis() as { params: Record<string, unknown> }).params;
  (genesis.app_state as Record<string, unknown>).emissions = {
    params: {
      ...params,
      epochLength: String(EPOCH),
      initialEpochEmission: "1000003",
      roleWeights: Object.entries(weights).map(([role, weight]) => ({ role, weight })),
    },
  };
  const app = createApp(DEVNET_CHAIN_ID);
  app.initChain(genesis, GENESIS_TIME_MS);
  return { app, genesis };
}

function run(app: App, blocks: number): void {
  for (let i = 0; i < blocks; i++) {
    const height = app.lastInfo.height + 1;
    app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" }, []);
  }
}

function summary(app: App, epoch: number): printchain.emissions.v1.EpochSummary {
  const result = app.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest.encode(emissionsCodecs.QueryEpochSummaryRequest.fromPartial({ epoch })).finish());
  return emissionsCodecs.QueryEpochSummaryResponse.decode(result.value).summary as printchain.emissions.v1.EpochSummary;
}

const DEFAULT_WEIGHTS = { ROLE_PRINTERS: 50, ROLE_VALIDATORS: 20, ROLE_DEVELOPERS: 10, ROLE_MODEL_PROVIDERS: 10, ROLE_LIQUIDITY_PROVIDERS: 5, ROLE_COMMUNITY: 5 };

describe("emissions in the app", () => {
  test("a weight change in genesis takes effect from the next epoch, exactly as R_role = R_total × w / Σw", async () => {
    const { app, genesis } = await appWith(DEFAULT_WEIGHTS);
    run(app, EPOCH);
    // Epoch 1 at the default weights: validators get 1,000,003 × 20 / 100 = 200,000 (truncated).
    expect(summary(app, 1).roles[1]).toMatchObject({ pool: "200000", paid: "200000" });

    // Export at the epoch boundary, change the weights, import: epoch 2 uses the new ones.
    const exported = JSON.parse(JSON.stringify(app.exportGenesisState())) as Record<string, { params: Record<string, unknown> }>;
    exported.emissions.params.roleWeights = [
      { role: "ROLE_PRINTERS", weight: 1 },
      { role: "ROLE_VALIDATORS", weight: 6 },
      { role: "ROLE_COMMUNITY", weight: 0 },
    ];
    const imported = createApp(DEVNET_CHAIN_ID);
    imported.initChain({ ...genesis, initial_height: String(EPOCH + 1), app_state: exported }, GENESIS_TIME_MS + EPOCH * 1000);
    run(imported, EPOCH);
    run(app, EPOCH);
    // Σw = 7: validators 1,000,003 × 6 / 7 = 857,145 (split 1:3 → 214,286 and 642,858, dust 1); printers 142,857 with nobody: pool.
    expect(summary(imported, 2).roles.map((role) => [role.role, role.weight, role.pool, role.paid])).toEqual([
      [1, 1, "142857", "0"],
      [2, 6, "857145", "857144"],
      [3, 0, "0", "0"],
      [4, 0, "0", "0"],
      [5, 0, "0", "0"],
      [6, 0, "0", "0"],
    ]);
    expect(summary(imported, 2).communityPoolAdded).toBe(String(1_000_003n - 857_144n));
    // The chain that kept the old weights still splits 20 %.
    expect(summary(app, 2).roles[1]).toMatchObject({ pool: "200000" });
  });

  test("a genesis with bad points or contributions is refused with a clear error", async () => {
    const { genesis } = await appWith(DEFAULT_WEIGHTS);
    const emissions = (genesis.app_state as Record<string, Record<string, unknown>>).emissions;
    const refused = (extra: Record<string, unknown>): (() => void) => () =>
      createApp(DEVNET_CHAIN_ID).initChain({ ...genesis, app_state: { ...genesis.app_state, emissions: { ...emissions, ...extra } } }, GENESIS_TIME_MS);
    const owner = (genesis.app_state as { auth: { accounts: Array<{ address: string }> } }).auth.accounts[0].address;
    expect(refused({ printerPoints: [{ epoch: "1", printerId: "p", owner, points: "-5" }] })).toThrow(/points of p.*invalid emissions genesis/);
    expect(refused({ printerPoints: [{ epoch: "0", printerId: "p", owner, points: "5" }] })).toThrow(/epoch ≥ 1/);
    expect(refused({ contributions: [{ epoch: "1", role: "ROLE_PRINTERS", contributor: owner, points: "5" }] })).toThrow(/not attested/);
  });

  test("weights summing to 0 are rejected by params validation", async () => {
    await expect(appWith({ ROLE_PRINTERS: 0, ROLE_VALIDATORS: 0 })).rejects.toThrow(/Σw > 0/);
  });

  test("an epoch without blocks of activity still settles, and the summary's accounts balance", async () => {
    const { app } = await appWith(DEFAULT_WEIGHTS);
    run(app, 3 * EPOCH);
    for (const epoch of [1, 2, 3]) {
      const settled = summary(app, epoch);
      const paid = settled.roles.reduce((sum, role) => sum + BigInt(role.paid!), 0n);
      expect(BigInt(settled.minted) + BigInt(settled.fees)).toBe(paid + BigInt(settled.communityPoolAdded));
    }
    expect(printchain.emissions.v1.Role[summary(app, 3).roles[0].role!]).toBe("ROLE_PRINTERS");
  });
});
