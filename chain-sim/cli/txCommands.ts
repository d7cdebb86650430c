/** `printchain tx ...`: build a Msg, sign it with the selected key, broadcast it, print the result. */
import { generateKeyPairSync } from "node:crypto";
import { toBase64 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, type Coin, type DeliverTxResponse, type MsgSendEncodeObject } from "@cosmjs/stargate";
import { fromRfc3339WithNanoseconds } from "@cosmjs/tendermint-rpc";
import { Argument, Option, type Command } from "commander";
import { createPrintchainRegistry, emissionsCodecs, govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs, toBigInt, type ProtoCodec, type ProtoInput } from "../../proto";
import { moduleAddress, valoperFromAccount } from "../types/address";
import { NODE_OPTION, print } from "./client";
import {
  parseAmount,
  parseBondCoin,
  parseConsensusPubkey,
  parseDepositCoins,
  parseFraction,
  parsePositiveAmount,
  parseProposalId,
  parseRoleWeight,
  parseValoperAddress,
  parseVoteOption,
  parseWeightedVote,
  parseAttestedPoints,
  parseAttestedRole,
  parseBasisPoints,
  parseCoin,
  parseCoinList,
  parseDeadline,
  parseLatitude,
  parseList,
  parseLongitude,
  parsePositiveUint32,
  parsePrinterStatus,
  parseQuality,
  parseSha256Hex,
  parseTechnology,
  parseUint32,
  parseUint64,
  parseVolume,
  resolveDeadline,
  type Deadline,
} from "./parse";
import { applyRoleWeights, describeRoleWeights, readProposalFile, type AnyMessage, type RoleWeight } from "./proposal";
import { abciQuery, encodeRequest, PRINTER_QUERY_PATH } from "./queryCommands";
import { addSignerOptions, loadSigner, type SignerOptions } from "./signer";

export interface TxOptions extends SignerOptions {
  readonly node: string;
  readonly gasPrice: string;
  readonly memo: string;
}

/** The automatic fee: simulated gas times this multiplier, at --gas-price. */
const GAS_MULTIPLIER = 1.5;

/**
 * Signs `build(signer address)` with the selected key, broadcasts it and prints the result (plus `extra`
 * for a successful tx); a tx that fails in its block sets exit code 1.
 */
export async function broadcastTx(
  options: TxOptions,
  build: (sender: string, client: SigningStargateClient) => EncodeObject[] | Promise<EncodeObject[]>,
  extra?: (result: DeliverTxResponse) => Record<string, unknown>,
): Promise<void> {
  const { wallet, address } = await loadSigner(options);
  const client = await SigningStargateClient.connectWithSigner(options.node, wallet, {
    registry: createPrintchainRegistry(),
    gasPrice: GasPrice.fromString(options.gasPrice),
    broadcastPollIntervalMs: 300,
  });
  try {
    const result = await client.signAndBroadcast(address, await build(address, client), GAS_MULTIPLIER, options.memo);
    print({
      height: result.height,
      txhash: result.transactionHash,
      code: result.code,
      gas_used: result.gasUsed,
      gas_wanted: result.gasWanted,
      raw_log: result.rawLog ?? "",
      ...(result.code === 0 && extra ? extra(result) : {}),
      events: result.events,
    });
    if (result.code !== 0) process.exitCode = 1;
  } finally {
    client.disconnect();
  }
}

function msg<T>(codec: ProtoCodec<T>, value: ProtoInput<T>): EncodeObject {
  return { typeUrl: codec.typeUrl, value };
}

function txCommand(parent: Command, nameAndArgs: string, description: string): Command {
  return addSignerOptions(parent.command(nameAndArgs).description(description).option(...NODE_OPTION))
    .option("--gas-price <price>", "gas price for the automatic fee", "0.025uprint")
    .option("--memo <text>", "memo", "");
}

/** A flag that sets one field of a message, shared by the commands that set that field. */
interface FieldFlag {
  readonly flags: string;
  readonly description: string;
  readonly parse?: (value: string) => unknown;
  /** The message field it sets. */
  readonly field: string;
  /** Required when registering (every flag is optional on update). */
  readonly required: boolean;
}

const SPEC_FLAGS: readonly FieldFlag[] = [
  { flags: "--technology <name>", description: "FDM, SLA, SLS, MJF or DMLS", parse: parseTechnology, field: "technology", required: true },
  { flags: "--build-volume <XxYxZ>", description: "build volume in mm, e.g. 220x220x250", parse: parseVolume, field: "buildVolume", required: true },
  { flags: "--materials <list>", description: "comma-separated materials, e.g. PLA,PETG", parse: parseList, field: "materials", required: true },
  { flags: "--nozzle-um <n>", description: "nozzle diameter in µm (0 for nozzle-less technologies)", parse: parseUint32, field: "nozzleDiameterUm", required: false },
  { flags: "--layer-um <n>", description: "minimum layer height in µm", parse: parsePositiveUint32, field: "layerResolutionUm", required: true },
  { flags: "--speed <mm-per-s>", description: "maximum speed in mm/s", parse: parsePositiveUint32, field: "maxSpeedMmPerS", required: true },
  { flags: "--throughput <mm3-per-h>", description: "sustained throughput in mm³/h", parse: parseUint64, field: "throughputMm3PerHour", required: false },
];

const LOCATION_FLAGS: readonly FieldFlag[] = [
  { flags: "--lat <degrees>", description: "latitude in decimal degrees, e.g. 52.520008", parse: parseLatitude, field: "latitudeUdeg", required: true },
  { flags: "--lon <degrees>", description: "longitude in decimal degrees, e.g. 13.404954", parse: parseLongitude, field: "longitudeUdeg", required: true },
  { flags: "--region <code>", description: 'ISO 3166 region, e.g. "DE" or "US-CA"', field: "region", required: true },
];

function addFieldFlags(command: Command, flags: readonly FieldFlag[], register: boolean): Command {
  for (const flag of flags) {
    const option = new Option(flag.flags, flag.description).makeOptionMandatory(register && flag.required);
    command.addOption(flag.parse ? option.argParser(flag.parse) : option);
  }
  return command;
}

/** The message fields set by the given flags, or undefined when none of them was given. */
function fieldsOf(options: Record<string, unknown>, flags: readonly FieldFlag[]): Record<string, unknown> | undefined {
  const entries = flags.map((flag) => [flag.field, options[new Option(flag.flags).attributeName()]]).filter(([, value]) => value !== undefined);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

type PrinterSpecInput = ProtoInput<printchain.printers.v1.PrinterSpec>;
type LocationInput = ProtoInput<printchain.printers.v1.Location>;

async function latestBlockTimeMs(client: SigningStargateClient): Promise<number> {
  return fromRfc3339WithNanoseconds((await client.getBlock()).header.time).getTime();
}

const jobIdArgument = (): Argument => new Argument("<job-id>", "job id").argParser(parseUint64);

function addPrintersTxCommands(tx: Command): void {
  const printers = tx.command("printers").description("printers module transactions");
  type RegisterOptions = TxOptions & Record<string, unknown> & { moniker?: string; bond?: string };
  addFieldFlags(addFieldFlags(txCommand(printers, "register <printer-id>", "register a printer owned by the signer"), SPEC_FLAGS, true), LOCATION_FLAGS, true)
    .option("--moniker <name>", "display name")
    .option("--bond <amount>", "operator bond in uprint (integer)", parseAmount)
    .action((printerId: string, options: RegisterOptions) =>
      broadcastTx(options, (owner) => [
        msg(printersCodecs.MsgRegisterPrinter, {
          owner,
          printerId,
          moniker: options.moniker ?? "",
          spec: fieldsOf(options, SPEC_FLAGS) as PrinterSpecInput,
          location: fieldsOf(options, LOCATION_FLAGS) as LocationInput,
          bond: options.bond ?? "",
        }),
      ]),
    );

  type UpdateOptions = TxOptions & Record<string, unknown> & { moniker?: string; addBond?: string };
  addFieldFlags(addFieldFlags(txCommand(printers, "update <printer-id>", "change moniker, spec or location (merged with the current ones), or add bond"), SPEC_FLAGS, false), LOCATION_FLAGS, false)
    .option("--moniker <name>", "new display name")
    .option("--add-bond <amount>", "add this many uprint to the bond", parseAmount)
    .action((printerId: string, options: UpdateOptions) =>
      broadcastTx(options, async (owner) => {
        const spec = fieldsOf(options, SPEC_FLAGS);
        const location = fieldsOf(options, LOCATION_FLAGS);
        const current =
          spec || location
            ? (await abciQuery(options.node, PRINTER_QUERY_PATH, encodeRequest(printersCodecs.QueryPrinterRequest, { printerId }), printchain.printers.v1.QueryPrinterResponse)).printer
            : undefined;
        return [
          msg(printersCodecs.MsgUpdatePrinter, {
            owner,
            printerId,
            moniker: options.moniker,
            spec: spec && ({ ...current?.spec, ...spec } as PrinterSpecInput),
            location: location && ({ ...current?.location, ...location } as LocationInput),
            addBond: options.addBond ?? "",
          }),
        ];
      }),
    );

  txCommand(printers, "set-status <printer-id>", "pause, resume or retire a printer")
    .addArgument(new Argument("<status>", "active, paused or retired").argParser(parsePrinterStatus))
    .action((printerId: string, status: number, options: TxOptions) =>
      broadcastTx(options, (owner) => [msg(printersCodecs.MsgSetPrinterStatus, { owner, printerId, status })]),
    );
  txCommand(printers, "attest <printer-id>", "attest a printer's spec and location (auditors only)").action((printerId: string, options: TxOptions) =>
    broadcastTx(options, (auditor) => [msg(printersCodecs.MsgAttestPrinter, { auditor, printerId })]),
  );
  txCommand(printers, "revoke-attestation <printer-id>", "revoke the signer's attestation of a printer").action((printerId: string, options: TxOptions) =>
    broadcastTx(options, (auditor) => [msg(printersCodecs.MsgRevokeAttestation, { auditor, printerId })]),
  );
}

function addJobsTxCommands(tx: Command): void {
  const jobs = tx.command("jobs").description("jobs module transactions");
  interface CreateOptions extends TxOptions {
    designHash: string;
    designUri: string;
    quantity: number;
    material: string;
    technology: number;
    minVolume: { xMm: number; yMm: number; zMm: number };
    grams: bigint;
    price: Coin;
    lat: number;
    lon: number;
    maxDistanceKm: number;
    deadline: Deadline;
    requireAttested?: boolean;
  }
  txCommand(jobs, "create", "post a job; the price is escrowed and the job offered to the best-ranked printers")
    .requiredOption("--design-hash <hex>", "SHA-256 of the design file (64 hex digits)", parseSha256Hex)
    .requiredOption("--design-uri <uri>", "where printers fetch the design")
    .requiredOption("--quantity <n>", "units to print", parsePositiveUint32)
    .requiredOption("--material <name>", "material, e.g. PLA")
    .requiredOption("--technology <name>", "FDM, SLA, SLS, MJF or DMLS", parseTechnology)
    .requiredOption("--min-volume <XxYxZ>", "minimum build volume in mm, e.g. 100x100x50", parseVolume)
    .requiredOption("--grams <n>", "estimated material in grams", parseUint64)
    .requiredOption("--price <coin>", "price, e.g. 5000000uprint", parseCoin)
    .requiredOption("--lat <degrees>", "delivery latitude", parseLatitude)
    .requiredOption("--lon <degrees>", "delivery longitude", parseLongitude)
    .requiredOption("--max-distance-km <n>", "farthest printer to consider", parseUint32)
    .requiredOption("--deadline <when>", "48h or 90m after the latest block time, an ISO-8601 time, or unix ms", parseDeadline)
    .option("--require-attested", "only attested printers")
    .action((options: CreateOptions) =>
      broadcastTx(
        options,
        async (customer, client) => [
          msg(jobsCodecs.MsgCreateJob, {
            customer,
            designHash: options.designHash,
            designUri: options.designUri,
            quantity: options.quantity,
            material: options.material,
            technology: options.technology,
            minBuildVolume: options.minVolume,
            estimatedGrams: options.grams,
            price: options.price,
            latitudeUdeg: options.lat,
            longitudeUdeg: options.lon,
            maxDistanceKm: options.maxDistanceKm,
            deadlineMs: resolveDeadline(options.deadline, await latestBlockTimeMs(client)),
            requireAttested: options.requireAttested ?? false,
          }),
        ],
        (result) => {
          const response = jobsCodecs.MsgCreateJobResponse.decode(result.msgResponses[0].value);
          return { job_id: toBigInt(response.jobId).toString(), candidates: response.candidates };
        },
      ),
    );

  txCommand(jobs, "cancel", "cancel an open job (full refund)")
    .addArgument(jobIdArgument())
    .action((jobId: bigint, options: TxOptions) => broadcastTx(options, (customer) => [msg(jobsCodecs.MsgCancelJob, { customer, jobId })]));
  txCommand(jobs, "accept", "accept a job offered to one of the signer's printers")
    .addArgument(jobIdArgument())
    .argument("<printer-id>", "the printer that takes the job")
    .action((jobId: bigint, printerId: string, options: TxOptions) => broadcastTx(options, (operator) => [msg(jobsCodecs.MsgAcceptJob, { operator, jobId, printerId })]));

  interface ProofOptions extends TxOptions {
    evidenceHash: string;
    evidenceUri: string;
    printSeconds: bigint;
    grams: bigint;
    errors?: number;
    errorKinds?: string[];
    firstAttempt: boolean;
    units: number;
  }
  txCommand(jobs, "proof", "submit the proof of print of an accepted job (--units 0 reports a failed print)")
    .addArgument(jobIdArgument())
    .requiredOption("--evidence-hash <hex>", "SHA-256 of the evidence bundle (64 hex digits)", parseSha256Hex)
    .requiredOption("--evidence-uri <uri>", "where the evidence is stored")
    .requiredOption("--print-seconds <n>", "printing time in seconds", parseUint64)
    .requiredOption("--grams <n>", "material used in grams", parseUint64)
    .option("--errors <n>", "number of print errors", parseUint32)
    .option("--error-kinds <list>", "comma-separated error kinds", parseList)
    .option("--first-attempt", "printed at the first attempt (default)", true)
    .option("--no-first-attempt", "needed more than one attempt")
    .requiredOption("--units <n>", "units completed", parseUint32)
    .action((jobId: bigint, options: ProofOptions) =>
      broadcastTx(options, (operator) => [
        msg(jobsCodecs.MsgSubmitProofOfPrint, {
          operator,
          jobId,
          evidenceHash: options.evidenceHash,
          evidenceUri: options.evidenceUri,
          printSeconds: options.printSeconds,
          gramsUsed: options.grams,
          errorCount: options.errors ?? 0,
          errorKinds: options.errorKinds ?? [],
          firstAttempt: options.firstAttempt,
          unitsCompleted: options.units,
        }),
      ]),
    );
  txCommand(jobs, "confirm", "confirm delivery and settle the job")
    .addArgument(jobIdArgument())
    .requiredOption("--quality <score>", "quality score 0-100", parseQuality)
    .option("--defects <list>", "comma-separated defects", parseList)
    .action((jobId: bigint, options: TxOptions & { quality: number; defects?: string[] }) =>
      broadcastTx(options, (customer) => [msg(jobsCodecs.MsgConfirmJob, { customer, jobId, qualityScore: options.quality, defects: options.defects ?? [] })]),
    );
  txCommand(jobs, "dispute", "dispute a job's proof of print")
    .addArgument(jobIdArgument())
    .requiredOption("--reason <text>", "why")
    .action((jobId: bigint, options: TxOptions & { reason: string }) => broadcastTx(options, (customer) => [msg(jobsCodecs.MsgDisputeJob, { customer, jobId, reason: options.reason })]));
  txCommand(jobs, "resolve", "resolve a dispute (arbiters only)")
    .addArgument(jobIdArgument())
    .requiredOption("--refund-bps <n>", "share of the price refunded to the customer, 0-10000", parseBasisPoints)
    .action((jobId: bigint, options: TxOptions & { refundBps: number }) =>
      broadcastTx(options, (arbiter) => [msg(jobsCodecs.MsgResolveDispute, { arbiter, jobId, refundBps: options.refundBps })]),
    );
}

function addEmissionsTxCommands(tx: Command): void {
  const emissions = tx.command("emissions").description("emissions module transactions");
  txCommand(emissions, "attest <contributor-address>", "attest contribution points for the current epoch (attestors only); prints the epoch")
    .addArgument(new Argument("<role>", "developers, model-providers, liquidity-providers or community").argParser(parseAttestedRole))
    .addArgument(new Argument("<points>", "points, an integer from 1 to 10^30").argParser(parseAttestedPoints))
    .action((contributor: string, role: number, points: string, options: TxOptions) =>
      broadcastTx(
        options,
        (attestor) => [msg(emissionsCodecs.MsgAttestContribution, { attestor, contributor, role, points })],
        (result) => ({ epoch: toBigInt(emissionsCodecs.MsgAttestContributionResponse.decode(result.msgResponses[0].value).epoch).toString() }),
      ),
    );
}

const valoperArgument = (name: string, description = "the validator's printvaloper1... operator address"): Argument => new Argument(name, description).argParser(parseValoperAddress);
const bondAmountArgument = (): Argument => new Argument("<amount>", "amount, e.g. 1000000 or 1000000uprint").argParser(parseBondCoin);

/** A fresh ed25519 key's 32-byte public key (its private key is not kept). */
function freshConsensusPubkey(): Uint8Array {
  const der = generateKeyPairSync("ed25519").publicKey.export({ type: "spki", format: "der" });
  return new Uint8Array(der.subarray(der.length - 32));
}

function addStakingTxCommands(tx: Command): void {
  const staking = tx.command("staking").description("staking module transactions");
  interface CreateValidatorOptions extends TxOptions {
    amount: Coin;
    moniker: string;
    pubkey?: Uint8Array;
    identity: string;
    website: string;
    securityContact: string;
    details: string;
    commissionRate: string;
    commissionMaxRate: string;
    commissionMaxChangeRate: string;
    minSelfDelegation: string;
  }
  txCommand(staking, "create-validator", "make the signer's account a validator, bonding a self-delegation; prints its operator address and consensus key")
    .requiredOption("--amount <amount>", "self-delegation, e.g. 1000000 or 1000000uprint", parseBondCoin)
    .requiredOption("--moniker <name>", "display name")
    .option("--pubkey <base64>", "the 32-byte ed25519 consensus public key of the node that will sign (default: a fresh key, printed; its private key is not kept)", parseConsensusPubkey)
    .option("--identity <text>", "identity (e.g. a keybase id)", "")
    .option("--website <url>", "website", "")
    .option("--security-contact <email>", "security contact", "")
    .option("--details <text>", "description", "")
    .option("--commission-rate <fraction>", "commission rate, 0-1", parseFraction, "0.1")
    .option("--commission-max-rate <fraction>", "the most the commission rate may ever be, 0-1", parseFraction, "0.2")
    .option("--commission-max-change-rate <fraction>", "the most the commission rate may change at once, 0-1", parseFraction, "0.01")
    .option("--min-self-delegation <amount>", "the least self-delegation the operator must keep (an undelegation below it is refused)", parsePositiveAmount, "1")
    .action((options: CreateValidatorOptions) => {
      const pubkey = options.pubkey ?? freshConsensusPubkey();
      let validatorAddress = "";
      return broadcastTx(
        options,
        (operator) => {
          validatorAddress = valoperFromAccount(operator);
          return [
            msg(stakingCodecs.MsgCreateValidator, {
              description: { moniker: options.moniker, identity: options.identity, website: options.website, securityContact: options.securityContact, details: options.details },
              commission: { rate: options.commissionRate, maxRate: options.commissionMaxRate, maxChangeRate: options.commissionMaxChangeRate },
              minSelfDelegation: options.minSelfDelegation,
              validatorAddress,
              pubkey,
              value: options.amount,
            }),
          ];
        },
        () => ({ validator: validatorAddress, consensus_pubkey: toBase64(pubkey) }),
      );
    });

  txCommand(staking, "delegate", "delegate tokens to a validator")
    .addArgument(valoperArgument("<validator>"))
    .addArgument(bondAmountArgument())
    .action((validatorAddress: string, amount: Coin, options: TxOptions) =>
      broadcastTx(
        options,
        (delegatorAddress) => [msg(stakingCodecs.MsgDelegate, { delegatorAddress, validatorAddress, amount })],
        (result) => ({ new_shares: stakingCodecs.MsgDelegateResponse.decode(result.msgResponses[0].value).newShares }),
      ),
    );
  txCommand(staking, "unbond", "start unbonding tokens from a validator; prints the height they are paid back at")
    .alias("undelegate")
    .addArgument(valoperArgument("<validator>"))
    .addArgument(bondAmountArgument())
    .action((validatorAddress: string, amount: Coin, options: TxOptions) =>
      broadcastTx(
        options,
        (delegatorAddress) => [msg(stakingCodecs.MsgUndelegate, { delegatorAddress, validatorAddress, amount })],
        (result) => {
          const response = stakingCodecs.MsgUndelegateResponse.decode(result.msgResponses[0].value);
          return { completion_height: toBigInt(response.completionHeight).toString(), amount: response.amount };
        },
      ),
    );
  txCommand(staking, "redelegate", "move delegated tokens from one validator to another at once")
    .addArgument(valoperArgument("<src-validator>", "the source validator's printvaloper1... address"))
    .addArgument(valoperArgument("<dst-validator>", "the destination validator's printvaloper1... address"))
    .addArgument(bondAmountArgument())
    .action((validatorSrcAddress: string, validatorDstAddress: string, amount: Coin, options: TxOptions) =>
      broadcastTx(
        options,
        (delegatorAddress) => [msg(stakingCodecs.MsgBeginRedelegate, { delegatorAddress, validatorSrcAddress, validatorDstAddress, amount })],
        (result) => ({ completion_height: toBigInt(stakingCodecs.MsgBeginRedelegateResponse.decode(result.msgResponses[0].value).completionHeight).toString() }),
      ),
    );
}

/** The gov module account: the authority of every MsgUpdateParams. */
const GOV_AUTHORITY = moduleAddress("gov");

function proposalIdOf(result: DeliverTxResponse): Record<string, unknown> {
  return { proposal_id: toBigInt(govCodecs.MsgSubmitProposalResponse.decode(result.msgResponses[0].value).proposalId).toString() };
}

function submitProposalMsg(proposer: string, proposal: { messages: AnyMessage[]; initialDeposit: Coin[]; title: string; summary: string; metadata: string }): EncodeObject {
  return msg(govCodecs.MsgSubmitProposal, { proposer, ...proposal });
}

const proposalIdArgument = (): Argument => new Argument("<proposal-id>", "proposal id").argParser(parseProposalId);

function addGovTxCommands(tx: Command): void {
  const gov = tx.command("gov").description("gov module transactions");
  txCommand(gov, "submit-proposal <file>", "submit a proposal from a JSON file (messages with @type, deposit, title, summary, metadata); prints its proposal_id").action(
    (file: string, options: TxOptions) => {
      const proposal = readProposalFile(file);
      return broadcastTx(options, (proposer) => [submitProposalMsg(proposer, proposal)], proposalIdOf);
    },
  );

  interface ProposeWeightsOptions extends TxOptions {
    deposit?: Coin[];
    title?: string;
    summary?: string;
    metadata: string;
  }
  txCommand(gov, "propose-weights", "propose new emissions role weights (roles not given keep theirs); prints the proposal_id")
    .addArgument(
      new Argument("<role=weight...>", "new weights, e.g. printers=55 validators=20 (roles: printers, validators, developers, model-providers, liquidity-providers, community)").argParser(
        parseRoleWeight,
      ),
    )
    .option("--deposit <amount>", "initial deposit, e.g. 10000000uprint (default: the gov params' min_deposit)", parseDepositCoins)
    .option("--title <text>", 'title (default: "Role weights printers 55, validators 20, ...")')
    .option("--summary <text>", "summary (default: the new and current weights)")
    .option("--metadata <text>", "metadata", "")
    .action((changes: Map<number, number>, options: ProposeWeightsOptions) => {
      let title = "";
      let weights: RoleWeight[] = [];
      return broadcastTx(
        options,
        async (proposer) => {
          const E = printchain.emissions.v1;
          const current = await abciQuery(options.node, "/printchain.emissions.v1.Query/Params", encodeRequest(emissionsCodecs.QueryParamsRequest, {}), E.QueryParamsResponse);
          const params = E.Params.toObject(E.Params.fromObject(current.params ?? {}), { longs: String, enums: Number, defaults: true, arrays: true });
          const before = (params.roleWeights as RoleWeight[]).map(({ role, weight }) => ({ role, weight }));
          weights = applyRoleWeights(before, changes);
          title = options.title ?? `Role weights ${describeRoleWeights(weights)}`;
          const summary = options.summary ?? `Sets the emissions role weights to ${describeRoleWeights(weights)} (now ${describeRoleWeights(before)}), from the epoch after the proposal passes.`;
          const deposit =
            options.deposit ??
            ((await abciQuery(options.node, "/printchain.gov.v1.Query/Params", encodeRequest(govCodecs.QueryParamsRequest, {}), printchain.gov.v1.QueryParamsResponse)).params?.minDeposit ?? []).map(
              (coin) => ({ denom: coin.denom ?? "", amount: coin.amount ?? "" }),
            );
          const update = emissionsCodecs.MsgUpdateParams;
          const messages = [{ typeUrl: update.typeUrl, value: update.encode(update.fromPartial({ authority: GOV_AUTHORITY, params: { ...params, roleWeights: weights } })).finish() }];
          return [submitProposalMsg(proposer, { messages, initialDeposit: deposit, title, summary, metadata: options.metadata })];
        },
        (result) => ({ ...proposalIdOf(result), title }),
      );
    });

  txCommand(gov, "deposit", "add a deposit to a proposal in its deposit period")
    .addArgument(proposalIdArgument())
    .addArgument(new Argument("<amount>", "e.g. 5000000 or 5000000uprint").argParser(parseDepositCoins))
    .action((proposalId: bigint, amount: Coin[], options: TxOptions) => broadcastTx(options, (depositor) => [msg(govCodecs.MsgDeposit, { proposalId, depositor, amount })]));
  txCommand(gov, "vote", "vote on a proposal in its voting period (a later vote replaces an earlier one)")
    .addArgument(proposalIdArgument())
    .addArgument(new Argument("<option>", "yes, no, abstain or no-with-veto").argParser(parseVoteOption))
    .option("--metadata <text>", "metadata", "")
    .action((proposalId: bigint, option: number, options: TxOptions & { metadata: string }) =>
      broadcastTx(options, (voter) => [msg(govCodecs.MsgVote, { proposalId, voter, option, metadata: options.metadata })]),
    );
  txCommand(gov, "weighted-vote", "split the signer's voting power over several options")
    .addArgument(proposalIdArgument())
    .addArgument(new Argument("<options>", "OPTION=WEIGHT pairs summing to exactly 1, e.g. yes=0.6,no=0.4").argParser(parseWeightedVote))
    .option("--metadata <text>", "metadata", "")
    .action((proposalId: bigint, weighted: Array<{ option: number; weight: string }>, options: TxOptions & { metadata: string }) =>
      broadcastTx(options, (voter) => [msg(govCodecs.MsgVoteWeighted, { proposalId, voter, options: weighted, metadata: options.metadata })]),
    );
}

export function addTxCommands(tx: Command): void {
  txCommand(tx, "send <to>", "send coins, e.g. `printchain tx send print1... 1000000uprint`")
    .addArgument(new Argument("<amount>", "coins, e.g. 1000000uprint").argParser(parseCoinList))
    .action((to: string, amount: Coin[], options: TxOptions) =>
      broadcastTx(options, (fromAddress): MsgSendEncodeObject[] => [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress, toAddress: to, amount } }]),
    );
  addPrintersTxCommands(tx);
  addJobsTxCommands(tx);
  addEmissionsTxCommands(tx);
  addStakingTxCommands(tx);
  addGovTxCommands(tx);
}
