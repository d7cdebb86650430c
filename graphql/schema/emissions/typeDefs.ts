export const emissionsTypeDefs = /* GraphQL */ `
  "A contributor role of the emission split."
  enum Role {
    ROLE_PRINTERS
    ROLE_VALIDATORS
    ROLE_DEVELOPERS
    ROLE_MODEL_PROVIDERS
    ROLE_LIQUIDITY_PROVIDERS
    ROLE_COMMUNITY
  }

  input RoleFilter {
    eq: Role
    in: [Role!]
  }

  "A role's weight in the split (integers; a role's share is weight / Σ weights)."
  type RoleWeight {
    role: Role!
    weight: Int!
  }

  "One role's part of an epoch's emission (the chain's EventRoleSplit)."
  type RoleSplit {
    role: Role!
    "The weight in force for the epoch."
    weight: Int!
    "R_total × weight / Σ weights, truncated: the role's pool."
    pool: BigInt!
    "What the role's recipients received (≤ pool; the rest went to the community pool)."
    paid: BigInt!
    "pool − paid: the role's truncation dust (or its whole pool without contributors), sent to the community pool."
    unpaid: BigInt!
    "How many rewards the role paid (one per recipient; for validators one per delegation)."
    recipients: Int!
  }

  "The network's rollup of one ended epoch (table network_epoch_stats)."
  type NetworkEpochStats {
    jobsCreated: BigInt!
    jobsAccepted: BigInt!
    jobsCompleted: BigInt!
    jobsFailed: BigInt!
    jobsExpired: BigInt!
    jobsCancelled: BigInt!
    jobsDisputed: BigInt!
    offers: BigInt!
    offersExpired: BigInt!
    "Printers registered by the end block whose last status is ACTIVE."
    printersActive: BigInt!
    "Printers that accepted, proved or settled a job in the epoch."
    printersWorking: BigInt!
    "Σ printer payout + fee of the jobs settled in the epoch (the jobs' price denom)."
    volume: BigInt!
    jobFees: BigInt!
    customerRefunds: BigInt!
    bondSlashed: BigInt!
    "Σ capped points of the printers role."
    printerPoints: BigInt!
    "Σ paid to the printers role."
    printerRewards: BigInt!
  }

  "An ended (settled) epoch: its emission, split and network totals."
  type Epoch {
    epoch: Int!
    "First height of the epoch (the previous epoch's end + 1)."
    startHeight: Int!
    endHeight: Int!
    endTime: DateTime!
    "What the schedule minted."
    minted: BigInt!
    "The protocol fees (jobs take rate) collected in the epoch."
    fees: BigInt!
    "R_total = minted + fees."
    total: BigInt!
    "Σ of every reward paid."
    paid: BigInt!
    "total − paid: every remainder, sent to the community pool."
    communityPoolAdded: BigInt!
    "The role weights in force for the epoch (fixed at its first block)."
    weights: [RoleWeight!]!
    roles: [RoleSplit!]!
    "Null if the rollups module has not computed the epoch."
    network: NetworkEpochStats
    "The epoch's rewards, in chain order."
    rewards(where: RewardWhere, first: Int, after: String, last: Int, before: String): RewardConnection!
  }

  type EpochEdge {
    cursor: String!
    node: Epoch!
  }

  type EpochConnection {
    edges: [EpochEdge!]!
    nodes: [Epoch!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input EpochWhere {
    epoch: IntFilter
    endHeight: IntFilter
    endTime: DateTimeFilter
  }

  enum EpochOrderField {
    EPOCH
    MINTED
    FEES
    TOTAL
    PAID
  }

  input EpochOrder {
    field: EpochOrderField!
    direction: OrderDirection = DESC
  }

  "One reward paid at an epoch end (the chain's EventReward / Query/Rewards record)."
  type Reward {
    height: Int!
    eventIndex: Int!
    epoch: Int!
    role: Role!
    recipient: String!
    "The printer earning it (printers role)."
    printerId: ID
    printer: Printer
    "The validator a delegation reward came through (validators role)."
    validatorAddress: String
    validator: Validator
    points: BigInt!
    amount: BigInt!
    "The part of amount that is the validator's commission (paid to its operator)."
    commission: BigInt!
  }

  type RewardEdge {
    cursor: String!
    node: Reward!
  }

  type RewardConnection {
    edges: [RewardEdge!]!
    nodes: [Reward!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input RewardWhere {
    epoch: IntFilter
    role: RoleFilter
    recipient: StringFilter
    "printer id"
    printer: StringFilter
    "validator operator address"
    validator: StringFilter
    height: IntFilter
  }

  enum RewardOrderField {
    "chain order: (height, event index)"
    HEIGHT
    AMOUNT
    POINTS
  }

  input RewardOrder {
    field: RewardOrderField!
    direction: OrderDirection = DESC
  }

  enum EmissionGroupBy {
    EPOCH
    ROLE
  }

  "Aggregates of the rewards of one group (one epoch, one role, or one epoch and role)."
  type EmissionStatsGroup {
    "The group's epoch (null when not grouped by epoch)."
    epoch: Int
    "The group's role (null when not grouped by role)."
    role: Role
    "Rewards in the group."
    rewards: Int!
    "Distinct recipients."
    recipients: Int!
    amount: MetricAggregate!
    points: MetricAggregate!
    commission: MetricAggregate!
  }

  "A change of the role weights between two consecutive ended epochs."
  type WeightChange {
    "The first epoch with the new weights."
    epoch: Int!
    "Its first height (the weights in force are fixed at an epoch's first block)."
    effectiveHeight: Int!
    "The epoch before, the last with the old weights."
    previousEpoch: Int!
    oldWeights: [RoleWeight!]!
    newWeights: [RoleWeight!]!
    "Every role whose weight differs."
    changes: [RoleWeightChange!]!
    "The passed proposal with a /printchain.emissions.v1.MsgUpdateParams executed during the previous epoch (end height in (end of the epoch before it, previous epoch's end]); the last one if several. Null if none is indexed."
    proposal: Proposal
  }

  type RoleWeightChange {
    role: Role!
    old: Int!
    new: Int!
  }

  "An epoch of the emission schedule: minted (ended epochs) or projected."
  type ScheduleEpoch {
    epoch: Int!
    "What the epoch minted, or would mint."
    minted: BigInt!
    "Halvings applied: floor((epoch − 1) / halving interval) (null for an ended epoch without genesis params)."
    halvings: Int
    projected: Boolean!
    "Supply of the mint denom after the epoch (projections only)."
    supplyAfter: BigInt
  }

  "The emission schedule parameters, from the genesis app state."
  type ScheduleParams {
    mintDenom: String!
    initialEpochEmission: BigInt!
    halvingInterval: Int!
    maxSupply: BigInt!
    epochLength: Int!
  }

  type EmissionSchedule {
    "Null when the genesis app state is not indexed (then nothing is projected)."
    params: ScheduleParams
    "Supply of the mint denom at the indexed height (Σ indexed balances), the projection's start."
    supply: BigInt
    "Ended epochs (minted) then the projected next ones."
    epochs: [ScheduleEpoch!]!
  }

  extend type Query {
    "An ended epoch (null if not ended or not indexed)."
    epoch(epoch: Int!): Epoch
    epochs(where: EpochWhere, orderBy: EpochOrder, first: Int, after: String, last: Int, before: String): EpochConnection!
    "Rewards paid at epoch ends (default order: chain order)."
    rewards(where: RewardWhere, orderBy: RewardOrder, first: Int, after: String, last: Int, before: String): RewardConnection!
    "Aggregates of the rewards (count, sum, avg, min, max, p50, p95 of amount, points, commission), grouped by none, one or both of EPOCH and ROLE."
    emissionStats(groupBy: [EmissionGroupBy!]! = [], where: RewardWhere): [EmissionStatsGroup!]!
    "Every change of the role weights between consecutive ended epochs, oldest first."
    weightHistory: [WeightChange!]!
    """
    What each ended epoch minted, then the next projectEpochs epochs (at most 10000) as the
    genesis schedule would mint them: min(initial_epoch_emission >> halvings, max_supply − supply),
    from the supply at the indexed height. The projection assumes no later change of the emission
    params (a governance MsgUpdateParams changing the schedule is not taken into account) and no
    other mint or burn.
    """
    emissionSchedule(projectEpochs: Int = 10): EmissionSchedule!
  }

  extend type Printer {
    "The printer's rewards (printers role), in chain order."
    rewards(where: RewardWhere, first: Int, after: String, last: Int, before: String): RewardConnection!
  }

  extend type Account {
    "Rewards the account received, in chain order."
    rewards(where: RewardWhere, first: Int, after: String, last: Int, before: String): RewardConnection!
  }

  extend type Subscription {
    "Each epoch that ends, once the indexer has committed its end block."
    newEpochs: Epoch!
  }
`;
