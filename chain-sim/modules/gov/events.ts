import { printchain, toBigInt } from "../../../proto";
import { formatCoins, type Coin } from "../../types/coins";
import { DEC_ONE, formatDec, parseDec } from "../../types/dec";
import { enumName, type EventManager } from "../../types/events";
import type { Proposal, Vote } from "./keeper";

const { ProposalStatus, VoteOption } = printchain.gov.v1;
const type = (name: string): string => `printchain.gov.v1.${name}`;

/** Typed events of printchain.gov.v1 (events.proto), one plain-string attribute per field. */
export function emitSubmitProposal(events: EventManager, proposal: Proposal, initialDeposit: readonly Coin[]): void {
  events.emitTyped(type("EventSubmitProposal"), {
    proposalId: toBigInt(proposal.id),
    proposer: proposal.proposer,
    messages: proposal.messages.map((message) => message.type_url).join(","),
    title: proposal.title,
    initialDeposit: formatCoins(initialDeposit),
  });
}

export function emitDeposit(events: EventManager, proposalId: bigint, depositor: string, amount: readonly Coin[], total: readonly Coin[], votingStarted: boolean): void {
  events.emitTyped(type("EventProposalDeposit"), { proposalId, depositor, amount: formatCoins(amount), totalDeposit: formatCoins(total), votingStarted });
}

/** options: the option's name for a plain vote, "NAME=weight,…" for a weighted one. */
export function emitVote(events: EventManager, vote: Vote): void {
  const options = vote.options.map(({ option, weight }) => {
    const name = enumName(VoteOption, option ?? 0);
    const scaled = parseDec(weight ?? "0");
    return vote.options.length === 1 && scaled === DEC_ONE ? name : `${name}=${formatDec(scaled)}`;
  });
  events.emitTyped(type("EventProposalVote"), { proposalId: toBigInt(vote.proposalId), voter: vote.voter, options: options.join(",") });
}

/** The end of a proposal: dropped after its deposit period, or decided after its vote. */
export function emitResult(events: EventManager, outcome: { proposal: Proposal; result: string; burned: boolean }): void {
  const { proposal } = outcome;
  const tally = proposal.finalTallyResult;
  events.emitTyped(type("EventProposalResult"), {
    proposalId: toBigInt(proposal.id),
    result: outcome.result,
    status: enumName(ProposalStatus, proposal.status),
    yesCount: tally?.yesCount || "0",
    abstainCount: tally?.abstainCount || "0",
    noCount: tally?.noCount || "0",
    noWithVetoCount: tally?.noWithVetoCount || "0",
    deposits: outcome.burned ? "burned" : "refunded",
    failedReason: proposal.failedReason,
  });
}
