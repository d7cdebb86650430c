/** Tables of the gov module (created by migration 1767398400000-StakingGov). */
import { EntitySchema } from "typeorm";
import type { Columns } from "../handler";

export interface ProposalRow {
  id: string;
  proposer: string;
  title: string;
  /** The type URLs of the proposal's messages (jsonb array). */
  messages: string[];
  /** PROPOSAL_STATUS_*: DEPOSIT_PERIOD at submission, VOTING_PERIOD from the deposit that reached min_deposit, then the result event's. */
  status: string;
  submit_height: string;
  submit_time: Date;
  initial_deposit: Array<{ denom: string; amount: string }>;
  total_deposit: Array<{ denom: string; amount: string }>;
  voting_start_height: string | null;
  voting_start_time: Date | null;
  /** The height of the EndBlock that decided or dropped it (= the chain's voting_end_height when decided). */
  end_height: string | null;
  end_time: Date | null;
  /** proposal_passed, proposal_rejected, proposal_failed, proposal_dropped. */
  result: string | null;
  yes_count: string | null;
  abstain_count: string | null;
  no_count: string | null;
  no_with_veto_count: string | null;
  /** "refunded" or "burned". */
  deposits: string | null;
  failed_reason: string | null;
}

export const PROPOSAL_COLUMNS: Columns = [
  ["id", "bigint"], ["proposer", "text"], ["title", "text"], ["messages", "jsonb"], ["status", "text"], ["submit_height", "bigint"], ["submit_time", "timestamptz"],
  ["initial_deposit", "jsonb"], ["total_deposit", "jsonb"], ["voting_start_height", "bigint"], ["voting_start_time", "timestamptz"], ["end_height", "bigint"], ["end_time", "timestamptz"],
  ["result", "text"], ["yes_count", "numeric"], ["abstain_count", "numeric"], ["no_count", "numeric"], ["no_with_veto_count", "numeric"], ["deposits", "text"], ["failed_reason", "text"],
];

/** One deposit (the initial deposit included), as EventProposalDeposit reports it. */
export const DEPOSIT_COLUMNS: Columns = [
  ["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"], ["proposal_id", "bigint"], ["depositor", "text"], ["amount", "jsonb"], ["total_deposit", "jsonb"],
  ["voting_started", "boolean"],
];

export interface VoteRow {
  proposal_id: string;
  voter: string;
  /** [{option: VOTE_OPTION_*, weight: 18-decimal string}], as the chain stores them. */
  options: Array<{ option: string; weight: string }>;
  height: string;
  event_index: number;
  tx_index: number | null;
}

export const VOTE_COLUMNS: Columns = [["proposal_id", "bigint"], ["voter", "text"], ["options", "jsonb"], ["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"]];
export const VOTE_HISTORY_COLUMNS: Columns = [["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"], ["proposal_id", "bigint"], ["voter", "text"], ["options", "jsonb"]];

const schema = <T>(name: string, tableName: string, columns: Columns, key: readonly string[]): EntitySchema<T> =>
  new EntitySchema<T>({
    name,
    tableName,
    columns: Object.fromEntries(columns.map(([column, type]) => [column, { type: type as "text", primary: key.includes(column), nullable: !key.includes(column) }])) as never,
  });

/** The gov tables for repository reads (the handler writes through SQL). */
export const ProposalEntity = schema<ProposalRow>("Proposal", "proposals", PROPOSAL_COLUMNS, ["id"]);
export const VoteEntity = schema<VoteRow>("Vote", "votes", VOTE_COLUMNS, ["proposal_id", "voter"]);
