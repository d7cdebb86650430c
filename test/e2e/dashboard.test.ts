import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { emissionsCodecs } from "../../proto";
import { tempHome } from "../utils/testNode";

/**
 * The whole devnet as `npm start` runs it (node, workload, indexer on embedded PostgreSQL, GraphQL
 * server and dashboard), driven by headless Chromium (Debian's package through playwright-core):
 * the charts render with data, live updates arrive, no console error occurs, a screenshot is kept
 * in test-results/, every figure on the page equals the GraphQL API's, and a sample of the API's
 * equals the chain's. Ctrl-C stops everything; a restart resumes the same chain and database.
 */
jest.setTimeout(300_000);

const CLI = join(__dirname, "..", "..", "bin", "printchain.js");
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = join(__dirname, "..", "..", "test-results", "dashboard.png");

/** Installs Debian's chromium when it is missing and we may (root with apt-get); the reason when not. */
function ensureChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return `${CHROMIUM} is missing and this user cannot install Debian's chromium package`;
  const install = (): number | null => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "ignore", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status;
  if (install() !== 0) {
    spawnSync("apt-get", ["update"], { stdio: "ignore" });
    install();
  }
  return existsSync(CHROMIUM) ? undefined : "apt-get could not install chromium here";
}

const missing = ensureChromium();
if (missing) process.stderr.write(`dashboard test skipped: ${missing}\n`);
const describeWithBrowser = missing ? describe.skip : describe;

interface Devnet {
  readonly child: ChildProcess;
  readonly rpc: string;
  readonly dashboard: string;
  readonly output: () => string;
}

function startDevnet(home: string): Promise<Devnet> {
  const child = spawn(process.execPath, [CLI, "devnet", "--home", home, "--rpc-port", "0", "--graphql-port", "0", "--metrics-port", "0", "--block-time", "250", "--epoch-length", "10", "--printers", "24"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the devnet printed no dashboard URL within 90 s:\n${output}`)), 90_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const rpc = /RPC\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      const dashboard = /Dashboard\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (rpc && dashboard) {
        clearTimeout(timer);
        resolve({ child, rpc: rpc[1], dashboard: dashboard[1], output: () => output });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the devnet exited with ${code}:\n${output}`));
    });
  });
}

async function stop(devnet: Devnet): Promise<number | null> {
  if (devnet.child.exitCode !== null) return devnet.child.exitCode;
  const exit = new Promise<number | null>((resolve) => devnet.child.once("exit", (code) => resolve(code)));
  devnet.child.kill("SIGINT");
  return exit;
}

async function api<T = Record<string, any>>(dashboard: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${dashboard}graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describeWithBrowser("the devnet dashboard in headless Chromium", () => {
  const home = tempHome("dashboard");
  let devnet: Devnet;
  let started: number;

  beforeAll(async () => {
    started = Date.now();
    devnet = await startDevnet(home);
  });
  afterAll(async () => {
    if (devnet) await stop(devnet);
    rmSync(home, { recursive: true, force: true });
  });

  test("charts render with live data, no console error; every figure equals the API's, and the API's the chain's", async () => {
    const { chromium } = await import("playwright-core");
    // Three ended epochs: emissions, rewards and rollups to show.
    await until("epoch 3", async () => ((await api(devnet.dashboard, `{ epochs(last: 1) { nodes { epoch } } }`)).epochs.nodes[0]?.epoch >= 3 ? true : undefined));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
      const problems: string[] = [];
      page.on("console", (message) => void (message.type() === "error" && problems.push(message.text())));
      page.on("pageerror", (error) => problems.push(String(error)));
      await page.goto(devnet.dashboard);
      await page.waitForFunction(() => (window as any).dashboard?.loaded === true, null, { timeout: 60_000 });
      const loadedAfter = (Date.now() - started) / 1000;
      process.stderr.write(`dashboard with data ${loadedAfter.toFixed(1)} s after the devnet was started\n`);
      // Live: the summary is refreshed by the newBlocks subscription.
      await page.waitForFunction(() => ((window as any).dashboard?.updates ?? 0) >= 2, null, { timeout: 30_000 });

      const charts = await page.evaluate(() => {
        const { charts } = (window as any).dashboard;
        return Object.fromEntries(Object.entries(charts).map(([name, chart]: [string, any]) => [name, chart.data.datasets.map((dataset: any) => dataset.data.filter((value: any) => (typeof value === "number" ? value > 0 : value !== null)).length)]));
      });
      for (const name of ["map", "emissions", "printer"]) expect([name, (charts[name] as number[]).reduce((sum, count) => sum + count, 0)]).toEqual([name, expect.any(Number)]);
      expect((charts.map as number[]).reduce((sum, count) => sum + count, 0)).toBe(24);
      expect((charts.emissions as number[]).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
      mkdirSync(join(SCREENSHOT, ".."), { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // Figures on the page equal the API's: both read at one indexed height (retried until they are).
      const summaryQuery = `{ ${["OPEN", "ACCEPTED", "PROOF_SUBMITTED", "DISPUTED", "COMPLETED", "FAILED", "EXPIRED", "CANCELLED", "RESOLVED"].map((status) => `${status.toLowerCase()}: jobs(where: {status: {eq: JOB_STATUS_${status}}}, first: 0) { totalCount }`).join(" ")}
        active: printers(where: {status: {eq: PRINTER_STATUS_ACTIVE}}, first: 0) { totalCount } all: printers(first: 0) { totalCount } _meta { indexedHeight } }`;
      const { shown, counted } = await until("the page and the API at one height", async () => {
        const onPage = await page.evaluate(() => JSON.parse(JSON.stringify((window as any).dashboard.shown)));
        const fromApi = await api(devnet.dashboard, summaryQuery);
        return onPage.summary.height === fromApi._meta.indexedHeight ? { shown: onPage, counted: fromApi } : undefined;
      });
      expect(shown.summary.jobs).toEqual(Object.fromEntries(Object.keys(shown.summary.jobs).map((status) => [status, counted[status.toLowerCase()].totalCount])));
      expect([shown.summary.printersActive, shown.summary.printers]).toEqual([counted.active.totalCount, counted.all.totalCount]);
      const epochs = await api(devnet.dashboard, `{ epochs(last: 20) { nodes { epoch minted roles { role weight paid } } } }`);
      const apiEpochs = new Map(epochs.epochs.nodes.map((epoch: { epoch: number }) => [epoch.epoch, epoch]));
      expect(shown.emissions.length).toBeGreaterThanOrEqual(3);
      for (const epoch of shown.emissions) expect(epoch.roles).toEqual((apiEpochs.get(epoch.epoch) as { roles: unknown }).roles);
      const leaderboardEpoch = Number(await page.textContent("#leaderboard-epoch"));
      const board = await api(devnet.dashboard, `query ($epoch: Int) { leaderboard(by: POINTS, epoch: $epoch, first: 10) { rank value printer { id moniker region } performance { onTimeRate avgQuality rewards } } }`, { epoch: leaderboardEpoch });
      expect(shown.leaderboard).toEqual(board.leaderboard);
      const printerRows = await page.$$eval("#leaderboard tbody tr", (rows) => rows.map((row) => (row as HTMLElement).dataset.printer));
      expect(printerRows).toEqual(board.leaderboard.map((entry: { printer: { id: string } }) => entry.printer.id));
      const printer = await api(devnet.dashboard, `query ($id: ID!) { printer(id: $id) { performance { epochs completed } epochs(last: 20) { nodes { epoch points } } } }`, { id: shown.printer.id });
      expect(shown.printer.epochs.nodes.map((row: { epoch: number; points: string }) => [row.epoch, row.points])).toEqual(printer.printer.epochs.nodes.map((row: { epoch: number; points: string }) => [row.epoch, row.points]));
      expect(problems).toEqual([]);

      // A sample of the API against the chain: each shown epoch's minted and role payouts equal Query/EpochSummary.
      const comet = await Comet38Client.connect(devnet.rpc);
      try {
        for (const epoch of shown.emissions) {
          const result = await comet.abciQuery({ path: "/printchain.emissions.v1.Query/EpochSummary", data: emissionsCodecs.QueryEpochSummaryRequest.encode(emissionsCodecs.QueryEpochSummaryRequest.fromPartial({ epoch: epoch.epoch })).finish() });
          const { summary } = emissionsCodecs.QueryEpochSummaryResponse.decode(result.value);
          expect(String(summary!.minted)).toBe((apiEpochs.get(epoch.epoch) as { minted: string }).minted);
          expect(epoch.roles.map((split: { paid: string }) => split.paid)).toEqual((summary!.roles ?? []).map((role) => String(role.paid)));
        }
      } finally {
        comet.disconnect();
      }
    } finally {
      await browser.close();
    }
  });

  test("Ctrl-C stops everything cleanly; starting again resumes the same chain and database", async () => {
    const before = await api(devnet.dashboard, `{ _meta { indexedHeight chainId } }`);
    expect(await stop(devnet)).toBe(0);
    devnet = await startDevnet(home);
    const after = await until("the indexer resuming", async () => {
      const meta = (await api(devnet.dashboard, `{ _meta { indexedHeight chainId complete } }`))._meta;
      return meta.indexedHeight > before._meta.indexedHeight ? meta : undefined;
    });
    expect(after.chainId).toBe(before._meta.chainId);
    expect(after.complete).toBe(true);
    expect(devnet.output()).not.toMatch(/error/i);
  });
});
