/**
 * The staking and gov schema modules over a seeded simulation chain (seed 2: proposals that pass
 * and fail, three still open; validators bonded, unbonding and unbonded; delegations, unbondings),
 * every figure checked against the node's own queries and its blocks' events.
 */
import { govCodecs, printchain, stakingCodecs } from "../../proto";
import { ApiFixture } from "../utils/apiFixture";

jest.setTimeout(240_000);

let fixture: ApiFixture;
let head: number;
/** Every successful EventProposalVote of the chain, from the blocks' results. */
let voteEvents: Array<{ height: number; proposalId: string; voter: string; options: string }>;
beforeAll(async () => {
  fixture = await ApiFixture.start({ seed: 2 });
  head = fixture.summary.finalHeight;
  voteEvents = [];
  const attribute = (attributes: ReadonlyArray<{ key: string; value: string }>, key: string): string => {
    const value = attributes.find((entry) => entry.key === key)?.value ?? "";
    try {
      const parsed = JSON.parse(value);
      return typeof parsed === "string" || typeof parsed === "number" ? String(parsed) : value;
    } catch {
      return value;
    }
  };
  for (let height = 1; height <= head; height++) {
    const results = await fixture.comet.blockResults(height);
    for (const tx of results.results) {
      if (tx.code !== 0) continue;
      for (const event of tx.events) {
        if (event.type !== "printchain.gov.v1.EventProposalVote") continue;
        voteEvents.push({ height, proposalId: attribute(event.attributes, "proposal_id"), voter: attribute(event.attributes, "voter"), options: attribute(event.attributes, "options") });
      }
    }
  }
});
afterAll(() => fixture?.stop());

const { ProposalStatus, VoteOption } = printchain.gov.v1;
const { BondStatus } = printchain.staking.v1;

async function chainProposal(id: string): Promise<printchain.gov.v1.Proposal> {
  return (await fixture.abci("/printchain.gov.v1.Query/Proposal", govCodecs.QueryProposalRequest, { proposalId: id }, govCodecs.QueryProposalResponse)).proposal as printchain.gov.v1.Proposal;
}

/** A vote's options as the chain's event writes them: "VOTE_OPTION_YES" or "VOTE_OPTION_YES=0.6,…". */
function optionsText(options: ReadonlyArray<{ option: string; weight: string }>): string {
  if (options.length === 1 && /^1(\.0+)?$/.test(options[0].weight)) return options[0].option;
  return options.map((option) => `${option.option}=${option.weight}`).join(",");
}
const sameOptions = (a: string, b: string): boolean => {
  const normal = (text: string) => text.split(",").map((part) => part.replace(/=([0-9]+)\.?([0-9]*?)0*$/, (_, whole, fraction) => `=${whole}${fraction ? `.${fraction}` : ""}`)).join(",");
  return normal(a) === normal(b);
};

test("every proposal equals the chain's Query/Proposal: status, heights, deposits, final tally; its votes Query/Votes, its deposits Query/Deposits", async () => {
  const { proposals } = await fixture.data(`{ proposals(first: 100) { totalCount nodes { id proposer title messages status result submitHeight votingStartHeight endHeight
    initialDeposit { denom amount } totalDeposit { denom amount } finalTally { yes abstain no noWithVeto total } failedReason depositsOutcome } } }`);
  const chainList = (await fixture.abci("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, { pagination: { limit: 1000 } }, govCodecs.QueryProposalsResponse)).proposals;
  expect(proposals.totalCount).toBe(chainList.length);
  expect(proposals.nodes.map((proposal: { id: string }) => proposal.id)).toEqual(chainList.map((proposal) => String(proposal.id)));
  const statuses = new Set<string>();
  for (const proposal of proposals.nodes) {
    const chain = await chainProposal(proposal.id);
    const decided = chain.finalTallyResult != null && Number(chain.votingEndHeight) > 0 && chain.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD;
    statuses.add(proposal.status);
    expect({
      status: proposal.status, proposer: proposal.proposer, title: proposal.title, messages: proposal.messages, submitHeight: proposal.submitHeight, votingStartHeight: proposal.votingStartHeight,
      endHeight: proposal.endHeight, totalDeposit: proposal.totalDeposit, finalTally: proposal.finalTally && { ...proposal.finalTally, total: undefined }, failedReason: proposal.failedReason ?? "",
    }).toEqual({
      status: ProposalStatus[chain.status], proposer: chain.proposer, title: chain.title, messages: chain.messages.map((message) => message.type_url), submitHeight: Number(chain.submitHeight),
      votingStartHeight: Number(chain.votingStartHeight) || null, endHeight: decided ? Number(chain.votingEndHeight) : null, totalDeposit: chain.totalDeposit.map((coin) => ({ denom: coin.denom, amount: coin.amount })),
      finalTally: decided ? { yes: chain.finalTallyResult!.yesCount, abstain: chain.finalTallyResult!.abstainCount, no: chain.finalTallyResult!.noCount, noWithVeto: chain.finalTallyResult!.noWithVetoCount, total: undefined } : null,
      failedReason: chain.failedReason,
    });
    if (proposal.finalTally) expect(BigInt(proposal.finalTally.total)).toBe(["yes", "abstain", "no", "noWithVeto"].reduce((sum, key) => sum + BigInt(proposal.finalTally[key]), 0n));
    expect(proposal.result).toBe(decided ? { 3: "PASSED", 4: "REJECTED", 5: "FAILED" }[chain.status as number] : null);

    const { proposal: lists } = await fixture.data(`query($id: ID!) { proposal(id: $id) { votes(first: 500) { totalCount nodes { voter option options { option weight } height } }
      deposits(first: 500) { totalCount nodes { depositor amount { denom amount } height } } } }`, { id: proposal.id });
    const votes = (await fixture.abci("/printchain.gov.v1.Query/Votes", govCodecs.QueryVotesRequest, { proposalId: proposal.id, pagination: { limit: 1000 } }, govCodecs.QueryVotesResponse)).votes;
    const chainVotes = votes.map((vote) => `${vote.voter} ${vote.options!.map((option) => `${VoteOption[option.option!]}=${option.weight}`).join(",")}`).sort();
    const indexedVotes = lists.votes.nodes.map((vote: { voter: string; options: Array<{ option: string; weight: string }> }) => `${vote.voter} ${vote.options.map((option) => `${option.option}=${option.weight}`).join(",")}`).sort();
    expect(`${proposal.id}: ${indexedVotes.join("; ")}`).toBe(`${proposal.id}: ${chainVotes.join("; ")}`);
    expect(lists.votes.totalCount).toBe(votes.length);
    // The vote each voter's latest EventProposalVote cast, at that event's height.
    for (const vote of lists.votes.nodes) {
      const latest = voteEvents.filter((event) => event.proposalId === proposal.id && event.voter === vote.voter).pop()!;
      expect({ voter: vote.voter, height: vote.height, same: sameOptions(optionsText(vote.options), latest.options) }).toEqual({ voter: latest.voter, height: latest.height, same: true });
    }
    const deposits = (await fixture.abci("/printchain.gov.v1.Query/Deposits", govCodecs.QueryDepositsRequest, { proposalId: proposal.id, pagination: { limit: 1000 } }, govCodecs.QueryDepositsResponse)).deposits;
    if (deposits.length > 0) {
      // The chain keeps one record per depositor (summed) while the deposit period/vote runs.
      const sums = new Map<string, bigint>();
      for (const deposit of lists.deposits.nodes) sums.set(deposit.depositor, (sums.get(deposit.depositor) ?? 0n) + deposit.amount.reduce((sum: bigint, coin: { amount: string }) => sum + BigInt(coin.amount), 0n));
      expect(Object.fromEntries(sums)).toEqual(Object.fromEntries(deposits.map((deposit) => [deposit.depositor, deposit.amount!.reduce((sum, coin) => sum + BigInt(coin.amount!), 0n)])));
    }
    const total = lists.deposits.nodes.reduce((sum: bigint, deposit: { amount: Array<{ amount: string }> }) => sum + deposit.amount.reduce((s, coin) => s + BigInt(coin.amount), 0n), 0n);
    expect(total.toString()).toBe(proposal.totalDeposit[0].amount);
    expect(lists.deposits.totalCount).toBe(lists.deposits.nodes.length);
  }
  expect([...statuses].sort()).toEqual(["PROPOSAL_STATUS_PASSED", "PROPOSAL_STATUS_REJECTED", "PROPOSAL_STATUS_VOTING_PERIOD"]);
  const { byStatus } = await fixture.data(`{ byStatus: proposals(where: {status: {eq: PROPOSAL_STATUS_PASSED}}) { totalCount nodes { id } } }`);
  const passed = (await fixture.abci("/printchain.gov.v1.Query/Proposals", govCodecs.QueryProposalsRequest, { proposalStatus: ProposalStatus.PROPOSAL_STATUS_PASSED, pagination: { limit: 1000 } }, govCodecs.QueryProposalsResponse)).proposals;
  expect(byStatus.totalCount).toBe(passed.length);
  expect(byStatus.nodes.map((node: { id: string }) => node.id)).toEqual(passed.map((proposal) => String(proposal.id)));
});

test("time travel: a proposal as of a height in its voting period is VOTING with only the votes cast by then; before its voting start in the deposit period", async () => {
  const { proposals } = await fixture.data(`{ proposals(where: {status: {in: [PROPOSAL_STATUS_PASSED, PROPOSAL_STATUS_REJECTED]}}, first: 100) { nodes { id submitHeight votingStartHeight endHeight status } } }`);
  let checked = 0;
  for (const proposal of proposals.nodes) {
    const events = voteEvents.filter((event) => event.proposalId === proposal.id);
    if (events.length < 4) continue;
    const height = events[Math.floor(events.length / 2)].height;
    if (height >= proposal.endHeight) continue;
    const { asOf, latest } = await fixture.data(`query($id: ID!, $h: Int) {
      asOf: proposal(id: $id, asOfHeight: $h) { status result endHeight finalTally { yes } asOfHeight votes(first: 500) { totalCount nodes { voter height options { option weight } } }
        voteHistory(first: 500) { totalCount nodes { voter height } } turnout { voters votes talliedStake bondedHeight } }
      latest: proposal(id: $id) { status votes(first: 500) { totalCount } } }`, { id: proposal.id, h: height });
    const before = events.filter((event) => event.height <= height);
    const byVoter = new Map(before.map((event) => [event.voter, event]));
    expect({ status: asOf.status, result: asOf.result, endHeight: asOf.endHeight, finalTally: asOf.finalTally, asOfHeight: asOf.asOfHeight }).toEqual({ status: "PROPOSAL_STATUS_VOTING_PERIOD", result: null, endHeight: null, finalTally: null, asOfHeight: height });
    expect(asOf.votes.nodes.map((vote: { voter: string; height: number }) => `${vote.voter}@${vote.height}`).sort()).toEqual([...byVoter.values()].map((event) => `${event.voter}@${event.height}`).sort());
    for (const vote of asOf.votes.nodes) expect(sameOptions(optionsText(vote.options), byVoter.get(vote.voter)!.options)).toBe(true);
    expect(asOf.votes.totalCount).toBe(byVoter.size);
    expect(asOf.voteHistory.nodes.map((vote: { voter: string; height: number }) => `${vote.voter}@${vote.height}`)).toEqual(before.map((event) => `${event.voter}@${event.height}`));
    expect(asOf.voteHistory.totalCount).toBe(before.length);
    expect(asOf.turnout).toEqual({ voters: byVoter.size, votes: before.length, talliedStake: null, bondedHeight: height });
    expect(asOf.votes.totalCount).toBeLessThan(latest.votes.totalCount + before.length); // sanity: a page of its own
    checked++;
  }
  expect(checked).toBeGreaterThan(2);

  // A proposal whose deposit period lasted: before its voting start it is in the deposit period, with the deposits made by then.
  const late = proposals.nodes.find((proposal: { submitHeight: number; votingStartHeight: number }) => proposal.votingStartHeight > proposal.submitHeight)!;
  expect(late).toBeDefined();
  const { during, voting, decided, early } = await fixture.data(`query($id: ID!, $d: Int, $v: Int, $e: Int, $s: Int) {
    during: proposal(id: $id, asOfHeight: $d) { status votingStartHeight totalDeposit { amount } deposits { totalCount nodes { height amount { amount } } } votes { totalCount } }
    voting: proposal(id: $id, asOfHeight: $v) { status votingStartHeight totalDeposit { amount } }
    decided: proposal(id: $id, asOfHeight: $e) { status result finalTally { total } }
    early: proposal(id: $id, asOfHeight: $s) { id } }`, { id: late.id, d: late.votingStartHeight - 1, v: late.votingStartHeight, e: late.endHeight, s: late.submitHeight - 1 });
  const chain = await chainProposal(late.id);
  expect(during.status).toBe("PROPOSAL_STATUS_DEPOSIT_PERIOD");
  expect(during.votingStartHeight).toBeNull();
  expect(during.deposits.nodes.every((deposit: { height: number }) => deposit.height < late.votingStartHeight)).toBe(true);
  expect(during.totalDeposit[0].amount).toBe(during.deposits.nodes.reduce((sum: bigint, deposit: { amount: Array<{ amount: string }> }) => sum + BigInt(deposit.amount[0].amount), 0n).toString());
  expect(BigInt(during.totalDeposit[0].amount)).toBeLessThan(BigInt(chain.totalDeposit[0].amount!));
  expect(during.votes.totalCount).toBe(0);
  expect(voting).toEqual({ status: "PROPOSAL_STATUS_VOTING_PERIOD", votingStartHeight: late.votingStartHeight, totalDeposit: [{ amount: chain.totalDeposit[0].amount }] });
  expect(decided.status).toBe(ProposalStatus[chain.status]);
  expect(decided.finalTally.total).toBe(["yesCount", "abstainCount", "noCount", "noWithVetoCount"].reduce((sum, key) => sum + BigInt((chain.finalTallyResult as unknown as Record<string, string>)[key]), 0n).toString());
  expect(early).toBeNull();

  const future = await fixture.graphql(`{ proposal(id: "1", asOfHeight: ${head + 1}) { status } }`);
  expect(future.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  const badId = await fixture.graphql(`{ proposal(id: "one") { status } }`);
  expect(badId.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("voteTimeline counts the chain's vote events per bucket, cumulatively; turnout's bonded figure is the bonded pool", async () => {
  const { proposals } = await fixture.data(`{ proposals(first: 100) { nodes { id status votingStartHeight submitHeight endHeight finalTally { total }
    voteTimeline(bucketSize: 5) { fromHeight toHeight cast { votes yes abstain no noWithVeto } cumulative { votes yes } voters }
    turnout { voters votes talliedStake bondedTokens bondedHeight ratio } } } }`);
  const pool = (await fixture.abci("/printchain.staking.v1.Query/Pool", stakingCodecs.QueryPoolRequest, {}, stakingCodecs.QueryPoolResponse)).pool!;
  for (const proposal of proposals.nodes) {
    const start = proposal.votingStartHeight ?? proposal.submitHeight;
    const last = proposal.endHeight ?? head;
    const events = voteEvents.filter((event) => event.proposalId === proposal.id);
    expect(proposal.voteTimeline.length).toBe(Math.floor((last - start) / 5) + 1);
    let cumulative = 0;
    const seen = new Set<string>();
    for (const bucket of proposal.voteTimeline) {
      const inBucket = events.filter((event) => event.height >= bucket.fromHeight && event.height <= bucket.toHeight);
      const count = (option: string) => inBucket.filter((event) => event.options.split(",").some((part) => part.split("=")[0] === option)).length;
      cumulative += inBucket.length;
      for (const event of inBucket) seen.add(event.voter);
      expect({ cast: bucket.cast, cumulative: bucket.cumulative.votes, voters: bucket.voters }).toEqual({
        cast: { votes: inBucket.length, yes: count("VOTE_OPTION_YES"), abstain: count("VOTE_OPTION_ABSTAIN"), no: count("VOTE_OPTION_NO"), noWithVeto: count("VOTE_OPTION_NO_WITH_VETO") }, cumulative, voters: seen.size,
      });
    }
    expect(cumulative).toBe(events.length);
    expect(proposal.turnout.voters).toBe(new Set(events.map((event) => event.voter)).size);
    expect(proposal.turnout.votes).toBe(events.length);
    if (proposal.finalTally) {
      expect(proposal.turnout.talliedStake).toBe(proposal.finalTally.total);
      expect(proposal.turnout.bondedHeight).toBe(proposal.endHeight);
      const ratio = (BigInt(proposal.finalTally.total) * 10_000n) / BigInt(proposal.turnout.bondedTokens);
      expect(proposal.turnout.ratio).toBe(`${ratio / 10_000n}.${(ratio % 10_000n).toString().padStart(4, "0")}`);
      expect(BigInt(proposal.turnout.bondedTokens)).toBeGreaterThan(0n);
    } else {
      // An open proposal: the bonded figure at the indexed height, which is the chain's bonded pool now.
      expect({ talliedStake: proposal.turnout.talliedStake, bondedHeight: proposal.turnout.bondedHeight, bondedTokens: proposal.turnout.bondedTokens }).toEqual({ talliedStake: null, bondedHeight: head, bondedTokens: pool.bondedTokens });
    }
  }
  // Turnout of a whole page: batched (the page, the vote counts, the bonded figures, the bond denom).
  const before = fixture.statements.length;
  const { again } = await fixture.data(`{ again: proposals(first: 100) { nodes { turnout { voters votes bondedTokens } } } }`);
  expect(again.nodes.map((node: { turnout: unknown }) => node.turnout)).toEqual(proposals.nodes.map((node: { turnout: Record<string, unknown> }) => ({ voters: node.turnout.voters, votes: node.turnout.votes, bondedTokens: node.turnout.bondedTokens })));
  expect(fixture.statements.length - before).toBeLessThanOrEqual(5);
  const { governanceStats } = await fixture.data(`{ governanceStats { proposals byStatus { status count } votes voters passRate } }`);
  expect(governanceStats.proposals).toBe(proposals.nodes.length);
  expect(governanceStats.votes).toBe(voteEvents.length);
  expect(governanceStats.voters).toBe(new Set(voteEvents.map((event) => event.voter)).size);
});

test("validators equal the chain's Query/Validator; the status filter Query/Validators; delegations Query/Delegation; open unbondings the chain's entries", async () => {
  const before = fixture.statements.length;
  const { validators, bonded } = await fixture.data(`{ validators(first: 20) { totalCount nodes { operator account moniker status tokens delegatorShares commissionRate consensusPubkey createdHeight
      delegations(first: 100, where: {active: true}) { totalCount nodes { delegator validatorAddress shares balance } } } }
    bonded: validators(where: {status: {eq: BOND_STATUS_BONDED}}, orderBy: {field: OPERATOR, direction: ASC}) { totalCount nodes { operator } } }`);
  // The delegations of the whole page are one LATERAL statement (a filtered totalCount is a bounded count per validator).
  expect(fixture.statements.slice(before).filter((sql) => sql.includes("FROM delegations") && sql.includes("CROSS JOIN LATERAL")).length).toBe(1);
  const tokens = validators.nodes.map((validator: { tokens: string }) => BigInt(validator.tokens));
  expect(tokens.every((value: bigint, index: number) => index === 0 || value <= tokens[index - 1])).toBe(true);
  const chainValidators = (await fixture.abci("/printchain.staking.v1.Query/Validators", stakingCodecs.QueryValidatorsRequest, { pagination: { limit: 1000 } }, stakingCodecs.QueryValidatorsResponse)).validators;
  expect(validators.totalCount).toBe(chainValidators.length);
  const statuses = new Set<string>();
  for (const validator of validators.nodes) {
    const chain = (await fixture.abci("/printchain.staking.v1.Query/Validator", stakingCodecs.QueryValidatorRequest, { validatorAddr: validator.operator }, stakingCodecs.QueryValidatorResponse)).validator!;
    statuses.add(validator.status);
    expect({ status: validator.status, tokens: validator.tokens, shares: validator.delegatorShares, rate: validator.commissionRate, moniker: validator.moniker, key: validator.consensusPubkey, created: validator.createdHeight }).toEqual({
      status: BondStatus[chain.status!], tokens: chain.tokens, shares: chain.delegatorShares, rate: chain.commission!.rate, moniker: chain.description!.moniker, key: Buffer.from(chain.consensusPubkey!).toString("base64"), created: Number(chain.creationHeight),
    });
    const chainDelegations = (await fixture.abci("/printchain.staking.v1.Query/ValidatorDelegations", stakingCodecs.QueryValidatorDelegationsRequest, { validatorAddr: validator.operator, pagination: { limit: 1000 } }, stakingCodecs.QueryValidatorDelegationsResponse)).delegationResponses;
    expect(validator.delegations.totalCount).toBe(chainDelegations.length);
    expect(validator.delegations.nodes.map((delegation: { delegator: string; shares: string; balance: string }) => `${delegation.delegator} ${delegation.shares} ${delegation.balance}`).sort()).toEqual(
      chainDelegations.map((response) => `${response.delegation!.delegatorAddress} ${response.delegation!.shares} ${response.balance}`).sort(),
    );
  }
  expect(statuses.size).toBeGreaterThanOrEqual(2);
  const chainBonded = (await fixture.abci("/printchain.staking.v1.Query/Validators", stakingCodecs.QueryValidatorsRequest, { status: "BOND_STATUS_BONDED", pagination: { limit: 1000 } }, stakingCodecs.QueryValidatorsResponse)).validators;
  expect(bonded.totalCount).toBe(chainBonded.length);
  expect(bonded.nodes.map((node: { operator: string }) => node.operator)).toEqual(chainBonded.map((validator) => validator.operatorAddress).sort());

  // Every active delegation through the top-level list, each against Query/Delegation.
  const { delegations } = await fixture.data(`{ delegations(first: 1000, where: {active: true}) { totalCount nodes { delegator validatorAddress shares balance validator { operator } } } }`);
  expect(delegations.nodes.length).toBeGreaterThan(20);
  for (const delegation of delegations.nodes) {
    const chain = (await fixture.abci("/printchain.staking.v1.Query/Delegation", stakingCodecs.QueryDelegationRequest, { delegatorAddr: delegation.delegator, validatorAddr: delegation.validatorAddress }, stakingCodecs.QueryDelegationResponse)).delegationResponse!;
    expect({ shares: delegation.shares, balance: delegation.balance, validator: delegation.validator.operator }).toEqual({ shares: chain.delegation!.shares, balance: chain.balance, validator: delegation.validatorAddress });
  }
  const { one } = await fixture.data(`query($d: String!) { one: delegations(where: {delegator: {eq: $d}}) { totalCount nodes { validatorAddress } } }`, { d: delegations.nodes[0].delegator });
  const ofDelegator = (await fixture.abci("/printchain.staking.v1.Query/DelegatorDelegations", stakingCodecs.QueryDelegatorDelegationsRequest, { delegatorAddr: delegations.nodes[0].delegator, pagination: { limit: 1000 } }, stakingCodecs.QueryDelegatorDelegationsResponse)).delegationResponses;
  expect(one.nodes.filter((node: { validatorAddress: string }) => ofDelegator.some((response) => response.delegation!.validatorAddress === node.validatorAddress)).length).toBe(ofDelegator.length);
  expect(one.totalCount).toBe(one.nodes.length);
  // The same through the account (ledger module's Account).
  const { account } = await fixture.data(`query($d: String!) { account(address: $d) { delegations(where: {active: true}) { totalCount nodes { validatorAddress shares balance } } unbondings { totalCount } } }`, { d: delegations.nodes[0].delegator });
  expect(account.delegations.nodes.map((node: Record<string, string>) => `${node.validatorAddress} ${node.shares} ${node.balance}`).sort()).toEqual(
    ofDelegator.map((response) => `${response.delegation!.validatorAddress} ${response.delegation!.shares} ${response.balance}`).sort(),
  );
  expect(account.delegations.totalCount).toBe(ofDelegator.length);

  // Open unbonding entries: the chain's entries per delegator (balance, completion height).
  const { unbondings } = await fixture.data(`{ unbondings(first: 1000, where: {completed: false}) { totalCount nodes { delegator validatorAddress amount completionHeight height } } all: unbondings { totalCount } }`);
  expect(unbondings.nodes.length).toBeGreaterThan(0);
  for (const delegator of new Set<string>(unbondings.nodes.map((entry: { delegator: string }) => entry.delegator))) {
    const chain = (await fixture.abci("/printchain.staking.v1.Query/DelegatorUnbondingDelegations", stakingCodecs.QueryDelegatorUnbondingDelegationsRequest, { delegatorAddr: delegator, pagination: { limit: 1000 } }, stakingCodecs.QueryDelegatorUnbondingDelegationsResponse)).unbondingResponses;
    const expected = chain.flatMap((unbonding) => unbonding.entries!.map((entry) => `${unbonding.validatorAddress} ${entry.balance} ${entry.completionHeight} ${entry.creationHeight}`)).sort();
    expect(unbondings.nodes.filter((entry: { delegator: string }) => entry.delegator === delegator).map((entry: Record<string, unknown>) => `${entry.validatorAddress} ${entry.amount} ${entry.completionHeight} ${entry.height}`).sort()).toEqual(expected);
  }
  const { perValidator } = await fixture.data(`{ perValidator: validators(first: 20) { nodes { operator unbondings(first: 200, where: {completed: false}) { totalCount nodes { delegator amount height } } } } }`);
  const key = (entry: Record<string, unknown>) => `${entry.delegator} ${entry.amount} ${entry.height}`;
  for (const validator of perValidator.nodes) {
    const expected = unbondings.nodes.filter((entry: { validatorAddress: string }) => entry.validatorAddress === validator.operator).map(key).sort();
    expect(validator.unbondings.nodes.map(key).sort()).toEqual(expected);
    expect(validator.unbondings.totalCount).toBe(expected.length);
  }
});

test("pagination both ways (validators by tokens, votes of a proposal by height); bad input is refused", async () => {
  const walk = async (query: string, pick: (data: Record<string, any>) => any, variables: Record<string, unknown> = {}) => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const connection = pick(await fixture.data(query, { ...variables, first: 3, after }));
      forward.push(...connection.edges.map((edge: { node: unknown }) => JSON.stringify(edge.node)));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const backward: string[] = [];
    let before: string | null = null;
    for (;;) {
      const connection = pick(await fixture.data(query, { ...variables, last: 3, before }));
      backward.unshift(...connection.edges.map((edge: { node: unknown }) => JSON.stringify(edge.node)));
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor;
    }
    return { forward, backward };
  };
  const paging = "edges { node { %s } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
  const validators = await walk(`query($first: Int, $after: String, $last: Int, $before: String) { validators(first: $first, after: $after, last: $last, before: $before) { ${paging.replace("%s", "operator tokens")} } }`, (data) => data.validators);
  const { all } = await fixture.data(`{ all: validators(first: 100) { nodes { operator tokens } } }`);
  expect(validators.forward).toEqual(all.nodes.map((node: unknown) => JSON.stringify(node)));
  expect(validators.backward).toEqual(validators.forward);
  const [busiest] = Object.entries(voteEvents.reduce<Record<string, number>>((counts, event) => ({ ...counts, [event.proposalId]: (counts[event.proposalId] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1]);
  const votes = await walk(`query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { proposal(id: $id) { votes(orderBy: {field: HEIGHT}, first: $first, after: $after, last: $last, before: $before) { ${paging.replace("%s", "voter height")} } } }`, (data) => data.proposal.votes, { id: busiest[0] });
  expect(votes.forward.length).toBeGreaterThan(5);
  expect(votes.backward).toEqual(votes.forward);
  const heights = votes.forward.map((vote) => JSON.parse(vote).height as number);
  expect(heights).toEqual([...heights].sort((a, b) => a - b));

  const unknownStatus = await fixture.graphql(`{ proposals(where: {status: {eq: PROPOSAL_STATUS_MAYBE}}) { totalCount } }`);
  expect(unknownStatus.data).toBeUndefined();
  expect(unknownStatus.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  const unknownBond = await fixture.graphql(`{ validators(where: {status: {eq: BONDED}}) { totalCount } }`);
  expect(unknownBond.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  const badCursor = await fixture.graphql(`{ validators(after: "bm9wZQ") { totalCount } }`);
  expect(badCursor.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  const { validators: page } = await fixture.data(`{ validators(first: 1) { pageInfo { endCursor } } }`);
  const otherOrder = await fixture.graphql(`query($c: String) { validators(orderBy: {field: OPERATOR}, after: $c) { totalCount } }`, { c: page.pageInfo.endCursor });
  expect(otherOrder.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  const badBucket = await fixture.graphql(`{ proposal(id: "1") { voteTimeline(bucketSize: 0) { fromHeight } } }`);
  expect(badBucket.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
});

test("every filter and order of the modules runs and sorts as asked", async () => {
  const data = await fixture.data(`{
    byPower: validators(orderBy: {field: POWER}) { nodes { power } }
    byCreated: validators(orderBy: {field: CREATED_HEIGHT, direction: ASC}, where: {status: {in: [BOND_STATUS_BONDED, BOND_STATUS_UNBONDING]}}) { totalCount nodes { createdHeight status } }
    byRate: validators(orderBy: {field: COMMISSION_RATE}) { nodes { commissionRate } }
    byShares: delegations(orderBy: {field: SHARES}, first: 50) { nodes { shares } }
    byDelegationHeight: delegations(orderBy: {field: CREATED_HEIGHT, direction: ASC}, where: {active: false}, first: 50) { totalCount nodes { createdHeight shares } }
    completed: unbondings(where: {completed: true}, first: 200) { totalCount nodes { completed completedHeight completionHeight } }
    byEnd: proposals(orderBy: {field: END_HEIGHT, direction: ASC}) { nodes { id endHeight } }
    bySubmit: proposals(orderBy: {field: SUBMIT_HEIGHT}, where: {submitHeight: {gte: 30}}) { totalCount nodes { submitHeight } }
    emissions: proposals(where: {messageType: "/printchain.emissions.v1.MsgUpdateParams"}) { totalCount nodes { messages } }
    vetoes: proposals(first: 50) { nodes { id votes(where: {option: VOTE_OPTION_NO_WITH_VETO}, first: 100) { nodes { options { option weight } } } } }
  }`);
  const sortedDesc = (values: bigint[]) => values.every((value, index) => index === 0 || value <= values[index - 1]);
  expect(sortedDesc(data.byPower.nodes.map((node: { power: string | null }) => BigInt(node.power ?? -1)))).toBe(true);
  expect(data.byCreated.nodes.every((node: { status: string }) => node.status !== "BOND_STATUS_UNBONDED")).toBe(true);
  expect(data.byCreated.totalCount).toBe(data.byCreated.nodes.length);
  const created = data.byCreated.nodes.map((node: { createdHeight: number }) => node.createdHeight);
  expect(created).toEqual([...created].sort((a, b) => a - b));
  expect(sortedDesc(data.byRate.nodes.map((node: { commissionRate: string }) => BigInt(node.commissionRate.replace(".", ""))))).toBe(true);
  expect(sortedDesc(data.byShares.nodes.map((node: { shares: string }) => BigInt(node.shares.replace(".", ""))))).toBe(true);
  expect(data.byDelegationHeight.nodes.every((node: { shares: string }) => Number(node.shares) === 0)).toBe(true);
  expect(data.completed.totalCount).toBeGreaterThan(0);
  expect(data.completed.nodes.every((node: { completed: boolean; completedHeight: number; completionHeight: number }) => node.completed && node.completedHeight === node.completionHeight)).toBe(true);
  const ends = data.byEnd.nodes.map((node: { endHeight: number | null }) => node.endHeight ?? Infinity);
  expect(ends).toEqual([...ends].sort((a, b) => a - b));
  expect(data.bySubmit.nodes.every((node: { submitHeight: number }) => node.submitHeight >= 30)).toBe(true);
  expect(data.bySubmit.totalCount).toBe(data.bySubmit.nodes.length);
  expect(data.emissions.totalCount).toBeGreaterThanOrEqual(2);
  expect(data.emissions.nodes.every((node: { messages: string[] }) => node.messages.includes("/printchain.emissions.v1.MsgUpdateParams"))).toBe(true);
  const vetoes = data.vetoes.nodes.flatMap((node: { votes: { nodes: Array<{ options: Array<{ option: string }> }> } }) => node.votes.nodes);
  expect(vetoes.length).toBeGreaterThan(0);
  expect(vetoes.every((vote: { options: Array<{ option: string }> }) => vote.options.some((option) => option.option === "VOTE_OPTION_NO_WITH_VETO"))).toBe(true);
});
