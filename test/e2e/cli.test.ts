import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet, executeKdf, type KdfConfiguration } from "@cosmjs/proto-signing";
import { buildCli, main } from "../../chain-sim/cli/main";
import { KEYRING_PASSWORD_ENV } from "../../chain-sim/cli/signer";
import { DEVNET_ARBITER_INDEX, DEVNET_ATTESTOR_INDEX, DEVNET_AUDITOR_INDEX, DEVNET_MNEMONIC, deriveAddresses } from "../../chain-sim/node/devnet";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { startTestNode, waitForHeight, type TestNode } from "../utils/testNode";
import { captureOutput, type CliResult } from "../utils/cliCapture";

/** Runs `printchain ...args` in this process (errors thrown by a command reject). */
async function cli(...args: string[]): Promise<CliResult> {
  return captureOutput(() => buildCli().parseAsync(["node", "printchain", ...args]));
}

/** Runs `printchain ...args` through main(), as bin/printchain.js does: a thrown error prints `error: ...` and exits 1. */
async function cliMain(...args: string[]): Promise<CliResult> {
  return captureOutput(() => main(["node", "printchain", ...args]));
}

/**
 * Writes a keyring key as `keys add` does but with a cheap KDF (deserialize reads the KDF settings from
 * the file): jest's sandbox makes Argon2 at CosmJS's default settings take tens of seconds per run.
 */
async function writeCheapKey(dir: string, name: string, password: string): Promise<string> {
  const kdf: KdfConfiguration = { algorithm: "argon2id", params: { outputLength: 32, opsLimit: 1, memLimitKib: 64 } };
  const wallet = await DirectSecp256k1HdWallet.generate(24, { prefix: "print" });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), await wallet.serializeWithEncryptionKey(await executeKdf(password, kdf), kdf), { mode: 0o600 });
  return (await wallet.getAccounts())[0].address;
}

/** Runs the compiled `bin/printchain.js` (built by `npm test`'s tsc step) in a child process. */
function compiledCli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const bin = join(__dirname, "..", "..", "bin", "printchain.js");
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 60_000, env: { ...process.env, [KEYRING_PASSWORD_ENV]: PASSWORD } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** Runs a command that must succeed and returns its JSON output. */
async function cliJson<T = Record<string, any>>(...args: string[]): Promise<T> {
  const result = await cli(...args);
  expect(result).toMatchObject({ exitCode: 0, stderr: "" });
  return JSON.parse(result.stdout) as T;
}

const PASSWORD = "correct horse battery staple";

describe("printchain CLI against a running node", () => {
  let testNode: TestNode;
  let keyringDir: string;
  let savedPassword: string | undefined;
  let operator: string;
  const printerId = "prusa-mk4-berlin-01";

  const node = (): string[] => ["--node", testNode.url];
  /** Signs with the keyring key "operator". */
  const asOperator = (): string[] => [...node(), "--from", "operator", "--keyring-dir", keyringDir];
  const printerSpec = ["--technology", "fdm", "--build-volume", "250x210x220", "--materials", "PLA,PETG", "--nozzle-um", "400", "--layer-um", "100", "--speed", "200"];

  beforeAll(async () => {
    testNode = await startTestNode();
    keyringDir = join(mkdtempSync(join(tmpdir(), "printchain-keyring-")), "keyring");
    savedPassword = process.env[KEYRING_PASSWORD_ENV];
    process.env[KEYRING_PASSWORD_ENV] = PASSWORD;
    operator = await writeCheapKey(keyringDir, "operator", PASSWORD);
  });

  afterAll(async () => {
    if (savedPassword === undefined) delete process.env[KEYRING_PASSWORD_ENV];
    else process.env[KEYRING_PASSWORD_ENV] = savedPassword;
    rmSync(join(keyringDir, ".."), { recursive: true, force: true });
    await testNode?.stop();
  });

  test("keys add writes an encrypted 0600 key that keys show reads back, and never overwrites it", () => {
    // The compiled CLI in its own process, as users run it: CosmJS's Argon2 settings are slow under jest's sandbox.
    const added = JSON.parse(compiledCli("keys", "add", "alice", "--keyring-dir", keyringDir).stdout) as { address: string; mnemonic: string };
    expect(added.address).toMatch(/^print1[02-9ac-hj-np-z]{38}$/);
    expect(added.mnemonic.split(" ")).toHaveLength(24);
    expect(statSync(join(keyringDir, "alice.json")).mode & 0o777).toBe(0o600);

    expect(JSON.parse(compiledCli("keys", "show", "alice", "--keyring-dir", keyringDir).stdout)).toEqual({ name: "alice", address: added.address });
    const again = compiledCli("keys", "add", "alice", "--keyring-dir", keyringDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  test("a keyring key funded by tx send from devnet account 1 registers a printer", async () => {
    const send = await cliJson("tx", "send", operator, "20000000uprint", ...node(), "--from", "1", "--memo", "fund operator");
    expect(send).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
    expect(BigInt(send.gas_used)).toBeGreaterThan(0n);

    const register = await cliJson(
      "tx", "printers", "register", printerId, ...asOperator(), ...printerSpec,
      "--throughput", "20000", "--lat", "52.520008", "--lon", "13.404954", "--region", "DE", "--moniker", "Prusa MK4", "--bond", "1000000",
    );
    expect(register).toMatchObject({ code: 0, raw_log: expect.any(String) });
    expect(register.height).toBeGreaterThan(0);
  });

  test("query printers printer and list --owner print the printer as proto-JSON", async () => {
    const { printer } = await cliJson("query", "printers", "printer", printerId, ...node());
    expect(printer).toMatchObject({
      id: printerId,
      owner: operator,
      moniker: "Prusa MK4",
      status: "PRINTER_STATUS_ACTIVE",
      bond: "1000000",
      spec: {
        technology: "TECHNOLOGY_FDM",
        buildVolume: { xMm: 250, yMm: 210, zMm: 220 },
        materials: ["PLA", "PETG"],
        nozzleDiameterUm: 400,
        throughputMm3PerHour: "20000",
      },
      location: { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954, region: "DE" },
    });

    const list = await cliJson("query", "printers", "list", "--owner", operator, "--limit", "10", ...node());
    expect(list.printers.map((p: { id: string }) => p.id)).toEqual([printerId]);
    expect(list.pagination.nextKey).toBe("");
  });

  test("tx printers update merges a changed spec flag into the printer's current spec", async () => {
    expect(await cliJson("tx", "printers", "update", printerId, ...asOperator(), "--speed", "250", "--add-bond", "500000")).toMatchObject({ code: 0 });
    const { printer } = await cliJson("query", "printers", "printer", printerId, ...node());
    expect(printer.bond).toBe("1500000");
    expect(printer.spec).toMatchObject({ maxSpeedMmPerS: 250, materials: ["PLA", "PETG"], nozzleDiameterUm: 400, throughputMm3PerHour: "20000" });
  });

  test("the devnet auditor's attestation is listed by query printers attestations", async () => {
    expect(await cliJson("tx", "printers", "attest", printerId, ...node(), "--from", String(DEVNET_AUDITOR_INDEX))).toMatchObject({ code: 0 });
    const { attestations } = await cliJson("query", "printers", "attestations", printerId, ...node());
    expect(attestations).toEqual([expect.objectContaining({ printerId, auditor: expect.stringMatching(/^print1/) })]);
  });

  test("tx printers set-status paused pauses the printer", async () => {
    expect(await cliJson("tx", "printers", "set-status", printerId, "paused", ...asOperator())).toMatchObject({ code: 0 });
    const { printer } = await cliJson("query", "printers", "printer", printerId, ...node());
    expect(printer.status).toBe("PRINTER_STATUS_PAUSED");
  });

  test("a query for an unknown printer prints an error and exits 1", async () => {
    const result = await cli("query", "printers", "printer", "no-such-printer", ...node());
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^error: .*not found/);
  });

  describe("jobs", () => {
    const jobPrinter = "bambu-x1-potsdam-01";
    const printerOwner = ["--from", "2"];
    const customer = ["--from", "3"];

    /** Posts a PLA/FDM job near jobPrinter and returns its id. */
    async function createJob(): Promise<string> {
      const created = await cliJson(
        "tx", "jobs", "create", ...node(), ...customer,
        "--design-hash", "ab".repeat(32), "--design-uri", "ipfs://bafy-bracket", "--quantity", "1", "--material", "PLA", "--technology", "FDM",
        "--min-volume", "100x100x50", "--grams", "120", "--price", "5000000uprint", "--lat", "52.520008", "--lon", "13.404954",
        "--max-distance-km", "500", "--deadline", "1h",
      );
      expect(created).toMatchObject({ code: 0, job_id: expect.stringMatching(/^\d+$/) });
      expect(created.candidates).toBeGreaterThanOrEqual(1);
      return created.job_id;
    }

    /** Accepts the job with jobPrinter and submits a proof of one printed unit. */
    async function printJob(jobId: string): Promise<void> {
      expect(await cliJson("tx", "jobs", "accept", jobId, jobPrinter, ...node(), ...printerOwner)).toMatchObject({ code: 0 });
      const proof = await cliJson(
        "tx", "jobs", "proof", jobId, ...node(), ...printerOwner,
        "--evidence-hash", "cd".repeat(32), "--evidence-uri", "ipfs://bafy-evidence", "--print-seconds", "5400", "--grams", "118", "--units", "1",
      );
      expect(proof).toMatchObject({ code: 0 });
    }

    async function queryJob(jobId: string): Promise<Record<string, any>> {
      return (await cliJson("query", "jobs", "job", jobId, ...node())).job;
    }

    beforeAll(async () => {
      const register = await cliJson(
        "tx", "printers", "register", jobPrinter, ...node(), ...printerOwner, ...printerSpec, "--lat", "52.390569", "--lon", "13.064473", "--region", "DE-BB", "--bond", "1000000",
      );
      expect(register).toMatchObject({ code: 0 });
    });

    test("a job runs from creation to completion", async () => {
      const jobId = await createJob();
      const offers = await cliJson("query", "jobs", "offers", jobPrinter, ...node());
      expect(offers.jobs.map((job: { id: string }) => job.id)).toContain(jobId);

      await printJob(jobId);
      expect(await cliJson("tx", "jobs", "confirm", jobId, ...node(), ...customer, "--quality", "95", "--defects", "stringing")).toMatchObject({ code: 0 });

      const job = await queryJob(jobId);
      expect(job).toMatchObject({
        id: jobId,
        status: "JOB_STATUS_COMPLETED",
        printerId: jobPrinter,
        technology: "TECHNOLOGY_FDM",
        price: { denom: "uprint", amount: "5000000" },
        proof: { gramsUsed: "118", unitsCompleted: 1, firstAttempt: true },
        confirmation: { qualityScore: 95, defects: ["stringing"] },
      });
      // "1h" counts from the latest block time before broadcast, a block or two before the job's own block.
      const lead = Number(job.createdAtMs) + 3_600_000 - Number(job.deadlineMs);
      expect(lead).toBeGreaterThanOrEqual(0);
      expect(lead).toBeLessThan(10_000);
    });

    test("a disputed job is resolved by the devnet arbiter", async () => {
      const jobId = await createJob();
      await printJob(jobId);
      expect(await cliJson("tx", "jobs", "dispute", jobId, ...node(), ...customer, "--reason", "warped base")).toMatchObject({ code: 0 });
      expect(await cliJson("tx", "jobs", "resolve", jobId, ...node(), "--from", String(DEVNET_ARBITER_INDEX), "--refund-bps", "2500")).toMatchObject({ code: 0 });
      expect(await queryJob(jobId)).toMatchObject({ status: "JOB_STATUS_RESOLVED", dispute: { reason: "warped base", refundBps: 2500 } });
    });

    test("a cancelled job is listed by query jobs list --status cancelled", async () => {
      const jobId = await createJob();
      expect(await cliJson("tx", "jobs", "cancel", jobId, ...node(), ...customer)).toMatchObject({ code: 0 });
      const { jobs } = await cliJson("query", "jobs", "list", "--status", "cancelled", ...node());
      expect(jobs.map((job: { id: string; status: string }) => [job.id, job.status])).toEqual([[jobId, "JOB_STATUS_CANCELLED"]]);
    });
  });
});

describe("printchain CLI: emissions", () => {
  /** Short epochs (6 s at 100 ms blocks), long enough for the attest to land in epoch 1 on a slow machine. */
  const EPOCH_LENGTH = 60;
  let testNode: TestNode;
  let accounts: string[];
  let developer: string;

  const node = (): string[] => ["--node", testNode.url];
  const asAttestor = (): string[] => [...node(), "--from", String(DEVNET_ATTESTOR_INDEX)];

  function patchGenesis(genesis: GenesisDoc): void {
    (genesis.app_state as Record<string, { params: Record<string, unknown> }>).emissions.params.epochLength = String(EPOCH_LENGTH);
  }

  beforeAll(async () => {
    testNode = await startTestNode({}, { patchGenesis });
    accounts = await deriveAddresses(DEVNET_MNEMONIC, DEVNET_ATTESTOR_INDEX + 1);
    developer = accounts[6];
  });

  afterAll(async () => {
    await testNode?.stop();
  });

  test("the devnet attestor attests a developer's points in epoch 1", async () => {
    // Runs first, while the chain is still in epoch 1 (blocks 1..20, about two seconds).
    const attest = await cliJson("tx", "emissions", "attest", developer, "developers", "100", ...asAttestor());
    expect(attest).toMatchObject({ code: 0, epoch: "1" });
    expect(attest.height).toBeLessThanOrEqual(EPOCH_LENGTH);

    const current = await cliJson("query", "emissions", "epoch", ...node());
    expect(current).toEqual({ epoch: "1", startHeight: "1", endHeight: String(EPOCH_LENGTH) });
  });

  test("query emissions params shows the patched epoch length and the devnet attestor", async () => {
    const { params } = await cliJson("query", "emissions", "params", ...node());
    expect(params).toMatchObject({ epochLength: String(EPOCH_LENGTH), mintDenom: "uprint", initialEpochEmission: "50000000", attestors: [accounts[DEVNET_ATTESTOR_INDEX]] });
  });

  test("after epoch 1 ends, its summary shows the mint and the developer's reward is listed", async () => {
    await waitForHeight(testNode.node, EPOCH_LENGTH + 1);

    const { summary } = await cliJson("query", "emissions", "summary", "1", ...node());
    expect(summary).toMatchObject({ epoch: "1", startHeight: "1", endHeight: String(EPOCH_LENGTH), minted: "50000000", fees: "0", total: "50000000" });
    expect(summary.roles).toContainEqual(expect.objectContaining({ role: "ROLE_DEVELOPERS", recipients: 1, points: "100" }));

    const rewards = await cliJson("query", "emissions", "rewards", developer, "--epoch", "1", ...node());
    // Developers weigh 10 of 100: a sole developer is paid 10% of the 50,000,000 minted.
    expect(rewards).toEqual({ rewards: [expect.objectContaining({ epoch: "1", role: "ROLE_DEVELOPERS", recipient: developer, points: "100", amount: "5000000" })], total: "5000000" });
    expect(await cliJson("query", "emissions", "rewards", developer, ...node())).toEqual(rewards);
  });

  test("query emissions projection --epochs 3 prints three epochs", async () => {
    const { epochs } = await cliJson("query", "emissions", "projection", "--epochs", "3", ...node());
    expect(epochs).toHaveLength(3);
    expect(epochs.map((epoch: { mint: string }) => epoch.mint)).toEqual(["50000000", "50000000", "50000000"]);
    const first = Number(epochs[0].epoch);
    expect(epochs.map((epoch: { epoch: string }) => Number(epoch.epoch))).toEqual([first, first + 1, first + 2]);
  });

  test("a summary of an unsettled epoch or points of an unknown printer print an error and exit 1", async () => {
    const summary = await cli("query", "emissions", "summary", "999", ...node());
    expect(summary).toMatchObject({ exitCode: 1, stdout: "" });
    expect(summary.stderr).toMatch(/^error: .*epoch 999 is not settled/);

    const points = await cli("query", "emissions", "points", "no-such-printer", "1", ...node());
    expect(points).toMatchObject({ exitCode: 1, stdout: "" });
    expect(points.stderr).toMatch(/^error: .*has no points in epoch 1/);
  });

  test("an attestation signed by an account that is not an attestor is refused", async () => {
    const args = ["tx", "emissions", "attest", developer, "community", "5", ...node(), "--from", "1"];
    // The fee simulation fails, so CosmJS throws: parseAsync rejects, and main() prints it and exits 1.
    await expect(cli(...args)).rejects.toThrow(/not an appointed attestor/);
    const result = await cliMain(...args);
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toMatch(/^error: .*not an appointed attestor/);
  });
});

describe("printchain CLI: staking and gov", () => {
  /** Long enough for the votes to land on a slow machine (15 s at 100 ms blocks). */
  const VOTING_PERIOD = 150;
  const PRINT = 1_000_000n;
  const tokens = (print: number): string => (BigInt(print) * PRINT).toString();
  const GOV = moduleAddress("gov");
  const WEIGHTS = ["printers=55", "validators=20", "developers=10", "model-providers=5", "liquidity-providers=5", "community=5"];
  let testNode: TestNode;
  let accounts: string[];
  let v0: string;
  let v1: string;
  let proposalId: string;
  let fileDir: string;

  const node = (): string[] => ["--node", testNode.url];
  const from = (index: number): string[] => [...node(), "--from", String(index)];

  function patchGenesis(genesis: GenesisDoc): void {
    Object.assign((genesis.app_state as Record<string, { params: Record<string, unknown> }>).gov.params, { maxDepositPeriod: String(VOTING_PERIOD), votingPeriod: String(VOTING_PERIOD) });
  }

  /**
   * Runs the compiled CLI and expects a clear error: exit 1, `error: ...` matching `message`, no stack trace.
   * Only for input refused before the node is asked: spawnSync blocks this process, and the node in it.
   */
  function expectCliError(args: string[], message: RegExp): void {
    const result = compiledCli(...args);
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result).toMatchObject({ status: 1, stdout: "" });
  }

  beforeAll(async () => {
    testNode = await startTestNode({}, { patchGenesis });
    accounts = await deriveAddresses(DEVNET_MNEMONIC, 6);
    [v0, v1] = [valoperFromAccount(accounts[0]), valoperFromAccount(accounts[1])];
    fileDir = mkdtempSync(join(tmpdir(), "printchain-proposal-"));
  });

  afterAll(async () => {
    rmSync(fileDir, { recursive: true, force: true });
    await testNode?.stop();
  });

  test("account 1 becomes a validator with a fresh consensus key, and account 3 delegates to the genesis validator", async () => {
    const created = await cliJson("tx", "staking", "create-validator", ...from(1), "--amount", tokens(4_000), "--moniker", "v1", "--commission-rate", "0.05");
    expect(created).toMatchObject({ code: 0, validator: v1, consensus_pubkey: expect.stringMatching(/^[A-Za-z0-9+/]{43}=$/) });

    const delegated = await cliJson("tx", "staking", "delegate", v0, `${tokens(2_000)}uprint`, ...from(3));
    expect(delegated).toMatchObject({ code: 0, new_shares: expect.stringMatching(/^2000000000\.0+$/) });

    const { validator } = await cliJson("query", "staking", "validator", v1, ...node());
    expect(validator).toMatchObject({
      operatorAddress: v1,
      consensusPubkey: created.consensus_pubkey,
      tokens: tokens(4_000),
      description: { moniker: "v1" },
      commission: { rate: "0.050000000000000000", maxRate: "0.200000000000000000", maxChangeRate: "0.010000000000000000" },
    });
    const { delegationResponse } = await cliJson("query", "staking", "delegation", accounts[3], v0, ...node());
    expect(delegationResponse).toMatchObject({ delegation: { delegatorAddress: accounts[3], validatorAddress: v0 }, balance: tokens(2_000) });
    const { delegationResponses } = await cliJson("query", "staking", "validator-delegations", v0, ...node());
    expect(delegationResponses.map((d: { delegation: { delegatorAddress: string }; balance: string }) => [d.delegation.delegatorAddress, d.balance]).sort()).toEqual(
      [
        [accounts[0], tokens(10_000)],
        [accounts[3], tokens(2_000)],
      ].sort(),
    );
  });

  test("propose-weights from account 2 takes the min deposit and prints the proposal id; accounts 0 and 1 vote yes", async () => {
    const proposed = await cliJson("tx", "gov", "propose-weights", ...WEIGHTS, ...from(2));
    expect(proposed).toMatchObject({ code: 0, proposal_id: "1", title: "Role weights printers 55, validators 20, developers 10, model-providers 5, liquidity-providers 5, community 5" });
    proposalId = proposed.proposal_id;
    expect(await cliJson("tx", "gov", "vote", proposalId, "yes", ...from(0))).toMatchObject({ code: 0 });
    expect(await cliJson("tx", "gov", "vote", proposalId, "YES", ...from(1))).toMatchObject({ code: 0 });

    const { proposal } = await cliJson("query", "gov", "proposal", proposalId, ...node());
    expect(proposal).toMatchObject({
      id: "1",
      status: "PROPOSAL_STATUS_VOTING_PERIOD",
      proposer: accounts[2],
      totalDeposit: [{ denom: "uprint", amount: "10000000" }],
      title: proposed.title,
      summary: expect.stringMatching(/^Sets the emissions role weights to printers 55, .* \(now printers 50, validators 20, developers 10, model-providers 10, /),
    });
    // The message is shown decoded, as the SDK's CLI shows it.
    expect(proposal.messages).toEqual([
      expect.objectContaining({
        "@type": "/printchain.emissions.v1.MsgUpdateParams",
        authority: GOV,
        params: expect.objectContaining({
          mintDenom: "uprint",
          roleWeights: [
            { role: "ROLE_PRINTERS", weight: 55 },
            { role: "ROLE_VALIDATORS", weight: 20 },
            { role: "ROLE_DEVELOPERS", weight: 10 },
            { role: "ROLE_MODEL_PROVIDERS", weight: 5 },
            { role: "ROLE_LIQUIDITY_PROVIDERS", weight: 5 },
            { role: "ROLE_COMMUNITY", weight: 5 },
          ],
        }),
      }),
    ]);

    // V0 votes its 10,000 + account 3's 2,000; V1 its 4,000.
    expect(await cliJson("query", "gov", "tally", proposalId, ...node())).toEqual({ tally: { yesCount: tokens(16_000), abstainCount: "0", noCount: "0", noWithVetoCount: "0" } });
    const { validators } = await cliJson("query", "staking", "validators", "--status", "bonded", ...node());
    expect(validators.map((v: { operatorAddress: string; tokens: string; status: string }) => [v.operatorAddress, v.tokens, v.status]).sort()).toEqual(
      [
        [v0, tokens(12_000), "BOND_STATUS_BONDED"],
        [v1, tokens(4_000), "BOND_STATUS_BONDED"],
      ].sort(),
    );
    expect((await cliJson("query", "staking", "validators", "--status", "unbonded", ...node())).validators).toEqual([]);
  });

  test("a weighted vote of the delegator overrides its validator's vote for its stake", async () => {
    expect(await cliJson("tx", "gov", "weighted-vote", proposalId, "yes=0.6,no=0.4", ...from(3))).toMatchObject({ code: 0 });
    // V0: 10,000 yes; account 3: 1,200 yes, 800 no; V1: 4,000 yes.
    expect((await cliJson("query", "gov", "tally", proposalId, ...node())).tally).toMatchObject({ yesCount: tokens(15_200), noCount: tokens(800) });
    const { votes } = await cliJson("query", "gov", "votes", proposalId, ...node());
    expect(votes).toContainEqual(
      expect.objectContaining({
        voter: accounts[3],
        options: [
          { option: "VOTE_OPTION_YES", weight: "0.600000000000000000" },
          { option: "VOTE_OPTION_NO", weight: "0.400000000000000000" },
        ],
      }),
    );
    expect(votes).toHaveLength(3);
    const { deposits } = await cliJson("query", "gov", "deposits", proposalId, ...node());
    expect(deposits).toEqual([expect.objectContaining({ depositor: accounts[2], amount: [{ denom: "uprint", amount: "10000000" }] })]);
    expect((await cliJson("query", "gov", "deposit", proposalId, accounts[2], ...node())).deposit).toEqual(deposits[0]);
    expect((await cliJson("query", "gov", "vote", proposalId, accounts[0], ...node())).vote).toMatchObject({ voter: accounts[0], options: [{ option: "VOTE_OPTION_YES", weight: "1.000000000000000000" }] });
  });

  test("a proposal file's message is encoded by its @type; a second deposit starts its voting period", async () => {
    const { params } = await cliJson("query", "staking", "params", ...node());
    const file = join(fileDir, "max-validators.json");
    const message = { "@type": "/printchain.staking.v1.MsgUpdateParams", authority: GOV, params: { ...params, max_validators: 50, maxValidators: undefined } };
    writeFileSync(file, JSON.stringify({ messages: [message], deposit: "5000000uprint", title: "50 validators", summary: "max_validators 100 → 50", metadata: "" }));
    const submitted = await cliJson("tx", "gov", "submit-proposal", file, ...from(4));
    expect(submitted).toMatchObject({ code: 0, proposal_id: "2" });
    expect((await cliJson("query", "gov", "proposals", "--status", "deposit", ...node())).proposals.map((p: { id: string }) => p.id)).toEqual(["2"]);

    expect(await cliJson("tx", "gov", "deposit", "2", "5000000", ...from(5))).toMatchObject({ code: 0 });
    const { proposal } = await cliJson("query", "gov", "proposal", "2", ...node());
    expect(proposal).toMatchObject({ status: "PROPOSAL_STATUS_VOTING_PERIOD", totalDeposit: [{ denom: "uprint", amount: "10000000" }], title: "50 validators" });
    expect(proposal.messages).toEqual([{ "@type": "/printchain.staking.v1.MsgUpdateParams", authority: GOV, params: { ...params, maxValidators: 50 } }]);

    const page = await cliJson("query", "gov", "proposals", "--limit", "1", ...node());
    expect(page.proposals.map((p: { id: string }) => p.id)).toEqual(["1"]);
    const next = await cliJson("query", "gov", "proposals", "--limit", "1", "--page-key", page.pagination.nextKey, ...node());
    expect(next.proposals.map((p: { id: string }) => p.id)).toEqual(["2"]);
  });

  test("the weights proposal passes at its voting end and sets the emissions role weights", async () => {
    const { proposal } = await cliJson("query", "gov", "proposal", proposalId, ...node());
    await waitForHeight(testNode.node, Number(proposal.votingEndHeight) + 1, 60_000);
    const ended = (await cliJson("query", "gov", "proposal", proposalId, ...node())).proposal;
    expect(ended).toMatchObject({ status: "PROPOSAL_STATUS_PASSED", finalTallyResult: { yesCount: tokens(15_200), noCount: tokens(800) }, failedReason: "" });
    expect((await cliJson("query", "gov", "proposals", "--status", "passed", ...node())).proposals.map((p: { id: string }) => p.id)).toEqual([proposalId]);
    const { params } = await cliJson("query", "emissions", "params", ...node());
    expect(params.roleWeights.map((w: { role: string; weight: number }) => `${w.role}=${w.weight}`)).toEqual([
      "ROLE_PRINTERS=55",
      "ROLE_VALIDATORS=20",
      "ROLE_DEVELOPERS=10",
      "ROLE_MODEL_PROVIDERS=5",
      "ROLE_LIQUIDITY_PROVIDERS=5",
      "ROLE_COMMUNITY=5",
    ]);
  });

  test("account 3 redelegates and unbonds; its delegations, unbonding entries and the pools show it", async () => {
    const redelegated = await cliJson("tx", "staking", "redelegate", v0, v1, tokens(500), ...from(3));
    expect(redelegated).toMatchObject({ code: 0, completion_height: expect.stringMatching(/^\d+$/) });
    const unbonded = await cliJson("tx", "staking", "unbond", v1, `${tokens(100)}uprint`, ...from(3));
    expect(unbonded).toMatchObject({ code: 0, amount: { denom: "uprint", amount: tokens(100) } });
    // The devnet's unbonding period is 120 blocks.
    expect(Number(unbonded.completion_height)).toBe(unbonded.height + 120);

    const { unbondingResponses } = await cliJson("query", "staking", "unbonding", accounts[3], ...node());
    expect(unbondingResponses).toEqual([
      expect.objectContaining({ validatorAddress: v1, entries: [expect.objectContaining({ completionHeight: unbonded.completion_height, balance: tokens(100) })] }),
    ]);
    const { delegationResponses } = await cliJson("query", "staking", "delegations", accounts[3], ...node());
    expect(delegationResponses.map((d: { delegation: { validatorAddress: string }; balance: string }) => [d.delegation.validatorAddress, d.balance]).sort()).toEqual(
      [
        [v0, tokens(1_500)],
        [v1, tokens(400)],
      ].sort(),
    );
    const { redelegations } = await cliJson("query", "staking", "redelegations", accounts[3], ...node());
    expect(redelegations).toEqual([expect.objectContaining({ validatorSrcAddress: v0, validatorDstAddress: v1 })]);
    expect(await cliJson("query", "staking", "pool", ...node())).toEqual({ pool: { bondedTokens: tokens(15_900), notBondedTokens: tokens(100) } });
  });

  test("a query for an unknown proposal prints the chain's error and exits 1", async () => {
    // In this process: the compiled CLI's spawnSync would block the node that answers it.
    const result = await cliMain("query", "gov", "proposal", "999", ...node());
    expect(result).toMatchObject({ exitCode: 1, stdout: "" });
    expect(result.stderr).toMatch(/^error: .*proposal 999 doesn't exist/);
  });

  test("bad input is refused with a clear error and exit code 1, before anything is signed", () => {
    const args = (...rest: string[]): string[] => [...rest, "--node", testNode.url];
    expectCliError(args("tx", "gov", "propose-weights", "printers=55", "miners=5"), /"miners" is not one of printers, validators, developers, model-providers, liquidity-providers, community/);
    expectCliError(args("tx", "gov", "propose-weights", "printers=5.5"), /the weight of printers, "5.5", is not an integer/);
    expectCliError(args("tx", "gov", "propose-weights", "printers=-1"), /is not an integer from 0 to 1000000/);
    expectCliError(args("tx", "gov", "propose-weights", "printers=1", "printers=2"), /printers is given twice/);
    expectCliError(args("tx", "gov", "weighted-vote", "1", "yes=0.5,no=0.4"), /add up to 0.9, not exactly 1/);
    expectCliError(args("tx", "gov", "vote", "1", "maybe"), /"maybe" is not one of yes, no, abstain, no-with-veto/);
    expectCliError(args("tx", "staking", "delegate", accounts[0], "5"), new RegExp(`is an account address; its validator operator address is ${v0}`));
    expectCliError(args("tx", "staking", "delegate", v0, "0"), /not a positive amount like 1000000 or 1000000uprint/);
    expectCliError(args("tx", "staking", "create-validator", "--amount", "1", "--moniker", "x", "--pubkey", "AAAA"), /not a 32-byte ed25519 public key/);
    expectCliError(args("query", "gov", "proposals", "--status", "open"), /"open" is not one of deposit, voting, passed, rejected, failed/);

    const unknownType = join(fileDir, "unknown.json");
    writeFileSync(unknownType, JSON.stringify({ messages: [{ "@type": "/printchain.emissions.v1.MsgSetWeights", authority: GOV }], title: "t" }));
    expectCliError(args("tx", "gov", "submit-proposal", unknownType), /messages\[0\]: unknown message type "\/printchain.emissions.v1.MsgSetWeights"; a proposal may carry/);
    const typo = join(fileDir, "typo.json");
    writeFileSync(typo, JSON.stringify({ messages: [{ "@type": "/printchain.emissions.v1.MsgUpdateParams", authority: GOV, parms: {} }], title: "t" }));
    expectCliError(args("tx", "gov", "submit-proposal", typo), /has no field "parms" \(fields: authority, params\)/);
    expectCliError(args("tx", "gov", "submit-proposal", join(fileDir, "missing.json")), /cannot read .*missing.json: ENOENT/);
  });
});
