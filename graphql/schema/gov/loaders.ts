/** SQL of the gov module and its batched loads. */
import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import DataLoader from "dataloader";
import { apiError, rowsByKey, type GraphqlContext } from "../../context";

export const PROPOSAL_COLUMNS = `p.id::text AS id, p.proposer, p.title, p.messages, p.status, p.submit_height::int AS "submitHeight", p.submit_time AS "submitTime",
  p.initial_deposit AS "initialDeposit", p.total_deposit AS "totalDeposit", p.voting_start_height::int AS "votingStartHeight", p.voting_start_time AS "votingStartTime",
  p.end_height::int AS "endHeight", p.end_time AS "endTime", p.result, p.yes_count::text AS "yesCount", p.abstain_count::text AS "abstainCount",
  p.no_count::text AS "noCount", p.no_with_veto_count::text AS "noWithVetoCount", p.deposits AS "depositsOutcome", p.failed_reason AS "failedReason"`;

export interface ProposalRow {
  readonly id: string;
  readonly status: string;
  readonly submitHeight: number;
  readonly votingStartHeight: number | null;
  readonly votingStartTime: Date | null;
  readonly endHeight: number | null;
  readonly endTime: Date | null;
  readonly result: string | null;
  readonly yesCount: string | null;
  readonly abstainCount: string | null;
  readonly noCount: string | null;
  readonly noWithVetoCount: string | null;
  readonly depositsOutcome: string | null;
  readonly failedReason: string | null;
  readonly totalDeposit: unknown;
  /** Set when the proposal is seen as of a height. */
  readonly asOfHeight?: number | null;
}

export const VOTE_COLUMNS = `v.proposal_id::text AS "proposalId", v.voter, v.options, v.height::int AS height, v.event_index AS "eventIndex", v.tx_index AS "txIndex",
  (SELECT b.time FROM blocks b WHERE b.height = v.height) AS time`;

export const DEPOSIT_COLUMNS = `d.proposal_id::text AS "proposalId", d.depositor, d.amount, d.total_deposit AS "totalDeposit", d.voting_started AS "votingStarted",
  d.height::int AS height, d.event_index AS "eventIndex", d.tx_index AS "txIndex", (SELECT b.time FROM blocks b WHERE b.height = d.height) AS time`;

/** A proposal id argument: a decimal integer. */
export function proposalId(id: string): string {
  if (!/^\d{1,19}$/.test(id)) throw apiError("BAD_USER_INPUT", `a proposal id is a decimal integer, got ${JSON.stringify(id.slice(0, 40))}`);
  return id;
}

export function proposalById(context: GraphqlContext): DataLoader<string, ProposalRow | undefined> {
  return context.loader("proposalById", (sql) => rowsByKey<ProposalRow>(sql, `SELECT ${PROPOSAL_COLUMNS} FROM proposals p`, "p.id", "bigint", (row) => row.id));
}

/** The indexed height (the checkpoint), once per request. */
export function indexedHeight(context: GraphqlContext): Promise<number | null> {
  return context.memo("indexedHeight", async () => {
    const [row] = await context.sql.query<{ height: number }>(`SELECT height::int AS height FROM checkpoints WHERE id = 'main'`);
    return row?.height ?? null;
  });
}

/** The bonded pool's module account: the first 20 bytes of sha256(name) under the account prefix, as the chain derives it. */
export const BONDED_POOL_ADDRESS = toBech32("print", sha256(new TextEncoder().encode("bonded_tokens_pool")).slice(0, 20));

/** The staking bond denom from the genesis app state (uprint without one). */
export function bondDenom(context: GraphqlContext): Promise<string> {
  return context.memo("bondDenom", async () => {
    const [row] = await context.sql.query<{ denom: string | null }>(`SELECT app_state->'staking'->'params'->>'bondDenom' AS denom FROM genesis LIMIT 1`);
    return row?.denom || "uprint";
  });
}

/** The bonded pool's balance at the end of each height asked for, batched. */
export function bondedTokensAt(context: GraphqlContext): DataLoader<number, string> {
  return context.loader("bondedTokensAt", (sql) =>
    new DataLoader<number, string>(async (heights) => {
      const denom = await bondDenom(context);
      const rows = await sql.query<{ height: number; amount: string }>(
        `SELECT h.height::int AS height, (SELECT coalesce(sum(c.delta), 0) FROM balance_changes c WHERE c.address = $1 AND c.denom = $2 AND c.height <= h.height)::text AS amount
         FROM unnest($3::bigint[]) AS h(height)`,
        [BONDED_POOL_ADDRESS, denom, heights.map(String)],
      );
      const byHeight = new Map(rows.map((row) => [row.height, row.amount]));
      return heights.map((height) => byHeight.get(height) ?? "0");
    }),
  );
}

/** Distinct voters and vote events of proposals up to heights (`${id}:${height}` keys), batched into one statement. */
export function voteCountsAt(context: GraphqlContext): DataLoader<string, { voters: number; votes: number }> {
  return context.loader("voteCountsAt", (sql) =>
    new DataLoader<string, { voters: number; votes: number }>(async (keys) => {
      const pairs = keys.map((key) => key.split(":"));
      const rows = await sql.query<{ key: string; voters: number; votes: number }>(
        `SELECT k.id || ':' || k.height AS key, c.voters, c.votes FROM unnest($1::bigint[], $2::bigint[]) AS k(id, height)
         CROSS JOIN LATERAL (SELECT count(DISTINCT h.voter)::int AS voters, count(*)::int AS votes FROM vote_history h WHERE h.proposal_id = k.id AND h.height <= k.height) c`,
        [pairs.map(([id]) => id), pairs.map(([, height]) => height)],
      );
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => byKey.get(key) ?? { voters: 0, votes: 0 });
    }),
  );
}
