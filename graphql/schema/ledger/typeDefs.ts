export const ledgerTypeDefs = /* GraphQL */ `
  "An amount of one denom, in base units."
  type Coin {
    denom: String!
    amount: BigInt!
  }

  "A block as the indexer stored it from the node's block and block_results."
  type Block {
    height: Int!
    "Block hash, uppercase hex."
    hash: String!
    "Block time (millisecond precision; timeText keeps the nanoseconds)."
    time: DateTime!
    "Block time as the node serves it (RFC 3339 with nanoseconds)."
    timeText: String!
    "Proposer address, uppercase hex."
    proposer: String!
    "App hash of the block header (the state after the previous block), uppercase hex."
    appHash: String!
    txCount: Int!
    messageCount: Int!
    "Events of the block's tx results and its finalize_block_events."
    eventCount: Int!
    attributeCount: Int!
    "The block's txs in block order."
    txs(first: Int, after: String, last: Int, before: String): TxConnection!
    "The block's events in block order (tx events in tx order, then block-level events)."
    events(type: StringFilter, first: Int, after: String, last: Int, before: String): EventConnection!
  }

  "A tx included in a block, with its result."
  type Tx {
    "sha256 of the tx bytes, uppercase hex."
    hash: String!
    height: Int!
    "Position in the block."
    index: Int!
    "0 = success."
    code: Int!
    codespace: String!
    success: Boolean!
    gasWanted: BigInt!
    gasUsed: BigInt!
    "The fee's gas limit."
    gasLimit: BigInt!
    fee: [Coin!]!
    memo: String!
    "The first signer (from its public key, else the first message's signer field)."
    signer: String
    rawLog: String!
    block: Block!
    "The tx's messages, decoded."
    messages: [Message!]!
    "The tx's events as the node's block_results reported them, in block order."
    events: [Event!]!
  }

  type Message {
    height: Int!
    txIndex: Int!
    index: Int!
    "e.g. /cosmos.bank.v1beta1.MsgSend"
    typeUrl: String!
    "The message decoded as JSON: 64-bit integers as strings, bytes as base64, nested Anys with @type."
    value: JSON!
  }

  type EventAttribute {
    index: Int!
    key: String!
    value: String!
  }

  type Event {
    height: Int!
    "Position in the block: tx events in tx order, then the block's own events."
    eventIndex: Int!
    "The tx's position in the block; null for a block-level (finalize_block) event."
    txIndex: Int
    "Position within its tx, or within the block's own events."
    index: Int!
    type: String!
    "Hash of the event's tx (null for a block-level event)."
    txHash: String
    attributes: [EventAttribute!]!
  }

  "A balance change: one coin_spent (negative) or coin_received (positive) event per denom; genesis balances at initial height - 1."
  type BalanceChange {
    height: Int!
    eventIndex: Int!
    txIndex: Int
    denom: String!
    "Signed amount in base units."
    delta: BigInt!
    "The tx that caused it (null for block-level changes and genesis)."
    tx: Tx
  }

  "An account (any bech32 address with the print prefix), from the indexed ledger."
  type Account {
    address: String!
    "Non-zero balances at the indexed height, by denom (as bank AllBalances)."
    balances: [Coin!]!
    "The balance of one denom (0 when it holds none)."
    balance(denom: String!): BigInt!
    "Every change of the account's balances, newest first by default."
    balanceHistory(denom: String, height: IntFilter, orderBy: BalanceChangeOrder, first: Int, after: String, last: Int, before: String): BalanceChangeConnection!
    "Txs this account signed (first signer), newest first by default."
    transactions(height: IntFilter, orderBy: TxOrder, first: Int, after: String, last: Int, before: String): TxConnection!
  }

  type BlockEdge {
    cursor: String!
    node: Block!
  }

  type BlockConnection {
    edges: [BlockEdge!]!
    nodes: [Block!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  type TxEdge {
    cursor: String!
    node: Tx!
  }

  type TxConnection {
    edges: [TxEdge!]!
    nodes: [Tx!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  type EventEdge {
    cursor: String!
    node: Event!
  }

  type EventConnection {
    edges: [EventEdge!]!
    nodes: [Event!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  type BalanceChangeEdge {
    cursor: String!
    node: BalanceChange!
  }

  type BalanceChangeConnection {
    edges: [BalanceChangeEdge!]!
    nodes: [BalanceChange!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  "Ledger lists are in chain order: by height (then position in the block)."
  enum LedgerOrderField {
    HEIGHT
  }

  "Default: newest first."
  input BlockOrder {
    field: LedgerOrderField = HEIGHT
    direction: OrderDirection = DESC
  }

  "Default: newest first (height, then index in the block)."
  input TxOrder {
    field: LedgerOrderField = HEIGHT
    direction: OrderDirection = DESC
  }

  "Default: oldest first (height, then event index)."
  input EventOrder {
    field: LedgerOrderField = HEIGHT
    direction: OrderDirection = ASC
  }

  "Default: newest first (height, event index, denom)."
  input BalanceChangeOrder {
    field: LedgerOrderField = HEIGHT
    direction: OrderDirection = DESC
  }

  input BlockWhere {
    height: IntFilter
    "Block time (found as a height range: block time increases with height)."
    time: DateTimeFilter
  }

  input TxWhere {
    signer: StringFilter
    height: IntFilter
    code: IntFilter
    "Txs with at least one message of this type URL (e.g. /cosmos.bank.v1beta1.MsgSend)."
    messageType: String
  }

  input EventWhere {
    "Required, and bounded: at most 10,000 heights (eq, in, or a gt/gte with a lt/lte)."
    height: IntFilter!
    type: StringFilter
    "Only the events of this tx (hex, any case)."
    txHash: String
  }

  extend type Query {
    "A block by height or by hash (hex, any case): exactly one of them."
    block(height: Int, hash: String): Block
    "Blocks by height, newest first by default."
    blocks(where: BlockWhere, orderBy: BlockOrder, first: Int, after: String, last: Int, before: String): BlockConnection!
    "A tx by hash (64 hex digits, any case)."
    tx(hash: String!): Tx
    "Txs in chain order, newest first by default."
    txs(where: TxWhere, orderBy: TxOrder, first: Int, after: String, last: Int, before: String): TxConnection!
    "Events with their attributes in chain order (oldest first by default) over a bounded height range."
    events(where: EventWhere!, orderBy: EventOrder, first: Int, after: String, last: Int, before: String): EventConnection!
    "An account by bech32 address (prefix print); BAD_USER_INPUT if it is not one."
    account(address: String!): Account!
  }

  extend type Subscription {
    "Every block the indexer commits from now on, in height order (one event per block, as each indexer batch commits)."
    newBlocks: Block!
  }
`;
