import { spawn, spawnSync, execFileSync, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { coins, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { CommitStore } from "../../chain-sim/store/commitStore";
import { readLatestSnapshot, writeSnapshot } from "../../chain-sim/store/snapshot";
import { tempHome } from "../utils/testNode";
import { devnetWallet } from "../utils/wallets";

const CLI = join(__dirname, "..", "..", "bin", "printchain.js");

/** Starts `printchain <args>` and resolves with its RPC URL once it is listening. */
function startCli(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no RPC address after 30s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}`, output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`printchain exited with ${code}:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

async function waitForHeight(url: string, height: number): Promise<void> {
  const client = await StargateClient.connect(url);
  try {
    for (let i = 0; i < 300; i++) {
      if ((await client.getHeight()) >= height) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`height ${height} not reached`);
  } finally {
    client.disconnect();
  }
}

describe("the node process survives SIGKILL", () => {
  const home = tempHome("restart");
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  test("restarts at its last committed height with the same app hash, then continues", async () => {
    execFileSync(process.execPath, [CLI, "init", "--home", home, "--block-time", "100"], { encoding: "utf8" });
    const configPath = join(home, "config", "config.json");
    // Snapshot every 5 blocks, so a restart loads a snapshot and replays the log after it.
    writeFileSync(configPath, JSON.stringify({ ...JSON.parse(readFileSync(configPath, "utf8")), snapshotInterval: 5 }));

    const first = await startCli(["start", "--home", home, "--rpc-port", "0"]);
    const wallet = await devnetWallet(2);
    const [sender, recipient] = (await wallet.getAccounts()).map((account) => account.address);
    const signer = await SigningStargateClient.connectWithSigner(first.url, wallet, { gasPrice: GasPrice.fromString("0.025uprint"), broadcastPollIntervalMs: 50 });
    for (let i = 0; i < 3; i++) expect((await signer.sendTokens(sender, recipient, coins(1000 + i, "uprint"), "auto")).code).toBe(0);
    signer.disconnect();
    await waitForHeight(first.url, 12);

    const comet = await connectComet(first.url);
    const before = await comet.abciInfo();
    const height = before.lastBlockHeight!;
    const blockBefore = await comet.block(height);
    const resultsBefore = await comet.blockResults(height);
    comet.disconnect();
    const recipientBefore = await (await StargateClient.connect(first.url)).getBalance(recipient, "uprint");
    first.child.kill("SIGKILL");
    await exited(first.child);

    const second = await startCli(["start", "--home", home, "--rpc-port", "0"]);
    try {
      const after = await connectComet(second.url);
      const status = await after.status();
      expect(status.syncInfo.latestBlockHeight).toBeGreaterThanOrEqual(height);
      // The committed block and its resulting app hash are exactly what they were before the kill.
      expect(Buffer.from((await after.block(height)).blockId.hash).toString("hex")).toBe(Buffer.from(blockBefore.blockId.hash).toString("hex"));
      const resultsAfter = await after.blockResults(height);
      expect(resultsAfter.results.length).toBe(resultsBefore.results.length);
      const rawAfter = (await (await fetch(`${second.url}/block_results?height=${height}`)).json()) as { result: { app_hash: string } };
      expect(Buffer.from(rawAfter.result.app_hash, "base64").toString("hex")).toBe(Buffer.from(before.lastBlockAppHash!).toString("hex"));

      // And it continues: the next header carries that app hash, and new txs are accepted.
      await waitForHeight(second.url, height + 3);
      expect(Buffer.from((await after.block(height + 1)).block.header.appHash).toString("hex")).toBe(Buffer.from(before.lastBlockAppHash!).toString("hex"));
      const client = await StargateClient.connect(second.url);
      expect(await client.getBalance(recipient, "uprint")).toEqual(recipientBefore);
      const resumed = await SigningStargateClient.connectWithSigner(second.url, wallet, { gasPrice: GasPrice.fromString("0.025uprint"), broadcastPollIntervalMs: 50 });
      expect((await resumed.sendTokens(sender, recipient, coins(5, "uprint"), "auto")).code).toBe(0);
      resumed.disconnect();
      client.disconnect();
      after.disconnect();
    } finally {
      second.child.kill("SIGTERM");
      await exited(second.child);
    }
    expect(second.output()).toMatch(/stopping/);
  });

  test("refuses, saying why, a home whose snapshot an older version without some module wrote", () => {
    // As an older printchain would have: the newest snapshot without the gov store, hashed consistently.
    const snapshots = join(home, "data", "snapshots");
    const latest = readLatestSnapshot(snapshots)!;
    const older = latest.entries.filter(([key]) => !key.startsWith("gov/"));
    writeSnapshot(snapshots, latest.header.height, CommitStore.fromEntries(older).commit(), older);
    const run = spawnSync(process.execPath, [CLI, "start", "--home", home, "--rpc-port", "0"], { encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`the snapshot at height ${latest.header.height} has no gov state: this home was written by an older printchain`);
  });

  test("`printchain devnet` initialises a fresh home and serves the devnet chain", async () => {
    const devnetHome = tempHome("devnet");
    const devnet = await startCli(["devnet", "--home", devnetHome, "--rpc-port", "0", "--block-time", "100", "--no-indexer"]);
    try {
      const client = await StargateClient.connect(devnet.url);
      expect(await client.getChainId()).toBe("printchain-devnet-1");
      expect((await client.getBalance("print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0", "uprint")).amount).toBe("1000000000000");
      client.disconnect();
      expect(devnet.output()).toMatch(/mnemonic\s+say upgrade wolf/);
    } finally {
      devnet.child.kill("SIGINT");
      await exited(devnet.child);
      rmSync(devnetHome, { recursive: true, force: true });
    }
  });
});
