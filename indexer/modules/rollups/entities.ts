/**
 * Tables of the rollups module (created by migration 1767484800000-Rollups): per-epoch statistics
 * computed when an epoch ends, from the rows the earlier modules wrote in the same transaction.
 *
 * Types: counts are bigint, amounts and gram/second sums numeric(78,0), rates numeric(5,4) as a
 * fraction 0..1 truncated to 4 decimals (= the chain's floor-divided bps / 10 000; NULL when the
 * denominator is 0), the average quality numeric(5,2) (score 0–100, truncated: the chain's
 * avg_quality_centi / 100), the accept-time average numeric(20,3) ms (truncated) and its p95 a
 * bigint (percentile_disc, so an observed value).
 */
import { EntitySchema } from "typeorm";

export interface PrinterEpochStatRow {
  printer_id: string;
  epoch: string;
  start_height: string;
  end_height: string;
  offered: string;
  offers_expired: string;
  accepted: string;
  completed: string;
  completed_on_time: string;
  completed_late: string;
  failed: string;
  disputed: string;
  accept_ms_total: string;
  accept_ms_avg: string | null;
  accept_ms_p95: string | null;
  on_time_rate: string | null;
  proofs: string;
  first_attempt: string;
  first_attempt_rate: string | null;
  grams_used: string;
  grams_estimated: string;
  print_seconds: string;
  errors: string;
  units_completed: string;
  units_ordered: string;
  quality_count: string;
  quality_sum: string;
  avg_quality: string | null;
  points: string;
  rewards: string;
}

export interface NetworkEpochStatRow {
  epoch: string;
  start_height: string;
  end_height: string;
  end_time: Date;
  jobs_created: string;
  jobs_accepted: string;
  jobs_completed: string;
  jobs_failed: string;
  jobs_expired: string;
  jobs_cancelled: string;
  jobs_disputed: string;
  offers: string;
  offers_expired: string;
  printers_active: string;
  printers_working: string;
  volume_paid: string;
  job_fees: string;
  customer_refunds: string;
  bond_slashed: string;
  minted: string;
  fees: string;
  total: string;
  paid: string;
  community_pool_added: string;
  printer_points: string;
  printer_rewards: string;
  weights: Record<string, number>;
  roles: Array<{ role: string; weight: number; pool: string; paid: string; recipients: number }>;
}

const PRINTER_STAT_TYPES: Record<keyof PrinterEpochStatRow, string> = {
  printer_id: "text", epoch: "bigint", start_height: "bigint", end_height: "bigint", offered: "bigint", offers_expired: "bigint", accepted: "bigint",
  completed: "bigint", completed_on_time: "bigint", completed_late: "bigint", failed: "bigint", disputed: "bigint", accept_ms_total: "numeric",
  accept_ms_avg: "numeric", accept_ms_p95: "bigint", on_time_rate: "numeric", proofs: "bigint", first_attempt: "bigint", first_attempt_rate: "numeric",
  grams_used: "numeric", grams_estimated: "numeric", print_seconds: "numeric", errors: "bigint", units_completed: "bigint", units_ordered: "bigint",
  quality_count: "bigint", quality_sum: "bigint", avg_quality: "numeric", points: "numeric", rewards: "numeric",
};
const NETWORK_STAT_TYPES: Record<keyof NetworkEpochStatRow, string> = {
  epoch: "bigint", start_height: "bigint", end_height: "bigint", end_time: "timestamptz", jobs_created: "bigint", jobs_accepted: "bigint", jobs_completed: "bigint",
  jobs_failed: "bigint", jobs_expired: "bigint", jobs_cancelled: "bigint", jobs_disputed: "bigint", offers: "bigint", offers_expired: "bigint",
  printers_active: "bigint", printers_working: "bigint", volume_paid: "numeric", job_fees: "numeric", customer_refunds: "numeric", bond_slashed: "numeric",
  minted: "numeric", fees: "numeric", total: "numeric", paid: "numeric", community_pool_added: "numeric", printer_points: "numeric", printer_rewards: "numeric",
  weights: "jsonb", roles: "jsonb",
};
const NULLABLE = new Set(["accept_ms_avg", "accept_ms_p95", "on_time_rate", "first_attempt_rate", "avg_quality"]);

function columnsOf(types: Record<string, string>, key: readonly string[]): never {
  return Object.fromEntries(Object.entries(types).map(([name, type]) => [name, { type, primary: key.includes(name), nullable: NULLABLE.has(name) }])) as never;
}

/** For repository reads (the handler writes through SQL). */
export const PrinterEpochStatEntity = new EntitySchema<PrinterEpochStatRow>({ name: "PrinterEpochStat", tableName: "printer_epoch_stats", columns: columnsOf(PRINTER_STAT_TYPES, ["printer_id", "epoch"]) });
export const NetworkEpochStatEntity = new EntitySchema<NetworkEpochStatRow>({ name: "NetworkEpochStat", tableName: "network_epoch_stats", columns: columnsOf(NETWORK_STAT_TYPES, ["epoch"]) });
