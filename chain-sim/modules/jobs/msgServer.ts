import { jobsCodecs, toBigInt, type printchain } from "../../../proto";
import { validateAddress } from "../../types/address";
import type { Context } from "../../types/context";
import { codecMsgRoute, updateParamsRoute, type MsgRoute } from "../../types/module";
import { jobsErrors } from "./errors";
import type { PrintersKeeper } from "./expectedKeepers";
import { JobStatus, msOf, routeRequestOf, statusName, type Job, type JobsKeeper } from "./keeper";
import { paramsFromProto } from "./params";
import { rankCandidates } from "./routing";
import { validateCreateJob, validateLabels, validateProof, validateReason } from "./validation";

const C = jobsCodecs;

/** printchain.jobs.v1.Msg. */
export function jobsMsgRoutes(keeper: JobsKeeper, printers: PrintersKeeper, authority: string): MsgRoute<never>[] {
  /** The job, if the signer is its customer and it is in `status`. */
  const customerJob = (ctx: Context, customer: string, jobId: Parameters<typeof toBigInt>[0], status: number): Job => {
    const job = keeper.mustGetJob(ctx.store, toBigInt(jobId));
    if (job.customer !== customer) throw jobsErrors.notCustomer.wrap(`${customer} is not the customer of job ${toBigInt(jobId)}`);
    if (job.status !== status) throw jobsErrors.wrongStatus.wrap(`job ${toBigInt(jobId)} is ${statusName(job.status)}, not ${statusName(status)}`);
    return job;
  };
  const withinConfirmation = (ctx: Context, job: Job): void => {
    if (ctx.block.timeMs >= msOf(job.confirmByMs)) throw jobsErrors.windowClosed.wrap(`confirmation window of job ${toBigInt(job.id)} closed at ${msOf(job.confirmByMs)}`);
  };
  const jobIdGiven = (jobId: Parameters<typeof toBigInt>[0]): void => {
    if (toBigInt(jobId) === 0n) throw jobsErrors.invalidJob.wrap("job_id is required");
  };

  return [
    codecMsgRoute(C.MsgCreateJob, {
      signer: (msg) => msg.customer,
      validateBasic: validateCreateJob,
      handle(ctx, msg) {
        const params = keeper.getParams(ctx.store);
        const price = msg.price as printchain.base.v1.Coin;
        if (price.denom !== params.priceDenom) throw jobsErrors.invalidPrice.wrap(`price must be in ${params.priceDenom}`);
        if (BigInt(price.amount) < params.minPrice) throw jobsErrors.invalidPrice.wrap(`price ${price.amount} is below the minimum ${params.minPrice}`);
        if (msg.quantity > params.maxQuantity) throw jobsErrors.invalidJob.wrap(`quantity ${msg.quantity} exceeds the maximum ${params.maxQuantity}`);
        const now = ctx.block.timeMs;
        const deadline = msOf(msg.deadlineMs);
        if (deadline < now + params.acceptanceWindowMs) throw jobsErrors.invalidDeadline.wrap(`deadline must be at least one acceptance window (${params.acceptanceWindowMs} ms) after ${now}`);
        if (deadline > now + params.maxJobDurationMs) throw jobsErrors.invalidDeadline.wrap(`deadline must be within ${params.maxJobDurationMs} ms of ${now}`);
        const fields = { ...msg, price: { denom: price.denom, amount: price.amount } };
        const ranked = rankCandidates(ctx.store, printers, routeRequestOf(C.Job.fromPartial(fields)), params);
        if (ranked.length === 0) throw jobsErrors.noEligiblePrinter.wrap(`no active ${msg.material} printer with the technology, build volume and bond within ${msg.maxDistanceKm} km`);
        const candidates = ranked.map(({ printerId, distanceM, score }) => ({ printerId, distanceM, score }));
        const jobId = keeper.create(ctx, fields, candidates);
        return C.MsgCreateJobResponse.encode(C.MsgCreateJobResponse.fromPartial({ jobId, candidates: candidates.length })).finish();
      },
    }),
    codecMsgRoute(C.MsgCancelJob, {
      signer: (msg) => msg.customer,
      validateBasic(msg) {
        validateAddress(msg.customer, "customer");
        jobIdGiven(msg.jobId);
      },
      handle: (ctx, msg) => keeper.cancel(ctx, customerJob(ctx, msg.customer, msg.jobId, JobStatus.JOB_STATUS_OPEN)),
    }),
    codecMsgRoute(C.MsgAcceptJob, {
      signer: (msg) => msg.operator,
      validateBasic(msg) {
        validateAddress(msg.operator, "operator");
        jobIdGiven(msg.jobId);
        if (!msg.printerId) throw jobsErrors.invalidJob.wrap("printer_id is required");
      },
      handle: (ctx, msg) => keeper.accept(ctx, keeper.mustGetJob(ctx.store, toBigInt(msg.jobId)), msg.operator, msg.printerId),
    }),
    codecMsgRoute(C.MsgSubmitProofOfPrint, {
      signer: (msg) => msg.operator,
      validateBasic(msg) {
        jobIdGiven(msg.jobId);
        validateProof(msg);
      },
      handle: (ctx, msg) => keeper.submitProof(ctx, keeper.mustGetJob(ctx.store, toBigInt(msg.jobId)), msg),
    }),
    codecMsgRoute(C.MsgConfirmJob, {
      signer: (msg) => msg.customer,
      validateBasic(msg) {
        validateAddress(msg.customer, "customer");
        jobIdGiven(msg.jobId);
        if (msg.qualityScore > 100) throw jobsErrors.invalidJob.wrap(`quality_score ${msg.qualityScore} is above 100`);
        validateLabels(msg.defects, "defects");
      },
      handle(ctx, msg) {
        const job = customerJob(ctx, msg.customer, msg.jobId, JobStatus.JOB_STATUS_PROOF_SUBMITTED);
        withinConfirmation(ctx, job);
        keeper.confirm(ctx, job, { qualityScore: msg.qualityScore, defects: msg.defects, automatic: false });
      },
    }),
    codecMsgRoute(C.MsgDisputeJob, {
      signer: (msg) => msg.customer,
      validateBasic(msg) {
        validateAddress(msg.customer, "customer");
        jobIdGiven(msg.jobId);
        validateReason(msg.reason);
      },
      handle(ctx, msg) {
        const job = customerJob(ctx, msg.customer, msg.jobId, JobStatus.JOB_STATUS_PROOF_SUBMITTED);
        withinConfirmation(ctx, job);
        keeper.dispute(ctx, job, msg.reason);
      },
    }),
    codecMsgRoute(C.MsgResolveDispute, {
      signer: (msg) => msg.arbiter,
      validateBasic(msg) {
        validateAddress(msg.arbiter, "arbiter");
        jobIdGiven(msg.jobId);
        if (msg.refundBps > 10_000) throw jobsErrors.invalidJob.wrap(`refund_bps ${msg.refundBps} is above 10000`);
      },
      handle(ctx, msg) {
        if (!keeper.getParams(ctx.store).arbiters.includes(msg.arbiter)) throw jobsErrors.notArbiter.wrap(msg.arbiter);
        const job = keeper.mustGetJob(ctx.store, toBigInt(msg.jobId));
        if (job.status !== JobStatus.JOB_STATUS_DISPUTED) throw jobsErrors.wrongStatus.wrap(`job ${toBigInt(msg.jobId)} is ${statusName(job.status)}, not disputed`);
        keeper.resolve(ctx, job, msg.refundBps, msg.arbiter);
      },
    }),
    updateParamsRoute(C.MsgUpdateParams, { authority, parse: paramsFromProto, set: (ctx, params) => keeper.setParams(ctx, params), errors: jobsErrors }),
  ];
}
