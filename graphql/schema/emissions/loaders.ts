/** SQL of the emissions module, some shared with other modules. */
import type DataLoader from "dataloader";
import { rowsByKey, type GraphqlContext } from "../../context";
import { type ScalarFilter, type SqlType, Where } from "../common/connection";

/** The last ended epoch indexed (null before the first epoch end). Read once per request. */
export function latestEpoch(context: GraphqlContext): Promise<number | null> {
  return context.memo("latestEpoch", async () => {
    const [row] = await context.sql.query<{ epoch: number | null }>(`SELECT max(epoch)::int AS epoch FROM epochs`);
    return row?.epoch ?? null;
  });
}

/** The role enum's order (the chain's). */
export const ROLES = ["ROLE_PRINTERS", "ROLE_VALIDATORS", "ROLE_DEVELOPERS", "ROLE_MODEL_PROVIDERS", "ROLE_LIQUIDITY_PROVIDERS", "ROLE_COMMUNITY"] as const;

/** `{ROLE_*: weight}` as a list in role order. */
export function weightList(weights: Record<string, number> | null | undefined): Array<{ role: string; weight: number }> {
  if (!weights) return [];
  const known = ROLES.filter((role) => role in weights).map((role) => ({ role, weight: Number(weights[role]) }));
  const other = Object.keys(weights).filter((role) => !(ROLES as readonly string[]).includes(role)).sort().map((role) => ({ role, weight: Number(weights[role]) }));
  return [...known, ...other];
}

const NETWORK_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ["jobsCreated", "jobs_created"], ["jobsAccepted", "jobs_accepted"], ["jobsCompleted", "jobs_completed"], ["jobsFailed", "jobs_failed"],
  ["jobsExpired", "jobs_expired"], ["jobsCancelled", "jobs_cancelled"], ["jobsDisputed", "jobs_disputed"], ["offers", "offers"],
  ["offersExpired", "offers_expired"], ["printersActive", "printers_active"], ["printersWorking", "printers_working"], ["volume", "volume_paid"],
  ["jobFees", "job_fees"], ["customerRefunds", "customer_refunds"], ["bondSlashed", "bond_slashed"], ["printerPoints", "printer_points"], ["printerRewards", "printer_rewards"],
];

/** `epochs e LEFT JOIN network_epoch_stats n`: the Epoch select list (network figures as strings). */
export const EPOCH_FROM = "epochs e LEFT JOIN network_epoch_stats n ON n.epoch = e.epoch";
export const EPOCH_COLUMNS = `e.epoch::int AS epoch,
  coalesce((SELECT p.end_height + 1 FROM epochs p WHERE p.epoch = e.epoch - 1), n.start_height, 1)::int AS "startHeight",
  e.end_height::int AS "endHeight", e.end_time AS "endTime", e.minted::text AS minted, e.fees::text AS fees, e.total::text AS total,
  e.paid::text AS paid, e.community_pool_added::text AS "communityPoolAdded", e.weights, e.roles,
  CASE WHEN n.epoch IS NULL THEN NULL ELSE jsonb_build_object(${NETWORK_FIELDS.map(([name, column]) => `'${name}', n.${column}::text`).join(", ")}) END AS network`;

export interface EpochRow {
  readonly epoch: number;
  readonly weights: Record<string, number>;
  readonly roles: Array<{ role: string; weight: number; pool: string; paid: string; recipients: number }>;
}

export const REWARD_COLUMNS = `r.height::int AS height, r.event_index AS "eventIndex", r.epoch::int AS epoch, r.role, r.recipient,
  r.printer_id AS "printerId", r.validator AS "validatorAddress", r.points::text AS points, r.amount::text AS amount, r.commission::text AS commission`;

export interface RewardWhereInput {
  readonly epoch?: ScalarFilter | null;
  readonly role?: ScalarFilter | null;
  readonly recipient?: ScalarFilter | null;
  readonly printer?: ScalarFilter | null;
  readonly validator?: ScalarFilter | null;
  readonly height?: ScalarFilter | null;
}

/** The reward filters over `r` (emission_rewards); epoch, role and recipient have counters. */
export function rewardFilter(where: Where, filter: RewardWhereInput | null | undefined): void {
  if (!filter) return;
  where.filter("r.epoch", filter.epoch, "bigint", "epoch");
  where.filter("r.role", filter.role, "text", "role");
  where.filter("r.recipient", filter.recipient, "text", "recipient");
  where.filter("r.printer_id", filter.printer, "text", "printer_id");
  where.filter("r.validator", filter.validator, "text", "validator");
  where.filter("r.height", filter.height, "bigint");
}

export function epochByNumber(context: GraphqlContext): DataLoader<string, EpochRow | undefined> {
  return context.loader("epochByNumber", (sql) => rowsByKey<EpochRow>(sql, `SELECT ${EPOCH_COLUMNS} FROM ${EPOCH_FROM}`, "e.epoch", "bigint", (row) => String(row.epoch)));
}

/** The genesis emissions params (null without a genesis row). */
export interface GenesisEmissionParams {
  readonly mintDenom: string;
  readonly initialEpochEmission: string;
  readonly halvingInterval: number;
  readonly maxSupply: string;
  readonly epochLength: number;
}

export function genesisEmissionParams(context: GraphqlContext): Promise<GenesisEmissionParams | null> {
  return context.memo("genesisEmissionParams", async () => {
    const [row] = await context.sql.query<{ params: Record<string, unknown> | null }>(`SELECT app_state->'emissions'->'params' AS params FROM genesis LIMIT 1`);
    const params = row?.params;
    if (!params || params.initialEpochEmission == null || params.halvingInterval == null) return null;
    return {
      mintDenom: String(params.mintDenom ?? "uprint"),
      initialEpochEmission: String(params.initialEpochEmission),
      halvingInterval: Number(params.halvingInterval),
      maxSupply: String(params.maxSupply ?? "0"),
      epochLength: Number(params.epochLength ?? 0),
    };
  });
}
