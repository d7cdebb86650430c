/** Scalars, paging and filter inputs every schema module uses, and the root types they extend. */
export const commonTypeDefs = /* GraphQL */ `
  "An integer of any size as a decimal string (amounts in base units such as uprint, points, gas)."
  scalar BigInt
  "A fixed-point decimal as a string (shares with 18 decimals, rates such as 0.9500)."
  scalar Decimal
  "An RFC 3339 timestamp in UTC (block time)."
  scalar DateTime
  "Any JSON value (decoded messages, event fields)."
  scalar JSON

  enum OrderDirection {
    ASC
    DESC
  }

  "Relay page info. Cursors are opaque and belong to the orderBy they came from."
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  "Every filter field is one of these: all given operators must hold."
  input StringFilter {
    eq: String
    in: [String!]
  }

  input IntFilter {
    eq: Int
    in: [Int!]
    gt: Int
    gte: Int
    lt: Int
    lte: Int
  }

  input BigIntFilter {
    eq: BigInt
    in: [BigInt!]
    gt: BigInt
    gte: BigInt
    lt: BigInt
    lte: BigInt
  }

  input DateTimeFilter {
    gt: DateTime
    gte: DateTime
    lt: DateTime
    lte: DateTime
  }

  "Aggregates of one numeric metric over a group of rows."
  type MetricAggregate {
    count: Int!
    sum: Decimal
    avg: Decimal
    min: Decimal
    max: Decimal
    p50: Decimal
    p95: Decimal
  }

  type Query

  "Live data: each event follows the indexer's checkpoint (SSE: POST or GET /graphql with Accept: text/event-stream)."
  type Subscription
`;
