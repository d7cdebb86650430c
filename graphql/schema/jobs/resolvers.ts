import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { GraphqlContext } from "../../context";
import { connection, nestedConnection, orderOf, type ConnectionArgs, type Order, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { metricAggregateColumns, metricAggregates } from "../common/aggregates";
import { printerById, type PrinterRow } from "../printers/loaders";
import { confirmationByJob, disputeByJob, JOB_COLUMNS, jobById, type JobPartRow, type JobRow, proofByJob } from "./loaders";

export interface JobWhere {
  readonly customer?: ScalarFilter | null;
  readonly printer?: ScalarFilter | null;
  readonly status?: ScalarFilter | null;
  readonly material?: ScalarFilter | null;
  readonly technology?: ScalarFilter | null;
  readonly createdHeight?: ScalarFilter | null;
  readonly createdTime?: ScalarFilter | null;
  readonly settledTime?: ScalarFilter | null;
}

type JobOrder = { readonly field: string; readonly direction?: "ASC" | "DESC" | null } | null | undefined;
type ListArgs = ConnectionArgs & { where?: JobWhere | null; orderBy?: JobOrder };

/** The JobWhere conditions on `jobs j` (equalities named as their `counts` dimension). */
export function applyJobWhere(where: Where, filter: JobWhere | null | undefined): void {
  if (!filter) return;
  where.filter("j.customer", filter.customer, "text", "customer");
  where.filter("j.printer_id", filter.printer, "text", "printer_id");
  where.filter("j.status", filter.status, "text", "status");
  where.filter("j.material", filter.material, "text", "material");
  where.filter("j.technology", filter.technology, "text", "technology");
  where.filter("j.created_height", filter.createdHeight, "bigint");
  where.filter("j.created_time", filter.createdTime, "timestamptz");
  where.filter("j.settled_time", filter.settledTime, "timestamptz");
}

function hasConditions(filter: JobWhere | null | undefined): boolean {
  return filter != null && Object.values(filter).some((value) => value != null && Object.values(value as object).some((operand) => operand != null));
}

const JOB_KEY: SortKey[] = [{ expression: "j.id", type: "bigint" }];
/** Sort keys of each order; each has an index `(keys…, id)` (SETTLED_HEIGHT: unsettled as the largest height, as NULLS LAST). */
const ORDER_KEYS: Record<string, SortKey[]> = {
  ID: [],
  CREATED_HEIGHT: [{ expression: "j.created_height", type: "bigint" }],
  SETTLED_HEIGHT: [{ expression: "coalesce(j.settled_height, 9223372036854775807)", type: "bigint" }],
  PRICE: [{ expression: "j.price", type: "numeric" }],
};

function jobOrder(orderBy: JobOrder): Order {
  const field = orderBy?.field ?? "ID";
  const descending = (orderBy?.direction ?? (orderBy ? "DESC" : "ASC")) === "DESC";
  return orderOf(field, descending, ORDER_KEYS[field], JOB_KEY);
}

async function jobs(context: GraphqlContext, args: ListArgs) {
  const where = new Where();
  applyJobWhere(where, args.where);
  return connection<JobRow>(context, { from: "jobs j", select: JOB_COLUMNS, where, order: jobOrder(args.orderBy), countedEntity: "jobs" }, args);
}

function printerJobs(context: GraphqlContext, printer: PrinterRow, args: ListArgs) {
  return nestedConnection<JobRow>(
    context,
    {
      name: `printerJobs:${JSON.stringify([args.where ?? null, args.orderBy ?? null])}`,
      from: "jobs j",
      select: JOB_COLUMNS,
      parentColumn: "j.printer_id",
      parentType: "text",
      order: jobOrder(args.orderBy),
      filter: (where) => applyJobWhere(where, args.where),
      filtered: hasConditions(args.where),
      counter: { entity: "jobs", dimension: "printer_id" },
    },
    args,
    printer.id,
  );
}

const METRICS: Record<string, string> = {
  price: "j.price",
  printSeconds: "pp.print_seconds",
  gramsUsed: "pp.grams_used",
  quality: "j.quality_score",
  timeToSettleMs: "(extract(epoch FROM j.settled_time - j.created_time) * 1000)::bigint",
};

/** Group keys; REGION joins the accepting printer, EPOCH the first ended epoch whose end height is at or past the created height. */
const GROUPS: Record<string, { key: string; join: string; order: string }> = {
  STATUS: { key: "j.status", join: "", order: "j.status" },
  MATERIAL: { key: "j.material", join: "", order: "j.material" },
  TECHNOLOGY: { key: "j.technology", join: "", order: "j.technology" },
  REGION: { key: "p.region", join: "LEFT JOIN printers p ON p.id = j.printer_id", order: "p.region NULLS LAST" },
  EPOCH: {
    key: "e.epoch::text",
    join: "LEFT JOIN LATERAL (SELECT epoch FROM epochs WHERE end_height >= j.created_height ORDER BY end_height LIMIT 1) e ON true",
    order: "min(e.epoch) NULLS LAST",
  },
};

async function jobStats(context: GraphqlContext, args: { groupBy: string; where?: JobWhere | null }) {
  const where = new Where();
  applyJobWhere(where, args.where);
  const group = GROUPS[args.groupBy];
  const rows = await context.sql.query<Record<string, string | number | null>>(
    `SELECT ${group.key} AS key, count(*)::int AS count, ${metricAggregateColumns(METRICS)}
     FROM jobs j LEFT JOIN proofs_of_print pp ON pp.job_id = j.id ${group.join} ${where.sql} GROUP BY ${group.key} ORDER BY ${group.order}`,
    where.params,
  );
  return rows.map((row) => ({
    key: row.key,
    count: row.count,
    ...metricAggregates(row, METRICS),
  }));
}

/** Events that change a job row (offers and expired offers do not). */
export const LIFECYCLE_EVENTS = ["EventJobCreated", "EventJobAccepted", "EventProofOfPrint", "EventJobConfirmed", "EventJobDisputed", "EventDisputeResolved", "EventJobSettled"].map((name) => `printchain.jobs.v1.${name}`);

/** The jobs with a lifecycle event in heights (fromHeight, toHeight], matching the filter, by id. */
export async function changedJobs(context: GraphqlContext, fromHeight: number, toHeight: number, filter: JobWhere | null | undefined): Promise<JobRow[]> {
  const where = new Where();
  // events_type (type, height) holds the range; attributes' primary key (height, event_index, index) the job_id.
  where.add(`j.id IN (SELECT a.value::bigint FROM events e JOIN attributes a ON a.height = e.height AND a.event_index = e.event_index AND a.key = 'job_id'
    WHERE e.type = ANY(${where.param(LIFECYCLE_EVENTS, "text[]")}) AND e.height > ${where.param(String(fromHeight), "bigint")} AND e.height <= ${where.param(String(toHeight), "bigint")})`);
  applyJobWhere(where, filter);
  return context.sql.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs j ${where.sql} ORDER BY j.id`, where.params);
}

/** Names of the fields selected directly in a selection set (fragments inlined). */
function selectedFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, names = new Set<string>()): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) selectedFields(selection.selectionSet, info, names);
    else selectedFields(info.fragments[selection.name.value]?.selectionSet, info, names);
  }
  return names;
}

/**
 * Follows the checkpoint: at each advance, the changed jobs of its range (one statement), and
 * the nested objects the operation selects loaded for all of them at once (one statement per
 * type), before each job is yielded and executed on its own.
 */
async function* jobStatusChanged(args: { where?: JobWhere | null }, context: GraphqlContext, info: GraphQLResolveInfo): AsyncGenerator<{ jobStatusChanged: JobRow }> {
  const fields = selectedFields(info.fieldNodes[0]?.selectionSet, info);
  for await (const advance of context.feed.advances(context.request!.signal)) {
    context.forget();
    const rows = await changedJobs(context, advance.fromHeight, advance.toHeight, args.where);
    const ids = rows.map((row) => row.id);
    await Promise.all([
      fields.has("printer") ? printerById(context).loadMany(rows.flatMap((row) => (row.printerId ? [row.printerId] : []))) : undefined,
      fields.has("proof") ? proofByJob(context).loadMany(ids) : undefined,
      fields.has("confirmation") ? confirmationByJob(context).loadMany(ids) : undefined,
      fields.has("dispute") ? disputeByJob(context).loadMany(ids) : undefined,
    ]);
    for (const row of rows) yield { jobStatusChanged: row };
  }
}

export const jobsResolvers = {
  Query: {
    job: (_: unknown, args: { id: string }, context: GraphqlContext) => (/^\d{1,19}$/.test(args.id) && BigInt(args.id) < 2n ** 63n ? jobById(context).load(args.id) : null),
    jobs: (_: unknown, args: ListArgs, context: GraphqlContext) => jobs(context, args),
    jobStats: (_: unknown, args: Parameters<typeof jobStats>[1], context: GraphqlContext) => jobStats(context, args),
  },
  Subscription: {
    jobStatusChanged: {
      subscribe: (_: unknown, args: { where?: JobWhere | null }, context: GraphqlContext, info: GraphQLResolveInfo) => jobStatusChanged(args, context, info),
    },
  },
  Printer: {
    jobs: (row: PrinterRow, args: ListArgs, context: GraphqlContext) => printerJobs(context, row, args),
  },
  Job: {
    printer: (row: JobRow, _: unknown, context: GraphqlContext) => (row.printerId ? printerById(context).load(row.printerId) : null),
    // A job without a proof height has no proof (nor confirmation or dispute): no read.
    proof: (row: JobRow, _: unknown, context: GraphqlContext) => (row.proofHeight == null ? null : proofByJob(context).load(row.id)),
    confirmation: (row: JobRow, _: unknown, context: GraphqlContext) => (row.confirmedHeight == null ? null : confirmationByJob(context).load(row.id)),
    dispute: (row: JobRow, _: unknown, context: GraphqlContext) => (row.proofHeight == null ? null : disputeByJob(context).load(row.id)),
  },
  ProofOfPrint: {
    job: (row: JobPartRow, _: unknown, context: GraphqlContext) => jobById(context).load(row.jobId),
  },
  JobConfirmation: {
    job: (row: JobPartRow, _: unknown, context: GraphqlContext) => jobById(context).load(row.jobId),
  },
  Dispute: {
    job: (row: JobPartRow, _: unknown, context: GraphqlContext) => jobById(context).load(row.jobId),
  },
};
