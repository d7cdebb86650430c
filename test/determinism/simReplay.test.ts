import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { fromBase64, hex } from "../../chain-sim/node/blocks";
import { readBlockFile } from "../../chain-sim/replay/blockFile";
import { replayBlocks } from "../../chain-sim/replay/verify";
import { runSimulation } from "../../chain-sim/sim/simulation";

describe("a simulation replayed by a validator", () => {
  const dir = mkdtempSync(join(tmpdir(), "printchain-sim-replay-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("its exported blocks replay from its genesis with every app hash reproduced", async () => {
    const file = join(dir, "sim.blocks");
    const home = join(dir, "home");
    const summary = await runSimulation({ seed: 11, blocks: 40, blockSize: 25, period: 10, exportFile: file, home });
    expect(summary.failure).toBeUndefined();
    const genesis = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8")) as GenesisDoc;
    // The file records the simulation's own app hashes, block by block.
    const recorded = [...readBlockFile(file).blocks].map((block) => hex(fromBase64(block.results.app_hash)));
    expect(recorded).toEqual(summary.appHashes.map((appHash) => appHash.toUpperCase()));

    const replayed: number[] = [];
    const result = await replayBlocks(genesis, readBlockFile(file).blocks, { verifierThreads: 0, onBlock: (height) => replayed.push(height) });
    if (!result.ok) throw new Error(result.divergence.differences.join("\n"));
    // Replay compares each re-executed block's app hash (and results) with the recorded one and stops at the first difference.
    expect(result).toMatchObject({ ok: true, lastHeight: summary.finalHeight, txs: summary.txs });
    expect(result.appHash).toBe(summary.appHash.toUpperCase());
    expect(replayed).toEqual(Array.from({ length: summary.finalHeight }, (_, index) => index + 1));
  }, 60_000);
});
