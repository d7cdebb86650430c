/**
 * The summary of `npm run bench`: every bench's headline figures next to the limit it was measured
 * against in the same run, the ratio, the target and whether it is met, read back from the
 * per-bench files bench/results/<name>.json (their shapes are those bench/*.ts write). Written to
 * bench/results/summary.json and summary.md by bench/run.ts after the selected benches have run;
 * `node dist/bench/summary.js` rebuilds it from the files already there.
 *
 * A bench that did not run this time is still summarised from its file, marked with its date; a
 * selected bench that did not rewrite its file (INDEXER_BENCH_SCALE ≠ 1, say) is marked stale.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const BENCH_NAMES = ["pipeline", "marketplace", "emissions", "gov", "replay", "sim", "indexer", "graphql"] as const;
export type BenchName = (typeof BENCH_NAMES)[number];

export interface Quantity {
  readonly value: number;
  readonly unit: string;
}

export interface Figure {
  readonly label: string;
  readonly value: Quantity;
  /** The measured limit the figure is compared with (same machine, same run). */
  readonly limit?: Quantity & { readonly label: string };
  /** As the bench reports it (usually value / limit). */
  readonly ratio?: number;
  /** What the figure must meet, e.g. "ratio ≥ 0.8" or "< 100 ms". */
  readonly target?: string;
  readonly met?: boolean;
}

/** fresh: written by this run; previous: not selected this run; stale: selected, but its file was not rewritten. */
export type Source = "fresh" | "previous" | "stale" | "missing" | "unreadable";

export interface BenchSummary {
  readonly bench: string;
  /** Selected for this run. */
  readonly selected: boolean;
  readonly source: Source;
  readonly date?: string;
  readonly machine?: string;
  readonly figures: readonly Figure[];
  /** The bench's own verdict on its headline target (undefined: the bench has none). */
  readonly target?: string;
  readonly met?: boolean;
  readonly error?: string;
}

export interface Summary {
  readonly date: string;
  readonly benches: readonly BenchSummary[];
  /** Every target of the benches summarised met, and every selected bench's file this run's and readable. */
  readonly allMet: boolean;
}

/** One bench's results file, as read. */
export interface BenchInput {
  readonly bench: string;
  /** Selected for this run: its file must be this run's. */
  readonly selected: boolean;
  /** The parsed file; undefined if there is none. */
  readonly json?: unknown;
  readonly source: Source;
  /** When the file was written (its mtime), for files without a date of their own. */
  readonly writtenAt?: string;
  readonly error?: string;
}

class ShapeError extends Error {}

function at(json: unknown, path: string): unknown {
  let value: unknown = json;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function num(json: unknown, path: string): number {
  const value = at(json, path);
  if (typeof value !== "number" || !Number.isFinite(value)) throw new ShapeError(`${path} is not a number`);
  return value;
}

function bool(json: unknown, path: string): boolean {
  const value = at(json, path);
  if (typeof value !== "boolean") throw new ShapeError(`${path} is not a boolean`);
  return value;
}

function object(json: unknown, path: string): Record<string, unknown> {
  const value = at(json, path);
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new ShapeError(`${path} is not an object`);
  return value as Record<string, unknown>;
}

const q = (value: number, unit: string): Quantity => ({ value, unit });
const lim = (label: string, value: number, unit: string): Quantity & { label: string } => ({ label, value, unit });
const ratioOf = (value: number, limit: number): number => Math.round((value / limit) * 100) / 100;

interface Extracted {
  readonly figures: Figure[];
  readonly target?: string;
  readonly met?: boolean;
}

/** Per bench: its headline figures, from the JSON its bench/<name>.ts writes. */
const EXTRACTORS: Readonly<Record<BenchName, (json: unknown) => Extracted>> = {
  pipeline(json) {
    const verify = lim("raw verify, 1 thread", num(json, "limit.rawVerifyPerSec"), "/s");
    const target = num(json, "target.ratio");
    const pipelined = num(json, "pipeline.pipelinedBlocksTwoWorkersRatio");
    return {
      figures: [
        { label: "block execution, 1 core", value: q(num(json, "pipeline.blockExecutionTxPerSec"), "tx/s"), limit: verify, ratio: num(json, "pipeline.blockExecutionRatio"), target: `ratio ≥ ${target}`, met: bool(json, "target.singleCoreMet") },
        { label: "block execution, 2 cores (k+1 verified in 2 workers)", value: q(num(json, "pipeline.pipelinedBlocksTwoWorkersTxPerSec"), "tx/s"), limit: verify, ratio: pipelined, target: `ratio ≥ ${target}`, met: pipelined >= target },
        { label: "CheckTx then block, 1 core", value: q(num(json, "pipeline.checkTxThenBlockTxPerSec"), "tx/s"), limit: verify, ratio: num(json, "pipeline.checkTxThenBlockRatio") },
        { label: `node, ${num(json, "pipeline.nodeVerifierThreads")} verify worker(s), fsync'd log`, value: q(num(json, "pipeline.nodeTxPerSec"), "tx/s"), limit: verify, ratio: num(json, "pipeline.nodeRatio") },
      ],
      target: `best of 1 and 2 cores ≥ ${target} × raw verify (best ${num(json, "target.bestRatio")})`,
      met: bool(json, "target.met"),
    };
  },

  marketplace(json) {
    const sizes = at(json, "commit.sizes");
    if (!Array.isArray(sizes) || sizes.length < 2) throw new ShapeError("commit.sizes is not a list of two fleet sizes");
    const small = sizes[0] as unknown;
    const large = sizes[sizes.length - 1] as unknown;
    const max = num(json, "target.commitRatioMax");
    return {
      figures: [
        { label: `job lifecycles (create+accept+proof+confirm), ${num(json, "lifecycles.lifecyclesPerSec")} lifecycles/s`, value: q(num(json, "lifecycles.txPerSec"), "tx/s"), limit: lim("raw verify, 1 thread", num(json, "limit.rawVerifyPerSec"), "/s"), ratio: num(json, "lifecycles.ratio") },
        { label: `commit at ${num(large, "printers")} printers`, value: q(num(large, "medianCommitMs"), "ms"), limit: lim(`at ${num(small, "printers")} printers`, num(small, "medianCommitMs"), "ms"), ratio: num(json, "commit.commitRatio"), target: `ratio ≤ ${max}`, met: bool(json, "target.commitMet") },
        { label: `block at ${num(large, "printers")} printers`, value: q(num(large, "medianBlockMs"), "ms"), limit: lim(`at ${num(small, "printers")} printers`, num(small, "medianBlockMs"), "ms"), ratio: num(json, "commit.blockRatio") },
      ],
      target: `commit at ${num(large, "printers")} printers ≤ ${max} × at ${num(small, "printers")}`,
      met: bool(json, "target.commitMet"),
    };
  },

  emissions(json) {
    const max = num(json, "target.ratioMax");
    return {
      figures: [
        { label: `epoch end, ${num(json, "workload.payouts")} payouts`, value: q(num(json, "epochEnd.medianMs"), "ms"), limit: lim("block interval", num(json, "limit.blockIntervalMs"), "ms"), ratio: num(json, "epochEnd.ratio"), target: `ratio < ${max}`, met: bool(json, "target.met") },
      ],
      target: `epoch end < ${max} × the block interval`,
      met: bool(json, "target.met"),
    };
  },

  gov(json) {
    const max = num(json, "target.tallyMsMax");
    const votes = num(json, "workload.delegatorVotes") + num(json, "workload.validatorVotes");
    return {
      figures: [
        { label: `tally of ${votes} votes`, value: q(num(json, "tally.medianMs"), "ms"), limit: lim("scan of the vote records", num(json, "limit.voteScanMs"), "ms"), ratio: num(json, "tally.ratioToScan"), target: `< ${max} ms`, met: bool(json, "target.met") },
        { label: "voting-period end block", value: q(num(json, "votingEndBlock.medianMs"), "ms") },
      ],
      target: `tally < ${max} ms`,
      met: bool(json, "target.met"),
    };
  },

  replay(json) {
    const verify = lim("raw verify, 1 core", num(json, "limit.verifyPerSec"), "/s");
    const live = num(json, "live.txsPerSec");
    return {
      figures: [
        { label: "replay of the exported blocks vs the live node", value: q(num(json, "replay.txsPerSec"), "tx/s"), limit: lim("live node", live, "tx/s"), ratio: num(json, "replay.vsLive"), target: "ratio ≥ 1", met: bool(json, "target.replayAtLeastLive") },
        { label: "replay vs the verify limit", value: q(num(json, "replay.txsPerSec"), "tx/s"), limit: verify, ratio: num(json, "replay.vsVerifyLimit") },
        { label: "live node: broadcast, CheckTx, blocks, fsync", value: q(live, "tx/s"), limit: verify, ratio: ratioOf(live, verify.value) },
      ],
      target: "replay ≥ the live node",
      met: bool(json, "target.replayAtLeastLive"),
    };
  },

  sim(json) {
    return {
      figures: [
        { label: `simulation, ${num(json, "run.finalHeight")} blocks, ${num(json, "run.invariantChecks")} invariant checks`, value: q(num(json, "run.txsPerSec"), "tx/s"), limit: lim("raw verify, 1 thread", num(json, "limit.verifyPerSec"), "/s"), ratio: num(json, "run.ratioTxsToVerify") },
        { label: "peak RSS", value: q(num(json, "run.peakRssMiB"), "MiB") },
      ],
    };
  },

  indexer(json) {
    const ratio = num(json, "target.ratio");
    const memory = num(json, "target.peakRssMbMax");
    return {
      figures: [
        { label: `indexer, ${num(json, "chain.blocks")} blocks, ${num(json, "indexer.rows")} rows`, value: q(num(json, "indexer.rowsPerSec"), "rows/s"), limit: lim("COPY FROM of the same rows", num(json, "limit.copyRowsPerSec"), "rows/s"), ratio: num(json, "target.achievedRatio"), target: `ratio ≥ ${ratio}`, met: bool(json, "target.ratioMet") },
        { label: "indexer peak RSS", value: q(num(json, "indexer.peakRssMb"), "MB"), target: `< ${memory} MB`, met: bool(json, "target.memoryMet") },
      ],
      target: `≥ ${ratio} × COPY and peak RSS < ${memory} MB`,
      met: bool(json, "target.met"),
    };
  },

  graphql(json) {
    const queries = object(json, "queries");
    const names = Object.keys(queries);
    if (names.length === 0) throw new ShapeError("queries is empty");
    const figures: Figure[] = [];
    const targets = new Set<number>();
    for (const name of names) {
      const query = queries[name];
      const p99Target = num(query, "p99TargetMs");
      targets.add(p99Target);
      figures.push({ label: `${name}: throughput`, value: q(num(query, "api.requestsPerSecond"), "req/s"), limit: lim("bare node:http, same bytes", num(query, "limit.requestsPerSecond"), "req/s"), ratio: num(query, "throughputRatio") });
      figures.push({ label: `${name}: p99 latency`, value: q(num(query, "api.p99Ms"), "ms"), limit: lim("bare node:http", num(query, "limit.p99Ms"), "ms"), target: `< ${p99Target} ms, no errors`, met: bool(query, "met") });
    }
    return { figures, target: `every query's p99 < ${[...targets].join("/")} ms with no errors`, met: names.every((name) => bool(queries[name], "met")) };
  },
};

function machineOf(json: unknown): string | undefined {
  const vcpus = at(json, "machine.vcpus") ?? at(json, "vcpus");
  const cpu = at(json, "machine.cpu");
  const node = at(json, "machine.node") ?? at(json, "node");
  if (vcpus === undefined && node === undefined) return undefined;
  return [vcpus !== undefined ? `${String(vcpus)} vCPUs` : undefined, typeof cpu === "string" ? cpu : undefined, typeof node === "string" ? `node ${node}` : undefined].filter(Boolean).join(", ");
}

/** The summary of the benches' files. `date`: when it is made. */
export function summarize(inputs: readonly BenchInput[], date: string = new Date().toISOString()): Summary {
  const benches = inputs.map((input): BenchSummary => {
    const base = { bench: input.bench, selected: input.selected, source: input.source };
    if (input.json === undefined) return { ...base, source: input.error ? "unreadable" : "missing", figures: [], error: input.error };
    const dated = at(input.json, "date");
    const context = { ...base, date: typeof dated === "string" ? dated : input.writtenAt, machine: machineOf(input.json) };
    const extract = (EXTRACTORS as Record<string, ((json: unknown) => Extracted) | undefined>)[input.bench];
    if (!extract) return { ...context, source: "unreadable", figures: [], error: `no summary for a bench named ${input.bench}` };
    try {
      return { ...context, ...extract(input.json) };
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return { ...context, source: "unreadable", figures: [], error: `unexpected shape: ${error.message}` };
    }
  });
  const allMet = benches.every((bench) => bench.met !== false && (!bench.selected || bench.source === "fresh"));
  return { date, benches, allMet };
}

// ---------------------------------------------------------------------------------------------
// formatting

/** 1234 → "1234", 0.687 → "0.69", 12.5 → "12.5". */
export function formatNumber(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toString();
  return (Math.round(value * 100) / 100).toString();
}

const formatQuantity = (quantity: Quantity): string => `${formatNumber(quantity.value)} ${quantity.unit}`;
const formatMet = (met: boolean | undefined): string => (met === undefined ? "—" : met ? "met" : "NOT MET");

function formatSource(bench: BenchSummary): string {
  switch (bench.source) {
    case "fresh":
      return "this run";
    case "previous":
      return `earlier run${bench.date ? ` (${bench.date})` : ""}`;
    case "stale":
      return `NOT REWRITTEN by this run${bench.date ? `; file of ${bench.date}` : ""}`;
    case "missing":
      return "no results file";
    case "unreadable":
      return `unreadable: ${bench.error ?? "?"}`;
  }
}

const FIGURE_COLUMNS = ["bench", "figure", "value", "limit", "ratio", "target", "met"] as const;

/** One row per figure (a bench without figures: one row saying why). */
export function figureRows(summary: Summary): string[][] {
  return summary.benches.flatMap((bench) =>
    bench.figures.length === 0
      ? [[bench.bench, formatSource(bench), "", "", "", "", ""]]
      : bench.figures.map((figure) => [
          bench.bench,
          figure.label,
          formatQuantity(figure.value),
          figure.limit ? `${formatQuantity(figure.limit)} (${figure.limit.label})` : "—",
          figure.ratio === undefined ? "—" : formatNumber(figure.ratio),
          figure.target ?? "—",
          formatMet(figure.met),
        ]),
  );
}

/** One row per bench: its headline target and verdict, and where the figures come from. */
export function benchRows(summary: Summary): string[][] {
  return summary.benches.map((bench) => [bench.bench, bench.target ?? (bench.figures.length === 0 ? "—" : "no target"), formatMet(bench.met), formatSource(bench), bench.machine ?? ""]);
}

function alignedTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const render = (row: readonly string[]): string => row.map((cell, column) => (cell ?? "").padEnd(widths[column])).join("  ").trimEnd();
  return [render(header), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(render)].join("\n");
}

const escapeCell = (cell: string): string => cell.replace(/\|/g, "\\|");

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`)].join("\n");
}

const BENCH_COLUMNS = ["bench", "headline target", "met", "figures from", "machine"] as const;

function verdictLine(summary: Summary): string {
  const withTarget = summary.benches.filter((bench) => bench.met !== undefined);
  const met = withTarget.filter((bench) => bench.met).length;
  const fresh = summary.benches.filter((bench) => bench.source === "fresh").length;
  const unusable = summary.benches.filter((bench) => bench.selected && bench.source !== "fresh").map((bench) => `${bench.bench} ${bench.source}`);
  return `${met} of ${withTarget.length} bench targets met; ${fresh} of ${summary.benches.length} benches from this run${unusable.length > 0 ? `; ${unusable.join(", ")}` : ""}`;
}

/** The table printed at the end of `npm run bench`. */
export function formatText(summary: Summary): string {
  return `bench summary (${summary.date})\n\n${alignedTable(BENCH_COLUMNS, benchRows(summary))}\n\n${alignedTable(FIGURE_COLUMNS, figureRows(summary))}\n\n${verdictLine(summary)}\n`;
}

/** bench/results/summary.md. */
export function formatMarkdown(summary: Summary): string {
  return [
    "# printchain benchmarks: summary",
    "",
    `Made ${summary.date} by \`npm run bench\` from bench/results/<bench>.json. Each figure stands next to the limit it was measured against on the same machine in the same run; ratios are as each bench reports them (value / limit).`,
    "",
    markdownTable(BENCH_COLUMNS, benchRows(summary)),
    "",
    markdownTable(FIGURE_COLUMNS, figureRows(summary)),
    "",
    `${verdictLine(summary)}.`,
    "",
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// files

/** bench/results, from dist/bench/summary.js (the benches write there too). */
export const RESULTS_DIR = join(__dirname, "..", "..", "bench", "results");

/**
 * Reads every bench's file in `dir`: those in `selected` must have been written at or after
 * `startedMs` (else stale); the others are from earlier runs.
 */
export function readBenchInputs(dir: string, selected: readonly string[], startedMs: number): BenchInput[] {
  return BENCH_NAMES.map((bench): BenchInput => {
    const file = join(dir, `${bench}.json`);
    const wanted = selected.includes(bench);
    if (!existsSync(file)) return { bench, selected: wanted, source: "missing" };
    const mtime = statSync(file).mtimeMs;
    // Whole seconds: some file systems keep mtimes to the second.
    const source: Source = wanted ? (mtime >= Math.floor(startedMs / 1000) * 1000 ? "fresh" : "stale") : "previous";
    const writtenAt = new Date(mtime).toISOString();
    try {
      return { bench, selected: wanted, source, writtenAt, json: JSON.parse(readFileSync(file, "utf8")) as unknown };
    } catch (error) {
      return { bench, selected: wanted, source: "unreadable", writtenAt, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

/** Writes summary.json and summary.md into `dir`; returns the summary. */
export function writeSummary(dir: string, selected: readonly string[], startedMs: number): Summary {
  const summary = summarize(readBenchInputs(dir, selected, startedMs));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileSync(join(dir, "summary.md"), formatMarkdown(summary));
  return summary;
}

if (require.main === module) {
  const summary = writeSummary(RESULTS_DIR, [], Date.now());
  process.stdout.write(`${formatText(summary)}\nwrote bench/results/summary.json and summary.md\n`);
}
