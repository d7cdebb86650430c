export const stakingTypeDefs = /* GraphQL */ `
  enum BondStatus {
    BOND_STATUS_UNBONDED
    BOND_STATUS_UNBONDING
    BOND_STATUS_BONDED
  }

  input BondStatusFilter {
    eq: BondStatus
    in: [BondStatus!]
  }

  "A validator as it stands at the indexed height (table validators)."
  type Validator {
    "Operator address (printvaloper…)."
    operator: ID!
    "The operator's account address (print…)."
    account: String
    "Consensus public key, base64."
    consensusPubkey: String
    moniker: String
    status: BondStatus
    "Bonded (or unbonding) tokens, uprint."
    tokens: BigInt
    "Σ shares of its delegations (18 decimals)."
    delegatorShares: Decimal
    commissionRate: Decimal
    "Consensus power of its last status change (null if never bonded)."
    power: BigInt
    createdHeight: Int
    "Last height an event named it."
    updatedHeight: Int!
    "Its delegations (removed ones, shares 0, included unless active: true)."
    delegations(where: ValidatorDelegationWhere, first: Int, after: String, last: Int, before: String): DelegationConnection!
    "Its unbonding entries, in chain order."
    unbondings(where: ValidatorUnbondingWhere, first: Int, after: String, last: Int, before: String): UnbondingConnection!
    "Emission rewards paid through it (one per delegation per epoch), in chain order."
    rewards(where: RewardWhere, first: Int, after: String, last: Int, before: String): RewardConnection!
  }

  type ValidatorEdge {
    cursor: String!
    node: Validator!
  }

  type ValidatorConnection {
    edges: [ValidatorEdge!]!
    nodes: [Validator!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input ValidatorWhere {
    status: BondStatusFilter
    operator: StringFilter
  }

  enum ValidatorOrderField {
    TOKENS
    OPERATOR
    POWER
    CREATED_HEIGHT
    COMMISSION_RATE
  }

  input ValidatorOrder {
    field: ValidatorOrderField!
    direction: OrderDirection = DESC
  }

  "A delegation (table delegations); shares 0 means removed on chain."
  type Delegation {
    delegator: String!
    validatorAddress: String!
    validator: Validator
    "18 decimals."
    shares: Decimal
    "What the shares are worth now: shares × validator tokens / validator shares, truncated (the chain's delegation balance)."
    balance: BigInt
    "Σ tokens delegated (redelegations included)."
    tokensDelegated: BigInt!
    "Σ tokens undelegated or redelegated away."
    tokensUndelegated: BigInt!
    createdHeight: Int!
    updatedHeight: Int!
  }

  type DelegationEdge {
    cursor: String!
    node: Delegation!
  }

  type DelegationConnection {
    edges: [DelegationEdge!]!
    nodes: [Delegation!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input DelegationWhere {
    delegator: StringFilter
    validator: StringFilter
    "true: only delegations with shares > 0."
    active: Boolean
  }

  input ValidatorDelegationWhere {
    delegator: StringFilter
    active: Boolean
  }

  enum DelegationOrderField {
    "(delegator, validator)"
    DELEGATOR
    SHARES
    CREATED_HEIGHT
  }

  input DelegationOrder {
    field: DelegationOrderField!
    direction: OrderDirection = DESC
  }

  "An unbonding entry (an EventUnbond), completed at its completion height by EventCompleteUnbonding."
  type Unbonding {
    height: Int!
    eventIndex: Int!
    txIndex: Int
    delegator: String!
    validatorAddress: String!
    validator: Validator
    "Tokens to be paid out."
    amount: BigInt!
    completionHeight: Int!
    completed: Boolean!
    completedHeight: Int
  }

  type UnbondingEdge {
    cursor: String!
    node: Unbonding!
  }

  type UnbondingConnection {
    edges: [UnbondingEdge!]!
    nodes: [Unbonding!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input UnbondingWhere {
    delegator: StringFilter
    validator: StringFilter
    completed: Boolean
  }

  input ValidatorUnbondingWhere {
    delegator: StringFilter
    completed: Boolean
  }

  input AccountDelegationWhere {
    validator: StringFilter
    active: Boolean
  }

  input AccountUnbondingWhere {
    validator: StringFilter
    completed: Boolean
  }

  extend type Account {
    "The account's delegations, by validator."
    delegations(where: AccountDelegationWhere, first: Int, after: String, last: Int, before: String): DelegationConnection!
    "The account's unbonding entries, in chain order."
    unbondings(where: AccountUnbondingWhere, first: Int, after: String, last: Int, before: String): UnbondingConnection!
  }

  extend type Query {
    validator(operator: ID!): Validator
    "Validators; default order: tokens, descending."
    validators(where: ValidatorWhere, orderBy: ValidatorOrder, first: Int, after: String, last: Int, before: String): ValidatorConnection!
    "Delegations; default order: (delegator, validator)."
    delegations(where: DelegationWhere, orderBy: DelegationOrder, first: Int, after: String, last: Int, before: String): DelegationConnection!
    "Unbonding entries in chain order."
    unbondings(where: UnbondingWhere, first: Int, after: String, last: Int, before: String): UnbondingConnection!
  }
`;
