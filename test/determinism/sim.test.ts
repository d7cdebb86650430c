import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { OPERATIONS, INVALID_OPERATIONS } from "../../chain-sim/sim/operations";
import { runSimulation, type SimSummary } from "../../chain-sim/sim/simulation";

/** Every message type of the chain (MsgUpdateParams run inside passed proposals). */
const MESSAGE_TYPES = [
  "/cosmos.bank.v1beta1.MsgSend",
  "/cosmos.bank.v1beta1.MsgMultiSend",
  "/printchain.printers.v1.MsgRegisterPrinter",
  "/printchain.printers.v1.MsgUpdatePrinter",
  "/printchain.printers.v1.MsgSetPrinterStatus",
  "/printchain.printers.v1.MsgAttestPrinter",
  "/printchain.printers.v1.MsgRevokeAttestation",
  "/printchain.jobs.v1.MsgCreateJob",
  "/printchain.jobs.v1.MsgAcceptJob",
  "/printchain.jobs.v1.MsgSubmitProofOfPrint",
  "/printchain.jobs.v1.MsgConfirmJob",
  "/printchain.jobs.v1.MsgDisputeJob",
  "/printchain.jobs.v1.MsgResolveDispute",
  "/printchain.jobs.v1.MsgCancelJob",
  "/printchain.emissions.v1.MsgAttestContribution",
  "/printchain.staking.v1.MsgCreateValidator",
  "/printchain.staking.v1.MsgDelegate",
  "/printchain.staking.v1.MsgUndelegate",
  "/printchain.staking.v1.MsgBeginRedelegate",
  "/printchain.gov.v1.MsgSubmitProposal",
  "/printchain.gov.v1.MsgDeposit",
  "/printchain.gov.v1.MsgVote",
  "/printchain.gov.v1.MsgVoteWeighted",
];
const PARAMS_UPDATES = ["printers", "jobs", "emissions", "staking", "gov"].map((module) => `gov:/printchain.${module}.v1.MsgUpdateParams`);

const SMALL = { blocks: 30, blockSize: 20, period: 10 } as const;
const SEEDS = [1, 7, 2026];

describe("randomized simulation (printchain sim)", () => {
  const runs = new Map<number, SimSummary[]>();

  test("3 seeds × 3 runs: the same app hashes per seed, different across seeds", async () => {
    for (const seed of SEEDS) {
      const summaries: SimSummary[] = [];
      for (let run = 0; run < 3; run++) summaries.push(await runSimulation({ seed, ...SMALL }));
      runs.set(seed, summaries);
      for (const summary of summaries) {
        expect(summary.failure).toBeUndefined();
        expect(summary.appHashes).toEqual(summaries[0].appHashes);
        expect(summary.ops).toEqual(summaries[0].ops);
      }
      expect(summaries[0].txs).toBeGreaterThan(300);
    }
    const finals = SEEDS.map((seed) => runs.get(seed)![0].appHash);
    expect(new Set(finals).size).toBe(SEEDS.length);
  }, 80_000);

  test("a separate process (the CLI) gives the same hashes", () => {
    const seed = SEEDS[1];
    const cli = join(__dirname, "..", "..", "bin", "printchain.js");
    const output = execFileSync(process.execPath, [cli, "sim", "--seed", String(seed), "--blocks", String(SMALL.blocks), "--block-size", String(SMALL.blockSize), "--period", String(SMALL.period), "--json", "--quiet"], { encoding: "utf8", timeout: 60_000 });
    const summary = JSON.parse(output) as SimSummary;
    expect(summary.appHashes).toEqual(runs.get(seed)![0].appHashes);
    expect(summary.appHash).toBe(runs.get(seed)![0].appHash);
  }, 60_000);

  test("150 blocks × 30 txs: invariants hold, every message type succeeds, invalid ops are refused with their codes", async () => {
    const summary = await runSimulation({ seed: 42, blocks: 150, blockSize: 30, period: 5 });
    expect(summary.failure).toBeUndefined();
    expect(summary.invariantChecks).toBe(30);
    for (const type of [...MESSAGE_TYPES, ...PARAMS_UPDATES]) expect([type, summary.messagesOk[type] ?? 0]).toEqual([type, expect.any(Number)]);
    const missing = [...MESSAGE_TYPES, ...PARAMS_UPDATES].filter((type) => !(summary.messagesOk[type] > 0));
    expect(missing).toEqual([]);
    // Every op of the model ran, and every invalid one was refused, with exactly its expected error.
    for (const operation of [...OPERATIONS, ...INVALID_OPERATIONS]) expect(Object.keys(summary.ops)).toContain(operation.name);
    expect(summary.invalid.mismatches).toEqual([]);
    expect(summary.invalid.matched).toBeGreaterThan(100);
    for (const operation of INVALID_OPERATIONS) expect(summary.ops[operation.name].ok ?? 0).toBe(0);
    // Epochs ended, proposals finished both ways, unbondings matured.
    expect(summary.proposals.passed).toBeGreaterThan(0);
    expect((summary.proposals.rejected ?? 0) + (summary.proposals.failed ?? 0)).toBeGreaterThan(0);
  }, 80_000);
});
