/** `printchain query printers|jobs|emissions|staking|gov ...`: ABCI queries of the printchain Query services, printed as proto-JSON. */
import { connectComet } from "@cosmjs/tendermint-rpc";
import { Argument, Option, type Command } from "commander";
import type { IConversionOptions } from "protobufjs";
import { emissionsCodecs, govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs, type ProtoCodec, type ProtoInput } from "../../proto";
import { NODE_OPTION, print } from "./client";
import {
  integerInRange,
  parseAccountAddress,
  parseBase64,
  parseBondStatus,
  parseJobStatus,
  parsePrinterStatus,
  parseProposalId,
  parseProposalStatus,
  parseUint64,
  parseValoperAddress,
} from "./parse";
import { decodeProposalMessage, PROTO_JSON } from "./proposal";

/** The generated class of a query response: decodes it and converts it to proto-JSON. */
export interface ResponseType<T> {
  decode(input: Uint8Array): T;
  toObject(message: T, options?: IConversionOptions): { [key: string]: unknown };
}

/** A query the node answered with a non-zero code (not found, invalid argument...). */
export class QueryError extends Error {}

export function encodeRequest<T>(codec: ProtoCodec<T>, value: ProtoInput<T>): Uint8Array {
  return codec.encode(codec.fromPartial(value)).finish();
}

/** Runs an ABCI query (e.g. "/printchain.printers.v1.Query/Printer") and decodes the answer. */
export async function abciQuery<T>(node: string, path: string, request: Uint8Array, response: ResponseType<T>): Promise<T> {
  const comet = await connectComet(node);
  try {
    const result = await comet.abciQuery({ path, data: request });
    if (result.code) throw new QueryError(`${result.log || "query failed"} (codespace ${result.codespace}, code ${result.code})`);
    return response.decode(result.value);
  } finally {
    comet.disconnect();
  }
}

/**
 * Runs a query and prints its answer (as proto-JSON, then through `transform` if given); a refused query
 * prints `error: ...` and sets exit code 1.
 */
export async function printQuery<T>(
  node: string,
  path: string,
  request: Uint8Array,
  response: ResponseType<T>,
  transform: (json: { [key: string]: unknown }) => unknown = (json) => json,
): Promise<void> {
  try {
    print(transform(response.toObject(await abciQuery(node, path, request, response), PROTO_JSON)));
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = 1;
  }
}

export const PRINTER_QUERY_PATH = "/printchain.printers.v1.Query/Printer";

interface NodeOptions {
  readonly node: string;
}

interface PageOptions extends NodeOptions {
  readonly limit?: bigint;
  readonly offset?: bigint;
  readonly pageKey?: Uint8Array;
  readonly countTotal?: boolean;
  readonly reverse?: boolean;
}

function queryCommand(parent: Command, nameAndArgs: string, description: string): Command {
  return parent.command(nameAndArgs).description(description).option(...NODE_OPTION);
}

function withPagination(command: Command): Command {
  return command
    .option("--limit <n>", "page size (0: server default)", parseUint64)
    .option("--offset <n>", "skip this many results (instead of --page-key)", parseUint64)
    .option("--page-key <base64>", "next_key of the previous page", parseBase64)
    .option("--count-total", "also return the total count (offset pagination only)")
    .option("--reverse", "descending order");
}

function pageRequest(options: PageOptions): ProtoInput<printchain.base.v1.PageRequest> {
  return { key: options.pageKey, offset: options.offset, limit: options.limit, countTotal: options.countTotal, reverse: options.reverse };
}

/** One of several mutually exclusive filter options. */
function filterOption(flags: string, description: string, others: string[]): Option {
  return new Option(flags, description).conflicts(others);
}

const jobIdArgument = (): Argument => new Argument("<job-id>", "job id").argParser(parseUint64);
const epochArgument = (): Argument => new Argument("<epoch>", "epoch number (the first is 1)").argParser(parseUint64);

/** Epochs a projection covers at most (the node refuses more). */
const MAX_PROJECTION_EPOCHS = 10_000;

export function addQueryCommands(query: Command): void {
  const P = printchain.printers.v1;
  const printers = query.command("printers").description("printers module");
  queryCommand(printers, "printer <printer-id>", "one printer by id").action((printerId: string, options: NodeOptions) =>
    printQuery(options.node, PRINTER_QUERY_PATH, encodeRequest(printersCodecs.QueryPrinterRequest, { printerId }), P.QueryPrinterResponse),
  );
  withPagination(queryCommand(printers, "list", "printers by id, or those of one owner, region or status"))
    .addOption(filterOption("--owner <address>", "only this owner's printers", ["region", "status"]))
    .addOption(filterOption("--region <code>", "only printers in this ISO 3166 region", ["owner", "status"]))
    .addOption(filterOption("--status <status>", "only printers in this status (active, paused, retired)", ["owner", "region"]).argParser(parsePrinterStatus))
    .action((options: PageOptions & { owner?: string; region?: string; status?: number }) =>
      printQuery(
        options.node,
        "/printchain.printers.v1.Query/Printers",
        encodeRequest(printersCodecs.QueryPrintersRequest, { owner: options.owner, region: options.region, status: options.status, pagination: pageRequest(options) }),
        P.QueryPrintersResponse,
      ),
    );
  queryCommand(printers, "performance <printer-id>", "a printer's performance counters and derived rates").action((printerId: string, options: NodeOptions) =>
    printQuery(options.node, "/printchain.printers.v1.Query/PrinterPerformance", encodeRequest(printersCodecs.QueryPrinterPerformanceRequest, { printerId }), P.QueryPrinterPerformanceResponse),
  );
  queryCommand(printers, "attestations <printer-id>", "the attestations of a printer").action((printerId: string, options: NodeOptions) =>
    printQuery(options.node, "/printchain.printers.v1.Query/Attestations", encodeRequest(printersCodecs.QueryAttestationsRequest, { printerId }), P.QueryAttestationsResponse),
  );
  queryCommand(printers, "params", "printers module parameters").action((options: NodeOptions) =>
    printQuery(options.node, "/printchain.printers.v1.Query/Params", encodeRequest(printersCodecs.QueryParamsRequest, {}), P.QueryParamsResponse),
  );

  const J = printchain.jobs.v1;
  const jobs = query.command("jobs").description("jobs module");
  queryCommand(jobs, "job", "one job by id")
    .addArgument(jobIdArgument())
    .action((jobId: bigint, options: NodeOptions) => printQuery(options.node, "/printchain.jobs.v1.Query/Job", encodeRequest(jobsCodecs.QueryJobRequest, { jobId }), J.QueryJobResponse));
  withPagination(queryCommand(jobs, "list", "jobs by id, or those of one customer, printer or status"))
    .addOption(filterOption("--customer <address>", "only this customer's jobs", ["printer", "status"]))
    .addOption(filterOption("--printer <printer-id>", "only jobs of this printer", ["customer", "status"]))
    .addOption(
      filterOption("--status <status>", "only jobs in this status (open, accepted, proof_submitted, disputed, completed, failed, expired, cancelled, resolved)", ["customer", "printer"]).argParser(
        parseJobStatus,
      ),
    )
    .action((options: PageOptions & { customer?: string; printer?: string; status?: number }) =>
      printQuery(
        options.node,
        "/printchain.jobs.v1.Query/Jobs",
        encodeRequest(jobsCodecs.QueryJobsRequest, { customer: options.customer, printerId: options.printer, status: options.status, pagination: pageRequest(options) }),
        J.QueryJobsResponse,
      ),
    );
  withPagination(queryCommand(jobs, "offers <printer-id>", "open jobs currently offered to a printer")).action((printerId: string, options: PageOptions) =>
    printQuery(options.node, "/printchain.jobs.v1.Query/JobOffers", encodeRequest(jobsCodecs.QueryJobOffersRequest, { printerId, pagination: pageRequest(options) }), J.QueryJobsResponse),
  );
  queryCommand(jobs, "params", "jobs module parameters").action((options: NodeOptions) =>
    printQuery(options.node, "/printchain.jobs.v1.Query/Params", encodeRequest(jobsCodecs.QueryParamsRequest, {}), J.QueryParamsResponse),
  );

  const E = printchain.emissions.v1;
  const emissions = query.command("emissions").description("emissions module");
  const emissionsPath = (method: string): string => `/printchain.emissions.v1.Query/${method}`;
  queryCommand(emissions, "params", "emissions module parameters").action((options: NodeOptions) =>
    printQuery(options.node, emissionsPath("Params"), encodeRequest(emissionsCodecs.QueryParamsRequest, {}), E.QueryParamsResponse),
  );
  queryCommand(emissions, "epoch", "the current epoch (that of the next block) and its heights").action((options: NodeOptions) =>
    printQuery(options.node, emissionsPath("CurrentEpoch"), encodeRequest(emissionsCodecs.QueryCurrentEpochRequest, {}), E.QueryCurrentEpochResponse),
  );
  queryCommand(emissions, "summary", "how a settled epoch was minted and paid out")
    .addArgument(epochArgument())
    .action((epoch: bigint, options: NodeOptions) =>
      printQuery(options.node, emissionsPath("EpochSummary"), encodeRequest(emissionsCodecs.QueryEpochSummaryRequest, { epoch }), E.QueryEpochSummaryResponse),
    );
  queryCommand(emissions, "rewards <address>", "an account's rewards, of one epoch or all")
    .option("--epoch <n>", "only this epoch (0: all)", parseUint64, 0n)
    .action((address: string, options: NodeOptions & { epoch: bigint }) =>
      printQuery(options.node, emissionsPath("Rewards"), encodeRequest(emissionsCodecs.QueryRewardsRequest, { address, epoch: options.epoch }), E.QueryRewardsResponse),
    );
  queryCommand(emissions, "points <printer-id>", "a printer's points in one epoch")
    .addArgument(epochArgument())
    .action((printerId: string, epoch: bigint, options: NodeOptions) =>
      printQuery(options.node, emissionsPath("PrinterPoints"), encodeRequest(emissionsCodecs.QueryPrinterPointsRequest, { printerId, epoch }), E.QueryPrinterPointsResponse),
    );
  queryCommand(emissions, "projection", "the schedule's mint for the next epochs, from the current one")
    .option("--epochs <n>", `how many epochs, 1-${MAX_PROJECTION_EPOCHS}`, integerInRange(1, MAX_PROJECTION_EPOCHS), 10)
    .action((options: NodeOptions & { epochs: number }) =>
      printQuery(options.node, emissionsPath("Projection"), encodeRequest(emissionsCodecs.QueryProjectionRequest, { epochs: options.epochs }), E.QueryProjectionResponse),
    );

  addStakingQueryCommands(query);
  addGovQueryCommands(query);
}

const delegatorArgument = (): Argument => new Argument("<delegator>", "the delegator's print1... address").argParser(parseAccountAddress);
const valoperArgument = (name = "<validator>"): Argument => new Argument(name, "the validator's printvaloper1... operator address").argParser(parseValoperAddress);

function addStakingQueryCommands(query: Command): void {
  const S = printchain.staking.v1;
  const staking = query.command("staking").description("staking module");
  const path = (method: string): string => `/printchain.staking.v1.Query/${method}`;
  withPagination(queryCommand(staking, "validators", "validators in operator order, or those of one status"))
    .option("--status <status>", "only validators in this status (bonded, unbonding, unbonded)", parseBondStatus)
    .action((options: PageOptions & { status?: string }) =>
      printQuery(options.node, path("Validators"), encodeRequest(stakingCodecs.QueryValidatorsRequest, { status: options.status ?? "", pagination: pageRequest(options) }), S.QueryValidatorsResponse),
    );
  queryCommand(staking, "validator", "one validator by operator address")
    .addArgument(valoperArgument())
    .action((validatorAddr: string, options: NodeOptions) =>
      printQuery(options.node, path("Validator"), encodeRequest(stakingCodecs.QueryValidatorRequest, { validatorAddr }), S.QueryValidatorResponse),
    );
  withPagination(queryCommand(staking, "validator-delegations", "the delegations to a validator"))
    .addArgument(valoperArgument())
    .action((validatorAddr: string, options: PageOptions) =>
      printQuery(
        options.node,
        path("ValidatorDelegations"),
        encodeRequest(stakingCodecs.QueryValidatorDelegationsRequest, { validatorAddr, pagination: pageRequest(options) }),
        S.QueryValidatorDelegationsResponse,
      ),
    );
  queryCommand(staking, "delegation", "one delegation and the tokens it is worth")
    .addArgument(delegatorArgument())
    .addArgument(valoperArgument())
    .action((delegatorAddr: string, validatorAddr: string, options: NodeOptions) =>
      printQuery(options.node, path("Delegation"), encodeRequest(stakingCodecs.QueryDelegationRequest, { delegatorAddr, validatorAddr }), S.QueryDelegationResponse),
    );
  withPagination(queryCommand(staking, "delegations", "a delegator's delegations and the tokens they are worth"))
    .addArgument(delegatorArgument())
    .action((delegatorAddr: string, options: PageOptions) =>
      printQuery(
        options.node,
        path("DelegatorDelegations"),
        encodeRequest(stakingCodecs.QueryDelegatorDelegationsRequest, { delegatorAddr, pagination: pageRequest(options) }),
        S.QueryDelegatorDelegationsResponse,
      ),
    );
  withPagination(queryCommand(staking, "unbonding", "a delegator's unbonding delegations and their completion heights"))
    .addArgument(delegatorArgument())
    .action((delegatorAddr: string, options: PageOptions) =>
      printQuery(
        options.node,
        path("DelegatorUnbondingDelegations"),
        encodeRequest(stakingCodecs.QueryDelegatorUnbondingDelegationsRequest, { delegatorAddr, pagination: pageRequest(options) }),
        S.QueryDelegatorUnbondingDelegationsResponse,
      ),
    );
  withPagination(queryCommand(staking, "redelegations", "a delegator's redelegations in progress"))
    .addArgument(delegatorArgument())
    .action((delegatorAddr: string, options: PageOptions) =>
      printQuery(options.node, path("Redelegations"), encodeRequest(stakingCodecs.QueryRedelegationsRequest, { delegatorAddr, pagination: pageRequest(options) }), S.QueryRedelegationsResponse),
    );
  queryCommand(staking, "pool", "bonded and not-bonded tokens").action((options: NodeOptions) =>
    printQuery(options.node, path("Pool"), encodeRequest(stakingCodecs.QueryPoolRequest, {}), S.QueryPoolResponse),
  );
  queryCommand(staking, "params", "staking module parameters").action((options: NodeOptions) =>
    printQuery(options.node, path("Params"), encodeRequest(stakingCodecs.QueryParamsRequest, {}), S.QueryParamsResponse),
  );
}

type Json = { [key: string]: unknown };

/** A proposal's messages as `{"@type": ..., ...fields}` instead of Anys with base64 bytes. */
function withReadableMessages(proposal: unknown): unknown {
  if (typeof proposal !== "object" || proposal === null) return proposal;
  const { messages } = proposal as { messages?: unknown };
  return Array.isArray(messages) ? { ...proposal, messages: messages.map((any) => decodeProposalMessage(any as { type_url?: string; value?: string })) } : proposal;
}

const proposalIdArgument = (): Argument => new Argument("<proposal-id>", "proposal id").argParser(parseProposalId);

function addGovQueryCommands(query: Command): void {
  const G = printchain.gov.v1;
  const gov = query.command("gov").description("gov module");
  const path = (method: string): string => `/printchain.gov.v1.Query/${method}`;
  withPagination(queryCommand(gov, "proposals", "proposals in id order, optionally of one status, voter or depositor"))
    .option("--status <status>", "only proposals in this status (deposit, voting, passed, rejected, failed)", parseProposalStatus)
    .option("--voter <address>", "only proposals this account voted on", parseAccountAddress)
    .option("--depositor <address>", "only proposals this account deposited on", parseAccountAddress)
    .action((options: PageOptions & { status?: number; voter?: string; depositor?: string }) =>
      printQuery(
        options.node,
        path("Proposals"),
        encodeRequest(govCodecs.QueryProposalsRequest, { proposalStatus: options.status, voter: options.voter, depositor: options.depositor, pagination: pageRequest(options) }),
        G.QueryProposalsResponse,
        (json: Json) => ({ ...json, proposals: (json.proposals as unknown[]).map(withReadableMessages) }),
      ),
    );
  queryCommand(gov, "proposal", "one proposal, its messages decoded")
    .addArgument(proposalIdArgument())
    .action((proposalId: bigint, options: NodeOptions) =>
      printQuery(options.node, path("Proposal"), encodeRequest(govCodecs.QueryProposalRequest, { proposalId }), G.QueryProposalResponse, (json: Json) => ({
        ...json,
        proposal: withReadableMessages(json.proposal),
      })),
    );
  withPagination(queryCommand(gov, "deposits", "the deposits on a proposal"))
    .addArgument(proposalIdArgument())
    .action((proposalId: bigint, options: PageOptions) =>
      printQuery(options.node, path("Deposits"), encodeRequest(govCodecs.QueryDepositsRequest, { proposalId, pagination: pageRequest(options) }), G.QueryDepositsResponse),
    );
  queryCommand(gov, "deposit", "one depositor's deposit on a proposal")
    .addArgument(proposalIdArgument())
    .argument("<depositor>", "the depositor's print1... address", parseAccountAddress)
    .action((proposalId: bigint, depositor: string, options: NodeOptions) =>
      printQuery(options.node, path("Deposit"), encodeRequest(govCodecs.QueryDepositRequest, { proposalId, depositor }), G.QueryDepositResponse),
    );
  withPagination(queryCommand(gov, "votes", "the votes on a proposal"))
    .addArgument(proposalIdArgument())
    .action((proposalId: bigint, options: PageOptions) =>
      printQuery(options.node, path("Votes"), encodeRequest(govCodecs.QueryVotesRequest, { proposalId, pagination: pageRequest(options) }), G.QueryVotesResponse),
    );
  queryCommand(gov, "vote", "one voter's vote on a proposal")
    .addArgument(proposalIdArgument())
    .argument("<voter>", "the voter's print1... address", parseAccountAddress)
    .action((proposalId: bigint, voter: string, options: NodeOptions) =>
      printQuery(options.node, path("Vote"), encodeRequest(govCodecs.QueryVoteRequest, { proposalId, voter }), G.QueryVoteResponse),
    );
  queryCommand(gov, "tally", "the live tally of a proposal in its voting period, the final one after")
    .addArgument(proposalIdArgument())
    .action((proposalId: bigint, options: NodeOptions) =>
      printQuery(options.node, path("TallyResult"), encodeRequest(govCodecs.QueryTallyResultRequest, { proposalId }), G.QueryTallyResultResponse),
    );
  queryCommand(gov, "params", "gov module parameters").action((options: NodeOptions) =>
    printQuery(options.node, path("Params"), encodeRequest(govCodecs.QueryParamsRequest, {}), G.QueryParamsResponse),
  );
}
