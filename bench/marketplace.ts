import type { EncodeObject, Registry } from "@cosmjs/proto-signing";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { createPrintchainRegistry, jobsCodecs, printchain, printersCodecs, toBigInt } from "../proto";
import type { App } from "../chain-sim/app/app";
import { createApp } from "../chain-sim/app/createApp";
import type { GenesisDoc } from "../chain-sim/app/genesis";
import type { BlockExecution } from "../chain-sim/app/txResult";
import { defaultJobsGenesis } from "../chain-sim/modules/jobs/genesis";
import { DEFAULT_JOBS_PARAMS } from "../chain-sim/modules/jobs/params";
import { defaultPrintersGenesis } from "../chain-sim/modules/printers/genesis";
import { buildGenesis, DEVNET_CHAIN_ID } from "../chain-sim/node/devnet";
import { generateValidatorKey } from "../chain-sim/node/validatorKey";
import { CommitStore } from "../chain-sim/store/commitStore";
import * as merkle from "../chain-sim/store/merkle";
import { benchSigners, GENESIS_TIME_MS, line, median, round, signBenchTx, type BenchSigner } from "./pipeline";
import { measureVerifyRate } from "./verifyLimit";

/**
 * The marketplace benchmark: whole job lifecycles (create, accept, proof of print, confirm; each a
 * signed tx) on a state with 10,000 registered printers, and the per-block commit time of the
 * same blocks on states of 1,000 and 100,000 printers. Only app.finalizeBlock (and, inside it,
 * CommitStore.commit) is timed; genesis, signing and state reads between phases are not.
 */

// Lifecycles
const LIFECYCLE_PRINTERS = 10_000;
const JOBS = 2_000;
const BLOCK_SIZE = 500;
const LIFECYCLE_RUNS = 3;
// Commit time against state size
const COMMIT_SIZES = [1_000, 100_000] as const;
const COMMIT_WARMUP_BLOCKS = 1;
const COMMIT_BLOCKS = 9;
const REGISTRATIONS_PER_BLOCK = 200;
const CREATES_PER_BLOCK = 200;
/** The bar: commit at 100k printers within 2× of commit at 1k. */
const COMMIT_RATIO_TARGET = 2;
// Actors and txs
const OPERATORS = 200;
const CUSTOMERS = 200;
const BALANCE = 1_000_000_000_000n;
/**
 * 10M gas at the auth min gas price of 0.025uprint. A job creation at 100k printers can use more
 * than 3M: routing reads up to max_route_scan (5,000) index entries and the stats of each eligible one.
 */
const FEE = { amount: "250000", gas: 10_000_000 };
const MAX_DISTANCE_KM = 300;
const ACCEPTANCE_WINDOW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;
const JOB_DEADLINE_MS = GENESIS_TIME_MS + 30 * DAY_MS;
const TECHNOLOGY_NAMES: Record<number, string> = { 1: "TECHNOLOGY_FDM", 2: "TECHNOLOGY_SLA", 3: "TECHNOLOGY_SLS" };

/** Print-farm hubs: name, latitude and longitude in degrees, ISO 3166 region. */
const CITIES: ReadonlyArray<readonly [string, number, number, string]> = [
  ["Berlin", 52.52, 13.405, "DE"], ["Munich", 48.137, 11.575, "DE"], ["Paris", 48.857, 2.352, "FR"], ["London", 51.507, -0.128, "GB"],
  ["Madrid", 40.417, -3.704, "ES"], ["Milan", 45.464, 9.19, "IT"], ["Amsterdam", 52.37, 4.895, "NL"], ["Warsaw", 52.23, 21.012, "PL"],
  ["Stockholm", 59.329, 18.069, "SE"], ["Vienna", 48.208, 16.373, "AT"], ["Zurich", 47.377, 8.542, "CH"], ["Istanbul", 41.008, 28.978, "TR"],
  ["Moscow", 55.756, 37.617, "RU"], ["Cairo", 30.044, 31.236, "EG"], ["Lagos", 6.524, 3.379, "NG"], ["Nairobi", -1.292, 36.822, "KE"],
  ["Johannesburg", -26.204, 28.047, "ZA"], ["Dubai", 25.205, 55.271, "AE"], ["Mumbai", 19.076, 72.878, "IN"], ["Bangalore", 12.972, 77.595, "IN"],
  ["Delhi", 28.614, 77.209, "IN"], ["Singapore", 1.352, 103.82, "SG"], ["Bangkok", 13.756, 100.502, "TH"], ["Jakarta", -6.208, 106.846, "ID"],
  ["Shenzhen", 22.543, 114.058, "CN"], ["Shanghai", 31.23, 121.474, "CN"], ["Beijing", 39.904, 116.407, "CN"], ["Seoul", 37.567, 126.978, "KR"],
  ["Tokyo", 35.676, 139.65, "JP"], ["Osaka", 34.694, 135.502, "JP"], ["Taipei", 25.033, 121.565, "TW"], ["Sydney", -33.869, 151.209, "AU"],
  ["Melbourne", -37.814, 144.963, "AU"], ["Auckland", -36.849, 174.763, "NZ"], ["San Francisco", 37.775, -122.419, "US-CA"], ["Los Angeles", 34.052, -118.244, "US-CA"],
  ["Seattle", 47.606, -122.332, "US-WA"], ["Chicago", 41.878, -87.63, "US-IL"], ["New York", 40.713, -74.006, "US-NY"], ["Boston", 42.36, -71.059, "US-MA"],
  ["Austin", 30.267, -97.743, "US-TX"], ["Atlanta", 33.749, -84.388, "US-GA"], ["Toronto", 43.653, -79.383, "CA-ON"], ["Montreal", 45.502, -73.567, "CA-QC"],
  ["Mexico City", 19.433, -99.133, "MX"], ["Sao Paulo", -23.551, -46.633, "BR"], ["Buenos Aires", -34.604, -58.382, "AR"], ["Santiago", -33.449, -70.669, "CL"],
  ["Bogota", 4.711, -74.072, "CO"], ["Lima", -12.046, -77.043, "PE"],
];
/** Operators are local: operator o runs printers in city o % CITIES.length. */
const OPERATORS_PER_CITY = OPERATORS / CITIES.length;

/** Technology (weight in %), the materials it prints, and its build volume range in mm. */
const TECHNOLOGIES = [
  { technology: 1, weight: 60, materials: ["PLA", "PETG", "ABS", "ASA", "TPU", "PA-CF"], common: "PLA", volume: [[220, 400], [220, 400], [200, 400]] },
  { technology: 2, weight: 25, materials: ["resin-standard", "resin-tough", "resin-castable", "resin-dental"], common: "resin-standard", volume: [[120, 200], [70, 130], [150, 250]] },
  { technology: 3, weight: 15, materials: ["PA12", "PA11", "PA12-GF", "TPU"], common: "PA12", volume: [[150, 350], [150, 350], [200, 400]] },
] as const;

/** xorshift32: deterministic, seeded; the workload's only source of randomness (no Math.random). */
class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 0x1_0000_0000;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  between(low: number, high: number): number {
    return low + this.int(high - low + 1);
  }

  /** Uniform in [-1, 1). */
  signed(): number {
    return this.next() * 2 - 1;
  }
}

export interface FleetPrinter {
  readonly id: string;
  readonly operator: number;
  readonly city: number;
  readonly technology: number;
  readonly materials: readonly string[];
  readonly buildVolume: { readonly xMm: number; readonly yMm: number; readonly zMm: number };
  readonly latitudeUdeg: number;
  readonly longitudeUdeg: number;
  readonly region: string;
}

/** A point within ±`spreadDegrees` of a city (longitude spread widened by 1/cos(latitude)), in integer micro-degrees. */
function nearCity(rng: Rng, city: number, spreadDegrees: number): { latitudeUdeg: number; longitudeUdeg: number } {
  const [, latitude, longitude] = CITIES[city];
  const lat = latitude + rng.signed() * spreadDegrees;
  let lon = longitude + (rng.signed() * spreadDegrees) / Math.cos((latitude * Math.PI) / 180);
  if (lon >= 180) lon -= 360;
  if (lon < -180) lon += 360;
  return { latitudeUdeg: Math.round(lat * 1e6), longitudeUdeg: Math.round(lon * 1e6) };
}

/**
 * `count` printers spread over the cities (±0.36°, about ±40 km, around each), generated in
 * order from `seed`: the first k printers of a larger fleet are the fleet of k.
 */
export function generateFleet(count: number, seed: number, idPrefix: string): FleetPrinter[] {
  const rng = new Rng(seed);
  const fleet: FleetPrinter[] = [];
  for (let index = 0; index < count; index++) {
    const city = rng.int(CITIES.length);
    let pick = rng.int(100);
    const tech = TECHNOLOGIES.find((candidate) => (pick -= candidate.weight) < 0) ?? TECHNOLOGIES[0];
    const materials = new Set<string>();
    if (rng.next() < 0.8) materials.add(tech.common);
    const wanted = rng.between(2, 3);
    while (materials.size < wanted) materials.add(tech.materials[rng.int(tech.materials.length)]);
    const [x, y, z] = tech.volume.map(([low, high]) => rng.between(low, high));
    fleet.push({
      id: `${idPrefix}-${String(index + 1).padStart(6, "0")}`,
      operator: city + CITIES.length * rng.int(OPERATORS_PER_CITY),
      city,
      technology: tech.technology,
      materials: [...materials],
      buildVolume: { xMm: x, yMm: y, zMm: z },
      ...nearCity(rng, city, 0.36),
      region: CITIES[city][3],
    });
  }
  return fleet;
}

/** A printer in the proto-JSON of printchain.printers.v1.Printer (genesis). */
function printerJson(printer: FleetPrinter, operators: readonly BenchSigner[]): Record<string, unknown> {
  return {
    id: printer.id,
    owner: operators[printer.operator].address,
    moniker: `${CITIES[printer.city][0]} ${printer.id}`,
    spec: {
      technology: TECHNOLOGY_NAMES[printer.technology],
      buildVolume: printer.buildVolume,
      materials: printer.materials,
      nozzleDiameterUm: printer.technology === 1 ? 400 : 0,
      layerResolutionUm: printer.technology === 1 ? 100 : 50,
      maxSpeedMmPerS: printer.technology === 1 ? 250 : 80,
      throughputMm3PerHour: "20000",
    },
    location: { latitudeUdeg: printer.latitudeUdeg, longitudeUdeg: printer.longitudeUdeg, region: printer.region },
    status: "PRINTER_STATUS_ACTIVE",
    registeredHeight: "1",
    bond: "0",
    updatedHeight: "1",
  };
}

/** Customers (accounts 0..) and operators (after them), funded; `printers` in the printers genesis; no bonds required. */
export function marketplaceGenesis(printers: readonly FleetPrinter[], customers: readonly BenchSigner[], operators: readonly BenchSigner[]): GenesisDoc {
  const genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs: GENESIS_TIME_MS,
    validator: generateValidatorKey(),
    moniker: "bench",
    balances: [...customers, ...operators].map(({ address }) => ({ address, amount: BALANCE })),
  });
  [...customers, ...operators].forEach((signer, index) => {
    if (signer.accountNumber !== index) throw new Error(`signer ${signer.address} has account number ${signer.accountNumber}, genesis gives it ${index}`);
  });
  const printersParams = (defaultPrintersGenesis() as { params: Record<string, unknown> }).params;
  const jobsParams = (defaultJobsGenesis() as { params: Record<string, unknown> }).params;
  const appState = genesis.app_state as Record<string, unknown>;
  appState.printers = { params: { ...printersParams, minBond: "0" }, printers: printers.map((printer) => printerJson(printer, operators)) };
  appState.jobs = { params: { ...jobsParams, acceptanceWindowMs: String(ACCEPTANCE_WINDOW_MS) }, nextJobId: "1" };
  return genesis;
}

/** A job for the customer `customer`, near the printer `target` (so at least that printer is eligible). */
function createJobMsg(rng: Rng, index: number, target: FleetPrinter, customer: BenchSigner, material?: string): EncodeObject {
  const quantity = rng.between(1, 20);
  return {
    typeUrl: jobsCodecs.MsgCreateJob.typeUrl,
    value: {
      customer: customer.address,
      designHash: createHash("sha256").update(`design ${index}`).digest("hex"),
      designUri: `ipfs://bafybenchdesign${index}`,
      quantity,
      material: material ?? target.materials[rng.int(target.materials.length)],
      technology: target.technology,
      minBuildVolume: { xMm: 50, yMm: 50, zMm: 40 },
      estimatedGrams: 20 * quantity,
      price: { denom: "uprint", amount: String(1_000_000 * rng.between(2, 50)) },
      // Customers within ±0.2° (about ±22 km) of the target printer's city centre.
      ...nearCity(rng, target.city, 0.2),
      maxDistanceKm: MAX_DISTANCE_KM,
      deadlineMs: JOB_DEADLINE_MS,
      requireAttested: false,
    },
  };
}

function registerPrinterMsg(printer: FleetPrinter, operators: readonly BenchSigner[]): EncodeObject {
  const json = printerJson(printer, operators);
  return {
    typeUrl: printersCodecs.MsgRegisterPrinter.typeUrl,
    value: { owner: json.owner, printerId: printer.id, moniker: json.moniker, spec: { ...(json.spec as object), technology: printer.technology }, location: json.location, bond: "" },
  };
}

// ---------------------------------------------------------------------------------------------
// Execution

function blockInfo(app: App): { chainId: string; height: number; timeMs: number; proposer: string } {
  const height = app.lastInfo.height + 1;
  return { chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" };
}

/** Executes and commits the next block; returns its execution and the milliseconds finalizeBlock took. A failed tx throws. */
function executeBlock(app: App, txs: readonly Uint8Array[], what: string): { execution: BlockExecution; ms: number } {
  const block = blockInfo(app);
  const started = performance.now();
  const execution = app.finalizeBlock(block, txs);
  const ms = performance.now() - started;
  execution.txResults.forEach((result, index) => {
    if (result.code !== 0) throw new Error(`${what}: tx ${index} of block ${block.height} failed with code ${result.code} (${result.codespace}): ${result.log}`);
  });
  return { execution, ms };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let offset = 0; offset < items.length; offset += size) out.push(items.slice(offset, offset + size));
  return out;
}

async function signAll(registry: Registry, items: ReadonlyArray<{ signer: BenchSigner; msg: EncodeObject }>): Promise<Uint8Array[]> {
  const txs: Uint8Array[] = [];
  for (const { signer, msg } of items) txs.push(await signBenchTx(signer, registry, [msg], FEE));
  return txs;
}

function queryJob(app: App, jobId: bigint): ReturnType<typeof jobsCodecs.Job.decode> {
  const result = app.query("/printchain.jobs.v1.Query/Job", jobsCodecs.QueryJobRequest.encode(jobsCodecs.QueryJobRequest.fromPartial({ jobId })).finish());
  if (result.code !== 0) throw new Error(`query of job ${jobId} failed: ${result.log}`);
  const job = jobsCodecs.QueryJobResponse.decode(result.value).job;
  if (!job) throw new Error(`job ${jobId} not found`);
  return job as ReturnType<typeof jobsCodecs.Job.decode>;
}

const PHASES = ["create", "accept", "proof", "confirm"] as const;
type Phase = (typeof PHASES)[number];

interface LifecycleRun {
  /** Seconds of finalizeBlock per phase. */
  readonly seconds: Record<Phase, number>;
  readonly appHash: string;
}

interface LifecycleResult {
  readonly runs: LifecycleRun[];
  /** Median gas used per tx of each phase. */
  readonly gasUsed: Record<Phase, number>;
  /** Candidates per created job (median) and accepts that went to a later offered printer because the first was at its load limit. */
  readonly medianCandidates: number;
  readonly acceptsNotFirstOffered: number;
  readonly blocks: number;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

/**
 * JOBS lifecycles on LIFECYCLE_PRINTERS printers. The first run signs each phase from the state
 * the previous one left (offers are read back with the Job query); the other runs replay the same
 * blocks on a fresh app and must reach the same app hash.
 */
async function runLifecycles(registry: Registry, fleet: readonly FleetPrinter[], customers: BenchSigner[], operators: BenchSigner[]): Promise<LifecycleResult> {
  const genesis = marketplaceGenesis(fleet, customers, operators);
  const owners = new Map(fleet.map((printer) => [printer.id, printer.operator]));
  const maxActiveJobs = DEFAULT_JOBS_PARAMS.maxActiveJobs;
  const fresh = (): App => {
    const app = createApp(DEVNET_CHAIN_ID);
    app.initChain(genesis, GENESIS_TIME_MS);
    return app;
  };

  const rng = new Rng(0x10b5);
  const app = fresh();
  const seconds = { create: 0, accept: 0, proof: 0, confirm: 0 } as Record<Phase, number>;
  const gas = { create: [], accept: [], proof: [], confirm: [] } as Record<Phase, number[]>;
  const phaseBlocks = {} as Record<Phase, Uint8Array[][]>;
  const run = (phase: Phase, txs: Uint8Array[]): BlockExecution[] => {
    phaseBlocks[phase] = chunks(txs, BLOCK_SIZE);
    return phaseBlocks[phase].map((block) => {
      const { execution, ms } = executeBlock(app, block, `${phase} phase`);
      seconds[phase] += ms / 1000;
      for (const result of execution.txResults) gas[phase].push(result.gasUsed);
      return execution;
    });
  };

  // 1. Creates: routing scans the index near the customer, ranks, offers the first batch.
  const jobCustomers = Array.from({ length: JOBS }, (_, index) => customers[index % CUSTOMERS]);
  const creates = await signAll(registry, jobCustomers.map((customer, index) => ({ signer: customer, msg: createJobMsg(rng, index, fleet[rng.int(fleet.length)], customer) })));
  const jobIds: bigint[] = [];
  const candidates: number[] = [];
  for (const execution of run("create", creates)) {
    for (const result of execution.txResults) {
      const response = jobsCodecs.MsgCreateJobResponse.decode(TxMsgData.decode(result.data).msgResponses[0].value);
      jobIds.push(toBigInt(response.jobId));
      candidates.push(response.candidates);
    }
  }

  // 2. Accepts by the owner of the first offered printer that is below its load limit.
  const load = new Map<string, number>();
  let acceptsNotFirstOffered = 0;
  const accepted = jobIds.map((jobId) => {
    const offered = queryJob(app, jobId).offeredPrinterIds;
    const index = offered.findIndex((printerId) => (load.get(printerId) ?? 0) < maxActiveJobs);
    if (index < 0) throw new Error(`job ${jobId}: every offered printer (${offered.join(", ")}) is at its load limit; spread the workload`);
    if (index > 0) acceptsNotFirstOffered++;
    const printerId = offered[index];
    load.set(printerId, (load.get(printerId) ?? 0) + 1);
    const operator = owners.get(printerId);
    if (operator === undefined) throw new Error(`job ${jobId} offered to unknown printer ${printerId}`);
    return { jobId, printerId, operator: operators[operator] };
  });
  run("accept", await signAll(registry, accepted.map(({ jobId, printerId, operator }) => ({ signer: operator, msg: { typeUrl: jobsCodecs.MsgAcceptJob.typeUrl, value: { operator: operator.address, jobId, printerId } } }))));

  // 3. Proofs of print by the accepting operators.
  const proofs = accepted.map(({ jobId, operator }) => {
    const job = queryJob(app, jobId);
    return {
      signer: operator,
      msg: {
        typeUrl: jobsCodecs.MsgSubmitProofOfPrint.typeUrl,
        value: {
          operator: operator.address,
          jobId,
          evidenceHash: createHash("sha256").update(`evidence ${jobId}`).digest("hex"),
          evidenceUri: `ipfs://bafybenchevidence${jobId}`,
          printSeconds: 600 * job.quantity,
          gramsUsed: Number(toBigInt(job.estimatedGrams)) + rng.int(10),
          errorCount: 0,
          errorKinds: [],
          firstAttempt: true,
          unitsCompleted: job.quantity,
        },
      },
    };
  });
  run("proof", await signAll(registry, proofs));

  // 4. Confirmations by the customers: settlement pays the operator and the reward pool.
  run("confirm", await signAll(registry, jobIds.map((jobId, index) => ({ signer: jobCustomers[index], msg: { typeUrl: jobsCodecs.MsgConfirmJob.typeUrl, value: { customer: jobCustomers[index].address, jobId, qualityScore: 80 + rng.int(21), defects: [] } } }))));
  for (const jobId of jobIds) {
    const status = queryJob(app, jobId).status;
    if (status !== printchain.jobs.v1.JobStatus.JOB_STATUS_COMPLETED) throw new Error(`job ${jobId} ended in status ${status}, not COMPLETED`);
  }
  const runs: LifecycleRun[] = [{ seconds: { ...seconds }, appHash: hex(app.lastInfo.appHash) }];

  // Replays of the same blocks on fresh apps.
  for (let repeat = 1; repeat < LIFECYCLE_RUNS; repeat++) {
    const replay = fresh();
    const replaySeconds = { create: 0, accept: 0, proof: 0, confirm: 0 } as Record<Phase, number>;
    for (const phase of PHASES) {
      for (const block of phaseBlocks[phase]) replaySeconds[phase] += executeBlock(replay, block, `${phase} phase (replay)`).ms / 1000;
    }
    const appHash = hex(replay.lastInfo.appHash);
    if (appHash !== runs[0].appHash) throw new Error(`replay ${repeat} reached app hash ${appHash}, the first run ${runs[0].appHash}: execution is not deterministic`);
    runs.push({ seconds: replaySeconds, appHash });
  }
  return {
    runs,
    gasUsed: Object.fromEntries(PHASES.map((phase) => [phase, median(gas[phase])])) as Record<Phase, number>,
    medianCandidates: median(candidates),
    acceptsNotFirstOffered,
    blocks: PHASES.reduce((sum, phase) => sum + phaseBlocks[phase].length, 0),
  };
}

/**
 * The committed store, instrumented: per commit() its duration, the keys written since the
 * previous commit (the block's write-back), the time those writes took in the Merkle store, and
 * the SHA-256 hashes commit() computed.
 */
class TimedCommitStore extends CommitStore {
  readonly commits: Array<{ ms: number; keysWritten: number; writeMs: number; hashes: number }> = [];
  private written = 0;
  private writeMs = 0;

  override set(key: string, value: Uint8Array): void {
    this.written++;
    const started = performance.now();
    super.set(key, value);
    this.writeMs += performance.now() - started;
  }

  override delete(key: string): void {
    this.written++;
    const started = performance.now();
    super.delete(key);
    this.writeMs += performance.now() - started;
  }

  override commit(): Uint8Array {
    const hashesBefore = storeHashes;
    const started = performance.now();
    const hash = super.commit();
    this.commits.push({ ms: performance.now() - started, keysWritten: this.written, writeMs: this.writeMs, hashes: storeHashes - hashesBefore });
    this.written = 0;
    this.writeMs = 0;
    return hash;
  }
}

/** SHA-256 calls of the store (Merkle leaves and branches) while {@link countStoreHashes} runs. */
let storeHashes = 0;

/**
 * Runs `body` with the store's sha256 (which MerkleTrie calls through the module's exports)
 * wrapped in a counter: the number of node hashes a commit computes does not depend on the
 * machine. Bench instrumentation only, a few nanoseconds per hash.
 */
function countStoreHashes<T>(body: () => T): T {
  const exports = merkle as { sha256: typeof merkle.sha256 };
  const original = exports.sha256;
  exports.sha256 = (...parts: Uint8Array[]): Uint8Array => {
    storeHashes++;
    return original(...parts);
  };
  try {
    return body();
  } finally {
    exports.sha256 = original;
  }
}

interface CommitResult {
  readonly printers: number;
  readonly stateKeys: number;
  readonly stateKeysAfter: number;
  readonly genesisSeconds: number;
  readonly commitMs: number[];
  readonly blockMs: number[];
  readonly keysWritten: number[];
  readonly writeMs: number[];
  readonly hashes: number[];
  /** Median gas used by the registrations and by the job creations. */
  readonly registrationGas: number;
  readonly createGas: number;
  readonly maxCreateGas: number;
}

/**
 * The same signed blocks (registrations and job creations) on states of each fleet's size, commit
 * timed apart. Both states are built first and every block runs on each of them in turn (the
 * order alternating block by block), so drift in the machine's load hits both sizes alike.
 */
function runCommitBlocks(fleets: ReadonlyArray<readonly FleetPrinter[]>, blocks: readonly Uint8Array[][], customers: BenchSigner[], operators: BenchSigner[]): CommitResult[] {
  const states = fleets.map((fleet) => {
    const store = new TimedCommitStore();
    const app = createApp(DEVNET_CHAIN_ID, store);
    const genesisStarted = performance.now();
    app.initChain(marketplaceGenesis(fleet, customers, operators), GENESIS_TIME_MS);
    const genesisSeconds = (performance.now() - genesisStarted) / 1000;
    store.commits.length = 0;
    return { fleet, store, app, genesisSeconds, stateKeys: store.size, blockMs: [] as number[], registrationGas: [] as number[], createGas: [] as number[] };
  });
  blocks.forEach((block, index) => {
    const order = index % 2 === 0 ? states : [...states].reverse();
    for (const state of order) {
      const { execution, ms } = executeBlock(state.app, block, `commit blocks at ${state.fleet.length} printers`);
      state.blockMs.push(ms);
      execution.txResults.forEach((tx, position) => (position < REGISTRATIONS_PER_BLOCK ? state.registrationGas : state.createGas).push(tx.gasUsed));
    }
  });
  return states.map((state) => {
    if (state.store.commits.length !== blocks.length) throw new Error(`${state.store.commits.length} commits for ${blocks.length} blocks`);
    const measured = state.store.commits.slice(COMMIT_WARMUP_BLOCKS);
    return {
      printers: state.fleet.length,
      stateKeys: state.stateKeys,
      stateKeysAfter: state.store.size,
      genesisSeconds: state.genesisSeconds,
      commitMs: measured.map(({ ms }) => ms),
      blockMs: state.blockMs.slice(COMMIT_WARMUP_BLOCKS),
      keysWritten: measured.map(({ keysWritten }) => keysWritten),
      writeMs: measured.map(({ writeMs }) => writeMs),
      hashes: measured.map(({ hashes }) => hashes),
      registrationGas: median(state.registrationGas),
      createGas: median(state.createGas),
      maxCreateGas: Math.max(...state.createGas),
    };
  });
}

// ---------------------------------------------------------------------------------------------

/** Runs both parts, prints the report and writes bench/results/marketplace.json. */
export async function runMarketplaceBench(): Promise<void> {
  const started = performance.now();
  const [small, large] = COMMIT_SIZES;
  process.stdout.write(
    `printchain marketplace bench: printers in ${CITIES.length} cities, ${OPERATORS} operators, ${CUSTOMERS} customers, ${cpus().length} vCPUs, node ${process.version}\n` +
      `  ${JOBS} job lifecycles (create, accept, proof, confirm: 4 signed txs each) on ${LIFECYCLE_PRINTERS} printers, blocks of ${BLOCK_SIZE}, median of ${LIFECYCLE_RUNS}\n` +
      `  commit of the same ${COMMIT_BLOCKS} blocks (${REGISTRATIONS_PER_BLOCK} registrations + ${CREATES_PER_BLOCK} job creations each, after ${COMMIT_WARMUP_BLOCKS} warm-up) at ${small} and ${large} printers, interleaved, medians\n\n`,
  );
  const registry = createPrintchainRegistry();
  const verifyRates = [measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec];

  // Part 1: lifecycles on 10,000 printers.
  const lifecycleFleet = generateFleet(LIFECYCLE_PRINTERS, 0x5eed, "p");
  const lifecycles = await runLifecycles(registry, lifecycleFleet, await benchSigners("market customer", CUSTOMERS, 0), await benchSigners("market operator", OPERATORS, CUSTOMERS));
  verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);

  // Part 2: the same blocks at 1k and 100k printers. Jobs target FDM printers with PLA among the
  // first 1k, which both states hold, so at both sizes each job is offered to a full batch.
  const largeFleet = generateFleet(large, 0xf1ee7, "p");
  const newPrinters = generateFleet((COMMIT_WARMUP_BLOCKS + COMMIT_BLOCKS) * REGISTRATIONS_PER_BLOCK, 0x0e3, "new");
  const customers = await benchSigners("market customer", CUSTOMERS, 0);
  const operators = await benchSigners("market operator", OPERATORS, CUSTOMERS);
  const targets = largeFleet.slice(0, small).filter((printer) => printer.technology === 1 && printer.materials.includes("PLA"));
  const rng = new Rng(0xc0471);
  const commitBlocks: Uint8Array[][] = [];
  for (let block = 0; block < COMMIT_WARMUP_BLOCKS + COMMIT_BLOCKS; block++) {
    const items: Array<{ signer: BenchSigner; msg: EncodeObject }> = [];
    for (let i = 0; i < REGISTRATIONS_PER_BLOCK; i++) {
      const printer = newPrinters[block * REGISTRATIONS_PER_BLOCK + i];
      items.push({ signer: operators[printer.operator], msg: registerPrinterMsg(printer, operators) });
    }
    for (let i = 0; i < CREATES_PER_BLOCK; i++) {
      const customer = customers[(block * CREATES_PER_BLOCK + i) % CUSTOMERS];
      items.push({ signer: customer, msg: createJobMsg(rng, block * CREATES_PER_BLOCK + i, targets[rng.int(targets.length)], customer, "PLA") });
    }
    commitBlocks.push(await signAll(registry, items));
  }
  // The same signed txs at both sizes: both geneses number the accounts alike and start every sequence at 0.
  const commits = countStoreHashes(() => runCommitBlocks(COMMIT_SIZES.map((size) => largeFleet.slice(0, size)), commitBlocks, customers, operators));
  verifyRates.push(measureVerifyRate({ seconds: 1, runs: 3 }).opsPerSec);

  // Report.
  const single = median(verifyRates);
  const verifier = measureVerifyRate({ seconds: 0.2, runs: 1 }).verifier;
  const lifecycleSeconds = lifecycles.runs.map((run) => PHASES.reduce((sum, phase) => sum + run.seconds[phase], 0));
  const total = median(lifecycleSeconds);
  const lifecyclesPerSec = JOBS / total;
  const txPerSec = (4 * JOBS) / total;
  const phaseTxPerSec = Object.fromEntries(PHASES.map((phase) => [phase, JOBS / median(lifecycles.runs.map((run) => run.seconds[phase]))])) as Record<Phase, number>;
  const [atSmall, atLarge] = commits.map((result) => ({
    commitMs: median(result.commitMs),
    blockMs: median(result.blockMs),
    keysWritten: median(result.keysWritten),
    writeMs: median(result.writeMs),
    hashes: median(result.hashes),
  }));
  const commitRatio = atLarge.commitMs / atSmall.commitMs;
  const blockRatio = atLarge.blockMs / atSmall.blockMs;
  const hashRatio = atLarge.hashes / atSmall.hashes;
  const seconds = (performance.now() - started) / 1000;

  line(`limit: raw verify, 1 thread (${verifier})`, `${single.toFixed(0)} /s`);
  line(`job lifecycles, ${LIFECYCLE_PRINTERS} printers: create+accept+proof+confirm`, `${lifecyclesPerSec.toFixed(0)} lifecycles/s  ${txPerSec.toFixed(0)} tx/s  ratio ${(txPerSec / single).toFixed(2)}`);
  const phaseLabels: Record<Phase, string> = {
    create: "  create: routing (scan, rank 9 candidates), escrow, offers",
    accept: "  accept: offer, eligibility and load checks",
    proof: "  proof of print: performance record",
    confirm: "  confirm: settlement, payout, reliability",
  };
  for (const phase of PHASES) line(phaseLabels[phase], `${phaseTxPerSec[phase].toFixed(0)} tx/s  ratio ${(phaseTxPerSec[phase] / single).toFixed(2)}  (median gas ${lifecycles.gasUsed[phase]})`);
  for (const [index, result] of commits.entries()) {
    const figures = [atSmall, atLarge][index];
    line(
      `commit per block, ${result.printers} printers (${result.stateKeys} state keys)`,
      `${figures.commitMs.toFixed(1)} ms  (${figures.keysWritten} keys written, ${figures.hashes} node hashes; whole block ${figures.blockMs.toFixed(0)} ms)` +
        (index === 1 ? `  ratio ${commitRatio.toFixed(2)} (hashes ${hashRatio.toFixed(2)})` : ""),
    );
  }

  const result = {
    date: new Date().toISOString(),
    machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: {
      cities: CITIES.length,
      operators: OPERATORS,
      customers: CUSTOMERS,
      fee: { amount: `${FEE.amount}uprint`, gas: FEE.gas },
      maxDistanceKm: MAX_DISTANCE_KM,
      lifecycles: { printers: LIFECYCLE_PRINTERS, jobs: JOBS, txsPerJob: 4, blockSize: BLOCK_SIZE, blocks: lifecycles.blocks, runs: LIFECYCLE_RUNS },
      commit: { printers: [...COMMIT_SIZES], warmupBlocks: COMMIT_WARMUP_BLOCKS, measuredBlocks: COMMIT_BLOCKS, registrationsPerBlock: REGISTRATIONS_PER_BLOCK, jobCreationsPerBlock: CREATES_PER_BLOCK },
    },
    limit: { rawVerifyPerSec: Math.round(single), verifier },
    lifecycles: {
      lifecyclesPerSec: round(lifecyclesPerSec),
      txPerSec: Math.round(txPerSec),
      ratio: round(txPerSec / single),
      phases: Object.fromEntries(PHASES.map((phase) => [phase, { txPerSec: Math.round(phaseTxPerSec[phase]), ratio: round(phaseTxPerSec[phase] / single), medianGasUsed: lifecycles.gasUsed[phase] }])),
      medianCandidatesPerJob: lifecycles.medianCandidates,
      acceptsNotFirstOffered: lifecycles.acceptsNotFirstOffered,
      runSeconds: lifecycleSeconds.map((value) => round(value)),
      appHash: lifecycles.runs[0].appHash,
    },
    commit: {
      sizes: commits.map((result, index) => {
        const figures = [atSmall, atLarge][index];
        return {
          printers: result.printers,
          stateKeys: result.stateKeys,
          stateKeysAfter: result.stateKeysAfter,
          genesisSeconds: round(result.genesisSeconds),
          medianCommitMs: round(figures.commitMs),
          commitMs: result.commitMs.map((value) => round(value)),
          medianBlockMs: round(figures.blockMs),
          blockMs: result.blockMs.map((value) => round(value)),
          keysWrittenPerBlock: figures.keysWritten,
          medianHashesPerCommit: figures.hashes,
          medianWriteBackMs: round(figures.writeMs),
          medianGasUsed: { registration: result.registrationGas, jobCreation: result.createGas },
          maxJobCreationGas: result.maxCreateGas,
        };
      }),
      commitRatio: round(commitRatio),
      hashesPerCommitRatio: round(hashRatio),
      writeBackRatio: round(atLarge.writeMs / atSmall.writeMs),
      blockRatio: round(blockRatio),
    },
    target: { commitRatioMax: COMMIT_RATIO_TARGET, commitMet: commitRatio <= COMMIT_RATIO_TARGET },
    runtimeSeconds: round(seconds),
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "marketplace.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `\nwrote bench/results/marketplace.json in ${seconds.toFixed(0)} s; ${lifecyclesPerSec.toFixed(0)} job lifecycles/s on ${LIFECYCLE_PRINTERS} printers; ` +
      `commit at ${large} printers ${round(commitRatio)}× the commit at ${small} (target ≤ ${COMMIT_RATIO_TARGET}: ${result.target.commitMet ? "met" : "not met"})\n`,
  );
}
