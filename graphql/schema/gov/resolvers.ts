import { apiError, type GraphqlContext } from "../../context";
import { connection, type ConnectionArgs, nestedConnection, orderOf, type ScalarFilter, type SortKey, Where } from "../common/connection";
import { bondedTokensAt, DEPOSIT_COLUMNS, voteCountsAt, indexedHeight, PROPOSAL_COLUMNS, proposalById, proposalId, type ProposalRow, VOTE_COLUMNS } from "./loaders";

type Direction = "ASC" | "DESC";

const PROPOSAL_KEY: SortKey[] = [{ expression: "p.id", type: "bigint" }];
const PROPOSAL_ORDERS: Record<string, SortKey[]> = {
  ID: [],
  SUBMIT_HEIGHT: [{ expression: "p.submit_height", type: "bigint" }],
  // Undecided proposals (no end height yet) sort last ascending, first descending.
  END_HEIGHT: [{ expression: "coalesce(p.end_height, 9223372036854775807)", type: "bigint" }],
};

interface ProposalWhereInput {
  readonly status?: ScalarFilter | null;
  readonly proposer?: ScalarFilter | null;
  readonly messageType?: string | null;
  readonly submitHeight?: ScalarFilter | null;
}

async function proposals(context: GraphqlContext, args: ConnectionArgs & { where?: ProposalWhereInput; orderBy?: { field: string; direction: Direction } }) {
  const where = new Where();
  where.filter("p.status", args.where?.status, "text", "status");
  where.filter("p.proposer", args.where?.proposer, "text", "proposer");
  where.filter("p.submit_height", args.where?.submitHeight, "bigint");
  if (args.where?.messageType != null) where.add(`p.messages ? ${where.param(args.where.messageType, "text")}`);
  const field = args.orderBy?.field ?? "ID";
  const descending = (args.orderBy?.direction ?? (args.orderBy ? "DESC" : "ASC")) === "DESC";
  return connection<ProposalRow>(context, { from: "proposals p", select: PROPOSAL_COLUMNS, where, order: orderOf(field, descending, PROPOSAL_ORDERS[field], PROPOSAL_KEY), countedEntity: "proposals" }, args);
}

/**
 * The proposal as it stood at the end of `height`: its status from its heights (deposit period
 * until the deposit that reached min_deposit, voting period until the EndBlock that decided it),
 * its total deposit from the deposits up to the height, nothing of its decision before it.
 */
async function proposal(context: GraphqlContext, args: { id: string; asOfHeight?: number | null }): Promise<ProposalRow | null> {
  const id = proposalId(args.id);
  if (args.asOfHeight == null) return (await proposalById(context).load(id)) ?? null;
  const height = args.asOfHeight;
  if (height < 0) throw apiError("BAD_USER_INPUT", `asOfHeight must be ≥ 0, got ${height}`);
  const indexed = await indexedHeight(context);
  if (indexed === null || height > indexed) throw apiError("BAD_USER_INPUT", `asOfHeight ${height} is above the indexed height ${indexed ?? "(nothing indexed)"}`, { indexedHeight: indexed });
  const row = await proposalById(context).load(id);
  if (!row || height < row.submitHeight) return null;
  if (row.endHeight !== null && height >= row.endHeight) return { ...row, asOfHeight: height };
  const [deposit] = await context.sql.query<{ totalDeposit: unknown }>(
    `SELECT total_deposit AS "totalDeposit" FROM deposits WHERE proposal_id = $1::bigint AND height <= $2::bigint ORDER BY height DESC, event_index DESC LIMIT 1`,
    [id, height],
  );
  const voting = row.votingStartHeight !== null && height >= row.votingStartHeight;
  return {
    ...row,
    asOfHeight: height,
    status: voting ? "PROPOSAL_STATUS_VOTING_PERIOD" : "PROPOSAL_STATUS_DEPOSIT_PERIOD",
    votingStartHeight: voting ? row.votingStartHeight : null,
    votingStartTime: voting ? row.votingStartTime : null,
    endHeight: null,
    endTime: null,
    result: null,
    yesCount: null,
    abstainCount: null,
    noCount: null,
    noWithVetoCount: null,
    depositsOutcome: null,
    failedReason: null,
    totalDeposit: deposit?.totalDeposit ?? [],
  };
}

/** Literal SQL of a validated integer (for subqueries in `from`, which take no parameters). */
function integerLiteral(value: number | string): string {
  const text = String(value);
  if (!/^\d{1,19}$/.test(text)) throw apiError("BAD_USER_INPUT", `expected a non-negative integer, got ${JSON.stringify(text)}`);
  return text;
}

/** Each voter's vote as of a height: the latest of the voter's votes up to it. */
function votesAsOf(proposal: string, height: number): string {
  return `(SELECT DISTINCT ON (h.proposal_id, h.voter) h.proposal_id, h.voter, h.options, h.height, h.event_index, h.tx_index
    FROM vote_history h WHERE h.proposal_id = ${integerLiteral(proposal)} AND h.height <= ${integerLiteral(height)}
    ORDER BY h.proposal_id, h.voter, h.height DESC, h.event_index DESC) v`;
}

const VOTE_ORDERS: Record<string, SortKey[]> = {
  VOTER: [{ expression: "v.voter", type: "text" }],
  HEIGHT: [{ expression: "v.height", type: "bigint" }, { expression: "v.event_index", type: "integer" }, { expression: "v.voter", type: "text" }],
};

function voteFilter(where: Where, filter: { voter?: ScalarFilter | null; option?: string | null } | null | undefined): void {
  if (!filter) return;
  where.filter("v.voter", filter.voter, "text", "voter");
  if (filter.option != null) where.add(`v.options @> jsonb_build_array(jsonb_build_object('option', ${where.param(filter.option, "text")}))`);
}

async function votes(context: GraphqlContext, row: ProposalRow, args: ConnectionArgs & { where?: { voter?: ScalarFilter | null; option?: string | null }; orderBy?: { field: string; direction: Direction } }) {
  const field = args.orderBy?.field ?? "VOTER";
  const order = orderOf(field, (args.orderBy?.direction ?? "ASC") === "DESC", VOTE_ORDERS[field], []);
  if (row.asOfHeight != null) {
    const where = new Where();
    voteFilter(where, args.where);
    return connection(context, { from: votesAsOf(row.id, row.asOfHeight), select: VOTE_COLUMNS, where, order }, args);
  }
  const filtered = args.where?.voter != null || args.where?.option != null;
  return nestedConnection(
    context,
    {
      name: `proposalVotes:${JSON.stringify([args.where ?? null, field, args.orderBy?.direction ?? null])}`,
      from: "votes v",
      select: VOTE_COLUMNS,
      parentColumn: "v.proposal_id",
      parentType: "bigint",
      order,
      filter: (where) => voteFilter(where, args.where),
      filtered,
      counter: { entity: "votes", dimension: "proposal_id" },
    },
    args,
    row.id,
  );
}

/** A chain-ordered list under each proposal, up to its as-of height if it has one. */
function chainOrdered(context: GraphqlContext, row: ProposalRow, args: ConnectionArgs, name: string, from: string, alias: string, select: string, counter: string) {
  const asOf = row.asOfHeight;
  return nestedConnection(
    context,
    {
      name: `${name}:${asOf ?? ""}`,
      from,
      select,
      parentColumn: `${alias}.proposal_id`,
      parentType: "bigint",
      order: orderOf("HEIGHT", false, [], [{ expression: `${alias}.height`, type: "bigint" }, { expression: `${alias}.event_index`, type: "integer" }]),
      filter: asOf != null ? (where) => where.add(`${alias}.height <= ${where.param(asOf, "bigint")}`) : undefined,
      filtered: asOf != null,
      counter: { entity: counter, dimension: "proposal_id" },
    },
    args,
    row.id,
  );
}

const MAX_BUCKETS = 10_000;

async function voteTimeline(context: GraphqlContext, row: ProposalRow, args: { bucketSize?: number | null }) {
  const size = args.bucketSize ?? 1;
  if (!Number.isSafeInteger(size) || size < 1) throw apiError("BAD_USER_INPUT", `bucketSize must be a positive integer, got ${size}`);
  const start = row.votingStartHeight ?? row.submitHeight;
  const indexed = (await indexedHeight(context)) ?? start;
  const last = Math.min(row.asOfHeight ?? indexed, row.endHeight ?? indexed);
  if (last < start) return [];
  const buckets = Math.floor((last - start) / size) + 1;
  if (buckets > MAX_BUCKETS) throw apiError("QUERY_TOO_COMPLEX", `the timeline would have ${buckets} buckets; at most ${MAX_BUCKETS}: use a larger bucketSize`);
  const option = (name: string): string => `(count(*) FILTER (WHERE h.options @> '[{"option": "${name}"}]'))::int`;
  const rows = await context.sql.query<Record<string, number>>(
    `WITH cast_votes AS (
       SELECT ((h.height - $3) / $4)::int AS bucket, count(*)::int AS votes, ${option("VOTE_OPTION_YES")} AS yes, ${option("VOTE_OPTION_ABSTAIN")} AS abstain,
              ${option("VOTE_OPTION_NO")} AS no, ${option("VOTE_OPTION_NO_WITH_VETO")} AS "noWithVeto"
       FROM vote_history h WHERE h.proposal_id = $1::bigint AND h.height <= $2 GROUP BY 1),
     first_votes AS (
       SELECT ((min(h.height) - $3) / $4)::int AS bucket FROM vote_history h WHERE h.proposal_id = $1::bigint AND h.height <= $2 GROUP BY h.voter),
     new_voters AS (SELECT bucket, count(*)::int AS voters FROM first_votes GROUP BY bucket)
     SELECT b.bucket, coalesce(c.votes, 0) AS votes, coalesce(c.yes, 0) AS yes, coalesce(c.abstain, 0) AS abstain, coalesce(c.no, 0) AS no, coalesce(c."noWithVeto", 0) AS "noWithVeto",
       (sum(coalesce(c.votes, 0)) OVER w)::int AS "cumVotes", (sum(coalesce(c.yes, 0)) OVER w)::int AS "cumYes", (sum(coalesce(c.abstain, 0)) OVER w)::int AS "cumAbstain",
       (sum(coalesce(c.no, 0)) OVER w)::int AS "cumNo", (sum(coalesce(c."noWithVeto", 0)) OVER w)::int AS "cumNoWithVeto", (sum(coalesce(n.voters, 0)) OVER w)::int AS voters
     FROM generate_series(0, $5::int - 1) AS b(bucket)
     LEFT JOIN cast_votes c ON c.bucket = b.bucket LEFT JOIN new_voters n ON n.bucket = b.bucket
     WINDOW w AS (ORDER BY b.bucket) ORDER BY b.bucket`,
    [row.id, last, start, size, buckets],
  );
  return rows.map((bucket) => ({
    fromHeight: start + bucket.bucket * size,
    toHeight: Math.min(start + (bucket.bucket + 1) * size - 1, last),
    cast: { votes: bucket.votes, yes: bucket.yes, abstain: bucket.abstain, no: bucket.no, noWithVeto: bucket.noWithVeto },
    cumulative: { votes: bucket.cumVotes, yes: bucket.cumYes, abstain: bucket.cumAbstain, no: bucket.cumNo, noWithVeto: bucket.cumNoWithVeto },
    voters: bucket.voters,
  }));
}

function finalTally(row: ProposalRow) {
  if (row.yesCount === null || row.abstainCount === null || row.noCount === null || row.noWithVetoCount === null) return null;
  const total = BigInt(row.yesCount) + BigInt(row.abstainCount) + BigInt(row.noCount) + BigInt(row.noWithVetoCount);
  return { yes: row.yesCount, abstain: row.abstainCount, no: row.noCount, noWithVeto: row.noWithVetoCount, total: total.toString() };
}

async function turnout(context: GraphqlContext, row: ProposalRow) {
  const indexed = (await indexedHeight(context)) ?? 0;
  const height = row.asOfHeight ?? indexed;
  const counts = await voteCountsAt(context).load(`${row.id}:${height}`);
  const tally = finalTally(row);
  const bondedHeight = tally && row.endHeight !== null ? row.endHeight : Math.min(height, indexed);
  const bonded = await bondedTokensAt(context).load(bondedHeight);
  const talliedStake = tally?.total ?? null;
  let ratio: string | null = null;
  if (talliedStake !== null && BigInt(bonded) > 0n) {
    const scaled = (BigInt(talliedStake) * 10_000n) / BigInt(bonded);
    ratio = `${scaled / 10_000n}.${(scaled % 10_000n).toString().padStart(4, "0")}`;
  }
  return { voters: counts.voters, votes: counts.votes, talliedStake, bondedTokens: bonded, bondedHeight, ratio };
}

async function governanceStats(context: GraphqlContext) {
  const [row] = await context.sql.query<{ proposals: number; byStatus: Array<{ status: string; count: number }> | null; passed: number; decided: number; votes: number; voters: number; deposits: number; depositors: number }>(
    `SELECT (SELECT count(*)::int FROM proposals) AS proposals,
       (SELECT jsonb_agg(jsonb_build_object('status', s.status, 'count', s.count) ORDER BY s.status) FROM (SELECT status, count(*)::int AS count FROM proposals GROUP BY status) s) AS "byStatus",
       (SELECT count(*)::int FROM proposals WHERE result = 'proposal_passed') AS passed,
       (SELECT count(*)::int FROM proposals WHERE result IN ('proposal_passed', 'proposal_rejected', 'proposal_failed')) AS decided,
       (SELECT count(*)::int FROM vote_history) AS votes, (SELECT count(DISTINCT voter)::int FROM vote_history) AS voters,
       (SELECT count(*)::int FROM deposits) AS deposits, (SELECT count(DISTINCT depositor)::int FROM deposits) AS depositors`,
  );
  const passRate = row.decided > 0 ? (Math.floor((row.passed * 10_000) / row.decided) / 10_000).toFixed(4) : null;
  return { ...row, byStatus: row.byStatus ?? [], passRate };
}

const coins = (value: unknown): Array<{ denom: string; amount: string }> => (Array.isArray(value) ? value.map((coin) => ({ denom: String(coin.denom), amount: String(coin.amount) })) : []);

export const govResolvers = {
  Query: {
    proposal: (_: unknown, args: Parameters<typeof proposal>[1], context: GraphqlContext) => proposal(context, args),
    proposals: (_: unknown, args: Parameters<typeof proposals>[1], context: GraphqlContext) => proposals(context, args),
    governanceStats: (_: unknown, __: unknown, context: GraphqlContext) => governanceStats(context),
  },
  Proposal: {
    result: (row: ProposalRow) => (row.result ? row.result.replace(/^proposal_/, "").toUpperCase() : null),
    initialDeposit: (row: { initialDeposit: unknown }) => coins(row.initialDeposit),
    totalDeposit: (row: ProposalRow) => coins(row.totalDeposit),
    finalTally: (row: ProposalRow) => finalTally(row),
    asOfHeight: (row: ProposalRow) => row.asOfHeight ?? null,
    votes: (row: ProposalRow, args: Parameters<typeof votes>[2], context: GraphqlContext) => votes(context, row, args),
    voteHistory: (row: ProposalRow, args: ConnectionArgs, context: GraphqlContext) => chainOrdered(context, row, args, "proposalVoteHistory", "vote_history v", "v", VOTE_COLUMNS, "vote_history"),
    deposits: (row: ProposalRow, args: ConnectionArgs, context: GraphqlContext) => chainOrdered(context, row, args, "proposalDeposits", "deposits d", "d", DEPOSIT_COLUMNS, "deposits"),
    voteTimeline: (row: ProposalRow, args: { bucketSize?: number | null }, context: GraphqlContext) => voteTimeline(context, row, args),
    turnout: (row: ProposalRow, _: unknown, context: GraphqlContext) => turnout(context, row),
  },
  Vote: {
    option: (row: { options: Array<{ option: string; weight: string }> }) => (row.options.length === 1 && /^1(\.0*)?$/.test(row.options[0].weight) ? row.options[0].option : null),
  },
  Deposit: {
    amount: (row: { amount: unknown }) => coins(row.amount),
    totalDeposit: (row: { totalDeposit: unknown }) => coins(row.totalDeposit),
  },
};
