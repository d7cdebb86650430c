/** SQL of the jobs module: select lists (camelCase aliases) and the batched loads by job id. */
import type DataLoader from "dataloader";
import { rowsByKey, type GraphqlContext } from "../../context";

export const JOB_COLUMNS = `j.id::text AS id, j.customer, j.printer_id AS "printerId", j.printer_owner AS "printerOwner", j.status, j.price, j.denom,
  j.material, j.technology, j.quantity, j.estimated_grams AS "estimatedGrams", j.design_hash AS "designHash", j.design_uri AS "designUri",
  j.latitude_udeg::float8 / 1000000 AS latitude, j.longitude_udeg::float8 / 1000000 AS longitude,
  j.latitude_udeg AS "latitudeMicrodegrees", j.longitude_udeg AS "longitudeMicrodegrees", j.max_distance_km AS "maxDistanceKm", j.due_time AS "dueTime",
  j.created_height::int AS "createdHeight", j.created_time AS "createdTime", j.accepted_height::int AS "acceptedHeight", j.accepted_time AS "acceptedTime",
  j.proof_height::int AS "proofHeight", j.proof_time AS "proofTime", j.confirmed_height::int AS "confirmedHeight", j.confirmed_time AS "confirmedTime",
  j.settled_height::int AS "settledHeight", j.settled_time AS "settledTime", j.settle_reason AS "settleReason", j.printer_payout AS "printerPayout",
  j.fee, j.customer_refund AS "customerRefund", j.bond_slashed AS "bondSlashed", j.quality_score AS "qualityScore", j.late`;

export interface JobRow {
  readonly id: string;
  readonly printerId: string | null;
  readonly proofHeight: number | null;
  readonly confirmedHeight: number | null;
}

export interface JobPartRow {
  readonly jobId: string;
}

const PROOF_COLUMNS = `pp.job_id::text AS "jobId", pp.height::int AS height, pp.tx_index AS "txIndex", pp.printer_id AS "printerId", pp.operator,
  pp.evidence_hash AS "evidenceHash", pp.evidence_uri AS "evidenceUri", pp.print_seconds AS "printSeconds", pp.grams_used AS "gramsUsed",
  pp.estimated_grams AS "estimatedGrams", pp.error_count AS "errorCount", pp.error_kinds AS "errorKinds", pp.first_attempt AS "firstAttempt",
  pp.units_completed AS "unitsCompleted", pp.quantity, pp.late, pp.submitted_time AS "submittedTime"`;

const CONFIRMATION_COLUMNS = `c.job_id::text AS "jobId", c.height::int AS height, c.tx_index AS "txIndex", c.printer_id AS "printerId", c.customer,
  c.quality_score AS "qualityScore", c.defects, c.automatic, c.confirmed_time AS "confirmedTime"`;

const DISPUTE_COLUMNS = `d.job_id::text AS "jobId", d.height::int AS height, d.printer_id AS "printerId", d.customer, d.reason, d.opened_time AS "openedTime",
  d.resolve_by AS "resolveBy", d.resolved_height::int AS "resolvedHeight", d.arbiter, d.refund_bps AS "refundBps", d.resolved_time AS "resolvedTime"`;

export function jobById(context: GraphqlContext): DataLoader<string, JobRow | undefined> {
  return context.loader("jobById", (sql) => rowsByKey<JobRow>(sql, `SELECT ${JOB_COLUMNS} FROM jobs j`, "j.id", "bigint", (row) => row.id));
}

export function proofByJob(context: GraphqlContext): DataLoader<string, JobPartRow | undefined> {
  return context.loader("proofByJob", (sql) => rowsByKey<JobPartRow>(sql, `SELECT ${PROOF_COLUMNS} FROM proofs_of_print pp`, "pp.job_id", "bigint", (row) => row.jobId));
}

export function confirmationByJob(context: GraphqlContext): DataLoader<string, JobPartRow | undefined> {
  return context.loader("confirmationByJob", (sql) => rowsByKey<JobPartRow>(sql, `SELECT ${CONFIRMATION_COLUMNS} FROM job_confirmations c`, "c.job_id", "bigint", (row) => row.jobId));
}

export function disputeByJob(context: GraphqlContext): DataLoader<string, JobPartRow | undefined> {
  return context.loader("disputeByJob", (sql) => rowsByKey<JobPartRow>(sql, `SELECT ${DISPUTE_COLUMNS} FROM disputes d`, "d.job_id", "bigint", (row) => row.jobId));
}
