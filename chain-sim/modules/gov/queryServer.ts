import { govCodecs, toBigInt } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import { queryRoute, type QueryRoute } from "../../types/module";
import { pageRequest, paginate } from "../../types/pagination";
import { depositKey, depositsPrefix, PROPOSALS_KEY_PREFIX, tallyToProto, voteKey, votesPrefix, type GovKeeper } from "./keeper";
import { paramsToProto } from "./params";

const C = govCodecs;
const path = (method: string): string => `/printchain.gov.v1.Query/${method}`;

/** printchain.gov.v1.Query. */
export function govQueryRoutes(keeper: GovKeeper): QueryRoute[] {
  const proposalOrThrow = (store: Parameters<GovKeeper["getProposal"]>[0], id: bigint) => {
    const proposal = keeper.getProposal(store, id);
    if (!proposal) throw queryNotFound(`proposal ${id} doesn't exist`);
    return proposal;
  };
  const address = (value: string, field: string): string => {
    if (value !== "" && !isValidAddress(value)) throw queryInvalidArgument(`invalid ${field} address ${JSON.stringify(value.slice(0, 80))}`);
    return value;
  };
  return [
    queryRoute(path("Params"), C.QueryParamsRequest, C.QueryParamsResponse, (store) => C.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) })),
    queryRoute(path("Proposal"), C.QueryProposalRequest, C.QueryProposalResponse, (store, { proposalId }) => C.QueryProposalResponse.fromPartial({ proposal: proposalOrThrow(store, toBigInt(proposalId)) })),
    queryRoute(path("Proposals"), C.QueryProposalsRequest, C.QueryProposalsResponse, (store, request) => {
      const voter = address(request.voter, "voter");
      const depositor = address(request.depositor, "depositor");
      const byStatus = request.proposalStatus !== 0;
      const prefix = byStatus ? keeper.statusPrefix(request.proposalStatus) : PROPOSALS_KEY_PREFIX;
      const idOf = (key: string): bigint => BigInt(key.slice(key.lastIndexOf("/") + 1));
      const { items, page } = paginate(
        store,
        prefix,
        pageRequest(request.pagination),
        ([key, value]) => (byStatus ? keeper.proposalFromIndexKey(store, key) : C.Proposal.decode(value)),
        voter || depositor ? ([key]) => (!voter || store.has(voteKey(idOf(key), voter))) && (!depositor || store.has(depositKey(idOf(key), depositor))) : undefined,
      );
      return C.QueryProposalsResponse.fromPartial({ proposals: items, pagination: page });
    }),
    queryRoute(path("Vote"), C.QueryVoteRequest, C.QueryVoteResponse, (store, { proposalId, voter }) => {
      const vote = keeper.getVote(store, toBigInt(proposalId), address(voter, "voter"));
      if (!vote) throw queryNotFound(`voter ${voter.slice(0, 80)} has not voted on proposal ${toBigInt(proposalId)}`);
      return C.QueryVoteResponse.fromPartial({ vote });
    }),
    queryRoute(path("Votes"), C.QueryVotesRequest, C.QueryVotesResponse, (store, { proposalId, pagination }) => {
      const id = toBigInt(proposalId);
      proposalOrThrow(store, id);
      const { items, page } = paginate(store, votesPrefix(id), pageRequest(pagination), ([, value]) => C.Vote.decode(value));
      return C.QueryVotesResponse.fromPartial({ votes: items, pagination: page });
    }),
    queryRoute(path("Deposit"), C.QueryDepositRequest, C.QueryDepositResponse, (store, { proposalId, depositor }) => {
      const deposit = keeper.getDeposit(store, toBigInt(proposalId), address(depositor, "depositor"));
      if (!deposit) throw queryNotFound(`depositor ${depositor.slice(0, 80)} has no deposit on proposal ${toBigInt(proposalId)}`);
      return C.QueryDepositResponse.fromPartial({ deposit });
    }),
    queryRoute(path("Deposits"), C.QueryDepositsRequest, C.QueryDepositsResponse, (store, { proposalId, pagination }) => {
      const id = toBigInt(proposalId);
      proposalOrThrow(store, id);
      const { items, page } = paginate(store, depositsPrefix(id), pageRequest(pagination), ([, value]) => C.Deposit.decode(value));
      return C.QueryDepositsResponse.fromPartial({ deposits: items, pagination: page });
    }),
    // The live tally while voting; the final one once decided (votes of ended proposals no longer count).
    queryRoute(path("TallyResult"), C.QueryTallyResultRequest, C.QueryTallyResultResponse, (store, { proposalId }) => {
      const id = toBigInt(proposalId);
      const proposal = proposalOrThrow(store, id);
      const tally = proposal.finalTallyResult ?? tallyToProto(keeper.tally(store, id).tally);
      return C.QueryTallyResultResponse.fromPartial({ tally });
    }),
  ];
}
