/** bench/summary.ts on small fixtures shaped like the files bench/*.ts write; no bench runs here. */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_NAMES, formatMarkdown, formatNumber, formatText, readBenchInputs, summarize, writeSummary, type BenchInput } from "../../bench/summary";

const machine = { vcpus: 2, cpu: "Test CPU", node: "v20.0.0" };
const date = "2026-12-01T00:00:00.000Z";

const FIXTURES: Record<(typeof BENCH_NAMES)[number], unknown> = {
  pipeline: {
    date,
    machine,
    limit: { rawVerifyPerSec: 2894 },
    pipeline: { blockExecutionTxPerSec: 1772, blockExecutionRatio: 0.61, pipelinedBlocksTwoWorkersTxPerSec: 2967, pipelinedBlocksTwoWorkersRatio: 1.03, checkTxThenBlockTxPerSec: 1690, checkTxThenBlockRatio: 0.58, nodeVerifierThreads: 1, nodeTxPerSec: 1372, nodeRatio: 0.47 },
    target: { ratio: 0.8, singleCoreMet: false, bestRatio: 1.03, met: true, twoCoresAboveOne: true },
  },
  marketplace: {
    date,
    machine,
    limit: { rawVerifyPerSec: 2592 },
    lifecycles: { lifecyclesPerSec: 232.97, txPerSec: 932, ratio: 0.36 },
    commit: { sizes: [{ printers: 1000, medianCommitMs: 12.85, medianBlockMs: 379 }, { printers: 100000, medianCommitMs: 18.57, medianBlockMs: 2831 }], commitRatio: 1.44, blockRatio: 7.48 },
    target: { commitRatioMax: 2, commitMet: true },
  },
  emissions: { date, machine, workload: { payouts: 21100 }, limit: { blockIntervalMs: 1000 }, epochEnd: { medianMs: 687.78, ratio: 0.69 }, target: { ratioMax: 1, met: true } },
  gov: { date, machine, workload: { delegatorVotes: 100000, validatorVotes: 100 }, limit: { voteScanMs: 227.51 }, tally: { medianMs: 3.21, ratioToScan: 0.01 }, votingEndBlock: { medianMs: 4.68 }, target: { tallyMsMax: 100, met: true } },
  // replay.json has no date and no machine object of its own.
  replay: { vcpus: 2, node: "v20.0.0", limit: { verifyPerSec: 2955.14 }, live: { txsPerSec: 1279.83 }, replay: { txsPerSec: 1985.71, vsLive: 1.55, vsVerifyLimit: 0.67 }, target: { replayAtLeastLive: true } },
  sim: { date, machine, limit: { verifyPerSec: 2932.54 }, run: { txsPerSec: 381.02, ratioTxsToVerify: 0.13, peakRssMiB: 776.51, invariantChecks: 50, finalHeight: 500 } },
  indexer: {
    date,
    machine,
    chain: { blocks: 20000 },
    limit: { copyRowsPerSec: 231636 },
    indexer: { rows: 4924828, rowsPerSec: 126765, peakRssMb: 274.4 },
    target: { ratio: 0.5, achievedRatio: 0.55, ratioMet: true, peakRssMbMax: 512, memoryMet: true, met: true },
  },
  graphql: {
    date,
    machine,
    queries: {
      printerMetrics: { api: { p99Ms: 418, requestsPerSecond: 113.67 }, limit: { p99Ms: 43, requestsPerSecond: 2998 }, throughputRatio: 0.04, p99TargetMs: 50, met: false },
      leaderboard: { api: { p99Ms: 30, requestsPerSecond: 118.34 }, limit: { p99Ms: 22, requestsPerSecond: 6190.34 }, throughputRatio: 0.02, p99TargetMs: 50, met: true },
    },
  },
};

const fresh = (bench: string, json: unknown = (FIXTURES as Record<string, unknown>)[bench]): BenchInput => ({ bench, selected: true, json, source: "fresh", writtenAt: "2026-12-02T00:00:00.000Z" });

describe("bench summary", () => {
  it("puts each headline figure next to its limit, ratio, target and verdict", () => {
    const summary = summarize(BENCH_NAMES.map((bench) => fresh(bench)), "now");
    const byName = Object.fromEntries(summary.benches.map((bench) => [bench.bench, bench]));
    expect(byName.pipeline.figures[0]).toEqual({ label: "block execution, 1 core", value: { value: 1772, unit: "tx/s" }, limit: { label: "raw verify, 1 thread", value: 2894, unit: "/s" }, ratio: 0.61, target: "ratio ≥ 0.8", met: false });
    expect(byName.pipeline.figures[1]).toMatchObject({ ratio: 1.03, target: "ratio ≥ 0.8", met: true });
    expect(byName.pipeline).toMatchObject({ met: true, source: "fresh", date, machine: "2 vCPUs, Test CPU, node v20.0.0" });
    expect(byName.marketplace.figures[1]).toEqual({ label: "commit at 100000 printers", value: { value: 18.57, unit: "ms" }, limit: { label: "at 1000 printers", value: 12.85, unit: "ms" }, ratio: 1.44, target: "ratio ≤ 2", met: true });
    expect(byName.emissions.figures[0]).toMatchObject({ value: { value: 687.78, unit: "ms" }, limit: { value: 1000 }, ratio: 0.69, target: "ratio < 1", met: true });
    expect(byName.gov.figures[0]).toMatchObject({ label: "tally of 100100 votes", limit: { value: 227.51 }, ratio: 0.01, target: "< 100 ms", met: true });
    expect(byName.replay.figures[0]).toMatchObject({ value: { value: 1985.71 }, limit: { label: "live node", value: 1279.83 }, ratio: 1.55, target: "ratio ≥ 1", met: true });
    expect(byName.replay).toMatchObject({ date: "2026-12-02T00:00:00.000Z", machine: "2 vCPUs, node v20.0.0" });
    expect([byName.sim.met, byName.sim.target]).toEqual([undefined, undefined]);
    expect(byName.sim.figures[0]).toMatchObject({ value: { value: 381.02 }, limit: { value: 2932.54 }, ratio: 0.13 });
    expect(byName.indexer.figures.map((figure) => [figure.target, figure.met])).toEqual([["ratio ≥ 0.5", true], ["< 512 MB", true]]);
    expect(byName.graphql.figures.map((figure) => [figure.label, figure.met])).toEqual([["printerMetrics: throughput", undefined], ["printerMetrics: p99 latency", false], ["leaderboard: throughput", undefined], ["leaderboard: p99 latency", true]]);
    expect(byName.graphql.met).toBe(false);
    expect(summary.allMet).toBe(false);
  });

  it("is all met only when every target is and every selected file was written by this run", () => {
    const passing = { ...(FIXTURES.graphql as object), queries: { leaderboard: (FIXTURES.graphql as { queries: Record<string, unknown> }).queries.leaderboard } };
    const inputs = BENCH_NAMES.map((bench) => (bench === "graphql" ? fresh(bench, passing) : fresh(bench)));
    expect(summarize(inputs).allMet).toBe(true);
    expect(summarize([...inputs.slice(1), { ...inputs[0], source: "stale" }]).allMet).toBe(false);
    expect(summarize([...inputs.slice(1), { bench: "pipeline", selected: true, source: "missing" }]).allMet).toBe(false);
    expect(summarize([...inputs.slice(1), { bench: "pipeline", selected: false, source: "missing" }]).allMet).toBe(true);
    expect(summarize([...inputs.slice(1), { ...inputs[0], selected: false, source: "previous" }]).allMet).toBe(true);
  });

  it("marks a file of an unexpected shape unreadable instead of failing", () => {
    const [gov] = summarize([fresh("gov", { date, tally: { medianMs: "fast" } })]).benches;
    expect(gov).toMatchObject({ source: "unreadable", figures: [], error: expect.stringMatching(/not a number/) });
    expect(formatText(summarize([fresh("gov", {})]))).toMatch(/gov\s+unreadable: unexpected shape/);
  });

  it("formats numbers, the text table and the markdown", () => {
    expect([formatNumber(126765.4), formatNumber(687.78), formatNumber(3.214), formatNumber(0.6), formatNumber(2)]).toEqual(["126765", "688", "3.21", "0.6", "2"]);
    const summary = summarize([fresh("emissions"), fresh("gov")], "2026-12-02T01:00:00.000Z");
    const text = formatText(summary);
    expect(text).toContain("bench summary (2026-12-02T01:00:00.000Z)");
    const row = text.split("\n").find((line) => line.startsWith("emissions") && line.includes("payouts"))!;
    expect(row.split(/\s{2,}/)).toEqual(["emissions", "epoch end, 21100 payouts", "688 ms", "1000 ms (block interval)", "0.69", "ratio < 1", "met"]);
    expect(text).toContain("2 of 2 bench targets met; 2 of 2 benches from this run");
    const markdown = formatMarkdown(summary);
    expect(markdown).toContain("| bench | figure | value | limit | ratio | target | met |");
    expect(markdown).toContain("| gov | tally of 100100 votes | 3.21 ms | 228 ms (scan of the vote records) | 0.01 | < 100 ms | met |");
    expect(markdown).toContain("| gov | voting-period end block | 4.68 ms | — | — | — | — |");
  });

  describe("reading bench/results", () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "bench-summary-"));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it("tells this run's files from earlier ones, stale and missing ones", () => {
      const started = Date.now();
      const earlier = new Date(started - 3_600_000);
      for (const bench of ["emissions", "gov", "sim"]) writeFileSync(join(dir, `${bench}.json`), JSON.stringify((FIXTURES as Record<string, unknown>)[bench]));
      utimesSync(join(dir, "gov.json"), earlier, earlier); // selected, but not rewritten by this run
      utimesSync(join(dir, "sim.json"), earlier, earlier); // not selected
      writeFileSync(join(dir, "indexer.json"), "{ not json");
      const sources = Object.fromEntries(readBenchInputs(dir, ["emissions", "gov", "replay", "indexer"], started).map((input) => [input.bench, input.source]));
      expect(sources).toEqual({ pipeline: "missing", marketplace: "missing", emissions: "fresh", gov: "stale", replay: "missing", sim: "previous", indexer: "unreadable", graphql: "missing" });

      const summary = writeSummary(dir, ["emissions", "gov", "replay", "indexer"], started);
      const written = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as typeof summary;
      expect(written).toEqual(JSON.parse(JSON.stringify(summary)));
      expect(written.allMet).toBe(false);
      const markdown = readFileSync(join(dir, "summary.md"), "utf8") as string;
      expect(markdown).toMatch(/\| gov \| tally < 100 ms \| met \| NOT REWRITTEN by this run/);
      expect(markdown).toMatch(/\| replay \| — \| — \| no results file/);
      expect(markdown).toMatch(/\| indexer \| — \| — \| unreadable: /);
      expect(markdown).toMatch(/\| pipeline \| — \| — \| no results file/);
      expect(markdown).toMatch(/\| sim \| no target \| — \| earlier run \(2026-12-01T00:00:00.000Z\)/);
      expect(markdown).toContain("2 of 2 bench targets met; 1 of 8 benches from this run; gov stale, replay missing, indexer unreadable.");
    });
  });
});
