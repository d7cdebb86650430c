import { encodeSecp256k1Pubkey, pubkeyToAddress } from "@cosmjs/amino";
import { Secp256k1, sha256 as cosmSha256 } from "@cosmjs/crypto";
import type { GenesisDoc } from "../app/genesis";
import { defaultEmissionsGenesis } from "../modules/emissions/genesis";
import { defaultGovGenesis } from "../modules/gov/genesis";
import { defaultJobsGenesis } from "../modules/jobs/genesis";
import { defaultPrintersGenesis } from "../modules/printers/genesis";
import { defaultStakingGenesis } from "../modules/staking/genesis";
import { buildGenesis, DEVNET_CHAIN_ID, withGenesisValidators, type GenesisValidatorSpec } from "../node/devnet";
import { validatorKeyFromSeed, type ValidatorKeyFile } from "../node/validatorKey";
import { ACCOUNT_PREFIX } from "../types/address";
import { Rng } from "./rng";

/** Every simulated chain starts at the same instant, so a seed alone fixes the chain. */
export const SIM_GENESIS_TIME_MS = Date.parse("2026-01-01T00:00:00Z");
export const SIM_CHAIN_ID = DEVNET_CHAIN_ID;
/** One simulated minute per block: the jobs windows below are a few blocks long. */
export const SIM_BLOCK_TIME_MS = 60_000;
export const MINUTE_MS = 60_000;
export const PRINT = 1_000_000n;

export type Role = "validator" | "delegator" | "operator" | "customer" | "attestor" | "auditor" | "arbiter" | "contributor";

/** How an operator's printers behave (basis points of 10,000). */
export interface OperatorProfile {
  /** A print fails: a proof with zero units, or no proof at all. */
  readonly failBps: number;
  /** A proof arrives after the deadline (within the grace). */
  readonly lateBps: number;
  /** Grams used above the estimate. */
  readonly overGramsBps: number;
  /** The customer scores the result low. */
  readonly lowQualityBps: number;
  /** Chance per block of acting on an offer or an accepted job (a slow operator waits). */
  readonly speedBps: number;
}

export interface SimAccount {
  readonly index: number;
  readonly role: Role;
  readonly address: string;
  readonly privkey: Uint8Array;
  /** Compressed secp256k1 public key. */
  readonly pubkey: Uint8Array;
  readonly profile?: OperatorProfile;
}

export interface PlannedPrinter {
  readonly id: string;
  readonly owner: number;
  readonly technology: number;
  readonly materials: string[];
  readonly buildVolume: { xMm: number; yMm: number; zMm: number };
  readonly nozzleUm: number;
  readonly layerUm: number;
  readonly speedMmPerS: number;
  readonly throughput: number;
  readonly latitudeUdeg: number;
  readonly longitudeUdeg: number;
  readonly region: string;
}

export interface Hub {
  readonly name: string;
  readonly latitudeUdeg: number;
  readonly longitudeUdeg: number;
  readonly region: string;
}

/** Cities the printers and customers cluster around (micro-degrees), so that jobs find printers. */
export const HUBS: readonly Hub[] = [
  { name: "berlin", latitudeUdeg: 52_520_000, longitudeUdeg: 13_405_000, region: "DE" },
  { name: "paris", latitudeUdeg: 48_856_600, longitudeUdeg: 2_352_200, region: "FR" },
  { name: "sf", latitudeUdeg: 37_774_900, longitudeUdeg: -122_419_400, region: "US-CA" },
  { name: "tokyo", latitudeUdeg: 35_676_200, longitudeUdeg: 139_650_300, region: "JP" },
  { name: "saopaulo", latitudeUdeg: -23_550_500, longitudeUdeg: -46_633_300, region: "BR" },
  { name: "nairobi", latitudeUdeg: -1_292_100, longitudeUdeg: 36_821_900, region: "KE" },
  { name: "sydney", latitudeUdeg: -33_868_800, longitudeUdeg: 151_209_300, region: "AU-NSW" },
  { name: "fiji", latitudeUdeg: -17_713_400, longitudeUdeg: 178_065_000, region: "FJ" },
];

export const MATERIALS: Readonly<Record<number, readonly string[]>> = {
  1: ["PLA", "PETG", "ABS", "TPU", "ASA", "PA-CF"],
  2: ["resin-standard", "resin-tough", "resin-dental"],
  3: ["PA12", "PA11", "TPU"],
  4: ["PA12", "PA12-GB"],
  5: ["Ti6Al4V", "316L", "AlSi10Mg"],
};

export interface Population {
  readonly seed: number;
  readonly accounts: readonly SimAccount[];
  readonly byRole: Readonly<Record<Role, readonly number[]>>;
  readonly printers: readonly PlannedPrinter[];
  /** The block producer's consensus key (deterministic from the seed). */
  readonly validatorKey: ValidatorKeyFile;
  /** Operators of the genesis validators (account indexes); the first produces the blocks. */
  readonly genesisValidators: readonly number[];
  /** Accounts that may create validators during the run. */
  readonly validatorCandidates: readonly number[];
}

export interface PopulationSizes {
  readonly validators: number;
  readonly validatorCandidates: number;
  readonly delegators: number;
  readonly operators: number;
  readonly customers: number;
  readonly attestors: number;
  readonly auditors: number;
  readonly arbiters: number;
  readonly contributors: number;
}

export const DEFAULT_SIZES: PopulationSizes = {
  validators: 5,
  validatorCandidates: 3,
  delegators: 10,
  operators: 14,
  customers: 20,
  attestors: 2,
  auditors: 2,
  arbiters: 2,
  contributors: 6,
};

const enc = new TextEncoder();

/** A secp256k1 key from sha256(label), re-hashed in the (negligible) case it is not a valid scalar. */
export function simKey(label: string): { privkey: Uint8Array; pubkey: Uint8Array; address: string } {
  let privkey = cosmSha256(enc.encode(label));
  for (;;) {
    try {
      const keypair = Secp256k1.makeKeypair(privkey);
      const pubkey = Secp256k1.compressPubkey(keypair.pubkey);
      return { privkey, pubkey, address: pubkeyToAddress(encodeSecp256k1Pubkey(pubkey), ACCOUNT_PREFIX) };
    } catch {
      privkey = cosmSha256(privkey);
    }
  }
}

function jitter(rng: Rng, hub: Hub, maxUdeg: number): { latitudeUdeg: number; longitudeUdeg: number } {
  const latitudeUdeg = Math.max(-89_000_000, Math.min(89_000_000, hub.latitudeUdeg + rng.range(-maxUdeg, maxUdeg)));
  let longitudeUdeg = hub.longitudeUdeg + rng.range(-maxUdeg, maxUdeg);
  if (longitudeUdeg > 180_000_000) longitudeUdeg -= 360_000_000;
  if (longitudeUdeg < -180_000_000) longitudeUdeg += 360_000_000;
  return { latitudeUdeg, longitudeUdeg };
}

/** A random printer spec near a hub (or, rarely, anywhere on Earth). */
export function randomPrinter(rng: Rng, id: string, owner: number): PlannedPrinter {
  const technology = rng.weighted([0, 60, 15, 10, 8, 7]);
  const pool = MATERIALS[technology];
  const materials = rng.shuffle(pool).slice(0, rng.range(1, pool.length));
  const hub = rng.chance(90) ? rng.pick(HUBS) : undefined;
  const location = hub ? jitter(rng, hub, 400_000) : { latitudeUdeg: rng.range(-85_000_000, 85_000_000), longitudeUdeg: rng.range(-180_000_000, 180_000_000) };
  const side = technology === 1 ? rng.range(150, 400) : rng.range(100, 300);
  return {
    id,
    owner,
    technology,
    materials,
    buildVolume: { xMm: side, yMm: side + rng.range(-20, 20), zMm: rng.range(100, 400) },
    nozzleUm: technology === 1 ? rng.pick([200, 400, 600, 800]) : 0,
    layerUm: rng.range(20, 300),
    speedMmPerS: rng.range(30, 600),
    throughput: rng.range(5_000, 200_000),
    ...location,
    region: hub?.region ?? "AQ",
  };
}

/** An operator's behaviour: most are good (60 %), some sloppy (30 %), a few bad (10 %). */
export function randomProfile(rng: Rng): OperatorProfile {
  const tier = rng.weighted([60, 30, 10]);
  const scale = [1, 4, 12][tier];
  return {
    failBps: rng.range(0, 300) * scale,
    lateBps: rng.range(0, 500) * scale,
    overGramsBps: rng.range(500, 2000) * scale > 9000 ? 9000 : rng.range(500, 2000) * scale,
    lowQualityBps: Math.min(9000, rng.range(0, 600) * scale),
    speedBps: rng.range(3000, 10_000),
  };
}

/** The accounts, their roles and behaviour, the printers to register and the producer's key — all from the seed. */
export function buildPopulation(seed: number, sizes: PopulationSizes = DEFAULT_SIZES): Population {
  const rng = new Rng(`printchain-sim population ${seed}`);
  const accounts: SimAccount[] = [];
  const byRole: Record<Role, number[]> = { validator: [], delegator: [], operator: [], customer: [], attestor: [], auditor: [], arbiter: [], contributor: [] };
  const add = (role: Role, profile?: OperatorProfile): number => {
    const index = accounts.length;
    const key = simKey(`printchain-sim ${seed} account ${index}`);
    accounts.push({ index, role, ...key, profile });
    byRole[role].push(index);
    return index;
  };
  const genesisValidators = Array.from({ length: sizes.validators }, () => add("validator"));
  const validatorCandidates = Array.from({ length: sizes.validatorCandidates }, () => add("validator"));
  for (let i = 0; i < sizes.delegators; i++) add("delegator");
  for (let i = 0; i < sizes.operators; i++) add("operator", randomProfile(rng));
  for (let i = 0; i < sizes.customers; i++) add("customer");
  for (let i = 0; i < sizes.attestors; i++) add("attestor");
  for (let i = 0; i < sizes.auditors; i++) add("auditor");
  for (let i = 0; i < sizes.arbiters; i++) add("arbiter");
  for (let i = 0; i < sizes.contributors; i++) add("contributor");
  const printers: PlannedPrinter[] = [];
  for (const owner of byRole.operator) {
    const count = rng.range(1, 4);
    for (let n = 0; n < count; n++) printers.push(randomPrinter(rng, `p-${owner}-${n}`, owner));
  }
  const validatorKey = validatorKeyFromSeed(cosmSha256(enc.encode(`printchain-sim ${seed} block producer`)));
  return { seed, accounts, byRole, printers, validatorKey, genesisValidators, validatorCandidates };
}

export interface SimParams {
  readonly epochLength: number;
  readonly votingPeriod: number;
  readonly maxDepositPeriod: number;
  readonly unbondingBlocks: number;
  readonly maxValidators: number;
}

export const SIM_PARAMS: SimParams = { epochLength: 20, votingPeriod: 20, maxDepositPeriod: 15, unbondingBlocks: 30, maxValidators: 6 };

/**
 * The random genesis: every account funded with 50k–1M PRINT, the genesis validators bonded (the
 * first, the block producer, with 10,000 PRINT; the others with 500–4,000) with delegators, and
 * short periods so that epochs end, proposals finish and unbondings mature within a few hundred blocks.
 */
export function buildSimGenesis(population: Population, params: SimParams = SIM_PARAMS): GenesisDoc {
  const rng = new Rng(`printchain-sim genesis ${population.seed}`);
  const { accounts, byRole } = population;
  const balances = accounts.map((account) => ({ address: account.address, amount: rng.bigRange(50_000n, 1_000_000n) * PRINT }));
  const producer = accounts[population.genesisValidators[0]];
  const base = buildGenesis({ chainId: SIM_CHAIN_ID, genesisTimeMs: SIM_GENESIS_TIME_MS, validator: population.validatorKey, moniker: `sim-${population.seed}`, balances, operator: producer.address });
  const specs: GenesisValidatorSpec[] = population.genesisValidators.map((index, n) => ({
    operator: accounts[index].address,
    pubKey: n === 0 ? population.validatorKey.pub_key.value : Buffer.from(rng.bytes(32)).toString("base64"),
    tokens: n === 0 ? 10_000n * PRINT : rng.bigRange(500n, 4_000n) * PRINT,
    moniker: n === 0 ? `sim-${population.seed}` : `sim-validator-${n}`,
    commissionRate: `0.${rng.range(1, 19).toString().padStart(2, "0")}`,
    delegators: byRole.delegator
      .filter(() => rng.chance(30))
      .map((delegator) => ({ address: accounts[delegator].address, tokens: rng.bigRange(10n, 500n) * PRINT })),
  }));
  const genesis = withGenesisValidators(base, specs);
  const appState = genesis.app_state as Record<string, unknown>;
  const paramsOf = (state: unknown): Record<string, unknown> => (state as { params: Record<string, unknown> }).params;
  const addresses = (role: Role): string[] => byRole[role].map((index) => accounts[index].address);
  appState.staking = { ...(appState.staking as object), params: { ...paramsOf(defaultStakingGenesis()), unbondingBlocks: String(params.unbondingBlocks), maxValidators: params.maxValidators } };
  appState.gov = { params: { ...paramsOf(defaultGovGenesis()), maxDepositPeriod: String(params.maxDepositPeriod), votingPeriod: String(params.votingPeriod) } };
  appState.printers = { params: { ...paramsOf(defaultPrintersGenesis()), auditors: addresses("auditor"), maxPrintersPerOwner: 6 } };
  appState.jobs = {
    params: {
      ...paramsOf(defaultJobsGenesis()),
      arbiters: addresses("arbiter"),
      acceptanceWindowMs: String(4 * MINUTE_MS),
      confirmationWindowMs: String(8 * MINUTE_MS),
      lateGraceMs: String(10 * MINUTE_MS),
      arbitrationWindowMs: String(12 * MINUTE_MS),
    },
  };
  appState.emissions = { params: { ...paramsOf(defaultEmissionsGenesis()), epochLength: String(params.epochLength), attestors: addresses("attestor") } };
  return genesis;
}
