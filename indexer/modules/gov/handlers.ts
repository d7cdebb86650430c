/**
 * gov: `proposals`, `deposits`, `votes` (the latest vote of each voter) and `vote_history` (every
 * vote) from the typed events of printchain.gov.v1. Everything comes from the events: the
 * proposal's messages are its type URLs (EventSubmitProposal), the final tally and the deposits'
 * fate come from EventProposalResult.
 */
import { attr, attrBool, attrInt, bulkInsert, bulkUpsert, valuesOf, type ModuleEvent, type ModuleHandler } from "../handler";
import { formatDec, parseDec } from "../staking/handlers";
import { DEPOSIT_COLUMNS, PROPOSAL_COLUMNS, VOTE_COLUMNS, VOTE_HISTORY_COLUMNS, type ProposalRow, type VoteRow } from "./entities";

type Coin = { denom: string; amount: string };

interface State {
  readonly proposals: Map<string, ProposalRow>;
  readonly changed: Set<string>;
  readonly votes: Map<string, VoteRow>;
  readonly changedVotes: Set<string>;
  readonly deposits: Array<Record<string, unknown>>;
  readonly history: Array<Record<string, unknown>>;
}

/** The chain's formatCoins ("10uprint,5uatom"; "" = none). */
export function parseCoins(text: string): Coin[] {
  if (text === "") return [];
  return text.split(",").map((part) => {
    const match = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)$/.exec(part);
    if (!match) throw new Error(`${JSON.stringify(part)} is not a coin`);
    return { denom: match[2], amount: match[1] };
  });
}

/** EventProposalVote's options ("VOTE_OPTION_YES" or "VOTE_OPTION_YES=0.7,VOTE_OPTION_NO=0.3") with 18-decimal weights. */
export function parseOptions(text: string): Array<{ option: string; weight: string }> {
  return text.split(",").map((part) => {
    const [option, weight, extra] = part.split("=");
    if (!/^VOTE_OPTION_[A-Z_]+$/.test(option) || extra !== undefined) throw new Error(`${JSON.stringify(part)} is not a vote option`);
    return { option, weight: formatDec(parseDec(weight ?? "1")) };
  });
}

const voteKey = (proposalId: string, voter: string): string => `${proposalId}/${voter}`;

export const govHandler: ModuleHandler<State> = {
  name: "gov",
  eventPackage: "printchain.gov.v1",

  async begin(manager, events) {
    const ids = [...new Set(events.map((event) => attrInt(event, "proposal_id")))];
    const voters = events.filter((event) => event.name === "EventProposalVote");
    const proposals = ids.length === 0 ? [] : ((await manager.query(`SELECT * FROM proposals WHERE id = ANY($1::bigint[])`, [ids])) as ProposalRow[]);
    const votes = voters.length === 0
      ? []
      : ((await manager.query(`SELECT v.* FROM votes v JOIN unnest($1::bigint[], $2::text[]) AS p(proposal_id, voter) USING (proposal_id, voter)`, [
          voters.map((event) => attrInt(event, "proposal_id")),
          voters.map((event) => attr(event, "voter")),
        ])) as VoteRow[]);
    return {
      proposals: new Map(proposals.map((row) => [String(row.id), row])),
      changed: new Set(),
      votes: new Map(votes.map((row) => [voteKey(String(row.proposal_id), row.voter), row])),
      changedVotes: new Set(),
      deposits: [],
      history: [],
    };
  },

  apply(state, event: ModuleEvent) {
    const id = attrInt(event, "proposal_id");
    const height = String(event.height);
    if (event.name === "EventSubmitProposal") {
      if (state.proposals.has(id)) throw new Error(`proposal ${id} is submitted twice`);
      state.proposals.set(id, {
        id, proposer: attr(event, "proposer"), title: attr(event, "title"), messages: attr(event, "messages") === "" ? [] : attr(event, "messages").split(","),
        status: "PROPOSAL_STATUS_DEPOSIT_PERIOD", submit_height: height, submit_time: event.time, initial_deposit: parseCoins(attr(event, "initial_deposit")), total_deposit: [],
        voting_start_height: null, voting_start_time: null, end_height: null, end_time: null, result: null, yes_count: null, abstain_count: null, no_count: null, no_with_veto_count: null,
        deposits: null, failed_reason: null,
      });
      state.changed.add(id);
      return;
    }
    const proposal = state.proposals.get(id);
    if (!proposal) throw new Error(`proposal ${id} was never submitted`);
    switch (event.name) {
      case "EventProposalDeposit": {
        const votingStarted = attrBool(event, "voting_started");
        const total = parseCoins(attr(event, "total_deposit"));
        proposal.total_deposit = total;
        if (votingStarted) Object.assign(proposal, { status: "PROPOSAL_STATUS_VOTING_PERIOD", voting_start_height: height, voting_start_time: event.time });
        state.deposits.push({ height, event_index: event.eventIndex, tx_index: event.txIndex, proposal_id: id, depositor: attr(event, "depositor"), amount: parseCoins(attr(event, "amount")), total_deposit: total, voting_started: votingStarted });
        state.changed.add(id);
        return;
      }
      case "EventProposalVote": {
        if (proposal.status !== "PROPOSAL_STATUS_VOTING_PERIOD") throw new Error(`a vote on proposal ${id}, which is in ${proposal.status}`);
        const voter = attr(event, "voter");
        const options = parseOptions(attr(event, "options"));
        const key = voteKey(id, voter);
        state.votes.set(key, { proposal_id: id, voter, options, height, event_index: event.eventIndex, tx_index: event.txIndex });
        state.changedVotes.add(key);
        state.history.push({ height, event_index: event.eventIndex, tx_index: event.txIndex, proposal_id: id, voter, options });
        return;
      }
      case "EventProposalResult":
        if (proposal.result !== null) throw new Error(`proposal ${id} ends twice`);
        Object.assign(proposal, {
          status: attr(event, "status"), end_height: height, end_time: event.time, result: attr(event, "result"), yes_count: attrInt(event, "yes_count"), abstain_count: attrInt(event, "abstain_count"),
          no_count: attrInt(event, "no_count"), no_with_veto_count: attrInt(event, "no_with_veto_count"), deposits: attr(event, "deposits"), failed_reason: attr(event, "failed_reason"),
        });
        state.changed.add(id);
        return;
      default:
        return;
    }
  },

  async flush(manager, state) {
    const proposals = [...state.changed].map((id) => state.proposals.get(id)!) as unknown as Array<Record<string, unknown>>;
    const votes = [...state.changedVotes].map((key) => state.votes.get(key)!) as unknown as Array<Record<string, unknown>>;
    return (
      (await bulkUpsert(manager, "proposals", ["id"], PROPOSAL_COLUMNS, valuesOf(PROPOSAL_COLUMNS, proposals))) +
      (await bulkInsert(manager, "deposits", DEPOSIT_COLUMNS, valuesOf(DEPOSIT_COLUMNS, state.deposits))) +
      (await bulkUpsert(manager, "votes", ["proposal_id", "voter"], VOTE_COLUMNS, valuesOf(VOTE_COLUMNS, votes))) +
      (await bulkInsert(manager, "vote_history", VOTE_HISTORY_COLUMNS, valuesOf(VOTE_HISTORY_COLUMNS, state.history)))
    );
  },
};
