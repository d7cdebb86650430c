import { govCodecs, normalizeLongs, printchain, PROTO_JSON_OPTIONS, toBigInt } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { isValidAddress } from "../../types/address";
import { parseCoins } from "../../types/coins";
import type { Context } from "../../types/context";
import { govErrors } from "./errors";
import type { BankKeeper, MsgRouter } from "./expectedKeepers";
import { GOV_MODULE_ACCOUNT, type GovKeeper } from "./keeper";
import { validateProposalMessages } from "./msgServer";
import { DEFAULT_GOV_PARAMS, paramsFromProto, paramsToProto } from "./params";

/** Genesis is the proto-JSON of printchain.gov.v1.GenesisState. */
const GenesisState = printchain.gov.v1.GenesisState;
const { ProposalStatus } = printchain.gov.v1;

export function defaultGovGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject(normalizeLongs({ startingProposalId: "1", params: paramsToProto(DEFAULT_GOV_PARAMS) })), PROTO_JSON_OPTIONS);
}

/**
 * Params, proposals with their deposits and votes, and the next id. The gov module account must
 * hold exactly the deposits of the proposals still in their deposit or voting period. Runs after
 * staking's genesis: the tally index is rebuilt from the votes and the delegations.
 */
export function initGovGenesis(ctx: Context, keeper: GovKeeper, bank: BankKeeper, router: MsgRouter, raw: unknown): void {
  const invalid = (detail: string): Error => govErrors.invalidGenesis.wrap(detail);
  const guard = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      throw invalid(error instanceof Error ? error.message : String(error));
    }
  };
  const genesis = guard(() => GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>)));
  keeper.setParams(ctx, guard(() => (genesis.params ? paramsFromProto(genesis.params) : DEFAULT_GOV_PARAMS)));
  const nextId = toBigInt(genesis.startingProposalId) || 1n;
  const open = new Set<bigint>();
  for (const proposal of genesis.proposals as printchain.gov.v1.Proposal[]) {
    const id = toBigInt(proposal.id);
    if (id === 0n || id >= nextId) throw invalid(`proposal id ${id} must be between 1 and starting_proposal_id − 1 (${nextId - 1n})`);
    if (keeper.getProposal(ctx.store, id)) throw invalid(`duplicate proposal ${id}`);
    if (!(proposal.status in ProposalStatus) || proposal.status === ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED) throw invalid(`proposal ${id} has no status`);
    guard(() => validateProposalMessages(proposal.messages, router, keeper.authority));
    if (proposal.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD || proposal.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) open.add(id);
    keeper.setProposal(ctx, proposal);
  }
  keeper.setNextProposalId(ctx, nextId);
  const held = new Map<string, bigint>();
  for (const deposit of genesis.deposits as printchain.gov.v1.Deposit[]) {
    const id = toBigInt(deposit.proposalId);
    if (!keeper.getProposal(ctx.store, id)) throw invalid(`deposit on unknown proposal ${id}`);
    if (!isValidAddress(deposit.depositor)) throw invalid(`deposit on proposal ${id}: invalid depositor`);
    const coins = guard(() => parseCoins(deposit.amount.map((coin) => ({ denom: coin.denom ?? "", amount: coin.amount ?? "" })), `deposit of ${deposit.depositor}`));
    if (open.has(id)) for (const coin of coins) held.set(coin.denom, (held.get(coin.denom) ?? 0n) + coin.amount);
    keeper.setDeposit(ctx, deposit);
  }
  for (const vote of genesis.votes as printchain.gov.v1.Vote[]) {
    const id = toBigInt(vote.proposalId);
    if (!keeper.getProposal(ctx.store, id)) throw invalid(`vote on unknown proposal ${id}`);
    if (!isValidAddress(vote.voter)) throw invalid(`vote on proposal ${id}: invalid voter`);
    keeper.setVote(ctx, vote);
  }
  for (const proposal of [...keeper.proposals(ctx.store)]) {
    if (proposal.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) keeper.rebuildTallyIndex(ctx, toBigInt(proposal.id));
  }
  const account = keeper.authority;
  for (const denom of new Set([...held.keys(), ...keeper.getParams(ctx.store).minDeposit.map((coin) => coin.denom)])) {
    const balance = bank.getBalance(ctx.store, account, denom);
    if (balance !== (held.get(denom) ?? 0n)) throw invalid(`the ${GOV_MODULE_ACCOUNT} module account holds ${balance}${denom}, but open proposals' deposits total ${held.get(denom) ?? 0n}${denom}`);
  }
}

export function exportGovGenesis(store: KVReader, keeper: GovKeeper): unknown {
  const genesis = govCodecs.GenesisState.fromPartial({
    startingProposalId: keeper.nextProposalId(store),
    deposits: [...keeper.deposits(store)],
    votes: [...keeper.votes(store)],
    proposals: [...keeper.proposals(store)],
    params: paramsToProto(keeper.getParams(store)),
  });
  return GenesisState.toObject(genesis, PROTO_JSON_OPTIONS);
}
