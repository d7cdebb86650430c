/**
 * Per-epoch state digests: one sha256 per epoch over a canonical serialization of the module rows
 * that belong to the epoch, so two independent indexers (or an indexer and a replay) can be
 * compared by one value per epoch. The format is specified in indexer/README.md ("Digests") and
 * fixed by `DIGEST_VERSION` and `DIGEST_TABLES` below; any change to either is a new version.
 */
import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

export const DIGEST_VERSION = "printchain-indexer-epoch-digest/1";

/**
 * A table in the digest: its columns in serialization order (every column of the table; none of
 * these tables has a sequence id or a wall-clock column), its primary key (the row order), and
 * how a row is assigned to an epoch: `epoch` (the row's own `epoch` column) or `height`, an SQL
 * expression over the row (alias `t`) giving the height of its last change (or creation).
 */
export interface DigestTable {
  readonly table: string;
  readonly key: readonly string[];
  readonly columns: readonly string[];
  readonly epoch?: true;
  readonly height?: string;
}

export const DIGEST_TABLES: readonly DigestTable[] = [
  {
    table: "epochs", key: ["epoch"], epoch: true,
    columns: ["epoch", "end_height", "end_time", "minted", "fees", "total", "paid", "community_pool_added", "weights", "roles"],
  },
  {
    table: "emission_rewards", key: ["height", "event_index"], epoch: true,
    columns: ["height", "event_index", "epoch", "role", "recipient", "printer_id", "validator", "points", "amount", "commission"],
  },
  {
    table: "network_epoch_stats", key: ["epoch"], epoch: true,
    columns: [
      "epoch", "start_height", "end_height", "end_time", "jobs_created", "jobs_accepted", "jobs_completed", "jobs_failed", "jobs_expired", "jobs_cancelled", "jobs_disputed",
      "offers", "offers_expired", "printers_active", "printers_working", "volume_paid", "job_fees", "customer_refunds", "bond_slashed", "minted", "fees", "total", "paid",
      "community_pool_added", "printer_points", "printer_rewards", "weights", "roles",
    ],
  },
  {
    table: "printer_epoch_stats", key: ["printer_id", "epoch"], epoch: true,
    columns: [
      "printer_id", "epoch", "start_height", "end_height", "offered", "offers_expired", "accepted", "completed", "completed_on_time", "completed_late", "failed", "disputed",
      "accept_ms_total", "accept_ms_avg", "accept_ms_p95", "on_time_rate", "proofs", "first_attempt", "first_attempt_rate", "grams_used", "grams_estimated", "print_seconds",
      "errors", "units_completed", "units_ordered", "quality_count", "quality_sum", "avg_quality", "points", "rewards",
    ],
  },
  {
    table: "printers", key: ["id"], height: "t.updated_height",
    columns: ["id", "owner", "moniker", "status", "technology", "materials", "region", "latitude_udeg", "longitude_udeg", "bond", "registered_height", "updated_height"],
  },
  {
    table: "printer_history", key: ["height", "event_index"], height: "t.height",
    columns: ["height", "event_index", "tx_index", "printer_id", "event_type", "fields"],
  },
  {
    // A dispute being opened changes the job's status without a height column of the job's own.
    table: "jobs", key: ["id"],
    height: "greatest(t.created_height, t.accepted_height, t.proof_height, t.confirmed_height, t.settled_height, (SELECT d.height FROM disputes d WHERE d.job_id = t.id))",
    columns: [
      "id", "customer", "printer_id", "printer_owner", "status", "price", "denom", "material", "technology", "quantity", "estimated_grams", "design_hash", "design_uri",
      "latitude_udeg", "longitude_udeg", "max_distance_km", "due_time", "created_height", "created_time", "accepted_height", "accepted_time", "proof_height", "proof_time",
      "confirmed_height", "confirmed_time", "settled_height", "settled_time", "settle_reason", "printer_payout", "fee", "customer_refund", "bond_slashed", "quality_score", "late",
    ],
  },
  {
    table: "proofs_of_print", key: ["job_id"], height: "t.height",
    columns: [
      "job_id", "height", "tx_index", "printer_id", "operator", "evidence_hash", "evidence_uri", "print_seconds", "grams_used", "estimated_grams", "error_count", "error_kinds",
      "first_attempt", "units_completed", "quantity", "late", "submitted_time",
    ],
  },
  {
    table: "job_confirmations", key: ["job_id"], height: "t.height",
    columns: ["job_id", "height", "tx_index", "printer_id", "customer", "quality_score", "defects", "automatic", "confirmed_time"],
  },
  {
    table: "disputes", key: ["job_id"], height: "greatest(t.height, t.resolved_height)",
    columns: ["job_id", "height", "printer_id", "customer", "reason", "opened_time", "resolve_by", "resolved_height", "arbiter", "refund_bps", "resolved_time"],
  },
  {
    table: "validators", key: ["operator"], height: "t.updated_height",
    columns: ["operator", "account", "consensus_pubkey", "moniker", "status", "tokens", "delegator_shares", "commission_rate", "power", "created_height", "updated_height"],
  },
  {
    table: "delegations", key: ["delegator", "validator"], height: "t.updated_height",
    columns: ["delegator", "validator", "shares", "tokens_delegated", "tokens_undelegated", "created_height", "updated_height"],
  },
  {
    table: "unbondings", key: ["height", "event_index"], height: "greatest(t.height, t.completed_height)",
    columns: ["height", "event_index", "tx_index", "delegator", "validator", "amount", "completion_height", "completed", "completed_height"],
  },
  {
    // A deposit changes the proposal's total_deposit without a height column of the proposal's own.
    table: "proposals", key: ["id"],
    height: "greatest(t.submit_height, t.voting_start_height, t.end_height, (SELECT max(d.height) FROM deposits d WHERE d.proposal_id = t.id))",
    columns: [
      "id", "proposer", "title", "messages", "status", "submit_height", "submit_time", "initial_deposit", "total_deposit", "voting_start_height", "voting_start_time",
      "end_height", "end_time", "result", "yes_count", "abstain_count", "no_count", "no_with_veto_count", "deposits", "failed_reason",
    ],
  },
  {
    table: "deposits", key: ["height", "event_index"], height: "t.height",
    columns: ["height", "event_index", "tx_index", "proposal_id", "depositor", "amount", "total_deposit", "voting_started"],
  },
  {
    table: "votes", key: ["proposal_id", "voter"], height: "t.height",
    columns: ["proposal_id", "voter", "options", "height", "event_index", "tx_index"],
  },
  {
    table: "vote_history", key: ["height", "event_index"], height: "t.height",
    columns: ["height", "event_index", "tx_index", "proposal_id", "voter", "options"],
  },
];

export interface TableDigest {
  readonly table: string;
  readonly rows: number;
  /** sha256 (hex) of this table's part of the serialization (its `table` line and rows). */
  readonly sha256: string;
}

export interface EpochDigest {
  readonly epoch: number;
  /** The epoch's heights are (startAfter, endHeight]; the first epoch's are every height up to endHeight (genesis rows included). */
  readonly startAfter: number;
  readonly endHeight: number;
  /** sha256 (hex) over the whole serialization of the epoch. */
  readonly digest: string;
  readonly tables: readonly TableDigest[];
}

type Query = Pick<EntityManager, "query">;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The SQL giving a column's canonical text (NULL stays NULL); jsonb is finished by `canonicalJson`. */
function canonicalSql(column: string, type: string): string {
  const c = `t.${quoteIdent(column)}`;
  switch (type) {
    case "timestamp with time zone":
      return `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "text":
    case "character varying":
      return c;
    case "bigint":
    case "integer":
    case "smallint":
    case "numeric":
    case "boolean":
    case "jsonb":
      return `${c}::text`;
    default:
      throw new Error(`digest: column ${column} has type ${type}, which has no canonical form`);
  }
}

/** Orders text keys by bytes (UTF-8, i.e. code points), whatever the database's collation. */
function orderSql(column: string, type: string): string {
  return type === "text" || type === "character varying" ? `t.${quoteIdent(column)} COLLATE "C"` : `t.${quoteIdent(column)}`;
}

/**
 * Canonical JSON of a JSON text (PostgreSQL's jsonb output): no whitespace, object keys sorted by
 * UTF-16 code units (JavaScript's default sort), strings as `JSON.stringify` writes them, numbers
 * kept as the literal the input had (so no precision is lost).
 */
export function canonicalJson(text: string): string {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (): never => {
    throw new Error(`digest: invalid JSON at ${i}: ${text.slice(i, i + 20)}`);
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): string => {
    ws();
    const ch = text[i];
    if (ch === "{") {
      i++;
      const entries: Array<[string, string]> = [];
      ws();
      if (text[i] === "}") i++;
      else
        for (;;) {
          ws();
          if (text[i] !== '"') fail();
          const key = string();
          ws();
          if (text[i++] !== ":") fail();
          entries.push([key, value()]);
          ws();
          const next = text[i++];
          if (next === "}") break;
          if (next !== ",") fail();
        }
      entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
      return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${item}`).join(",")}}`;
    }
    if (ch === "[") {
      i++;
      const items: string[] = [];
      ws();
      if (text[i] === "]") i++;
      else
        for (;;) {
          items.push(value());
          ws();
          const next = text[i++];
          if (next === "]") break;
          if (next !== ",") fail();
        }
      return `[${items.join(",")}]`;
    }
    if (ch === '"') return JSON.stringify(string());
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) return fail();
    i += literal[0].length;
    return literal[0];
  };
  const out = value();
  ws();
  if (i !== text.length) fail();
  return out;
}

async function columnTypes(manager: Query): Promise<Map<string, Map<string, string>>> {
  const rows = (await manager.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`,
    [DIGEST_TABLES.map((table) => table.table)],
  )) as Array<{ table_name: string; column_name: string; data_type: string }>;
  const out = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!out.has(row.table_name)) out.set(row.table_name, new Map());
    out.get(row.table_name)!.set(row.column_name, row.data_type);
  }
  return out;
}

/**
 * `(epoch, startAfter, endHeight, first)` of each epoch in `epochs`; startAfter = the previous
 * row's end_height, or 0. The first epoch has no lower bound: it also holds the genesis rows (at
 * `initial_height - 1`, and a genesis record's own earlier heights).
 */
const RANGES = `SELECT epoch, coalesce(lag(end_height) OVER (ORDER BY epoch), 0) AS start_after, end_height, lag(end_height) OVER (ORDER BY epoch) IS NULL AS first FROM epochs`;

/** Digests of every epoch in the `epochs` table (or only `only`), in epoch order. */
async function digests(manager: Query, only?: number): Promise<EpochDigest[]> {
  const types = await columnTypes(manager);
  const ranges = (await manager.query(`SELECT * FROM (${RANGES}) r ${only === undefined ? "" : "WHERE r.epoch = $1"} ORDER BY epoch`, only === undefined ? [] : [String(only)])) as Array<{
    epoch: string;
    start_after: string;
    end_height: string;
  }>;
  const parts = new Map(ranges.map((range) => [range.epoch, [] as Array<{ table: string; rows: number; text: string }>]));
  for (const spec of DIGEST_TABLES) {
    const tableTypes = types.get(spec.table);
    if (!tableTypes) throw new Error(`digest: table ${spec.table} does not exist`);
    const typeOf = (column: string): string => {
      const type = tableTypes.get(column);
      if (!type) throw new Error(`digest: ${spec.table}.${column} does not exist`);
      return type;
    };
    const values = spec.columns.map((column, n) => `${canonicalSql(column, typeOf(column))} AS c${n}`).join(", ");
    const join = spec.epoch ? `r.epoch = t.epoch` : `((${spec.height}) > r.start_after OR r.first) AND (${spec.height}) <= r.end_height`;
    const rows = (await manager.query(
      `SELECT r.epoch::text AS digest_epoch, ${values} FROM ${quoteIdent(spec.table)} t JOIN (${RANGES}) r ON ${join}
       ${only === undefined ? "" : "WHERE r.epoch = $1"}
       ORDER BY r.epoch, ${spec.key.map((column) => orderSql(column, typeOf(column))).join(", ")}`,
      only === undefined ? [] : [String(only)],
    )) as Array<Record<string, string | null>>;
    const jsonColumns = spec.columns.map((column) => typeOf(column) === "jsonb");
    const byEpoch = new Map<string, string[]>();
    for (const row of rows) {
      const line = JSON.stringify(spec.columns.map((_, n) => {
        const value = row[`c${n}`];
        return value === null ? null : jsonColumns[n] ? canonicalJson(value) : value;
      }));
      const epoch = String(row.digest_epoch);
      const lines = byEpoch.get(epoch) ?? [];
      lines.push(`${line}\n`);
      byEpoch.set(epoch, lines);
    }
    for (const [epoch, list] of parts) {
      const lines = byEpoch.get(epoch) ?? [];
      list.push({ table: spec.table, rows: lines.length, text: `table ${spec.table} ${JSON.stringify(spec.columns)}\n${lines.join("")}` });
    }
  }
  const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
  return ranges.map((range) => {
    const tables = parts.get(range.epoch)!;
    const whole = `${DIGEST_VERSION} epoch ${range.epoch}\n${tables.map((table) => table.text).join("")}`;
    return {
      epoch: Number(range.epoch),
      startAfter: Number(range.start_after),
      endHeight: Number(range.end_height),
      digest: sha256(whole),
      tables: tables.map((table) => ({ table: table.table, rows: table.rows, sha256: sha256(table.text) })),
    };
  });
}

/** The digest of every ended epoch the database holds (the rows of `epochs`), in epoch order. */
export function epochDigests(manager: Query): Promise<EpochDigest[]> {
  return digests(manager);
}

/** The digest of one epoch, or undefined when `epochs` has no row for it. */
export async function epochDigest(manager: Query, epoch: number): Promise<EpochDigest | undefined> {
  return (await digests(manager, epoch))[0];
}

/** `epoch N  end H  <hex>`, the CLI's line. */
export function formatDigest(digest: EpochDigest): string {
  return `epoch ${digest.epoch}  end ${digest.endHeight}  ${digest.digest}`;
}
