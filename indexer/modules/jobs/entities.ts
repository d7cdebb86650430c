/** Tables of the jobs module (created by migration 1767312000000-Modules). Times are block times (timestamptz). */
import { EntitySchema } from "typeorm";
import type { Columns } from "../handler";

export interface JobRow {
  id: string;
  customer: string;
  printer_id: string | null;
  printer_owner: string | null;
  /** JOB_STATUS_* */
  status: string;
  price: string;
  denom: string;
  material: string;
  technology: string;
  quantity: number;
  estimated_grams: string;
  design_hash: string;
  design_uri: string | null;
  latitude_udeg: number;
  longitude_udeg: number;
  max_distance_km: number;
  due_time: Date;
  created_height: string;
  created_time: Date;
  accepted_height: string | null;
  accepted_time: Date | null;
  proof_height: string | null;
  proof_time: Date | null;
  confirmed_height: string | null;
  confirmed_time: Date | null;
  settled_height: string | null;
  settled_time: Date | null;
  settle_reason: string | null;
  printer_payout: string | null;
  fee: string | null;
  customer_refund: string | null;
  bond_slashed: string | null;
  /** The customer's score; NULL when confirmed automatically (or not confirmed). */
  quality_score: number | null;
  late: boolean | null;
}

export const JOB_COLUMNS: Columns = [
  ["id", "bigint"], ["customer", "text"], ["printer_id", "text"], ["printer_owner", "text"], ["status", "text"], ["price", "numeric"], ["denom", "text"],
  ["material", "text"], ["technology", "text"], ["quantity", "integer"], ["estimated_grams", "bigint"], ["design_hash", "text"], ["design_uri", "text"],
  ["latitude_udeg", "integer"], ["longitude_udeg", "integer"], ["max_distance_km", "integer"], ["due_time", "timestamptz"],
  ["created_height", "bigint"], ["created_time", "timestamptz"], ["accepted_height", "bigint"], ["accepted_time", "timestamptz"],
  ["proof_height", "bigint"], ["proof_time", "timestamptz"], ["confirmed_height", "bigint"], ["confirmed_time", "timestamptz"],
  ["settled_height", "bigint"], ["settled_time", "timestamptz"], ["settle_reason", "text"], ["printer_payout", "numeric"], ["fee", "numeric"],
  ["customer_refund", "numeric"], ["bond_slashed", "numeric"], ["quality_score", "integer"], ["late", "boolean"],
];

export const PROOF_COLUMNS: Columns = [
  ["job_id", "bigint"], ["height", "bigint"], ["tx_index", "integer"], ["printer_id", "text"], ["operator", "text"], ["evidence_hash", "text"], ["evidence_uri", "text"],
  ["print_seconds", "bigint"], ["grams_used", "bigint"], ["estimated_grams", "bigint"], ["error_count", "integer"], ["error_kinds", "jsonb"],
  ["first_attempt", "boolean"], ["units_completed", "integer"], ["quantity", "integer"], ["late", "boolean"], ["submitted_time", "timestamptz"],
];

export const CONFIRMATION_COLUMNS: Columns = [
  ["job_id", "bigint"], ["height", "bigint"], ["tx_index", "integer"], ["printer_id", "text"], ["customer", "text"], ["quality_score", "integer"], ["defects", "jsonb"],
  ["automatic", "boolean"], ["confirmed_time", "timestamptz"],
];

export interface DisputeRow {
  job_id: string;
  height: string;
  printer_id: string;
  customer: string;
  reason: string;
  opened_time: Date;
  resolve_by: Date;
  resolved_height: string | null;
  arbiter: string | null;
  refund_bps: number | null;
  resolved_time: Date | null;
}

export const DISPUTE_COLUMNS: Columns = [
  ["job_id", "bigint"], ["height", "bigint"], ["printer_id", "text"], ["customer", "text"], ["reason", "text"], ["opened_time", "timestamptz"], ["resolve_by", "timestamptz"],
  ["resolved_height", "bigint"], ["arbiter", "text"], ["refund_bps", "integer"], ["resolved_time", "timestamptz"],
];

/** The jobs table for repository reads (the handler writes through SQL). */
export const JobEntity = new EntitySchema<JobRow>({
  name: "Job",
  tableName: "jobs",
  columns: Object.fromEntries(
    JOB_COLUMNS.map(([name, type]) => [name, { type: type as "text", primary: name === "id", nullable: name !== "id" }]),
  ) as never,
});
