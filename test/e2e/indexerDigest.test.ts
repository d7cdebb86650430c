import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { jobsCodecs, printersCodecs, stakingCodecs, toBigInt } from "../../proto";
import { valoperFromAccount } from "../../chain-sim/types/address";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { buildCli } from "../../chain-sim/cli/main";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { canonicalJson, DIGEST_TABLES, epochDigest, epochDigests, formatDigest, type EpochDigest } from "../../indexer/digest";
import { Indexer } from "../../indexer/indexer";
import { catchUpModules } from "../../indexer/modules/runner";
import { captureOutput } from "../utils/cliCapture";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";

/**
 * Per-epoch state digests: a workload over three epochs indexed into two independent databases
 * (two homes, two embedded PostgreSQL servers), one with batches of 7 and restarted (indexer and
 * server) in the middle of epoch 2, the other in one run with batches of 100. Every epoch's digest
 * agrees; one changed value changes only its epoch's digest; a rebuild from the ledger agrees.
 */
jest.setTimeout(60_000);

const EPOCH = 20;
const ACCEPTANCE_MS = 4_000;
const [CUSTOMER, ALICE, BOB, VALIDATOR, DELEGATOR] = [1, 2, 4, 5, 6];
const PRINT = 1_000_000n;
const BERLIN = { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954 };

let chain: ManualChain;
const homes: string[] = [];
let first: Database;
let second: Database;

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  Object.assign(appState.jobs.params, { acceptanceWindowMs: String(ACCEPTANCE_MS), confirmationWindowMs: "120000", lateGraceMs: "300000" });
  Object.assign(appState.printers.params, { minBond: "1000000" });
  Object.assign(appState.emissions.params, { epochLength: String(EPOCH) });
  Object.assign(appState.staking.params, { unbondingBlocks: "4" });
}

const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });
const valoper = (index: number): string => valoperFromAccount(a(index));

const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });
const a = (index: number): string => chain.addresses[index];

const register = (owner: number, printerId: string): EncodeObject =>
  msg(printersCodecs.MsgRegisterPrinter, {
    owner: a(owner), printerId, moniker: printerId,
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA", "PETG"], layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { ...BERLIN, region: "DE" }, bond: "1000000",
  });

async function createJob(): Promise<string> {
  const deadlineMs = (await chain.latestTimeMs()) + BLOCK_MS + 3_600_000;
  const tx = await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgCreateJob, {
    customer: a(CUSTOMER), designHash: "ab".repeat(32), designUri: "ipfs://design", quantity: 2, material: "PLA", technology: 1,
    minBuildVolume: { xMm: 10, yMm: 10, zMm: 10 }, estimatedGrams: 100, price: { denom: "uprint", amount: "5000000" }, ...BERLIN, maxDistanceKm: 50, deadlineMs,
  }));
  return toBigInt(jobsCodecs.MsgCreateJobResponse.decode(tx.msgResponses[0].value).jobId).toString();
}

async function complete(owner: number, printerId: string, jobId: string, quality: number): Promise<void> {
  await chain.submitOk(owner, msg(jobsCodecs.MsgAcceptJob, { operator: a(owner), jobId, printerId }));
  await chain.submitOk(owner, msg(jobsCodecs.MsgSubmitProofOfPrint, {
    operator: a(owner), jobId, evidenceHash: "cd".repeat(32), evidenceUri: `ipfs://evidence-${jobId}`, printSeconds: 3600, gramsUsed: 95,
    errorCount: 1, errorKinds: ["adhesion"], firstAttempt: true, unitsCompleted: 2,
  }));
  await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgConfirmJob, { customer: a(CUSTOMER), jobId, qualityScore: quality, defects: ["stringing"] }));
}

async function toEpochEnd(epoch: number): Promise<void> {
  if (chain.node.node.height >= epoch * EPOCH) throw new Error(`the workload of epoch ${epoch} ran past its end block ${epoch * EPOCH}`);
  while (chain.node.node.height < epoch * EPOCH) await chain.produce();
}

const index = (database: Database, batchSize: number): Promise<number> => new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize, once: true }).run();
const open = (home: string): Promise<Database> => openDatabase({ home, databaseUrl: "", unsafeNoFsync: true });
const digestsOf = (database: Database): Promise<EpochDigest[]> => epochDigests(database.dataSource.manager);
const hexes = (digests: readonly EpochDigest[]): string[] => digests.map((digest) => digest.digest);

beforeAll(async () => {
  homes.push(mkdtempSync(join(tmpdir(), "printchain-digest-a-")), mkdtempSync(join(tmpdir(), "printchain-digest-b-")));
  [chain, first, second] = await Promise.all([ManualChain.start(patchGenesis), open(homes[0]), open(homes[1])]);
  // Epoch 1: two printers, a completed job; a job that nobody accepts (it expires); a job accepted but settled only in epoch 2.
  await chain.submitOk(ALICE, register(ALICE, "printer-a"));
  await chain.submitOk(BOB, register(BOB, "printer-b"));
  await chain.submitOk(VALIDATOR, msg(stakingCodecs.MsgCreateValidator, {
    description: { moniker: "v5" }, commission: { rate: "0.05", maxRate: "0.2", maxChangeRate: "0.01" }, minSelfDelegation: "1",
    validatorAddress: valoper(VALIDATOR), pubkey: new Uint8Array(32).fill(5), value: coin(3_000n * PRINT),
  }));
  await complete(ALICE, "printer-a", await createJob(), 88);
  await createJob();
  await chain.advance(ACCEPTANCE_MS);
  const spanning = await createJob();
  await chain.submitOk(BOB, msg(jobsCodecs.MsgAcceptJob, { operator: a(BOB), jobId: spanning, printerId: "printer-b" }));
  await toEpochEnd(1);
  // Epoch 2: the spanning job proved and confirmed; a printer update; the first database is indexed up to here, then restarted.
  await chain.submitOk(BOB, msg(jobsCodecs.MsgSubmitProofOfPrint, {
    operator: a(BOB), jobId: spanning, evidenceHash: "ef".repeat(32), evidenceUri: "ipfs://spanning", printSeconds: 1200, gramsUsed: 101, errorCount: 0, errorKinds: [], firstAttempt: false, unitsCompleted: 2,
  }));
  await chain.submitOk(CUSTOMER, msg(jobsCodecs.MsgConfirmJob, { customer: a(CUSTOMER), jobId: spanning, qualityScore: 70, defects: [] }));
  const midway = await index(first, 7);
  expect(midway).toBeGreaterThan(EPOCH);
  expect(midway).toBeLessThan(2 * EPOCH);
  await first.close();
  await complete(ALICE, "printer-a", await createJob(), 95);
  await chain.submitOk(DELEGATOR, msg(stakingCodecs.MsgDelegate, { delegatorAddress: a(DELEGATOR), validatorAddress: valoper(VALIDATOR), amount: coin(1_000n * PRINT) }));
  await toEpochEnd(2);
  // Epoch 3: one more completed job.
  await complete(BOB, "printer-b", await createJob(), 60);
  await chain.submitOk(DELEGATOR, msg(stakingCodecs.MsgUndelegate, { delegatorAddress: a(DELEGATOR), validatorAddress: valoper(VALIDATOR), amount: coin(333n * PRINT + 7n) }));
  await chain.advance(5 * BLOCK_MS);
  await toEpochEnd(3);
  await chain.produce();
  first = await open(homes[0]);
  const [headA, headB] = await Promise.all([index(first, 7), index(second, 100)]);
  expect(headA).toBe(chain.node.node.height);
  expect(headB).toBe(headA);
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await chain?.stop();
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

describe("indexer digests: one sha256 per epoch over its canonical module rows", () => {
  test("the digest's table list names every column of every digested table, in the migrations' order", async () => {
    const rows = (await first.dataSource.query(
      `SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) AS columns FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = ANY($1::text[]) GROUP BY table_name`,
      [DIGEST_TABLES.map((table) => table.table)],
    )) as Array<{ table_name: string; columns: string[] }>;
    const actual = Object.fromEntries(rows.map((row) => [row.table_name, row.columns]));
    expect(actual).toEqual(Object.fromEntries(DIGEST_TABLES.map((table) => [table.table, table.columns])));
  });

  test("two independent databases (different batches, one restarted midway) agree on every epoch's digest", async () => {
    const [a, b] = await Promise.all([digestsOf(first), digestsOf(second)]);
    expect(a.map((digest) => [digest.epoch, digest.startAfter, digest.endHeight])).toEqual([[1, 0, 20], [2, 20, 40], [3, 40, 60]]);
    expect(a).toEqual(b);
    expect(new Set(hexes(a)).size).toBe(3);
    for (const digest of a) expect(digest.digest).toMatch(/^[0-9a-f]{64}$/);
    // Not vacuous: each epoch carries its own rows and entity rows; the job accepted in epoch 1 and settled in 2 is in epoch 2 only.
    const rows = (digest: EpochDigest, table: string): number => digest.tables.find((entry) => entry.table === table)!.rows;
    for (const digest of a) for (const table of ["epochs", "emission_rewards", "network_epoch_stats", "printer_epoch_stats", "jobs", "proofs_of_print", "job_confirmations"]) expect([digest.epoch, table, rows(digest, table)]).not.toEqual([digest.epoch, table, 0]);
    expect(a.map((digest) => rows(digest, "printers"))).toEqual([2, 0, 0]);
    expect(a.map((digest) => rows(digest, "jobs"))).toEqual([2, 2, 1]);
    // Staking: the validator and both delegations last changed in epoch 3 (the undelegation), the matured unbonding too;
    // the genesis validator (the block producer) and its self-delegation, at height 0, belong to the first epoch.
    expect(["validators", "delegations", "unbondings"].map((table) => a.map((digest) => rows(digest, table)))).toEqual([[1, 0, 1], [2, 0, 1], [0, 0, 1]]);
    const genesisRows = await first.dataSource.query(`SELECT (SELECT count(*)::int FROM validators WHERE updated_height = 0) AS validators, (SELECT count(*)::int FROM delegations WHERE updated_height = 0) AS delegations`);
    expect(genesisRows).toEqual([{ validators: 1, delegations: 1 }]);
    const jobs = (await first.dataSource.query(`SELECT count(*)::int AS n FROM jobs`)) as Array<{ n: number }>;
    expect(a.reduce((sum, digest) => sum + rows(digest, "jobs"), 0)).toBe(jobs[0].n);
    expect(await epochDigest(second.dataSource.manager, 2)).toEqual(a[1]);
    expect(await epochDigest(second.dataSource.manager, 9)).toBeUndefined();
  });

  test("one changed value changes only its epoch's digest (and that table's); NULL and the empty string differ", async () => {
    const before = await digestsOf(second);
    const reward = `(SELECT ctid FROM emission_rewards WHERE epoch = 2 ORDER BY height, event_index LIMIT 1)`;
    await second.dataSource.query(`UPDATE emission_rewards SET amount = amount + 1 WHERE ctid = ${reward}`);
    const tampered = await digestsOf(second);
    expect(hexes(tampered).map((hex, n) => hex === before[n].digest)).toEqual([true, false, true]);
    expect(tampered[1].tables.filter((table, n) => table.sha256 !== before[1].tables[n].sha256).map((table) => table.table)).toEqual(["emission_rewards"]);
    await second.dataSource.query(`UPDATE emission_rewards SET amount = amount - 1 WHERE ctid = ${reward}`);
    expect(await digestsOf(second)).toEqual(before);

    // The spanning job (settled in epoch 2): its design_uri as '' and as NULL are two other digests.
    const job = `(SELECT job_id FROM proofs_of_print WHERE evidence_uri = 'ipfs://spanning')`;
    const withUri = async (value: string | null): Promise<string[]> => {
      await second.dataSource.query(`UPDATE jobs SET design_uri = $1 WHERE id = ${job}`, [value]);
      return hexes(await digestsOf(second));
    };
    const [empty, nulled] = [await withUri(""), await withUri(null)];
    expect(empty.map((hex, n) => hex === before[n].digest)).toEqual([true, false, true]);
    expect(nulled.map((hex, n) => hex === before[n].digest)).toEqual([true, false, true]);
    expect(empty[1]).not.toBe(nulled[1]);
    await withUri("ipfs://design");
    expect(await digestsOf(second)).toEqual(before);
  });

  test("module tables rebuilt from the stored ledger (a replay) give the same digests", async () => {
    const before = await digestsOf(second);
    await second.dataSource.query(`TRUNCATE ${DIGEST_TABLES.map((table) => table.table).join(", ")}`);
    await second.dataSource.query(`DELETE FROM module_checkpoints`);
    expect(await digestsOf(second)).toEqual([]);
    await catchUpModules(second.dataSource, 9);
    expect(await digestsOf(second)).toEqual(before);
  });

  test("canonical JSON: sorted keys, no whitespace, number literals kept", () => {
    expect(canonicalJson(`{"b": [1, {"z": null, "a": true}], "a": "x\\u00e9\\"", "aa": 12345678901234567890.50}`)).toBe(`{"a":"xé\\"","aa":12345678901234567890.50,"b":[1,{"a":true,"z":null}]}`);
  });

  test("`printchain index --digest` prints one line per epoch, `--digest N --json` one epoch as JSON", async () => {
    const expected = await digestsOf(first);
    await first.close();
    const all = await captureOutput(() => buildCli().parseAsync(["node", "printchain", "index", "--home", homes[0], "--digest"]));
    expect(all.exitCode).toBe(0);
    expect(all.stdout).toBe(expected.map((digest) => `${formatDigest(digest)}\n`).join(""));
    expect(all.stdout.split("\n")[0]).toBe(`epoch 1  end 20  ${expected[0].digest}`);
    const one = await captureOutput(() => buildCli().parseAsync(["node", "printchain", "index", "--home", homes[0], "--digest", "2", "--json"]));
    expect(JSON.parse(one.stdout)).toEqual(expected[1]);
    first = await open(homes[0]);
  });
});
