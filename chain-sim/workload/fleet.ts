import { sha256 as cosmSha256 } from "@cosmjs/crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DevnetGenesisExtras, GenesisValidatorSpec } from "../node/devnet";
import { validatorKeyFromSeed } from "../node/validatorKey";
import { PRINT, randomPrinter, randomProfile, simKey, type PlannedPrinter, type Population, type Role, type SimAccount } from "../sim/genesis";
import { Rng } from "../sim/rng";

/** The genesis choices of a devnet with a workload, fixed when the home is initialised (config/workload.json). */
export interface WorkloadSettings {
  /** Seeds the fleet (accounts, printers, behaviour) and the planner. */
  readonly seed: number;
  /** Fleet size: printers the workload registers. */
  readonly printers: number;
  /** Emissions epoch length in blocks. */
  readonly epochLength: number;
  /** A role-weight proposal every this many epochs. */
  readonly proposalEveryEpochs: number;
}

export const DEFAULT_WORKLOAD_SETTINGS: WorkloadSettings = { seed: 1, printers: 60, epochLength: 100, proposalEveryEpochs: 2 };

/** Where `printchain devnet` keeps the workload's settings in a home. */
export function workloadSettingsPath(home: string): string {
  return join(home, "config", "workload.json");
}

export function writeWorkloadSettings(home: string, settings: WorkloadSettings): void {
  writeFileSync(workloadSettingsPath(home), `${JSON.stringify(settings, null, 2)}\n`);
}

/** The settings a home was initialised with, or undefined for a quiet devnet (no workload.json). */
export function readWorkloadSettings(home: string): WorkloadSettings | undefined {
  const path = workloadSettingsPath(home);
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<WorkloadSettings>;
  const settings = { ...DEFAULT_WORKLOAD_SETTINGS, ...parsed };
  validateWorkloadSettings(settings);
  return settings;
}

export function validateWorkloadSettings(settings: WorkloadSettings): void {
  const positive = (name: string, value: number, max: number): void => {
    if (!Number.isSafeInteger(value) || value < 1 || value > max) throw new Error(`workload ${name} must be an integer from 1 to ${max}, got ${value}`);
  };
  if (!Number.isSafeInteger(settings.seed) || settings.seed < 0) throw new Error(`workload seed must be a non-negative integer, got ${settings.seed}`);
  positive("printers", settings.printers, 10_000);
  positive("epoch length", settings.epochLength, 1_000_000);
  positive("proposal interval", settings.proposalEveryEpochs, 1_000_000);
}

/** The workload's three genesis validators: self-bonds that keep account 0's validator above 60 % of the power. */
const VALIDATOR_BONDS = [2_500n, 2_000n, 1_500n] as const;

/** A workload: its accounts (keys derived from the seed), their roles and behaviour, and the fleet's printers. */
export interface Fleet extends Population {
  readonly settings: WorkloadSettings;
}

const enc = new TextEncoder();

/**
 * The fleet of a seed: `printers` printers (around the sim's hubs, a few anywhere) owned by about
 * a third as many operators, customers, delegators, three validators, an auditor, an arbiter, an
 * attestor and contributors. Keys are sha256("printchain-devnet workload <seed> account <i>"):
 * the workload can sign again after a restart from the settings alone.
 */
export function buildFleet(settings: WorkloadSettings): Fleet {
  validateWorkloadSettings(settings);
  const rng = new Rng(`printchain-devnet workload population ${settings.seed}`);
  const accounts: SimAccount[] = [];
  const byRole: Record<Role, number[]> = { validator: [], delegator: [], operator: [], customer: [], attestor: [], auditor: [], arbiter: [], contributor: [] };
  const add = (role: Role, profile?: SimAccount["profile"]): number => {
    const index = accounts.length;
    accounts.push({ index, role, ...simKey(`printchain-devnet workload ${settings.seed} account ${index}`), profile });
    byRole[role].push(index);
    return index;
  };
  const genesisValidators = VALIDATOR_BONDS.map(() => add("validator"));
  const operators = Math.max(1, Math.ceil(settings.printers / 3));
  const customers = Math.max(8, Math.ceil(settings.printers / 3));
  for (let i = 0; i < 8; i++) add("delegator");
  for (let i = 0; i < operators; i++) add("operator", randomProfile(rng));
  for (let i = 0; i < customers; i++) add("customer");
  add("attestor");
  add("auditor");
  add("arbiter");
  for (let i = 0; i < 6; i++) add("contributor");
  const printers: PlannedPrinter[] = [];
  for (let n = 0; n < settings.printers; n++) {
    const owner = rng.pick(byRole.operator);
    const spec = randomPrinter(rng, "", owner);
    printers.push({ ...spec, id: `fleet-${spec.region.toLowerCase()}-${String(n + 1).padStart(3, "0")}` });
  }
  // Not a block producer: the key only fills the Population shape (the workload's validators sign no blocks).
  const validatorKey = validatorKeyFromSeed(cosmSha256(enc.encode(`printchain-devnet workload ${settings.seed} unused consensus key`)));
  return { seed: settings.seed, settings, accounts, byRole, printers, validatorKey, genesisValidators, validatorCandidates: [] };
}

/** Balances of the workload's accounts: customers pay for jobs, validators bond. */
function balanceOf(account: SimAccount): bigint {
  if (account.role === "customer") return 500_000n * PRINT;
  if (account.role === "validator") return 50_000n * PRINT;
  return 100_000n * PRINT;
}

/** What the devnet genesis adds for a fleet (chain-sim/node/devnet.ts `buildDevnetGenesis`). */
export function fleetGenesisExtras(fleet: Fleet): DevnetGenesisExtras {
  const rng = new Rng(`printchain-devnet workload genesis ${fleet.seed}`);
  const address = (index: number): string => fleet.accounts[index].address;
  const validators: GenesisValidatorSpec[] = fleet.genesisValidators.map((index, n) => ({
    operator: address(index),
    pubKey: Buffer.from(rng.bytes(32)).toString("base64"),
    tokens: VALIDATOR_BONDS[n] * PRINT,
    moniker: `workload-validator-${n + 1}`,
    commissionRate: `0.${rng.range(5, 15).toString().padStart(2, "0")}`,
    delegators: fleet.byRole.delegator.filter((_, d) => d % VALIDATOR_BONDS.length === n).map((delegator) => ({ address: address(delegator), tokens: rng.bigRange(50n, 150n) * PRINT })),
  }));
  return {
    balances: fleet.accounts.map((account) => ({ address: account.address, amount: balanceOf(account) })),
    validators,
    auditors: fleet.byRole.auditor.map(address),
    arbiters: fleet.byRole.arbiter.map(address),
    attestors: fleet.byRole.attestor.map(address),
    epochLength: fleet.settings.epochLength,
    // Votes finish within an epoch when epochs are short; 60 blocks otherwise (the quiet devnet's).
    govPeriodBlocks: Math.min(60, Math.max(5, fleet.settings.epochLength)),
  };
}
