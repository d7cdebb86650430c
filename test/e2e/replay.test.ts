import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, govCodecs, jobsCodecs, printersCodecs, stakingCodecs } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { main } from "../../chain-sim/cli/main";
import { base64, fromBase64, hex, type StoredBlock } from "../../chain-sim/node/blocks";
import { homePaths } from "../../chain-sim/node/home";
import { ChainNode } from "../../chain-sim/node/node";
import { BLOCK_FILE_FORMAT, genesisSha256, readBlockFile, writeBlockFile } from "../../chain-sim/replay/blockFile";
import { exportState } from "../../chain-sim/replay/export";
import { replayBlocks } from "../../chain-sim/replay/verify";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { BLOCK_MS, ManualChain } from "../utils/manualChain";
import { tempHome } from "../utils/testNode";
import { captureOutput, type CliResult } from "../utils/cliCapture";

/**
 * Verifiability: blocks of a real node (stock CosmJS txs) are exported, replayed from genesis and
 * from the node's RPC; tampering is caught at its height; state exported at a height imports with
 * the same app hash and the chain continues with the same app hashes.
 */
const PRINT = 1_000_000n;
const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });
const msg = (codec: { typeUrl: string }, value: Record<string, unknown>): EncodeObject => ({ typeUrl: codec.typeUrl, value });

/** `printchain ...args` through main() in this process (as bin/printchain.js runs it), output captured. */
async function cli(...args: string[]): Promise<CliResult> {
  return captureOutput(() => main(["node", "printchain", ...args]));
}

/** The compiled bin/printchain.js in a child process (`npm run build` first). */
function compiledCli(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [join(__dirname, "..", "..", "bin", "printchain.js"), ...args], { encoding: "utf8", timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

let chain: ManualChain;
let addresses: readonly string[];
let home: string;
let work: string;
let genesisPath: string;
let blocksPath: string;
let latest: number;
const blocks = (): StoredBlock[] => Array.from({ length: latest }, (_, index) => chain.node.node.block(index + 1)!);
const GOV = moduleAddress("gov");

function patchGenesis(genesis: GenesisDoc): void {
  const appState = genesis.app_state as Record<string, { params: Record<string, unknown> }>;
  // Epochs end inside the chain (mint and payouts in EndBlock events); a short gov voting period.
  Object.assign(appState.emissions.params, { epochLength: "4" });
  Object.assign(appState.gov.params, { minDeposit: [coin(10n * PRINT)], maxDepositPeriod: "3", votingPeriod: "3" });
  Object.assign(appState.printers.params, { minBond: PRINT.toString() });
}

/** Broadcasts (signed by the stock SigningStargateClient) without committing; the next produce() includes them. */
async function broadcast(from: number, ...msgs: EncodeObject[]): Promise<void> {
  await chain.client.signAndBroadcastSync(addresses[from], msgs, { amount: [coin(50_000n)], gas: "2000000" });
}

beforeAll(async () => {
  chain = await ManualChain.start(patchGenesis);
  addresses = chain.addresses;
  home = chain.node.home;
  work = tempHome("replay-test");
  genesisPath = homePaths(home).genesis;
  blocksPath = join(work, "blocks.ndjson");

  const send = (from: number, to: number, amount: bigint): EncodeObject =>
    msg({ typeUrl: "/cosmos.bank.v1beta1.MsgSend" }, { fromAddress: addresses[from], toAddress: addresses[to], amount: [coin(amount)] });
  // Three bank sends in one block.
  await broadcast(5, send(5, 6, 1_000n));
  await broadcast(6, send(6, 7, 2_000n));
  await broadcast(7, send(7, 5, 3_000n));
  await chain.produce();
  await chain.submitOk(2, msg(printersCodecs.MsgRegisterPrinter, {
    owner: addresses[2],
    printerId: "replay-printer",
    moniker: "Replay printer",
    spec: { technology: 1, buildVolume: { xMm: 250, yMm: 210, zMm: 220 }, materials: ["PLA"], nozzleDiameterUm: 400, layerResolutionUm: 100, maxSpeedMmPerS: 200 },
    location: { latitudeUdeg: 52_520_008, longitudeUdeg: 13_404_954, region: "DE" },
    bond: PRINT.toString(),
  }));
  const deadlineMs = (await chain.latestTimeMs()) + 3_600_000;
  await chain.submitOk(1, msg(jobsCodecs.MsgCreateJob, {
    customer: addresses[1],
    designHash: "ab".repeat(32),
    designUri: "ipfs://replay",
    quantity: 2,
    material: "PLA",
    technology: 1,
    minBuildVolume: { xMm: 100, yMm: 100, zMm: 50 },
    estimatedGrams: 100,
    price: coin(5n * PRINT),
    latitudeUdeg: 52_520_008,
    longitudeUdeg: 13_404_954,
    maxDistanceKm: 100,
    deadlineMs,
  }));
  // A delegation changes the validator's power: a validator update in this block's results.
  await chain.submitOk(3, msg(stakingCodecs.MsgDelegate, { delegatorAddress: addresses[3], validatorAddress: valoperFromAccount(addresses[0]), amount: coin(500n * PRINT) }));
  const params = (await chain.query("/printchain.emissions.v1.Query/Params", emissionsCodecs.QueryParamsRequest, {}, emissionsCodecs.QueryParamsResponse)).params!;
  const update = emissionsCodecs.MsgUpdateParams.fromPartial({ authority: GOV, params: { ...params, roleWeights: [55, 20, 10, 5, 5, 5].map((weight, index) => ({ role: index + 1, weight })) } });
  await chain.submitOk(4, msg(govCodecs.MsgSubmitProposal, {
    messages: [{ typeUrl: emissionsCodecs.MsgUpdateParams.typeUrl, value: emissionsCodecs.MsgUpdateParams.encode(update).finish() }],
    initialDeposit: [coin(10n * PRINT)],
    proposer: addresses[4],
    title: "Role weights",
    summary: "replay e2e",
    metadata: "",
  }));
  await chain.submitOk(0, msg(govCodecs.MsgVote, { proposalId: 1n, voter: addresses[0], option: 1, metadata: "" }));
  await broadcast(8, send(8, 9, 4_000n));
  await broadcast(9, send(9, 8, 5_000n));
  await chain.advance(4 * BLOCK_MS);
  latest = chain.node.node.height;
}, 120_000);

afterAll(async () => {
  await chain?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("export-blocks and replay", () => {
  test("export-blocks writes the header and every block of the log, exactly the log's records", async () => {
    const result = await cli("export-blocks", "--home", home, "--from", "1", "--to", String(latest), "--out", blocksPath);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    expect(result.stdout).toContain(`wrote blocks 1..${latest}`);
    const genesis = JSON.parse(readFileSync(genesisPath, "utf8")) as GenesisDoc;
    const file = readBlockFile(blocksPath);
    expect(file.header).toEqual({ format: BLOCK_FILE_FORMAT, chain_id: genesis.chain_id, genesis_sha256: genesisSha256(genesis), from_height: 1, to_height: latest });
    const read = [...file.blocks];
    expect(read.map((block) => JSON.stringify(block))).toEqual(blocks().map((block) => JSON.stringify(block)));
    // Real txs of every kind made it into the blocks.
    expect(read.reduce((sum, block) => sum + block.block.data.txs.length, 0)).toBeGreaterThanOrEqual(10);
    expect(read.some((block) => block.results.validator_updates.length > 0)).toBe(true);
  });

  test("replay re-executes every block from genesis and reproduces every app hash (exit 0)", async () => {
    const result = await cli("replay", "--genesis", genesisPath, "--blocks", blocksPath);
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    expect(result.stdout).toContain(`blocks 1..${latest}: every block verified`);
    expect(result.stdout).toContain(`final height ${latest}, app hash ${hex(chain.node.node.app.lastInfo.appHash)}`);
    expect(result.stdout).toMatch(/[0-9.]+ blocks\/s, [0-9.]+ txs\/s/);

    const heights: number[] = [];
    const json = await replayBlocks(JSON.parse(readFileSync(genesisPath, "utf8")) as GenesisDoc, readBlockFile(blocksPath).blocks, { onBlock: (height) => heights.push(height) });
    expect(json).toMatchObject({ ok: true, firstHeight: 1, lastHeight: latest, blocks: latest, appHash: hex(chain.node.node.app.lastInfo.appHash) });
    expect(heights).toEqual(Array.from({ length: latest }, (_, index) => index + 1));
  });

  test("replay straight from the node's RPC, several requests in flight", async () => {
    const result = await cli("replay", "--rpc", chain.node.url, "--to", String(latest));
    expect(result).toMatchObject({ exitCode: 0, stderr: "" });
    expect(result.stdout).toContain(`blocks 1..${latest}: every block verified`);
    expect(result.stdout).toContain(`app hash ${hex(chain.node.node.app.lastInfo.appHash)}`);
    const partial = await cli("replay", "--rpc", chain.node.url, "--to", "3", "--json");
    expect(partial.exitCode).toBe(0);
    expect(JSON.parse(partial.stdout)).toMatchObject({ ok: true, lastHeight: 3, appHash: hex(fromBase64(chain.node.node.block(3)!.results.app_hash)) });
    const later = await cli("replay", "--rpc", chain.node.url, "--from", "3");
    expect(later.exitCode).toBe(1);
    expect(later.stderr).toMatch(/^error: --from 3: .*printchain export --height 2/);
  });
});

describe("tampering is reported at exactly its height", () => {
  const genesis = (): GenesisDoc => JSON.parse(readFileSync(genesisPath, "utf8")) as GenesisDoc;

  /** Writes the exported blocks with block `height` changed by `edit`. */
  function tampered(name: string, height: number, edit: (block: { block: { header: Record<string, string>; data: { txs: string[] } } }) => void): string {
    const path = join(work, name);
    const copy = blocks().map((block) => JSON.parse(JSON.stringify(block)) as StoredBlock);
    edit(copy[height - 1] as never);
    writeBlockFile(path, genesis(), copy);
    return path;
  }

  const heightWithTxs = (count: number): number => Number(blocks().find((block) => block.block.data.txs.length >= count)!.block.header.height);

  test("one byte of one tx (inside its base64): the block's data hash and that tx's result", async () => {
    const height = heightWithTxs(3);
    const path = tampered("tx-byte.ndjson", height, (block) => {
      const bytes = fromBase64(block.block.data.txs[1]);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      block.block.data.txs[1] = base64(bytes);
    });
    const result = await cli("replay", "--genesis", genesisPath, "--blocks", path);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain(`diverges at height ${height} (blocks 1..${height - 1} verified`);
    expect(result.stdout).toContain("header.data_hash: the file has");
    expect(result.stdout).toMatch(/tx 1 (code|log|gas_used|events)/);
    // Nothing is reported about any other height.
    const heights = [...result.stdout.matchAll(/height (\d+)/g)].map((match) => Number(match[1]));
    expect(new Set(heights)).toEqual(new Set([height]));
  });

  test.each([
    ["consensus_hash", (header: Record<string, string>) => (header.consensus_hash = (header.consensus_hash[0] === "A" ? "B" : "A") + header.consensus_hash.slice(1)), /header\.consensus_hash: the file has/],
    ["time", (header: Record<string, string>) => (header.time = header.time.replace(/:(\d)(\d)Z$/, (_all, tens: string, ones: string) => `:${tens}${(Number(ones) + 1) % 10}.5Z`)), /block_id: the file has/],
    ["proposer_address", (header: Record<string, string>) => (header.proposer_address = "00" + header.proposer_address.slice(2)), /header\.proposer_address: "00.*is not in the validator set/],
  ])("one header field (%s): the block id, and what the field breaks", async (field, edit, expected) => {
    const height = latest - 3;
    const path = tampered(`header-${field}.ndjson`, height, (block) => edit(block.block.header));
    const result = await replayBlocks(genesis(), readBlockFile(path).blocks);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.divergence.height).toBe(height);
    expect(result.lastHeight).toBe(height - 1);
    expect(result.divergence.differences.join("\n")).toMatch(expected);
    expect(result.divergence.differences.join("\n")).toMatch(/^block_id: the file has .*, the header hashes to/m);
  });

  test("a changed result (a tx's event attribute, the app hash) names the tx, the event and the hash", async () => {
    const height = heightWithTxs(1);
    const path = join(work, "results.ndjson");
    const copy = blocks().map((block) => JSON.parse(JSON.stringify(block)) as { results: { app_hash: string; txs_results: Array<{ events: Array<{ attributes: Array<{ value: string }> }> }> } });
    copy[height - 1].results.txs_results[0].events[1].attributes[0].value += "x";
    writeBlockFile(path, genesis(), copy as unknown as StoredBlock[]);
    const result = await replayBlocks(genesis(), readBlockFile(path).blocks);
    expect(result).toMatchObject({ ok: false, divergence: { height, differences: [expect.stringMatching(/^tx 0 event 1 \(".+"\) attribute 0: the file has .*x",.*, replay gives/)] } });

    const hashPath = join(work, "app-hash.ndjson");
    const again = blocks().map((block) => JSON.parse(JSON.stringify(block)) as { results: { app_hash: string } });
    again[height].results.app_hash = base64(new Uint8Array(32));
    writeBlockFile(hashPath, genesis(), again as unknown as StoredBlock[]);
    const hashResult = await replayBlocks(genesis(), readBlockFile(hashPath).blocks);
    expect(hashResult).toMatchObject({ ok: false, divergence: { height: height + 1, differences: [expect.stringMatching(/^results\.app_hash \(the state after the block\): the file has 0{64}, replay gives [0-9A-F]{64}$/)] } });
  });
});

describe("export at a height, import, continue", () => {
  test("the imported chain starts with the exported height's app hash and continues with the original's app hashes", async () => {
    const all = blocks();
    // A height whose block changed no validators, with txs after it.
    const height = all.findIndex((block, index) => index >= 2 && block.results.validator_updates.length === 0 && all.slice(index + 1).some((later) => later.block.data.txs.length > 0)) + 1;
    expect(height).toBeGreaterThan(2);
    const exportedPath = join(work, `state-${height}.json`);
    const exported = await cli("export", "--home", home, "--height", String(height), "--out", exportedPath);
    expect(exported).toMatchObject({ exitCode: 0, stderr: "" });
    const appHashAtHeight = hex(fromBase64(all[height - 1].results.app_hash));
    expect(exported.stdout).toContain(`app hash ${appHashAtHeight}`);
    const doc = JSON.parse(readFileSync(exportedPath, "utf8")) as GenesisDoc;
    expect(doc).toMatchObject({ initial_height: String(height + 1), genesis_time: all[height].block.header.time, chain_id: all[0].block.header.chain_id, app_hash: appHashAtHeight });
    expect(doc.validators.map((v) => [v.address, v.power])).toEqual(chain.node.node.validatorsAt(height + 1).map((v) => [v.address, v.power.toString()]));

    // init --genesis with the original's validator key, then run it.
    const imported = join(work, "imported");
    const keyPath = homePaths(home).validatorKey;
    const init = await cli("init", "--home", imported, "--genesis", exportedPath, "--validator-key", keyPath, "--block-time", String(BLOCK_MS));
    expect(init).toMatchObject({ exitCode: 0, stderr: "" });
    const node = await ChainNode.open(imported, { config: { verifierThreads: 0 } });
    try {
      expect(node.height).toBe(height);
      expect(hex(node.app.lastInfo.appHash)).toBe(appHashAtHeight);
      // The same txs (the original's bytes: signatures cover chain id, account number and sequence).
      for (const original of all.slice(height)) {
        for (const tx of original.block.data.txs) expect((await node.broadcast(fromBase64(tx))).result.code).toBe(0);
        const block = await node.produceBlock();
        expect(block.block.header.height).toBe(original.block.header.height);
        expect(block.block.header.time).toBe(original.block.header.time);
        expect(block.block.header.app_hash).toBe(original.block.header.app_hash);
        expect(block.results.app_hash).toBe(original.results.app_hash);
        expect(block.results.txs_results).toEqual(original.results.txs_results);
      }
    } finally {
      await node.stop();
    }
    // Restarts from its own log and snapshot.
    const reopened = await ChainNode.open(imported, { config: { verifierThreads: 0 } });
    expect(reopened.height).toBe(latest);
    expect(hex(reopened.app.lastInfo.appHash)).toBe(hex(chain.node.node.app.lastInfo.appHash));
    expect(reopened.block(height)).toBeUndefined();
    expect(reopened.block(height + 1)!.block.header.height).toBe(String(height + 1));
    await reopened.stop();

    // Replay from the exported state: the original's later blocks, and the imported chain's own.
    const originalLater = join(work, "original-later.ndjson");
    const withoutState = await cli("export-blocks", "--home", home, "--from", String(height + 1), "--out", originalLater);
    expect(withoutState.exitCode).toBe(1);
    expect(withoutState.stderr).toContain(`error: blocks from ${height + 1} replay from the state after block ${height}`);
    expect((await cli("export-blocks", "--home", home, "--from", String(height + 1), "--to", String(latest), "--genesis", exportedPath, "--out", originalLater)).exitCode).toBe(0);
    const fromOriginal = await cli("replay", "--genesis", exportedPath, "--blocks", originalLater);
    expect(fromOriginal).toMatchObject({ exitCode: 0, stderr: "" });
    expect(fromOriginal.stdout).toContain(`blocks ${height + 1}..${latest}: every block verified`);
    const importedBlocks = join(work, "imported.ndjson");
    expect(await cli("export-blocks", "--home", imported, "--out", importedBlocks)).toMatchObject({ exitCode: 0, stderr: "" });
    const fromImported = await cli("replay", "--genesis", exportedPath, "--blocks", importedBlocks);
    expect(fromImported).toMatchObject({ exitCode: 0, stderr: "" });
    expect(fromImported.stdout).toContain(`final height ${latest}, app hash ${hex(chain.node.node.app.lastInfo.appHash)}`);
    // The original genesis is not the exported state's.
    const wrong = await cli("replay", "--genesis", genesisPath, "--blocks", importedBlocks);
    expect(wrong.exitCode).toBe(1);
    expect(wrong.stderr).toMatch(/^error: .* is not the genesis of .*genesis_sha256/);
  });

  test("a height whose block changed the validator set exports the new set, still importable with the same app hash", async () => {
    const height = blocks().findIndex((block) => block.results.validator_updates.length > 0) + 1;
    expect(height).toBeGreaterThan(0);
    const { genesis, appHash, warning } = await exportState(home, height);
    expect(appHash).toBe(hex(fromBase64(blocks()[height - 1].results.app_hash)));
    expect(warning).toContain(`block ${height} changed the validator set`);
    expect(genesis.validators.map((v) => v.power)).toEqual(chain.node.node.validatorsAt(height + 2).map((v) => v.power.toString()));
  });

  test("init refuses a genesis whose validators do not include the node's key", async () => {
    const exportedPath = join(work, "state-for-refusal.json");
    expect((await cli("export", "--home", home, "--height", "2", "--out", exportedPath)).exitCode).toBe(0);
    const result = await cli("init", "--home", join(work, "refused"), "--genesis", exportedPath);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^error: the validator key [0-9A-F]+ is not in the genesis validator set/);
    expect(existsSync(join(work, "refused", "config", "genesis.json"))).toBe(false);
  });
});

describe("bad input: a clear error, exit 1, no stack trace (compiled CLI)", () => {
  const good = (): string[] => readFileSync(blocksPath, "utf8").split("\n").filter((text) => text.length > 0);
  const write = (name: string, lines: readonly string[], trailingNewline = true): string => {
    const path = join(work, name);
    writeFileSync(path, lines.join("\n") + (trailingNewline && lines.length > 0 ? "\n" : ""));
    return path;
  };

  test.each([
    ["an empty file", () => write("empty.ndjson", []), /^error: .*empty block file/],
    ["a wrong format line", () => write("format.ndjson", [good()[0].replace(BLOCK_FILE_FORMAT, "printchain-blocks/9"), ...good().slice(1)]), /^error: .*line 1: unsupported format "printchain-blocks\/9"/],
    ["a header that is not JSON", () => write("header.ndjson", ["hello", ...good().slice(1)]), /^error: .*line 1 is not JSON/],
    ["a malformed block line", () => write("malformed.ndjson", [...good().slice(0, 3), good()[3].slice(0, 100), ...good().slice(4)]), /^error: .*line 4: not valid JSON/],
    ["a line that is JSON but not a block", () => write("shape.ndjson", [...good().slice(0, 3), '{"block_id":{}}', ...good().slice(4)]), /^error: .*line 4: not a block record/],
    ["a missing height", () => write("gap.ndjson", [...good().slice(0, 5), ...good().slice(6)]), /^error: .*line 6: expected the block at height 5, found height "6"/],
    ["a truncated file", () => write("short.ndjson", good().slice(0, 4)), /^error: .*ends after line 4 at height 3; the header says to_height \d+ \(block 4 is missing\)/],
    ["a missing file", () => join(work, "nope.ndjson"), /^error: .*no such block file/],
  ])("%s", (_name, path, expected) => {
    const result = compiledCli("replay", "--genesis", genesisPath, "--blocks", path());
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("a genesis that does not match the file's genesis_sha256", () => {
    const other = JSON.parse(readFileSync(genesisPath, "utf8")) as GenesisDoc & { genesis_time: string };
    const path = join(work, "other-genesis.json");
    writeFileSync(path, JSON.stringify({ ...other, genesis_time: "2030-01-01T00:00:00Z" }, null, 2));
    const result = compiledCli("replay", "--genesis", path, "--blocks", blocksPath);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: .*other-genesis\.json is not the genesis of .*: its sha256 is [0-9A-F]{64}, the block file's genesis_sha256 is [0-9A-F]{64}\n$/);
  });

  test("export-blocks and export refuse heights outside the log", () => {
    const blocksResult = compiledCli("export-blocks", "--home", home, "--from", "1", "--to", String(latest + 5), "--out", join(work, "x.ndjson"));
    expect(blocksResult.status).toBe(1);
    expect(blocksResult.stderr).toMatch(new RegExp(`^error: --to ${latest + 5} is out of range: the log holds heights 1\\.\\.${latest}`));
    const stateResult = compiledCli("export", "--home", home, "--height", "0");
    expect(stateResult.status).toBe(1);
    expect(stateResult.stderr).toMatch(/^error: option '--height <height>' argument '0' is invalid/);
  });
});
