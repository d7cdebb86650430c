import { jobsCodecs, normalizeLongs, printchain, PROTO_JSON_OPTIONS, toBigInt } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { jobsErrors } from "./errors";
import type { Job, JobsKeeper } from "./keeper";
import { DEFAULT_JOBS_PARAMS, paramsFromProto, paramsToProto } from "./params";

/** Genesis is the proto-JSON of printchain.jobs.v1.GenesisState (64-bit fields as strings). */
const GenesisState = printchain.jobs.v1.GenesisState;

export function defaultJobsGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject(normalizeLongs({ params: paramsToProto(DEFAULT_JOBS_PARAMS), nextJobId: 1n })), PROTO_JSON_OPTIONS);
}

/**
 * Stores params, jobs (with their timers and offers, so an exported chain resumes exactly) and
 * the next id. Escrowed prices must sit in the jobs_escrow module account (bank genesis).
 */
export function initJobsGenesis(ctx: Context, keeper: JobsKeeper, raw: unknown): void {
  const invalid = (detail: string): Error => jobsErrors.invalidGenesis.wrap(detail);
  let genesis;
  try {
    genesis = GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>));
    keeper.setParams(ctx, genesis.params ? paramsFromProto(genesis.params) : DEFAULT_JOBS_PARAMS);
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : String(error));
  }
  const nextJobId = toBigInt(genesis.nextJobId) || 1n;
  for (const job of genesis.jobs as Job[]) {
    const id = toBigInt(job.id);
    if (id === 0n || id >= nextJobId) throw invalid(`job id ${id} must be between 1 and next_job_id - 1`);
    if (keeper.getJob(ctx.store, id)) throw invalid(`duplicate job ${id}`);
    keeper.setJob(ctx, job);
  }
  keeper.setNextJobId(ctx, nextJobId);
}

export function exportJobsGenesis(store: KVReader, keeper: JobsKeeper): unknown {
  const genesis = jobsCodecs.GenesisState.fromPartial({ params: paramsToProto(keeper.getParams(store)), jobs: [...keeper.jobs(store)], nextJobId: keeper.nextJobId(store) });
  return GenesisState.toObject(genesis, PROTO_JSON_OPTIONS);
}
