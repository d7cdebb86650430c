import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { emissionsCodecs, govCodecs } from "../proto";
import type { App } from "../chain-sim/app/app";
import { createApp } from "../chain-sim/app/createApp";
import { defaultEmissionsGenesis } from "../chain-sim/modules/emissions/genesis";
import { defaultGovGenesis } from "../chain-sim/modules/gov/genesis";
import { buildGenesis, DEVNET_CHAIN_ID, withGenesisValidators } from "../chain-sim/node/devnet";
import { generateValidatorKey } from "../chain-sim/node/validatorKey";
import { iteratePrefix } from "../chain-sim/store/kvStore";
import { sha256 } from "../chain-sim/store/merkle";
import { addressFromBytes, moduleAddress } from "../chain-sim/types/address";
import { GENESIS_TIME_MS, line, median, round } from "./pipeline";

const VALIDATORS = 100;
const VOTERS = 100_000;
const RUNS = 3;
const QUERIES = 5;
/** The target for one tally. */
const TARGET_MS = 100;
const DEPOSIT = 10_000_000n;
const VOTING_END_HEIGHT = 2;
const ONE = "1.000000000000000000";

const benchAddress = (label: string): string => addressFromBytes(sha256(new TextEncoder().encode(label)).slice(0, 20));

/**
 * A genesis with 100 bonded validators, 100,000 delegators (one delegation each, spread over the
 * validators) who all voted on one proposal in its voting period, and every validator voting yes,
 * so the tally both inherits and overrides validator votes. The proposal changes role weights and
 * its voting ends at block 2.
 */
function govGenesis(): ReturnType<typeof buildGenesis> {
  const voters = Array.from({ length: VOTERS }, (_, index) => benchAddress(`bench voter ${index}`));
  const operators = Array.from({ length: VALIDATORS }, (_, index) => benchAddress(`bench validator ${index}`));
  const proposer = benchAddress("bench proposer");
  const genesis = withGenesisValidators(
    buildGenesis({ chainId: DEVNET_CHAIN_ID, genesisTimeMs: GENESIS_TIME_MS, validator: generateValidatorKey(), moniker: "gov bench", balances: [{ address: proposer, amount: 1_000_000n }] }),
    operators.map((operator, index) => ({
      operator,
      pubKey: Buffer.from(sha256(new TextEncoder().encode(`bench consensus key ${index}`))).toString("base64"),
      tokens: 1_000_000_000n,
      moniker: `validator-${index}`,
      delegators: voters.filter((_, voter) => voter % VALIDATORS === index).map((address, n) => ({ address, tokens: 1_000_000n + BigInt(n) })),
    })),
  );
  const appState = genesis.app_state as Record<string, unknown>;
  const bank = appState.bank as { balances: Array<{ address: string; coins: Array<{ denom: string; amount: string }> }> };
  bank.balances.push({ address: moduleAddress("gov"), coins: [{ denom: "uprint", amount: DEPOSIT.toString() }] });
  const emissionsParams = (defaultEmissionsGenesis() as { params: Record<string, unknown> }).params;
  const weights = [55, 20, 10, 5, 5, 5].map((weight, index) => ({ role: index + 1, weight }));
  const update = emissionsCodecs.MsgUpdateParams.fromPartial({ authority: moduleAddress("gov"), params: emissionsCodecs.Params.fromPartial({ ...emissionsParams, roleWeights: weights }) });
  const options = (index: number): Array<{ option: string; weight: string }> => {
    if (index % 10 === 9) return [{ option: "VOTE_OPTION_YES", weight: "0.600000000000000000" }, { option: "VOTE_OPTION_NO", weight: "0.400000000000000000" }];
    return [{ option: ["VOTE_OPTION_YES", "VOTE_OPTION_YES", "VOTE_OPTION_YES", "VOTE_OPTION_YES", "VOTE_OPTION_YES", "VOTE_OPTION_YES", "VOTE_OPTION_NO", "VOTE_OPTION_NO", "VOTE_OPTION_ABSTAIN"][index % 10], weight: ONE }];
  };
  const deposit = [{ denom: "uprint", amount: DEPOSIT.toString() }];
  appState.gov = {
    ...(defaultGovGenesis() as Record<string, unknown>),
    startingProposalId: "2",
    proposals: [
      {
        id: "1",
        messages: [{ type_url: emissionsCodecs.MsgUpdateParams.typeUrl, value: Buffer.from(emissionsCodecs.MsgUpdateParams.encode(update).finish()).toString("base64") }],
        status: "PROPOSAL_STATUS_VOTING_PERIOD",
        submitHeight: "1",
        depositEndHeight: "1",
        votingStartHeight: "1",
        votingEndHeight: String(VOTING_END_HEIGHT),
        totalDeposit: deposit,
        title: "Role weights 55/20/10/5/5/5",
        proposer,
      },
    ],
    deposits: [{ proposalId: "1", depositor: proposer, amount: deposit }],
    votes: [...voters.map((voter, index) => ({ proposalId: "1", voter, options: options(index), metadata: "" })), ...operators.map((voter) => ({ proposalId: "1", voter, options: [{ option: "VOTE_OPTION_YES", weight: ONE }], metadata: "" }))],
  };
  return genesis;
}

function finalize(app: App): ReturnType<App["finalizeBlock"]> {
  const height = app.lastInfo.height + 1;
  return app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" }, []);
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The tally of one proposal with 100,000 votes and 100 validators, against the 100 ms target and a bare scan of the same votes. */
export async function runGovBench(): Promise<void> {
  process.stdout.write(`printchain gov bench: tally of ${VOTERS} delegator votes + ${VALIDATORS} validator votes over ${VALIDATORS} bonded validators, median of ${RUNS} chains × ${QUERIES} tallies, ${cpus().length} vCPUs\n\n`);
  const genesis = govGenesis();
  const tallyMs: number[] = [];
  const scanMs: number[] = [];
  const endBlockMs: number[] = [];
  let tally: Record<string, string> = {};
  let result = "";
  for (let run = 0; run < RUNS; run++) {
    const app = createApp(DEVNET_CHAIN_ID);
    app.initChain(JSON.parse(JSON.stringify(genesis)) as typeof genesis, GENESIS_TIME_MS);
    finalize(app);
    const request = govCodecs.QueryTallyResultRequest.encode(govCodecs.QueryTallyResultRequest.fromPartial({ proposalId: 1 })).finish();
    for (let query = 0; query < QUERIES; query++) {
      const { ms, value } = timed(() => app.query("/printchain.gov.v1.Query/TallyResult", request));
      if (value.code !== 0) throw new Error(`tally query failed: ${value.log}`);
      const decoded = govCodecs.QueryTallyResultResponse.decode(value.value).tally!;
      tally = { yes: decoded.yesCount ?? "", abstain: decoded.abstainCount ?? "", no: decoded.noCount ?? "", noWithVeto: decoded.noWithVetoCount ?? "" };
      tallyMs.push(ms);
      // The floor of a tally that recounts: every vote record read and decoded, nothing computed.
      scanMs.push(timed(() => {
        let votes = 0;
        for (const [, bytes] of iteratePrefix(app.store, "gov/votes/")) votes += govCodecs.Vote.decode(bytes).options.length > 0 ? 1 : 0;
        if (votes !== VOTERS + VALIDATORS) throw new Error(`scanned ${votes} votes`);
      }).ms);
    }
    const { ms, value: block } = timed(() => finalize(app));
    endBlockMs.push(ms);
    result = block.events.find((event) => event.type === "printchain.gov.v1.EventProposalResult")?.attributes.find((attribute) => attribute.key === "result")?.value ?? "none";
    if (result !== "proposal_passed") throw new Error(`the bench proposal ended ${result}`);
  }
  const tallyMedian = median(tallyMs);
  const scanMedian = median(scanMs);
  const endBlockMedian = median(endBlockMs);
  line(`limit: a recount's floor, reading the ${VOTERS + VALIDATORS} vote records`, `${scanMedian.toFixed(1)} ms`);
  line(`tally (TallyResult query: ${VALIDATORS} validators' indexed vote sums, inheritance, thresholds)`, `${tallyMedian.toFixed(1)} ms  ${(tallyMedian / scanMedian).toFixed(2)}× the scan  target < ${TARGET_MS} ms`);
  line("voting-end block: tally, refund, run the weights change, commit", `${endBlockMedian.toFixed(1)} ms`);
  line("tally (PRINT-uprint): yes / no / abstain", `${tally.yes} / ${tally.no} / ${tally.abstain}`);
  const summary = {
    date: new Date().toISOString(),
    machine: { vcpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
    workload: { validators: VALIDATORS, delegatorVotes: VOTERS, validatorVotes: VALIDATORS, runs: RUNS, queriesPerRun: QUERIES },
    limit: { voteScanMs: round(scanMedian) },
    tally: { medianMs: round(tallyMedian), runsMs: tallyMs.map(round), ratioToScan: round(tallyMedian / scanMedian), result: tally },
    votingEndBlock: { medianMs: round(endBlockMedian), runsMs: endBlockMs.map(round), outcome: result },
    target: { tallyMsMax: TARGET_MS, met: tallyMedian < TARGET_MS },
  };
  const dir = join(__dirname, "..", "..", "bench", "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "gov.json"), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`\nwrote bench/results/gov.json; a tally of ${VOTERS + VALIDATORS} votes takes ${tallyMedian.toFixed(1)} ms (target < ${TARGET_MS} ms: ${summary.target.met ? "met" : "not met"})\n`);
}
