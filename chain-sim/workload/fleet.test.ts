import { PRINT } from "../sim/genesis";
import { buildFleet, fleetGenesisExtras, validateWorkloadSettings, DEFAULT_WORKLOAD_SETTINGS } from "./fleet";
import { DEVNET_SELF_BOND } from "../node/devnet";

describe("the workload fleet", () => {
  test("a seed fixes the accounts and exactly `printers` printers with unique ids, mostly around the hubs", () => {
    const settings = { ...DEFAULT_WORKLOAD_SETTINGS, seed: 5, printers: 37 };
    const fleet = buildFleet(settings);
    expect(JSON.stringify(buildFleet(settings))).toBe(JSON.stringify(fleet));
    expect(fleet.printers).toHaveLength(37);
    expect(new Set(fleet.printers.map((printer) => printer.id)).size).toBe(37);
    expect(fleet.printers.every((printer) => fleet.accounts[printer.owner].role === "operator")).toBe(true);
    expect(fleet.printers.filter((printer) => printer.region !== "AQ").length).toBeGreaterThan(25);
    expect(buildFleet({ ...settings, seed: 6 }).accounts[0].address).not.toBe(fleet.accounts[0].address);
  });

  test("the genesis extras leave account 0's validator a majority and the workload's validators above the quorum", () => {
    const extras = fleetGenesisExtras(buildFleet(DEFAULT_WORKLOAD_SETTINGS));
    const ours = (extras.validators ?? []).reduce((sum, spec) => sum + spec.tokens + (spec.delegators ?? []).reduce((total, d) => total + d.tokens, 0n), 0n);
    const total = ours + DEVNET_SELF_BOND;
    expect(ours * 1000n).toBeGreaterThan(total * 334n);
    expect(ours * 100n).toBeLessThan(total * 45n);
    expect(extras.auditors).toHaveLength(1);
    expect(extras.arbiters).toHaveLength(1);
    expect(extras.attestors).toHaveLength(1);
    expect(extras.epochLength).toBe(100);
    expect(extras.govPeriodBlocks).toBe(60);
    expect((extras.balances ?? []).every((balance) => balance.amount >= 50_000n * PRINT)).toBe(true);
  });

  test("settings are validated", () => {
    expect(() => validateWorkloadSettings({ ...DEFAULT_WORKLOAD_SETTINGS, printers: 0 })).toThrow(/printers/);
    expect(() => validateWorkloadSettings({ ...DEFAULT_WORKLOAD_SETTINGS, epochLength: 1.5 })).toThrow(/epoch length/);
  });
});
