export const govTypeDefs = /* GraphQL */ `
  enum ProposalStatus {
    PROPOSAL_STATUS_DEPOSIT_PERIOD
    PROPOSAL_STATUS_VOTING_PERIOD
    PROPOSAL_STATUS_PASSED
    PROPOSAL_STATUS_REJECTED
    PROPOSAL_STATUS_FAILED
  }

  "How the chain decided a proposal (its EventProposalResult)."
  enum ProposalResult {
    PASSED
    REJECTED
    "Passed, but its messages failed (nothing of them applied)."
    FAILED
    "Never reached min_deposit: deleted on chain (its row keeps the deposit-period status)."
    DROPPED
  }

  enum VoteOption {
    VOTE_OPTION_YES
    VOTE_OPTION_ABSTAIN
    VOTE_OPTION_NO
    VOTE_OPTION_NO_WITH_VETO
  }

  input ProposalStatusFilter {
    eq: ProposalStatus
    in: [ProposalStatus!]
  }

  type GovCoin {
    denom: String!
    amount: BigInt!
  }

  "A final tally in voting power (uprint of bonded stake)."
  type TallyResult {
    yes: BigInt!
    abstain: BigInt!
    no: BigInt!
    noWithVeto: BigInt!
    "yes + abstain + no + noWithVeto: the stake that voted."
    total: BigInt!
  }

  type WeightedVoteOption {
    option: VoteOption!
    "18 decimals; a vote's weights sum to 1."
    weight: Decimal!
  }

  "A vote (the latest of its voter on the proposal, unless listed in voteHistory)."
  type Vote {
    proposalId: ID!
    voter: String!
    options: [WeightedVoteOption!]!
    "The option of a whole (weight 1) vote; null for a split vote."
    option: VoteOption
    height: Int!
    eventIndex: Int!
    txIndex: Int
    "Block time of its height."
    time: DateTime
  }

  type VoteEdge {
    cursor: String!
    node: Vote!
  }

  type VoteConnection {
    edges: [VoteEdge!]!
    nodes: [Vote!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input VoteWhere {
    voter: StringFilter
    "Votes giving this option any weight."
    option: VoteOption
  }

  enum VoteOrderField {
    VOTER
    "chain order: (height, event index)"
    HEIGHT
  }

  input VoteOrder {
    field: VoteOrderField!
    direction: OrderDirection = ASC
  }

  "One deposit (the initial deposit is one too)."
  type Deposit {
    proposalId: ID!
    depositor: String!
    amount: [GovCoin!]!
    "The proposal's total deposit after it."
    totalDeposit: [GovCoin!]!
    "Whether this deposit reached min_deposit and started the voting period."
    votingStarted: Boolean!
    height: Int!
    eventIndex: Int!
    txIndex: Int
    time: DateTime
  }

  type DepositEdge {
    cursor: String!
    node: Deposit!
  }

  type DepositConnection {
    edges: [DepositEdge!]!
    nodes: [Deposit!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  "Vote events counted per option (a weighted vote counts under each option it gives weight)."
  type VoteOptionCounts {
    "Vote events (a replaced vote counts each time it was cast)."
    votes: Int!
    yes: Int!
    abstain: Int!
    no: Int!
    noWithVeto: Int!
  }

  "Heights [fromHeight, toHeight] of a proposal's vote timeline."
  type VoteTimelineBucket {
    fromHeight: Int!
    toHeight: Int!
    "The votes cast in the bucket."
    cast: VoteOptionCounts!
    "The votes cast from the start through the bucket's last height."
    cumulative: VoteOptionCounts!
    "Distinct voters who had voted by the bucket's last height."
    voters: Int!
  }

  """
  Participation. The bonded figure is the bonded_tokens_pool module account's balance of the
  staking bond denom at the end of bondedHeight, summed from the indexed balance_changes: it equals
  Σ tokens of the bonded validators (the chain's staking/pools invariant). At a decided proposal's
  end height it is the bonded total the chain's tally compared the quorum against: staking's
  EndBlock (validator-set update) runs before gov's tally, and nothing after it in the block moves
  bonded tokens.
  """
  type Turnout {
    "Distinct voters with a vote (as of the proposal's height)."
    voters: Int!
    "Vote events (replaced votes included)."
    votes: Int!
    "Σ of the final tally counts (decided proposals only)."
    talliedStake: BigInt
    bondedTokens: BigInt!
    "The end height for a decided proposal, else the height the proposal is seen at."
    bondedHeight: Int!
    "talliedStake / bondedTokens, truncated to 4 decimals (decided proposals only)."
    ratio: Decimal
  }

  "A governance proposal (table proposals), as it stands at the indexed height or, with asOfHeight, as it stood at that height."
  type Proposal {
    id: ID!
    proposer: String!
    title: String!
    "Type URLs of its messages."
    messages: [String!]!
    status: ProposalStatus!
    "Null until decided."
    result: ProposalResult
    submitHeight: Int!
    submitTime: DateTime!
    "The deposit that reached min_deposit (null before)."
    votingStartHeight: Int
    votingStartTime: DateTime
    "The EndBlock that decided or dropped it (null before)."
    endHeight: Int
    endTime: DateTime
    initialDeposit: [GovCoin!]!
    "Σ deposits (as of the height)."
    totalDeposit: [GovCoin!]!
    "What happened to the deposits: refunded or burned (null until decided)."
    depositsOutcome: String
    failedReason: String
    "The final tally (null until decided)."
    finalTally: TallyResult
    "The height the proposal is seen at (null: the indexed height)."
    asOfHeight: Int
    "Each voter's latest vote (as of the height)."
    votes(where: VoteWhere, orderBy: VoteOrder, first: Int, after: String, last: Int, before: String): VoteConnection!
    "Every vote cast, replaced ones included, in chain order (as of the height)."
    voteHistory(first: Int, after: String, last: Int, before: String): VoteConnection!
    "Deposits in chain order (as of the height)."
    deposits(first: Int, after: String, last: Int, before: String): DepositConnection!
    "Votes per option over time, in buckets of bucketSize heights from the voting start (or submission), through the end (or the height seen at); at most 10000 buckets."
    voteTimeline(bucketSize: Int = 1): [VoteTimelineBucket!]!
    turnout: Turnout!
  }

  type ProposalEdge {
    cursor: String!
    node: Proposal!
  }

  type ProposalConnection {
    edges: [ProposalEdge!]!
    nodes: [Proposal!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input ProposalWhere {
    status: ProposalStatusFilter
    proposer: StringFilter
    "Proposals with a message of this type URL."
    messageType: String
    submitHeight: IntFilter
  }

  enum ProposalOrderField {
    ID
    SUBMIT_HEIGHT
    END_HEIGHT
  }

  input ProposalOrder {
    field: ProposalOrderField!
    direction: OrderDirection = DESC
  }

  type ProposalStatusCount {
    status: ProposalStatus!
    count: Int!
  }

  type GovernanceStats {
    proposals: Int!
    byStatus: [ProposalStatusCount!]!
    "Decided proposals that passed / all decided (dropped excluded), truncated to 4 decimals."
    passRate: Decimal
    "Vote events."
    votes: Int!
    "Distinct accounts that ever voted."
    voters: Int!
    deposits: Int!
    depositors: Int!
  }

  extend type Query {
    "A proposal; with asOfHeight, as it stood at the end of that height (null if not yet submitted then)."
    proposal(id: ID!, asOfHeight: Int): Proposal
    "Proposals; default order: id ascending."
    proposals(where: ProposalWhere, orderBy: ProposalOrder, first: Int, after: String, last: Int, before: String): ProposalConnection!
    governanceStats: GovernanceStats!
  }
`;
