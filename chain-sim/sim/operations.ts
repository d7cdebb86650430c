import type { EncodeObject } from "@cosmjs/proto-signing";
import { emissionsCodecs, govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs } from "../../proto";
import { addressFromBytes, moduleAddress, valoperFromAccount } from "../types/address";
import { HUBS, MATERIALS, MINUTE_MS, PRINT, randomPrinter, type PlannedPrinter, type Population, type SimAccount } from "./genesis";
import { Rng } from "./rng";
import type { StateView } from "./view";

const JobStatus = printchain.jobs.v1.JobStatus;
const ProposalStatus = printchain.gov.v1.ProposalStatus;
const PrinterStatus = printchain.printers.v1.PrinterStatus;

export const GOV_ADDRESS = moduleAddress("gov");
const BANK_SEND = "/cosmos.bank.v1beta1.MsgSend";
const BANK_MULTISEND = "/cosmos.bank.v1beta1.MsgMultiSend";

/** The error an invalid op must be refused with. */
export interface ExpectedError {
  readonly codespace: string;
  readonly code: number;
}

/** One tx the simulation will sign and broadcast. */
export interface PlannedOp {
  /** The operation's name, e.g. "jobs/accept" or "invalid/wrong-sequence". */
  readonly op: string;
  readonly signer: number;
  readonly msgs: EncodeObject[];
  /** Set for deliberately invalid ops: the tx must be refused with this error and change nothing. */
  readonly expect?: ExpectedError;
  /** Damage done after signing: a sequence ahead of the account's, or a flipped signature byte. */
  readonly tamper?: "sequence" | "signature";
}

export interface OpContext {
  readonly rng: Rng;
  readonly population: Population;
  readonly view: StateView;
  /** Time of the block the ops will land in (CheckTx judges at the last block's time). */
  readonly nextTimeMs: number;
  readonly lastTimeMs: number;
  readonly height: number;
  /** True the first time a key is claimed in this block (one action per job, printer... per block). */
  claim(key: string): boolean;
}

export interface Operation {
  readonly name: string;
  readonly weight: number;
  plan(ctx: OpContext): PlannedOp | undefined;
}

const addr = (ctx: OpContext, index: number): string => ctx.population.accounts[index].address;
const indexOf = (ctx: OpContext, address: string): number => ctx.population.accounts.findIndex((account) => account.address === address);
const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });
const dec18 = (bps: number): string => `${Math.floor(bps / 10000)}.${(bps % 10000).toString().padStart(4, "0")}00000000000000`;
const role = (ctx: OpContext, name: SimAccount["role"]): readonly number[] => ctx.population.byRole[name];
const everyone = (ctx: OpContext): number[] => ctx.population.accounts.map((account) => account.index);
const msg = (typeUrl: string, value: unknown): EncodeObject => ({ typeUrl, value });

/** The MsgRegisterPrinter of a planned printer (the simulation's and the devnet workload's). */
export function registerPrinterMsg(owner: string, planned: PlannedPrinter, moniker: string, bond: bigint): EncodeObject {
  return msg(printersCodecs.MsgRegisterPrinter.typeUrl, {
    owner,
    printerId: planned.id,
    moniker,
    spec: {
      technology: planned.technology,
      buildVolume: planned.buildVolume,
      materials: planned.materials,
      nozzleDiameterUm: planned.nozzleUm,
      layerResolutionUm: planned.layerUm,
      maxSpeedMmPerS: planned.speedMmPerS,
      throughputMm3PerHour: planned.throughput,
    },
    location: { latitudeUdeg: planned.latitudeUdeg, longitudeUdeg: planned.longitudeUdeg, region: planned.region },
    bond: bond.toString(),
  });
}

function profileOf(ctx: OpContext, index: number): NonNullable<SimAccount["profile"]> {
  return ctx.population.accounts[index].profile ?? { failBps: 100, lateBps: 100, overGramsBps: 1000, lowQualityBps: 100, speedBps: 8000 };
}

function ownJobs(ctx: OpContext, status: printchain.jobs.v1.JobStatus): printchain.jobs.v1.Job[] {
  return ctx.view.jobs(status).filter((job) => indexOf(ctx, job.customer) >= 0);
}

// ---------------------------------------------------------------------------------------------
// bank

const bankSend: Operation = {
  name: "bank/send",
  weight: 8,
  plan(ctx) {
    const from = ctx.rng.pick(everyone(ctx));
    const to = ctx.rng.chance(85) ? ctx.rng.pick(everyone(ctx)) : -1;
    const toAddress = to >= 0 ? addr(ctx, to) : freshAddress(ctx);
    const amount = ctx.rng.bigRange(1n, 50n * PRINT);
    return { op: this.name, signer: from, msgs: [msg(BANK_SEND, { fromAddress: addr(ctx, from), toAddress, amount: [coin(amount)] })] };
  },
};

function freshAddress(ctx: OpContext): string {
  // A never-seen account: its address comes from the rng (a new account is created on receipt).
  return addressFromBytes(ctx.rng.bytes(20));
}

const bankMultiSend: Operation = {
  name: "bank/multisend",
  weight: 3,
  plan(ctx) {
    const from = ctx.rng.pick(everyone(ctx));
    const outputs = Array.from({ length: ctx.rng.range(2, 4) }, () => ({ address: addr(ctx, ctx.rng.pick(everyone(ctx))), coins: [coin(ctx.rng.bigRange(1n, 5n * PRINT))] }));
    const total = outputs.reduce((sum, output) => sum + BigInt(output.coins[0].amount), 0n);
    return { op: this.name, signer: from, msgs: [msg(BANK_MULTISEND, { inputs: [{ address: addr(ctx, from), coins: [coin(total)] }], outputs })] };
  },
};

// ---------------------------------------------------------------------------------------------
// printers

const registerPrinter: Operation = {
  name: "printers/register",
  weight: 5,
  plan(ctx) {
    const unregistered = ctx.population.printers.filter((printer) => !ctx.view.printer(printer.id));
    // Once the planned fleet is up, new printers are rarer (fleets are capped by max_printers_per_owner).
    if (unregistered.length === 0 && !ctx.rng.chance(25)) return undefined;
    const planned = unregistered.length > 0 && ctx.rng.chance(90) ? ctx.rng.pick(unregistered) : randomPrinter(ctx.rng, `x-${ctx.height}-${ctx.rng.hex(3)}`, ctx.rng.pick(role(ctx, "operator")));
    if (!ctx.claim(`printer:${planned.id}`)) return undefined;
    return {
      op: this.name,
      signer: planned.owner,
      msgs: [
        registerPrinterMsg(addr(ctx, planned.owner), planned, `printer ${planned.id}`, ctx.rng.bigRange(1n, 20n) * PRINT),
      ],
    };
  },
};

function ownedPrinters(ctx: OpContext, statuses: readonly number[]): printchain.printers.v1.Printer[] {
  return ctx.view.printers().filter((printer) => statuses.includes(printer.status) && indexOf(ctx, printer.owner) >= 0);
}

/** An active or paused printer whose owner the model holds, picked at random and claimed (as `<claim>:<id>`) for this block. */
function claimLivePrinter(ctx: OpContext, claim: string, accept: (printer: printchain.printers.v1.Printer) => boolean = () => true): printchain.printers.v1.Printer | undefined {
  const candidates = ownedPrinters(ctx, [PrinterStatus.PRINTER_STATUS_ACTIVE, PrinterStatus.PRINTER_STATUS_PAUSED]).filter(accept);
  if (candidates.length === 0) return undefined;
  const printer = ctx.rng.pick(candidates);
  return ctx.claim(`${claim}:${printer.id}`) ? printer : undefined;
}

const updatePrinter: Operation = {
  name: "printers/update",
  weight: 3,
  plan(ctx) {
    const printer = claimLivePrinter(ctx, "printer");
    if (!printer) return undefined;
    const change = ctx.rng.int(3);
    const value: Record<string, unknown> = { owner: printer.owner, printerId: printer.id };
    if (change === 0) value.moniker = `${printer.id} v${ctx.height}`;
    if (change === 1) value.addBond = (ctx.rng.bigRange(1n, 5n) * PRINT).toString();
    if (change === 2) value.spec = { ...printer.spec, maxSpeedMmPerS: ctx.rng.range(30, 600) };
    return { op: this.name, signer: indexOf(ctx, printer.owner), msgs: [msg(printersCodecs.MsgUpdatePrinter.typeUrl, value)] };
  },
};

const setPrinterStatus: Operation = {
  name: "printers/set-status",
  weight: 3,
  plan(ctx) {
    const printer = claimLivePrinter(ctx, "printer");
    if (!printer) return undefined;
    let status: number = printer.status === PrinterStatus.PRINTER_STATUS_ACTIVE ? PrinterStatus.PRINTER_STATUS_PAUSED : PrinterStatus.PRINTER_STATUS_ACTIVE;
    if (ctx.rng.chance(5)) status = PrinterStatus.PRINTER_STATUS_RETIRED;
    return { op: this.name, signer: indexOf(ctx, printer.owner), msgs: [msg(printersCodecs.MsgSetPrinterStatus.typeUrl, { owner: printer.owner, printerId: printer.id, status })] };
  },
};

const attestPrinter: Operation = {
  name: "printers/attest",
  weight: 2,
  plan(ctx) {
    const printer = claimLivePrinter(ctx, "attest", (candidate) => ctx.view.attestations(candidate.id).length === 0);
    if (!printer) return undefined;
    const auditor = ctx.rng.pick(role(ctx, "auditor"));
    return { op: this.name, signer: auditor, msgs: [msg(printersCodecs.MsgAttestPrinter.typeUrl, { auditor: addr(ctx, auditor), printerId: printer.id })] };
  },
};

const revokeAttestation: Operation = {
  name: "printers/revoke",
  weight: 1,
  plan(ctx) {
    const attested = ctx.view
      .printers()
      .flatMap((printer) => (printer.status === PrinterStatus.PRINTER_STATUS_RETIRED ? [] : ctx.view.attestations(printer.id).map((attestation) => ({ printer, auditor: attestation.auditor ?? "" }))));
    if (attested.length === 0) return undefined;
    const { printer, auditor } = ctx.rng.pick(attested);
    const signer = indexOf(ctx, auditor);
    if (signer < 0 || !ctx.claim(`attest:${printer.id}`)) return undefined;
    return { op: this.name, signer, msgs: [msg(printersCodecs.MsgRevokeAttestation.typeUrl, { auditor, printerId: printer.id })] };
  },
};

// ---------------------------------------------------------------------------------------------
// jobs

const createJob: Operation = {
  name: "jobs/create",
  weight: 14,
  plan(ctx) {
    const customer = ctx.rng.pick(role(ctx, "customer"));
    const active = ctx.view.printers().filter((printer) => printer.status === PrinterStatus.PRINTER_STATUS_ACTIVE);
    // Usually a job some printer can take (near it, its technology and material); sometimes one
    // anywhere near a hub, which may find nobody (jobs 4).
    const target = active.length > 0 && ctx.rng.chance(85) ? ctx.rng.pick(active) : undefined;
    const technology = target?.spec?.technology ?? ctx.rng.range(1, 5);
    const material = target ? ctx.rng.pick(target.spec?.materials ?? ["PLA"]) : ctx.rng.pick(MATERIALS[technology]);
    const hub = ctx.rng.pick(HUBS);
    const latitudeUdeg = target ? (target.location?.latitudeUdeg ?? 0) + ctx.rng.range(-200_000, 200_000) : hub.latitudeUdeg;
    const longitudeUdeg = target ? Math.max(-180_000_000, Math.min(180_000_000, (target.location?.longitudeUdeg ?? 0) + ctx.rng.range(-200_000, 200_000))) : hub.longitudeUdeg;
    const volume = target?.spec?.buildVolume ?? { xMm: 100, yMm: 100, zMm: 100 };
    const quantity = ctx.rng.range(1, 20);
    return {
      op: this.name,
      signer: customer,
      msgs: [
        msg(jobsCodecs.MsgCreateJob.typeUrl, {
          customer: addr(ctx, customer),
          designHash: ctx.rng.hex(32),
          designUri: `ipfs://design-${ctx.rng.hex(8)}`,
          quantity,
          material,
          technology,
          minBuildVolume: { xMm: ctx.rng.range(10, Math.max(10, volume.xMm ?? 10)), yMm: ctx.rng.range(10, Math.max(10, volume.yMm ?? 10)), zMm: ctx.rng.range(10, Math.max(10, volume.zMm ?? 10)) },
          estimatedGrams: ctx.rng.range(10, 2000),
          price: coin(ctx.rng.bigRange(1n, 80n) * PRINT),
          latitudeUdeg: Math.max(-90_000_000, Math.min(90_000_000, latitudeUdeg)),
          longitudeUdeg,
          maxDistanceKm: ctx.rng.range(50, 800),
          deadlineMs: ctx.lastTimeMs + ctx.rng.range(15, 60) * MINUTE_MS,
          requireAttested: ctx.rng.chance(10),
        }),
      ],
    };
  },
};

const acceptJob: Operation = {
  name: "jobs/accept",
  weight: 14,
  plan(ctx) {
    const offers = ctx.view
      .jobs(JobStatus.JOB_STATUS_OPEN)
      .flatMap((job) => job.offeredPrinterIds.map((printerId) => ({ job, printer: ctx.view.printer(printerId) })))
      .filter(({ printer }) => printer && indexOf(ctx, printer.owner) >= 0);
    if (offers.length === 0) return undefined;
    const { job, printer } = ctx.rng.pick(offers);
    const owner = indexOf(ctx, printer!.owner);
    if (!ctx.rng.chance(profileOf(ctx, owner).speedBps, 10_000)) return undefined;
    if (!ctx.claim(`job:${job.id}`)) return undefined;
    return { op: this.name, signer: owner, msgs: [msg(jobsCodecs.MsgAcceptJob.typeUrl, { operator: printer!.owner, jobId: job.id, printerId: printer!.id })] };
  },
};

const submitProof: Operation = {
  name: "jobs/proof",
  weight: 12,
  plan(ctx) {
    const accepted = ctx.view.jobs(JobStatus.JOB_STATUS_ACCEPTED).filter((job) => indexOf(ctx, job.printerOwner) >= 0);
    if (accepted.length === 0) return undefined;
    const job = ctx.rng.pick(accepted);
    const owner = indexOf(ctx, job.printerOwner);
    const profile = profileOf(ctx, owner);
    // The operator's nature decides, per job (from the job id, so it is stable across blocks).
    const fate = jobFate(ctx, job, profile);
    const deadline = Number(job.deadlineMs);
    if (fate === "vanish") return undefined; // never proves: the job fails at deadline + grace
    if (fate === "late" && ctx.lastTimeMs < deadline) return undefined; // waits past the deadline
    if (fate !== "late" && !ctx.rng.chance(profile.speedBps, 10_000)) return undefined;
    if (!ctx.claim(`job:${job.id}`)) return undefined;
    const estimate = Number(job.estimatedGrams);
    const over = ctx.rng.chance(profile.overGramsBps, 10_000);
    const grams = over ? estimate + ctx.rng.range(1, estimate) : Math.max(1, estimate - ctx.rng.range(0, Math.floor(estimate / 10)));
    const units = fate === "fail" ? 0 : ctx.rng.chance(90) ? job.quantity : ctx.rng.range(1, job.quantity);
    const errors = ctx.rng.chance(20) ? ctx.rng.range(1, 3) : 0;
    return {
      op: this.name,
      signer: owner,
      msgs: [
        msg(jobsCodecs.MsgSubmitProofOfPrint.typeUrl, {
          operator: job.printerOwner,
          jobId: job.id,
          evidenceHash: ctx.rng.hex(32),
          evidenceUri: `ipfs://proof-${ctx.rng.hex(8)}`,
          printSeconds: ctx.rng.range(600, 20_000),
          gramsUsed: grams,
          errorCount: errors,
          errorKinds: errors > 0 ? ["stringing"] : [],
          firstAttempt: errors === 0,
          unitsCompleted: units,
        }),
      ],
    };
  },
};

function jobFate(ctx: OpContext, job: printchain.jobs.v1.Job, profile: NonNullable<SimAccount["profile"]>): "ok" | "late" | "fail" | "vanish" {
  // A per-job roll derived from the population seed and job id (not the op stream), so the
  // operator's decision is the same every block.
  const roll = new Rng(`fate ${ctx.population.seed} ${String(job.id)}`).int(10_000);
  if (roll < profile.failBps / 2) return "vanish";
  if (roll < profile.failBps) return "fail";
  if (roll < profile.failBps + profile.lateBps) return "late";
  return "ok";
}

const confirmJob: Operation = {
  name: "jobs/confirm",
  weight: 8,
  plan(ctx) {
    const proven = ownJobs(ctx, JobStatus.JOB_STATUS_PROOF_SUBMITTED);
    if (proven.length === 0) return undefined;
    const job = ctx.rng.pick(proven);
    if (!ctx.rng.chance(70) || !ctx.claim(`job:${job.id}`)) return undefined;
    const low = ctx.rng.chance(profileOf(ctx, indexOf(ctx, job.printerOwner)).lowQualityBps, 10_000);
    return {
      op: this.name,
      signer: indexOf(ctx, job.customer),
      msgs: [msg(jobsCodecs.MsgConfirmJob.typeUrl, { customer: job.customer, jobId: job.id, qualityScore: low ? ctx.rng.range(0, 40) : ctx.rng.range(60, 100), defects: low ? ["warping"] : [] })],
    };
  },
};

const disputeJob: Operation = {
  name: "jobs/dispute",
  weight: 2,
  plan(ctx) {
    const proven = ownJobs(ctx, JobStatus.JOB_STATUS_PROOF_SUBMITTED);
    if (proven.length === 0) return undefined;
    const job = ctx.rng.pick(proven);
    if (!ctx.claim(`job:${job.id}`)) return undefined;
    return { op: this.name, signer: indexOf(ctx, job.customer), msgs: [msg(jobsCodecs.MsgDisputeJob.typeUrl, { customer: job.customer, jobId: job.id, reason: "parts do not match the design" })] };
  },
};

const resolveDispute: Operation = {
  name: "jobs/resolve",
  weight: 3,
  plan(ctx) {
    const disputed = ctx.view.jobs(JobStatus.JOB_STATUS_DISPUTED);
    if (disputed.length === 0) return undefined;
    const job = ctx.rng.pick(disputed);
    if (!ctx.claim(`job:${job.id}`)) return undefined;
    const arbiter = ctx.rng.pick(role(ctx, "arbiter"));
    return { op: this.name, signer: arbiter, msgs: [msg(jobsCodecs.MsgResolveDispute.typeUrl, { arbiter: addr(ctx, arbiter), jobId: job.id, refundBps: ctx.rng.chance(20) ? 10_000 : ctx.rng.range(0, 10_000) })] };
  },
};

const cancelJob: Operation = {
  name: "jobs/cancel",
  weight: 2,
  plan(ctx) {
    const open = ownJobs(ctx, JobStatus.JOB_STATUS_OPEN);
    if (open.length === 0) return undefined;
    const job = ctx.rng.pick(open);
    if (!ctx.claim(`job:${job.id}`)) return undefined;
    return { op: this.name, signer: indexOf(ctx, job.customer), msgs: [msg(jobsCodecs.MsgCancelJob.typeUrl, { customer: job.customer, jobId: job.id })] };
  },
};

// ---------------------------------------------------------------------------------------------
// emissions

const attestContribution: Operation = {
  name: "emissions/attest",
  weight: 3,
  plan(ctx) {
    const attestor = ctx.rng.pick(role(ctx, "attestor"));
    const contributor = ctx.rng.pick([...role(ctx, "contributor"), ...role(ctx, "customer")]);
    return {
      op: this.name,
      signer: attestor,
      msgs: [msg(emissionsCodecs.MsgAttestContribution.typeUrl, { attestor: addr(ctx, attestor), contributor: addr(ctx, contributor), role: ctx.rng.range(3, 6), points: String(ctx.rng.range(1, 1_000_000)) })],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// staking

const createValidator: Operation = {
  name: "staking/create-validator",
  weight: 1,
  plan(ctx) {
    const existing = new Set(ctx.view.validators().map((validator) => validator.operatorAddress));
    const free = ctx.population.validatorCandidates.filter((index) => !existing.has(valoperFromAccount(addr(ctx, index))));
    if (free.length === 0) return undefined;
    const operator = ctx.rng.pick(free);
    if (!ctx.claim(`validator:${operator}`)) return undefined;
    return {
      op: this.name,
      signer: operator,
      msgs: [
        msg(stakingCodecs.MsgCreateValidator.typeUrl, {
          description: { moniker: `candidate-${operator}` },
          commission: { rate: dec18(ctx.rng.range(0, 1500)), maxRate: dec18(2000), maxChangeRate: dec18(100) },
          minSelfDelegation: "1",
          validatorAddress: valoperFromAccount(addr(ctx, operator)),
          pubkey: ctx.rng.bytes(32),
          value: coin(ctx.rng.bigRange(100n, 3_000n) * PRINT),
        }),
      ],
    };
  },
};

function stakers(ctx: OpContext): number[] {
  return [...role(ctx, "delegator"), ...role(ctx, "validator"), ...role(ctx, "customer").slice(0, 4)];
}

const delegate: Operation = {
  name: "staking/delegate",
  weight: 5,
  plan(ctx) {
    const validators = ctx.view.validators();
    if (validators.length === 0) return undefined;
    const delegator = ctx.rng.pick(stakers(ctx));
    const validator = ctx.rng.pick(validators);
    return { op: this.name, signer: delegator, msgs: [msg(stakingCodecs.MsgDelegate.typeUrl, { delegatorAddress: addr(ctx, delegator), validatorAddress: validator.operatorAddress, amount: coin(ctx.rng.bigRange(1n, 200n) * PRINT) })] };
  },
};

function pickDelegation(ctx: OpContext, excludeProducer: boolean): { delegator: number; validator: string; balance: bigint } | undefined {
  const delegator = ctx.rng.pick(stakers(ctx));
  const producer = valoperFromAccount(addr(ctx, ctx.population.genesisValidators[0]));
  const delegations = ctx.view.delegations(addr(ctx, delegator)).filter((delegation) => delegation.balance > 1n && !(excludeProducer && delegation.validator === producer && delegator === ctx.population.genesisValidators[0]));
  if (delegations.length === 0) return undefined;
  const chosen = ctx.rng.pick(delegations);
  return { delegator, validator: chosen.validator, balance: chosen.balance };
}

const undelegate: Operation = {
  name: "staking/undelegate",
  weight: 3,
  plan(ctx) {
    // The block producer's operator keeps its self-bond, so the producer stays in the set.
    const chosen = pickDelegation(ctx, true);
    if (!chosen || !ctx.claim(`delegation:${chosen.delegator}:${chosen.validator}`)) return undefined;
    const amount = ctx.rng.chance(15) ? chosen.balance : ctx.rng.bigRange(1n, chosen.balance / 2n > 0n ? chosen.balance / 2n : 1n);
    return { op: this.name, signer: chosen.delegator, msgs: [msg(stakingCodecs.MsgUndelegate.typeUrl, { delegatorAddress: addr(ctx, chosen.delegator), validatorAddress: chosen.validator, amount: coin(amount) })] };
  },
};

const redelegate: Operation = {
  name: "staking/redelegate",
  weight: 2,
  plan(ctx) {
    const chosen = pickDelegation(ctx, true);
    if (!chosen) return undefined;
    // No transitive hop: a validator that received a redelegation still in progress is no source.
    const incoming = new Set(ctx.view.redelegations(addr(ctx, chosen.delegator)).map((redelegation) => redelegation.validatorDstAddress));
    if (incoming.has(chosen.validator)) return undefined;
    const destinations = ctx.view.validators().filter((validator) => validator.operatorAddress !== chosen.validator);
    if (destinations.length === 0 || !ctx.claim(`delegation:${chosen.delegator}:${chosen.validator}`)) return undefined;
    const amount = ctx.rng.bigRange(1n, chosen.balance / 2n > 0n ? chosen.balance / 2n : 1n);
    return {
      op: this.name,
      signer: chosen.delegator,
      msgs: [msg(stakingCodecs.MsgBeginRedelegate.typeUrl, { delegatorAddress: addr(ctx, chosen.delegator), validatorSrcAddress: chosen.validator, validatorDstAddress: ctx.rng.pick(destinations).operatorAddress, amount: coin(amount) })],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// gov

/** A params change for one module, wrapped as the gov module account's MsgUpdateParams. */
export function paramsProposalMessage(ctx: OpContext, module: number): { typeUrl: string; value: Uint8Array; label: string } {
  const { rng, view } = ctx;
  if (module === 0) {
    const params = view.emissionsParams();
    const weights = params.roleWeights.map((weight) => ({ role: weight.role, weight: rng.range(weight.role === 1 ? 20 : 1, weight.role === 1 ? 70 : 25) }));
    const update = emissionsCodecs.MsgUpdateParams.fromPartial({ authority: GOV_ADDRESS, params: { ...params, roleWeights: weights } });
    return { typeUrl: emissionsCodecs.MsgUpdateParams.typeUrl, value: emissionsCodecs.MsgUpdateParams.encode(update).finish(), label: `role weights ${weights.map((w) => w.weight).join("/")}` };
  }
  if (module === 1) {
    const params = view.jobsParams();
    const update = jobsCodecs.MsgUpdateParams.fromPartial({ authority: GOV_ADDRESS, params: { ...params, takeRateBps: rng.range(100, 500) } });
    return { typeUrl: jobsCodecs.MsgUpdateParams.typeUrl, value: jobsCodecs.MsgUpdateParams.encode(update).finish(), label: "jobs take rate" };
  }
  if (module === 2) {
    const params = view.printersParams();
    const update = printersCodecs.MsgUpdateParams.fromPartial({ authority: GOV_ADDRESS, params: { ...params, maxMaterials: rng.range(8, 24) } });
    return { typeUrl: printersCodecs.MsgUpdateParams.typeUrl, value: printersCodecs.MsgUpdateParams.encode(update).finish(), label: "printers max materials" };
  }
  if (module === 3) {
    const params = view.stakingParams();
    const update = stakingCodecs.MsgUpdateParams.fromPartial({ authority: GOV_ADDRESS, params: { ...params, maxEntries: rng.range(5, 9) } });
    return { typeUrl: stakingCodecs.MsgUpdateParams.typeUrl, value: stakingCodecs.MsgUpdateParams.encode(update).finish(), label: "staking max entries" };
  }
  const params = view.govParams();
  const update = govCodecs.MsgUpdateParams.fromPartial({ authority: GOV_ADDRESS, params: { ...params, maxMetadataLen: rng.range(200, 400) } });
  return { typeUrl: govCodecs.MsgUpdateParams.typeUrl, value: govCodecs.MsgUpdateParams.encode(update).finish(), label: "gov max metadata" };
}

const submitProposal: Operation = {
  name: "gov/submit-proposal",
  weight: 2,
  plan(ctx) {
    const open = ctx.view.proposals(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD).length + ctx.view.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD).length;
    if (open >= 4) return undefined;
    const proposer = ctx.rng.pick([...role(ctx, "validator"), ...role(ctx, "delegator")]);
    const message = paramsProposalMessage(ctx, ctx.rng.int(5));
    const minDeposit = BigInt(ctx.view.govParams().minDeposit[0]?.amount ?? "10000000");
    const deposit = ctx.rng.chance(60) ? minDeposit : minDeposit / BigInt(ctx.rng.range(2, 5));
    return {
      op: this.name,
      signer: proposer,
      msgs: [
        msg(govCodecs.MsgSubmitProposal.typeUrl, {
          messages: [{ type_url: message.typeUrl, value: message.value }],
          initialDeposit: [coin(deposit)],
          proposer: addr(ctx, proposer),
          metadata: "",
          title: `Sim: ${message.label}`.slice(0, 140),
          summary: `proposed at height ${ctx.height}`,
        }),
      ],
    };
  },
};

const deposit: Operation = {
  name: "gov/deposit",
  weight: 3,
  plan(ctx) {
    const proposals = ctx.view.proposals(ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD);
    if (proposals.length === 0) return undefined;
    const proposal = ctx.rng.pick(proposals);
    const depositor = ctx.rng.pick(everyone(ctx));
    const minDeposit = BigInt(ctx.view.govParams().minDeposit[0]?.amount ?? "10000000");
    return { op: this.name, signer: depositor, msgs: [msg(govCodecs.MsgDeposit.typeUrl, { proposalId: proposal.id, depositor: addr(ctx, depositor), amount: [coin(ctx.rng.bigRange(minDeposit / 50n, minDeposit / 2n))] })] };
  },
};

function voter(ctx: OpContext): number {
  // Validators' operators carry most of the power; delegators override for their own stake.
  return ctx.rng.chance(60) ? ctx.rng.pick(role(ctx, "validator")) : ctx.rng.pick(role(ctx, "delegator"));
}

const vote: Operation = {
  name: "gov/vote",
  weight: 5,
  plan(ctx) {
    const proposals = ctx.view.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    if (proposals.length === 0) return undefined;
    const proposal = ctx.rng.pick(proposals);
    const who = voter(ctx);
    const option = [1, 1, 1, 1, 2, 3, 3, 4][ctx.rng.int(8)];
    return { op: this.name, signer: who, msgs: [msg(govCodecs.MsgVote.typeUrl, { proposalId: proposal.id, voter: addr(ctx, who), option, metadata: "" })] };
  },
};

const weightedVote: Operation = {
  name: "gov/weighted-vote",
  weight: 2,
  plan(ctx) {
    const proposals = ctx.view.proposals(ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD);
    if (proposals.length === 0) return undefined;
    const proposal = ctx.rng.pick(proposals);
    const who = voter(ctx);
    const yes = ctx.rng.range(1, 9999);
    const other = ctx.rng.pick([2, 3, 4]);
    return {
      op: this.name,
      signer: who,
      msgs: [msg(govCodecs.MsgVoteWeighted.typeUrl, { proposalId: proposal.id, voter: addr(ctx, who), options: [{ option: 1, weight: dec18(yes) }, { option: other, weight: dec18(10_000 - yes) }], metadata: "" })],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// deliberately invalid ops: each must be refused with its error and change nothing

function invalid(name: string, expect: ExpectedError, plan: (ctx: OpContext) => Omit<PlannedOp, "op" | "expect"> | undefined): Operation {
  return { name: `invalid/${name}`, weight: 1, plan: (ctx) => {
    const planned = plan(ctx);
    return planned ? { ...planned, op: `invalid/${name}`, expect } : undefined;
  } };
}

const sdk = (code: number): ExpectedError => ({ codespace: "sdk", code });

export const INVALID_OPERATIONS: readonly Operation[] = [
  invalid("wrong-sequence", sdk(32), (ctx) => {
    const from = ctx.rng.pick(everyone(ctx));
    return { signer: from, tamper: "sequence", msgs: [msg(BANK_SEND, { fromAddress: addr(ctx, from), toAddress: addr(ctx, ctx.rng.pick(everyone(ctx))), amount: [coin(1n)] })] };
  }),
  invalid("bad-signature", sdk(4), (ctx) => {
    const from = ctx.rng.pick(everyone(ctx));
    return { signer: from, tamper: "signature", msgs: [msg(BANK_SEND, { fromAddress: addr(ctx, from), toAddress: addr(ctx, ctx.rng.pick(everyone(ctx))), amount: [coin(1n)] })] };
  }),
  invalid("insufficient-funds", sdk(5), (ctx) => {
    const from = ctx.rng.pick(everyone(ctx));
    // Far above the committed balance: more than any inflow earlier in the same block.
    const balance = ctx.view.balance(addr(ctx, from));
    return { signer: from, msgs: [msg(BANK_SEND, { fromAddress: addr(ctx, from), toAddress: addr(ctx, ctx.rng.pick(everyone(ctx))), amount: [coin(balance * 2n + 10n ** 15n)] })] };
  }),
  invalid("unknown-job", { codespace: "jobs", code: 3 }, (ctx) => {
    const operator = ctx.rng.pick(role(ctx, "operator"));
    return { signer: operator, msgs: [msg(jobsCodecs.MsgAcceptJob.typeUrl, { operator: addr(ctx, operator), jobId: 1_000_000 + ctx.rng.int(1000), printerId: `p-${operator}-0` })] };
  }),
  invalid("unknown-printer", { codespace: "printers", code: 8 }, (ctx) => {
    const owner = ctx.rng.pick(role(ctx, "operator"));
    return { signer: owner, msgs: [msg(printersCodecs.MsgSetPrinterStatus.typeUrl, { owner: addr(ctx, owner), printerId: `nope-${ctx.rng.hex(4)}`, status: PrinterStatus.PRINTER_STATUS_PAUSED })] };
  }),
  invalid("not-printer-owner", { codespace: "printers", code: 9 }, (ctx) => {
    const printers = ownedPrinters(ctx, [PrinterStatus.PRINTER_STATUS_ACTIVE, PrinterStatus.PRINTER_STATUS_PAUSED]);
    if (printers.length === 0) return undefined;
    const printer = ctx.rng.pick(printers);
    const other = ctx.rng.pick(role(ctx, "customer"));
    return { signer: other, msgs: [msg(printersCodecs.MsgSetPrinterStatus.typeUrl, { owner: addr(ctx, other), printerId: printer.id, status: PrinterStatus.PRINTER_STATUS_PAUSED })] };
  }),
  invalid("not-auditor", { codespace: "printers", code: 13 }, (ctx) => {
    const printers = ctx.view.printers();
    if (printers.length === 0) return undefined;
    const who = ctx.rng.pick(role(ctx, "customer"));
    return { signer: who, msgs: [msg(printersCodecs.MsgAttestPrinter.typeUrl, { auditor: addr(ctx, who), printerId: ctx.rng.pick(printers).id })] };
  }),
  invalid("not-customer", { codespace: "jobs", code: 8 }, (ctx) => {
    const jobs = ctx.view.jobs(JobStatus.JOB_STATUS_OPEN);
    if (jobs.length === 0) return undefined;
    const job = ctx.rng.pick(jobs);
    const who = ctx.rng.pick(role(ctx, "operator"));
    return { signer: who, msgs: [msg(jobsCodecs.MsgCancelJob.typeUrl, { customer: addr(ctx, who), jobId: job.id })] };
  }),
  invalid("not-arbiter", { codespace: "jobs", code: 11 }, (ctx) => {
    const jobs = ctx.view.jobs(JobStatus.JOB_STATUS_DISPUTED);
    if (jobs.length === 0) return undefined;
    const who = ctx.rng.pick(role(ctx, "customer"));
    return { signer: who, msgs: [msg(jobsCodecs.MsgResolveDispute.typeUrl, { arbiter: addr(ctx, who), jobId: ctx.rng.pick(jobs).id, refundBps: 10_000 })] };
  }),
  invalid("not-attestor", { codespace: "emissions", code: 2 }, (ctx) => {
    const who = ctx.rng.pick(role(ctx, "customer"));
    return { signer: who, msgs: [msg(emissionsCodecs.MsgAttestContribution.typeUrl, { attestor: addr(ctx, who), contributor: addr(ctx, who), role: 3, points: "1000" })] };
  }),
  invalid("unknown-validator", { codespace: "staking", code: 2 }, (ctx) => {
    const who = ctx.rng.pick(role(ctx, "delegator"));
    return { signer: who, msgs: [msg(stakingCodecs.MsgDelegate.typeUrl, { delegatorAddress: addr(ctx, who), validatorAddress: valoperFromAccount(addressFromBytes(ctx.rng.bytes(20))), amount: coin(PRINT) })] };
  }),
  invalid("unknown-proposal", { codespace: "gov", code: 2 }, (ctx) => {
    const who = ctx.rng.pick(role(ctx, "validator"));
    return { signer: who, msgs: [msg(govCodecs.MsgVote.typeUrl, { proposalId: 1_000_000 + ctx.rng.int(1000), voter: addr(ctx, who), option: 1, metadata: "" })] };
  }),
  invalid("update-params-not-gov", { codespace: "emissions", code: 5 }, (ctx) => {
    const who = ctx.rng.pick(role(ctx, "attestor"));
    const message = paramsProposalMessage(ctx, 0);
    const decoded = emissionsCodecs.MsgUpdateParams.decode(message.value);
    return { signer: who, msgs: [msg(message.typeUrl, { ...decoded, authority: addr(ctx, who) })] };
  }),
];

/** The valid operations with their weights. */
export const OPERATIONS: readonly Operation[] = [
  bankSend,
  bankMultiSend,
  registerPrinter,
  updatePrinter,
  setPrinterStatus,
  attestPrinter,
  revokeAttestation,
  createJob,
  acceptJob,
  submitProof,
  confirmJob,
  disputeJob,
  resolveDispute,
  cancelJob,
  attestContribution,
  createValidator,
  delegate,
  undelegate,
  redelegate,
  submitProposal,
  deposit,
  vote,
  weightedVote,
];

/** The share of ops that are deliberately invalid, in percent. */
export const INVALID_SHARE_PERCENT = 8;

/** Plans one op: an invalid one with INVALID_SHARE_PERCENT chance, else a weighted valid one (retrying ops with nothing to act on). */
export function planOperation(ctx: OpContext): PlannedOp | undefined {
  if (ctx.rng.chance(INVALID_SHARE_PERCENT)) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const planned = ctx.rng.pick(INVALID_OPERATIONS).plan(ctx);
      if (planned) return planned;
    }
  }
  const weights = OPERATIONS.map((operation) => operation.weight);
  for (let attempt = 0; attempt < 8; attempt++) {
    const planned = OPERATIONS[ctx.rng.weighted(weights)].plan(ctx);
    if (planned) return planned;
  }
  return undefined;
}

