import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import type { App } from "../chain-sim/app/app";
import { createApp } from "../chain-sim/app/createApp";
import { defaultEmissionsGenesis } from "../chain-sim/modules/emissions/genesis";
import { DEFAULT_EMISSIONS_PARAMS } from "../chain-sim/modules/emissions/params";
import { jobPoints } from "../chain-sim/modules/emissions/points";
import { DEVNET_CHAIN_ID, withGenesisValidators } from "../chain-sim/node/devnet";
import { sha256 } from "../chain-sim/store/merkle";
import { generateFleet, marketplaceGenesis } from "./marketplace";
import { benchSigners, GENESIS_TIME_MS, line, median, round } from "./pipeline";

const PRINTERS = 10_000;
const JOBS = 100_000;
const VALIDATORS = 100;
/** Delegations besides the validators' self-bonds, spread over the validators. */
const DELEGATIONS = 10_000;
const CONTRIBUTORS = 1_000;
/** Accounts of attested contributors and delegators. */
const ACCOUNTS = 10_000;
const RUNS = 3;
/** The devnet's block interval: the epoch end must fit in one block. */
const BLOCK_INTERVAL_MS = 1000;
const EPOCH_LENGTH = 2;

/**
 * The epoch end of an epoch in which 10,000 printers completed 100,000 jobs. Points are credited
 * to printers as jobs settle (inside each confirm tx, measured by the marketplace bench), so the
 * epoch end reads one points record per printer, not the jobs: here the records are in genesis,
 * each the sum of ten jobs' points from the real formulas. Timed: the whole epoch-end block
 * (mint, role split, 21,100 pro-rata payouts with their reward records and events, commit).
 */
export async function runEmissionsBench(): Promise<void> {
  process.stdout.write(`printchain emissions bench: epoch end with ${PRINTERS} printers (${JOBS} completed jobs), ${VALIDATORS} validators with ${DELEGATIONS} delegations, ${CONTRIBUTORS} attested contributors, median of ${RUNS}, ${cpus().length} vCPUs\n\n`);
  const operators = await benchSigners("market operator", 200, 0);
  const fleet = generateFleet(PRINTERS, 0xe1155, "p");
  const pointsStarted = performance.now();
  const points = fleet.map((printer, index) => {
    let total = 0n;
    for (let job = 0; job < JOBS / PRINTERS; job++) {
      const value = BigInt(1_000_000 + ((index * 7919 + job * 104_729) % 50_000_000));
      total += jobPoints(
        {
          value,
          quantity: 4,
          unitsCompleted: job % 7 === 0 ? 3 : 4,
          firstAttempt: job % 5 !== 0,
          onTime: job % 9 !== 0,
          acceptMs: 30_000 + ((index + job) % 900_000),
          averageAcceptMs: 120_000,
          gramsEstimated: 200n,
          gramsUsed: BigInt(150 + ((index + job) % 120)),
          printSeconds: 3_600 + ((index * job) % 20_000),
          quality: job % 3 === 0 ? undefined : 60 + ((index + job) % 41),
          selfDealt: job % 97 === 0,
        },
        DEFAULT_EMISSIONS_PARAMS.points,
      ).total;
    }
    return { epoch: "1", printerId: printer.id, owner: operators[printer.operator].address, points: total.toString(), uncappedPoints: total.toString(), jobs: JOBS / PRINTERS, selfDealtJobs: 0 };
  });
  const pointsMs = performance.now() - pointsStarted;
  const accounts = await benchSigners("contributor", ACCOUNTS, 400);
  const contributors = accounts.slice(0, CONTRIBUTORS);
  const roles = ["ROLE_DEVELOPERS", "ROLE_MODEL_PROVIDERS", "ROLE_LIQUIDITY_PROVIDERS", "ROLE_COMMUNITY"];

  const blockMs: number[] = [];
  let paidOut = 0;
  for (let run = 0; run < RUNS; run++) {
    const genesis = withGenesisValidators(
      marketplaceGenesis(fleet, [], operators),
      operators.slice(0, VALIDATORS).map(({ address }, index) => ({
        operator: address,
        pubKey: Buffer.from(sha256(new TextEncoder().encode(`bench validator ${index}`))).toString("base64"),
        tokens: BigInt(1 + index) * 1_000_000n,
        moniker: `validator-${index}`,
        delegators: accounts.slice(0, DELEGATIONS).filter((_, delegator) => delegator % VALIDATORS === index).map((delegator, n) => ({ address: delegator.address, tokens: BigInt(1 + n) * 1_000n })),
      })),
    );
    const params = (defaultEmissionsGenesis() as { params: Record<string, unknown> }).params;
    (genesis.app_state as Record<string, unknown>).emissions = {
      params: { ...params, epochLength: String(EPOCH_LENGTH) },
      printerPoints: points,
      contributions: contributors.map(({ address }, index) => ({ epoch: "1", role: roles[index % roles.length], contributor: address, points: String(1 + index) })),
    };
    const app = createApp(DEVNET_CHAIN_ID);
    app.initChain(genesis, GENESIS_TIME_MS);
    finalize(app); // block 1: no epoch end
    const started = performance.now();
    const execution = finalize(app); // block 2: the epoch end
    blockMs.push(performance.now() - started);
    paidOut = execution.events.filter((event) => event.type === "printchain.emissions.v1.EventReward").length;
  }
  const epochEndMs = median(blockMs);
  const ratio = epochEndMs / BLOCK_INTERVAL_MS;
  line("limit: the devnet block interval", `${BLOCK_INTERVAL_MS} ms`);
  line(`epoch end: ${paidOut} payouts (${PRINTERS} printers, ${VALIDATORS} validators' ${VALIDATORS + DELEGATIONS} delegations, ${CONTRIBUTORS} contributors)`, `${epochEndMs.toFixed(0)} ms  ratio ${ratio.toFixed(2)}`);
  line(`points of ${JOBS} jobs (the formulas alone, credited as jobs settle)`, `${pointsMs.toFixed(0)} ms  ${((JOBS / pointsMs) * 1000).toFixed(0)} jobs/s`);
  const result = {
    date: new Date().toISOString(),
    machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: { printers: PRINTERS, jobs: JOBS, validators: VALIDATORS, delegations: DELEGATIONS, contributors: CONTRIBUTORS, runs: RUNS, payouts: paidOut },
    limit: { blockIntervalMs: BLOCK_INTERVAL_MS },
    epochEnd: { medianMs: round(epochEndMs), runsMs: blockMs.map(round), ratio: round(ratio) },
    points: { jobs: JOBS, ms: round(pointsMs) },
    target: { ratioMax: 1, met: ratio < 1 },
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "emissions.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results/emissions.json; the epoch end takes ${round(ratio)} of a block interval (target < 1: ${result.target.met ? "met" : "not met"})\n`);
}

function finalize(app: App): ReturnType<App["finalizeBlock"]> {
  const height = app.lastInfo.height + 1;
  return app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" }, []);
}
