import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emissionsCodecs, printchain } from "../../proto";
import { initHome } from "../cli/run";
import { DEVNET_ACCOUNT_BALANCE, DEVNET_CHAIN_ID, DEVNET_MNEMONIC, deriveAddresses } from "../node/devnet";
import { ChainNode } from "../node/node";
import { checkInvariants } from "../sim/invariants";
import { StateView } from "../sim/view";
import { valoperFromAccount } from "../types/address";
import { buildFleet, readWorkloadSettings, type WorkloadSettings } from "./fleet";
import { Workload } from "./workload";

const JobStatus = printchain.jobs.v1.JobStatus;
const ProposalStatus = printchain.gov.v1.ProposalStatus;

// One block is a minute of chain time: the jobs module's default 10-minute acceptance window is
// 10 blocks, so offers lapse and jobs expire within the run; epochs of 10 blocks, a proposal each.
const SETTINGS: WorkloadSettings = { seed: 7, printers: 24, epochLength: 10, proposalEveryEpochs: 1 };
const BLOCK_TIME_MS = 60_000;
const BLOCKS = 45;

describe("the devnet workload", () => {
  let home: string;
  let node: ChainNode;
  let workload: Workload;
  let view: StateView;
  const logs: string[] = [];

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), "printchain-workload-"));
    await initHome({ home, blockTimeMs: BLOCK_TIME_MS, genesisTimeMs: Date.parse("2026-06-01T00:00:00Z"), workload: SETTINGS });
    node = await ChainNode.open(home, { config: { verifierThreads: 0 } });
    workload = new Workload(node, buildFleet(SETTINGS), { log: (line) => logs.push(line) });
    await node.produceBlock();
    await workload.start();
    await workload.idle();
    for (let n = 0; n < BLOCKS; n++) {
      await node.produceBlock();
      await workload.idle();
    }
    await workload.stop();
    view = new StateView(node);
  }, 120_000);

  afterAll(async () => {
    await node?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  test("the genesis keeps the devnet conventions and records the workload's settings", async () => {
    expect(node.app.chainId).toBe(DEVNET_CHAIN_ID);
    const addresses = await deriveAddresses(DEVNET_MNEMONIC, 10);
    const balances = new Map((node.genesis.app_state.bank as { balances: Array<{ address: string; coins: Array<{ amount: string }> }> }).balances.map((entry) => [entry.address, entry.coins[0].amount]));
    for (const address of addresses) expect(balances.get(address)).toBe(DEVNET_ACCOUNT_BALANCE.toString());
    const validators = (node.genesis.app_state.staking as { validators: Array<{ operatorAddress: string; consensusPubkey: string }> }).validators;
    expect(validators[0].operatorAddress).toBe(valoperFromAccount(addresses[0]));
    expect(validators[0].consensusPubkey).toBe(Buffer.from(node.validator.pubKey).toString("base64"));
    expect(validators.length).toBe(4);
    expect(readWorkloadSettings(home)).toEqual(SETTINGS);
  });

  test("the fleet is registered around the world", () => {
    const fleet = view.printers().filter((printer) => printer.id.startsWith("fleet-"));
    expect(fleet).toHaveLength(SETTINGS.printers);
    expect(new Set(fleet.map((printer) => printer.location?.region)).size).toBeGreaterThanOrEqual(4);
  });

  test("jobs run their lifecycle to several terminal states", () => {
    const count = (status: printchain.jobs.v1.JobStatus): number => view.jobs(status).length;
    const completed = count(JobStatus.JOB_STATUS_COMPLETED);
    const failed = count(JobStatus.JOB_STATUS_FAILED);
    const expired = count(JobStatus.JOB_STATUS_EXPIRED);
    const summary = { completed, failed, expired, cancelled: count(JobStatus.JOB_STATUS_CANCELLED), resolved: count(JobStatus.JOB_STATUS_RESOLVED), open: count(JobStatus.JOB_STATUS_OPEN), accepted: count(JobStatus.JOB_STATUS_ACCEPTED) };
    expect(completed).toBeGreaterThan(5);
    expect(failed + expired).toBeGreaterThan(0);
    expect(Object.values(summary).filter((n) => n > 0).length).toBeGreaterThanOrEqual(4);
    // Confirmed with quality scores, some late.
    const scored = view.jobs(JobStatus.JOB_STATUS_COMPLETED).filter((job) => job.confirmation && job.confirmation.qualityScore !== undefined);
    expect(scored.length).toBeGreaterThan(0);
  });

  test("epochs paid printers, validators and attested contributors", () => {
    for (const epoch of [1, 2, 3]) {
      const summary = view.query("/printchain.emissions.v1.Query/EpochSummary", emissionsCodecs.QueryEpochSummaryRequest, emissionsCodecs.QueryEpochSummaryResponse, { epoch }).summary;
      const paid = (role: number): bigint => BigInt(summary?.roles?.find((payout) => payout.role === role)?.paid || "0");
      expect(paid(printchain.emissions.v1.Role.ROLE_VALIDATORS)).toBeGreaterThan(0n);
      if (epoch > 1) expect(paid(printchain.emissions.v1.Role.ROLE_PRINTERS)).toBeGreaterThan(0n);
    }
    const stats = workload.stats;
    expect(stats.byOp["emissions/attest"]).toBeGreaterThan(0);
    expect(stats.byOp["printers/attest"]).toBeGreaterThan(0);
  });

  test("role-weight proposals are submitted, voted on and finished; stake is delegated", () => {
    const finished = [ProposalStatus.PROPOSAL_STATUS_PASSED, ProposalStatus.PROPOSAL_STATUS_REJECTED, ProposalStatus.PROPOSAL_STATUS_FAILED].flatMap((status) => view.proposals(status));
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.every((proposal) => proposal.title.startsWith("Workload: role weights"))).toBe(true);
    expect(workload.stats.byOp["gov/vote"]).toBeGreaterThan(0);
    expect(workload.stats.byOp["staking/delegate"]).toBeGreaterThan(0);
  });

  test("no invariant is broken and failures are logged once per kind", () => {
    expect(checkInvariants(node.app.store)).toEqual([]);
    const kinds = logs.map((line) => line.split(":").slice(0, 2).join(":"));
    expect(new Set(kinds).size).toBe(kinds.length);
    const stats = workload.stats;
    expect(stats.committed).toBeGreaterThan(200);
    // Most of what the workload sends succeeds.
    expect(stats.failed + stats.refused).toBeLessThan(stats.committed / 5);
  });

  test("after a restart the node resumes the chain and the workload resumes against its state", async () => {
    const height = node.height;
    await node.stop();
    node = await ChainNode.open(home, { config: { verifierThreads: 0 } });
    expect(node.height).toBe(height);
    const settings = readWorkloadSettings(home)!;
    const resumed = new Workload(node, buildFleet(settings), { log: (line) => logs.push(line) });
    await resumed.start();
    await resumed.idle();
    for (let n = 0; n < 5; n++) {
      await node.produceBlock();
      await resumed.idle();
    }
    await resumed.stop();
    expect(logs.some((line) => line.includes("workload tick"))).toBe(false);
    expect(resumed.stats.committed).toBeGreaterThan(20);
    expect(resumed.stats.failed + resumed.stats.refused).toBeLessThan(resumed.stats.committed / 5);
    expect(checkInvariants(node.app.store)).toEqual([]);
  });
});
