/** Tables of the emissions module (created by migration 1767312000000-Modules). */
import type { Columns } from "../handler";

export const EPOCH_COLUMNS: Columns = [
  ["epoch", "bigint"], ["end_height", "bigint"], ["end_time", "timestamptz"], ["minted", "numeric"], ["fees", "numeric"], ["total", "numeric"], ["paid", "numeric"],
  ["community_pool_added", "numeric"], ["weights", "jsonb"], ["roles", "jsonb"],
];

export const REWARD_COLUMNS: Columns = [
  ["height", "bigint"], ["event_index", "integer"], ["epoch", "bigint"], ["role", "text"], ["recipient", "text"], ["printer_id", "text"], ["validator", "text"],
  ["points", "numeric"], ["amount", "numeric"], ["commission", "numeric"],
];

/** One role's share of an epoch, as EventRoleSplit reports it. */
export interface RoleSplit {
  role: string;
  weight: number;
  pool: string;
  paid: string;
  recipients: number;
}
