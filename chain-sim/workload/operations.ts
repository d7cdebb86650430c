import type { EncodeObject } from "@cosmjs/proto-signing";
import { govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs, toBigInt } from "../../proto";
import { PRINT, type OperatorProfile } from "../sim/genesis";
import { OPERATIONS, paramsProposalMessage, registerPrinterMsg, type OpContext, type Operation, type PlannedOp } from "../sim/operations";
import { Rng } from "../sim/rng";
import { valoperFromAccount } from "../types/address";
import type { Fleet } from "./fleet";

const JobStatus = printchain.jobs.v1.JobStatus;
const PrinterStatus = printchain.printers.v1.PrinterStatus;
const ProposalStatus = printchain.gov.v1.ProposalStatus;
const BondStatus = printchain.staking.v1.BondStatus;

/**
 * Modelled time runs this many times faster than chain time: a 3-hour print takes 3 minutes of
 * block time (180 blocks at 1 s, 18 at 10 s). The chain's own windows (acceptance, confirmation,
 * grace) are its params, in block time, and are not compressed.
 */
export const TIME_COMPRESSION = 60;

/** What one block's planning sees: the sim's op context plus the fleet and the chain's clock. */
export interface WorkloadContext extends OpContext {
  readonly fleet: Fleet;
  readonly blockTimeMs: number;
  /** Votes already sent (proposal id and voter), so that each voter votes once. */
  readonly voted: Set<string>;
}

/** One kind of activity: every block it plans the txs that are due (lifecycles) or a random few (background). */
export interface Activity {
  readonly name: string;
  plan(ctx: WorkloadContext): PlannedOp[];
}

const msg = (typeUrl: string, value: unknown): EncodeObject => ({ typeUrl, value });
const ms = (value: Parameters<typeof toBigInt>[0]): number => Number(toBigInt(value));
const coin = (amount: bigint): { denom: string; amount: string } => ({ denom: "uprint", amount: amount.toString() });

/** Chain milliseconds for a modelled duration. */
export function chainMs(modelledSeconds: number): number {
  return Math.round((modelledSeconds * 1000) / TIME_COMPRESSION);
}

/** A stable roll for a decision about one object (a job, an offer, a vote): the same every block and after a restart. */
function roll(ctx: WorkloadContext, label: string): Rng {
  return new Rng(`printchain-devnet workload ${ctx.fleet.seed} ${label}`);
}

function indexOf(ctx: WorkloadContext, address: string): number {
  let map = indexes.get(ctx.fleet);
  if (!map) {
    map = new Map(ctx.fleet.accounts.map((account) => [account.address, account.index]));
    indexes.set(ctx.fleet, map);
  }
  return map.get(address) ?? -1;
}
const indexes = new WeakMap<Fleet, Map<string, number>>();

const addr = (ctx: WorkloadContext, index: number): string => ctx.fleet.accounts[index].address;
const profileOf = (ctx: WorkloadContext, index: number): OperatorProfile =>
  ctx.fleet.accounts[index]?.profile ?? { failBps: 100, lateBps: 100, overGramsBps: 1000, lowQualityBps: 100, speedBps: 8000 };

/** How many of an event with `perMinute` expected per minute of block time happen in this block. */
function occurrences(ctx: WorkloadContext, perMinute: number): number {
  const expected = (perMinute * ctx.blockTimeMs) / 60_000;
  const whole = Math.floor(expected);
  return whole + (ctx.rng.chance(Math.round((expected - whole) * 10_000), 10_000) ? 1 : 0);
}

const fleetPrinters = (ctx: WorkloadContext, statuses: readonly number[]): printchain.printers.v1.Printer[] =>
  ctx.view.printers().filter((printer) => statuses.includes(printer.status) && indexOf(ctx, printer.owner) >= 0);

const fleetJobs = (ctx: WorkloadContext, status: printchain.jobs.v1.JobStatus, side: "customer" | "printerOwner"): printchain.jobs.v1.Job[] =>
  ctx.view.jobs(status).filter((job) => indexOf(ctx, job[side]) >= 0);

/** The modelled print time of a job, from its grams and quantity: 10 min + 3 s per gram and unit, at most 8 h. */
export function printSecondsOf(job: { estimatedGrams: Parameters<typeof toBigInt>[0]; quantity: number }): number {
  return Math.min(8 * 3600, 600 + ms(job.estimatedGrams) * Math.max(1, job.quantity) * 3);
}

/** A sim operation by name, run `count` times. */
function simOperation(name: string): Operation {
  const operation = OPERATIONS.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no sim operation ${name}`);
  return operation;
}

function repeat(ctx: WorkloadContext, count: number, plan: () => PlannedOp | undefined): PlannedOp[] {
  const out: PlannedOp[] = [];
  for (let i = 0; i < count; i++) {
    const planned = plan();
    if (planned) out.push(planned);
  }
  return out;
}

/** A background activity: a sim operation at a rate per minute of block time. */
function background(name: string, perMinute: number): Activity {
  const operation = simOperation(name);
  return { name, plan: (ctx) => repeat(ctx, occurrences(ctx, perMinute), () => operation.plan(ctx)) };
}

// ---------------------------------------------------------------------------------------------
// printers

/** The fleet comes up over the first blocks: a tenth of it (at least two printers) per block. */
const registerPrinters: Activity = {
  name: "printers/register",
  plan(ctx) {
    const registered = new Set(ctx.view.printers().map((printer) => printer.id));
    const missing = ctx.fleet.printers.filter((printer) => !registered.has(printer.id));
    const perBlock = Math.max(2, Math.ceil(ctx.fleet.printers.length / 10));
    return missing.slice(0, perBlock).flatMap((planned) =>
      ctx.claim(`printer:${planned.id}`)
        ? [
            {
              op: this.name,
              signer: planned.owner,
              msgs: [
                registerPrinterMsg(addr(ctx, planned.owner), planned, `${planned.region} ${["", "FDM", "SLA", "SLS", "MJF", "DMLS"][planned.technology]} ${planned.id.slice(-3)}`, ctx.rng.bigRange(1n, 20n) * PRINT),
              ],
            },
          ]
        : [],
    );
  },
};

/** Maintenance: now and then an idle printer pauses; paused printers come back after about two modelled hours. */
const maintenance: Activity = {
  name: "printers/set-status",
  plan(ctx) {
    const out: PlannedOp[] = [];
    const busy = new Set(
      [JobStatus.JOB_STATUS_OPEN, JobStatus.JOB_STATUS_ACCEPTED].flatMap((status) => ctx.view.jobs(status).flatMap((job) => [job.printerId, ...job.offeredPrinterIds])),
    );
    const setStatus = (printer: printchain.printers.v1.Printer, status: number): PlannedOp => ({
      op: this.name,
      signer: indexOf(ctx, printer.owner),
      msgs: [msg(printersCodecs.MsgSetPrinterStatus.typeUrl, { owner: printer.owner, printerId: printer.id, status })],
    });
    for (let i = occurrences(ctx, 0.5); i > 0; i--) {
      const idle = fleetPrinters(ctx, [PrinterStatus.PRINTER_STATUS_ACTIVE]).filter((printer) => !busy.has(printer.id));
      if (idle.length === 0) break;
      const printer = ctx.rng.pick(idle);
      if (ctx.claim(`printer:${printer.id}`)) out.push(setStatus(printer, PrinterStatus.PRINTER_STATUS_PAUSED));
    }
    const resumeBps = Math.min(10_000, Math.round((ctx.blockTimeMs * 10_000) / chainMs(2 * 3600)));
    for (const printer of fleetPrinters(ctx, [PrinterStatus.PRINTER_STATUS_PAUSED])) {
      if (ctx.rng.chance(resumeBps, 10_000) && ctx.claim(`printer:${printer.id}`)) out.push(setStatus(printer, PrinterStatus.PRINTER_STATUS_ACTIVE));
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// jobs

/** Customers post jobs near the fleet's printers: each printer gets about one every 90 modelled minutes. */
const postJobs: Activity = {
  name: "jobs/create",
  plan(ctx) {
    const active = fleetPrinters(ctx, [PrinterStatus.PRINTER_STATUS_ACTIVE]);
    if (active.length === 0) return [];
    const acceptanceWindowMs = ms(ctx.view.jobsParams().acceptanceWindowMs);
    const perMinute = Math.min((ctx.fleet.printers.length * 60_000) / chainMs(90 * 60), (600 * 60_000) / ctx.blockTimeMs);
    return repeat(ctx, occurrences(ctx, perMinute), () => {
      const { rng } = ctx;
      const target = rng.pick(active);
      const customer = rng.pick(ctx.fleet.byRole.customer);
      const quantity = rng.range(1, 8);
      const estimatedGrams = rng.range(10, 400);
      const printSeconds = printSecondsOf({ estimatedGrams, quantity });
      // Lead time: the print, 1.5–4 times over, plus 1–6 h of slack; always at least an acceptance window.
      const leadSeconds = Math.round((printSeconds * rng.range(150, 400)) / 100) + rng.range(1, 6) * 3600;
      const volume = target.spec?.buildVolume ?? { xMm: 100, yMm: 100, zMm: 100 };
      const side = (mm: number | null | undefined): number => rng.range(10, Math.max(10, Math.floor((mm ?? 10) * 0.8)));
      return {
        op: this.name,
        signer: customer,
        msgs: [
          msg(jobsCodecs.MsgCreateJob.typeUrl, {
            customer: addr(ctx, customer),
            designHash: rng.hex(32),
            designUri: `ipfs://design-${rng.hex(8)}`,
            quantity,
            material: rng.pick(target.spec?.materials ?? ["PLA"]),
            technology: target.spec?.technology ?? 1,
            minBuildVolume: { xMm: side(volume.xMm), yMm: side(volume.yMm), zMm: side(volume.zMm) },
            estimatedGrams,
            // 0.02–0.08 PRINT per gram, at least one PRINT.
            price: coin(BigInt(Math.max(1_000_000, estimatedGrams * quantity * rng.range(20_000, 80_000)))),
            latitudeUdeg: Math.max(-89_000_000, Math.min(89_000_000, (target.location?.latitudeUdeg ?? 0) + rng.range(-200_000, 200_000))),
            longitudeUdeg: Math.max(-180_000_000, Math.min(180_000_000, (target.location?.longitudeUdeg ?? 0) + rng.range(-200_000, 200_000))),
            maxDistanceKm: rng.range(60, 400),
            deadlineMs: ctx.nextTimeMs + acceptanceWindowMs + chainMs(leadSeconds),
            requireAttested: rng.chance(5),
          }),
        ],
      };
    });
  },
};

/**
 * Offered printers' owners answer after 1–20 modelled minutes (slower operators take longer),
 * or not at all (offline, 15–33 %): the offer lapses, the next round starts, and a job nobody
 * takes expires.
 */
const acceptJobs: Activity = {
  name: "jobs/accept",
  plan(ctx) {
    const out: PlannedOp[] = [];
    // Only the workload's customers' jobs: a user's job is left to the user's printers.
    for (const job of fleetJobs(ctx, JobStatus.JOB_STATUS_OPEN, "customer")) {
      for (const printerId of job.offeredPrinterIds) {
        const printer = ctx.view.printer(printerId);
        const owner = printer ? indexOf(ctx, printer.owner) : -1;
        if (!printer || owner < 0 || printer.status !== PrinterStatus.PRINTER_STATUS_ACTIVE) continue;
        const profile = profileOf(ctx, owner);
        const decision = roll(ctx, `offer ${String(job.id)} ${printerId} ${job.offerRound}`);
        if (decision.chance(1500 + Math.round((10_000 - profile.speedBps) / 4), 10_000)) continue;
        const delayMs = chainMs((decision.range(1, 20) * 60 * 10_000) / profile.speedBps);
        if (ctx.nextTimeMs < ms(job.offeredAtMs) + delayMs || ctx.nextTimeMs >= ms(job.offerExpiresAtMs)) continue;
        if (!ctx.claim(`job:${String(job.id)}`)) break;
        out.push({ op: this.name, signer: owner, msgs: [msg(jobsCodecs.MsgAcceptJob.typeUrl, { operator: printer.owner, jobId: job.id, printerId })] });
        break;
      }
    }
    return out;
  },
};

type Fate = "ok" | "late" | "fail" | "vanish";

/** What a job's printer will do, from its operator's profile (stable per job). */
export function jobFate(ctx: WorkloadContext, job: printchain.jobs.v1.Job): Fate {
  const profile = profileOf(ctx, indexOf(ctx, job.printerOwner));
  const value = roll(ctx, `fate ${String(job.id)}`).int(10_000);
  // A vanished job holds one of the printer's max_active_jobs slots until deadline + grace (a day of
  // block time, not compressed), so vanishing is the rare tenth of failures.
  if (value < profile.failBps / 10) return "vanish";
  if (value < profile.failBps) return "fail";
  if (value < profile.failBps + profile.lateBps) return "late";
  return "ok";
}

/**
 * Printers print for the job's modelled duration, then prove: a failed print proves zero units,
 * a late one waits past the deadline (within the grace), a vanished printer never proves (the
 * job fails at deadline + grace).
 */
const submitProofs: Activity = {
  name: "jobs/proof",
  plan(ctx) {
    const out: PlannedOp[] = [];
    const graceMs = ms(ctx.view.jobsParams().lateGraceMs);
    for (const job of fleetJobs(ctx, JobStatus.JOB_STATUS_ACCEPTED, "printerOwner")) {
      const fate = jobFate(ctx, job);
      if (fate === "vanish") continue;
      const deadline = ms(job.deadlineMs);
      const decision = roll(ctx, `proof ${String(job.id)}`);
      const printSeconds = printSecondsOf(job);
      const lateByMs = Math.min(Math.floor(graceMs / 2), chainMs(decision.range(20, 180) * 60));
      const due = fate === "late" ? deadline + lateByMs : ms(job.acceptedAtMs) + chainMs(printSeconds);
      if (ctx.nextTimeMs < due || ctx.nextTimeMs >= deadline + graceMs) continue;
      if (!ctx.claim(`job:${String(job.id)}`)) continue;
      const owner = indexOf(ctx, job.printerOwner);
      const profile = profileOf(ctx, owner);
      const estimate = ms(job.estimatedGrams);
      const over = decision.chance(profile.overGramsBps, 10_000);
      const grams = over ? estimate + decision.range(1, Math.max(1, Math.floor(estimate / 3))) : Math.max(1, estimate - decision.range(0, Math.floor(estimate / 10)));
      const units = fate === "fail" ? 0 : decision.chance(90) ? job.quantity : decision.range(1, job.quantity);
      const errors = fate === "fail" ? decision.range(1, 3) : decision.chance(15) ? decision.range(1, 2) : 0;
      out.push({
        op: this.name,
        signer: owner,
        msgs: [
          msg(jobsCodecs.MsgSubmitProofOfPrint.typeUrl, {
            operator: job.printerOwner,
            jobId: job.id,
            evidenceHash: decision.hex(32),
            evidenceUri: `ipfs://proof-${decision.hex(8)}`,
            printSeconds: Math.round((printSeconds * decision.range(90, 115)) / 100),
            gramsUsed: grams,
            errorCount: errors,
            errorKinds: errors > 0 ? [decision.pick(["stringing", "warping", "layer-shift", "under-extrusion", "adhesion"])] : [],
            firstAttempt: errors === 0,
            unitsCompleted: units,
          }),
        ],
      });
    }
    return out;
  },
};

/** Customers inspect the parts (5 min to 2 modelled hours) and confirm with a quality score, or dispute. */
const reviewJobs: Activity = {
  name: "jobs/confirm",
  plan(ctx) {
    const out: PlannedOp[] = [];
    for (const job of fleetJobs(ctx, JobStatus.JOB_STATUS_PROOF_SUBMITTED, "customer")) {
      const decision = roll(ctx, `review ${String(job.id)}`);
      const due = ms(job.proof?.submittedAtMs) + chainMs(decision.range(5, 120) * 60);
      if (ctx.nextTimeMs < due || ctx.nextTimeMs >= ms(job.confirmByMs) || !ctx.claim(`job:${String(job.id)}`)) continue;
      const owner = indexOf(ctx, job.printerOwner);
      const low = owner >= 0 && decision.chance(profileOf(ctx, owner).lowQualityBps, 10_000);
      const signer = indexOf(ctx, job.customer);
      if (decision.chance(low ? 40 : 2)) {
        out.push({ op: "jobs/dispute", signer, msgs: [msg(jobsCodecs.MsgDisputeJob.typeUrl, { customer: job.customer, jobId: job.id, reason: low ? "parts warped, dimensions off" : "parts do not match the design" })] });
      } else {
        out.push({
          op: this.name,
          signer,
          msgs: [msg(jobsCodecs.MsgConfirmJob.typeUrl, { customer: job.customer, jobId: job.id, qualityScore: low ? decision.range(10, 50) : decision.range(70, 100), defects: low ? [decision.pick(["warping", "stringing", "rough-surface"])] : [] })],
        });
      }
    }
    return out;
  },
};

/** The workload's arbiter decides disputes after 30 min to 6 modelled hours. */
const resolveDisputes: Activity = {
  name: "jobs/resolve",
  plan(ctx) {
    const arbiter = ctx.fleet.byRole.arbiter[0];
    const out: PlannedOp[] = [];
    for (const job of fleetJobs(ctx, JobStatus.JOB_STATUS_DISPUTED, "customer")) {
      const decision = roll(ctx, `resolve ${String(job.id)}`);
      const due = ms(job.dispute?.openedAtMs) + chainMs(decision.range(30, 360) * 60);
      if (ctx.nextTimeMs < due || ctx.nextTimeMs >= ms(job.dispute?.resolveByMs) || !ctx.claim(`job:${String(job.id)}`)) continue;
      const refundBps = decision.chance(20) ? 10_000 : decision.range(0, 8000);
      out.push({ op: this.name, signer: arbiter, msgs: [msg(jobsCodecs.MsgResolveDispute.typeUrl, { arbiter: addr(ctx, arbiter), jobId: job.id, refundBps })] });
    }
    return out;
  },
};

/** A few customers (3 % of jobs) change their mind while the job is open. */
const cancelJobs: Activity = {
  name: "jobs/cancel",
  plan(ctx) {
    const out: PlannedOp[] = [];
    for (const job of fleetJobs(ctx, JobStatus.JOB_STATUS_OPEN, "customer")) {
      const decision = roll(ctx, `cancel ${String(job.id)}`);
      if (!decision.chance(3)) continue;
      if (ctx.nextTimeMs < ms(job.createdAtMs) + chainMs(decision.range(5, 60) * 60) || !ctx.claim(`job:${String(job.id)}`)) continue;
      out.push({ op: this.name, signer: indexOf(ctx, job.customer), msgs: [msg(jobsCodecs.MsgCancelJob.typeUrl, { customer: job.customer, jobId: job.id })] });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// staking: the workload's validators hold 36–45 % of the power, so account 0's validator keeps a
// majority (its vote still decides users' proposals) and the workload's votes reach the quorum.
// Only the fleet's validators are delegated to: neither account 0's nor a user's.

function stakeShares(ctx: WorkloadContext): { ours: bigint; total: bigint; validators: printchain.staking.v1.Validator[] } {
  const bonded = ctx.view.validators().filter((validator) => validator.status === BondStatus.BOND_STATUS_BONDED);
  const total = bonded.reduce((sum, validator) => sum + BigInt(validator.tokens || "0"), 0n);
  const fleetValopers = new Set(ctx.fleet.byRole.validator.map((index) => valoperFromAccount(addr(ctx, index))));
  const oursList = bonded.filter((validator) => fleetValopers.has(validator.operatorAddress));
  return { ours: oursList.reduce((sum, validator) => sum + BigInt(validator.tokens || "0"), 0n), total, validators: oursList };
}

const stakers = (ctx: WorkloadContext): number[] => [...ctx.fleet.byRole.delegator, ...ctx.fleet.byRole.customer.slice(0, 4)];

const delegate: Activity = {
  name: "staking/delegate",
  plan(ctx) {
    return repeat(ctx, occurrences(ctx, 2), () => {
      const { ours, total, validators } = stakeShares(ctx);
      const amount = ctx.rng.bigRange(10n, 200n) * PRINT;
      if (validators.length === 0 || (ours + amount) * 100n > (total + amount) * 45n) return undefined;
      const delegator = ctx.rng.pick(stakers(ctx));
      const validator = ctx.rng.pick(validators);
      return { op: this.name, signer: delegator, msgs: [msg(stakingCodecs.MsgDelegate.typeUrl, { delegatorAddress: addr(ctx, delegator), validatorAddress: validator.operatorAddress, amount: coin(amount) })] };
    });
  },
};

const undelegate: Activity = {
  name: "staking/undelegate",
  plan(ctx) {
    const operation = simOperation("staking/undelegate");
    return repeat(ctx, occurrences(ctx, 0.7), () => {
      const { ours, total } = stakeShares(ctx);
      if (ours * 100n < total * 38n) return undefined;
      const planned = operation.plan(ctx);
      // Validators' operators keep their self-bond (a validator below its min self-delegation is jailed).
      return planned && ctx.fleet.accounts[planned.signer].role !== "validator" ? planned : undefined;
    });
  },
};

const redelegate: Activity = {
  name: "staking/redelegate",
  plan(ctx) {
    return repeat(ctx, occurrences(ctx, 0.5), () => {
      const delegator = ctx.rng.pick(stakers(ctx));
      const { validators } = stakeShares(ctx);
      const delegations = ctx.view.delegations(addr(ctx, delegator)).filter((delegation) => delegation.balance > PRINT && validators.some((validator) => validator.operatorAddress === delegation.validator));
      if (delegations.length === 0) return undefined;
      const source = ctx.rng.pick(delegations);
      const incoming = new Set(ctx.view.redelegations(addr(ctx, delegator)).map((redelegation) => redelegation.validatorDstAddress));
      const destinations = validators.filter((validator) => validator.operatorAddress !== source.validator);
      if (incoming.has(source.validator) || destinations.length === 0 || !ctx.claim(`delegation:${delegator}:${source.validator}`)) return undefined;
      return {
        op: this.name,
        signer: delegator,
        msgs: [
          msg(stakingCodecs.MsgBeginRedelegate.typeUrl, {
            delegatorAddress: addr(ctx, delegator),
            validatorSrcAddress: source.validator,
            validatorDstAddress: ctx.rng.pick(destinations).operatorAddress,
            amount: coin(ctx.rng.bigRange(1n, source.balance / 2n)),
          }),
        ],
      };
    });
  },
};

// ---------------------------------------------------------------------------------------------
// gov: every `proposalEveryEpochs` epochs a role-weight proposal; the workload's validators and
// delegators vote on it (each proposal's fate: pass 60 %, reject 30 %, veto 10 %).

const OPEN_STATUSES = [ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD, ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD];
const ALL_STATUSES = [...OPEN_STATUSES, ProposalStatus.PROPOSAL_STATUS_PASSED, ProposalStatus.PROPOSAL_STATUS_REJECTED, ProposalStatus.PROPOSAL_STATUS_FAILED];

const ownProposals = (ctx: WorkloadContext, statuses: readonly number[]): printchain.gov.v1.Proposal[] =>
  statuses.flatMap((status) => ctx.view.proposals(status)).filter((proposal) => indexOf(ctx, proposal.proposer) >= 0);

const submitProposal: Activity = {
  name: "gov/submit-proposal",
  plan(ctx) {
    const span = Math.max(1, ms(ctx.view.emissionsParams().epochLength)) * ctx.fleet.settings.proposalEveryEpochs;
    const slotStart = Math.floor(ctx.height / span) * span;
    if (ownProposals(ctx, OPEN_STATUSES).length > 0) return [];
    if (ownProposals(ctx, ALL_STATUSES).some((proposal) => ms(proposal.submitHeight) >= slotStart) || !ctx.claim("proposal")) return [];
    const proposer = ctx.rng.pick([...ctx.fleet.byRole.validator, ...ctx.fleet.byRole.delegator]);
    const message = paramsProposalMessage(ctx, 0);
    const minDeposit = BigInt(ctx.view.govParams().minDeposit[0]?.amount ?? "10000000");
    return [
      {
        op: this.name,
        signer: proposer,
        msgs: [
          msg(govCodecs.MsgSubmitProposal.typeUrl, {
            messages: [{ type_url: message.typeUrl, value: message.value }],
            initialDeposit: [coin(minDeposit)],
            proposer: addr(ctx, proposer),
            metadata: "",
            title: `Workload: ${message.label}`.slice(0, 140),
            summary: `Role weights proposed by the devnet workload at height ${ctx.height}.`,
          }),
        ],
      },
    ];
  },
};

const VOTE_YES = 1;
const VOTE_ABSTAIN = 2;
const VOTE_NO = 3;
const VOTE_VETO = 4;

const vote: Activity = {
  name: "gov/vote",
  plan(ctx) {
    const out: PlannedOp[] = [];
    const votingPeriod = Math.max(1, ms(ctx.view.govParams().votingPeriod));
    for (const proposal of ownProposals(ctx, [ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD])) {
      const fate = roll(ctx, `proposal ${String(proposal.id)}`).int(10);
      const wanted = fate < 6 ? VOTE_YES : fate < 9 ? VOTE_NO : VOTE_VETO;
      const voters = [...ctx.fleet.byRole.validator, ...ctx.fleet.byRole.delegator.filter((delegator) => roll(ctx, `turnout ${String(proposal.id)} ${delegator}`).chance(50))];
      for (const voter of voters) {
        const key = `${String(proposal.id)}:${voter}`;
        if (ctx.voted.has(key)) continue;
        const decision = roll(ctx, `vote ${String(proposal.id)} ${voter}`);
        // Everyone votes within the first half of the period; validators in the first quarter.
        const within = ctx.fleet.accounts[voter].role === "validator" ? Math.floor(votingPeriod / 4) : Math.floor(votingPeriod / 2);
        if (ctx.height < ms(proposal.votingStartHeight) + decision.range(0, within)) continue;
        const option = decision.chance(85) ? wanted : decision.pick([VOTE_YES, VOTE_ABSTAIN, VOTE_NO]);
        ctx.voted.add(key);
        out.push({ op: this.name, signer: voter, msgs: [msg(govCodecs.MsgVote.typeUrl, { proposalId: proposal.id, voter: addr(ctx, voter), option, metadata: "" })] });
      }
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// bank: operators pass earnings on to customers, so that the job market keeps its money.

const recycle: Activity = {
  name: "bank/send",
  plan(ctx) {
    return repeat(ctx, occurrences(ctx, 1), () => {
      const operator = ctx.rng.pick(ctx.fleet.byRole.operator);
      const balance = ctx.view.balance(addr(ctx, operator));
      if (balance <= 150_000n * PRINT) return undefined;
      const customer = ctx.rng.pick(ctx.fleet.byRole.customer);
      return {
        op: this.name,
        signer: operator,
        msgs: [msg("/cosmos.bank.v1beta1.MsgSend", { fromAddress: addr(ctx, operator), toAddress: addr(ctx, customer), amount: [coin(balance - 100_000n * PRINT)] })],
      };
    });
  },
};

/** Every activity, in the order a block's txs are planned (lifecycle steps first, so that jobs move every block). */
export const ACTIVITIES: readonly Activity[] = [
  registerPrinters,
  acceptJobs,
  submitProofs,
  reviewJobs,
  resolveDisputes,
  cancelJobs,
  postJobs,
  maintenance,
  background("printers/attest", 1),
  background("printers/update", 0.3),
  background("emissions/attest", 4),
  delegate,
  undelegate,
  redelegate,
  submitProposal,
  vote,
  recycle,
];

/** The txs of one block, at most `max`. */
export function planBlock(ctx: WorkloadContext, max: number): PlannedOp[] {
  const out: PlannedOp[] = [];
  for (const activity of ACTIVITIES) {
    for (const planned of activity.plan(ctx)) {
      if (out.length >= max) return out;
      out.push(planned);
    }
  }
  return out;
}


