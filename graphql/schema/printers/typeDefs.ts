export const printersTypeDefs = /* GraphQL */ `
  enum PrinterStatus {
    PRINTER_STATUS_ACTIVE
    PRINTER_STATUS_PAUSED
    PRINTER_STATUS_RETIRED
  }

  enum Technology {
    TECHNOLOGY_UNSPECIFIED
    TECHNOLOGY_FDM
    TECHNOLOGY_SLA
    TECHNOLOGY_SLS
    TECHNOLOGY_MJF
    TECHNOLOGY_DMLS
  }

  "A registered printer as it stands at the indexed height."
  type Printer {
    id: ID!
    owner: String!
    moniker: String!
    status: PrinterStatus!
    technology: Technology!
    materials: [String!]!
    region: String!
    "Degrees, from the chain's micro-degrees."
    latitude: Float!
    longitude: Float!
    latitudeMicrodegrees: Int!
    longitudeMicrodegrees: Int!
    "The printer's bond, in uprint."
    bond: BigInt!
    registeredHeight: Int!
    updatedHeight: Int!
    "Kilometres from the point of the list's near filter (null outside such a list)."
    distanceKm: Float
    "Summed over every ended epoch (asOfEpoch: over the epochs up to and including it)."
    performance(asOfEpoch: Int): PrinterPerformance!
    "The printer's rollup of each ended epoch in which it was active: a time series."
    epochs(epoch: IntFilter, first: Int, after: String, last: Int, before: String): PrinterEpochStatsConnection!
    "Registration, updates, status changes, attestations, slashes, in chain order."
    history(first: Int, after: String, last: Int, before: String): PrinterHistoryConnection!
  }

  "Performance over a span of epochs. Rates are fractions 0..1 truncated to 4 decimals (null with no denominator), as the chain computes them."
  type PrinterPerformance {
    epochs: Int!
    offered: BigInt!
    offersExpired: BigInt!
    accepted: BigInt!
    completed: BigInt!
    completedOnTime: BigInt!
    completedLate: BigInt!
    failed: BigInt!
    disputed: BigInt!
    proofs: BigInt!
    firstAttempt: BigInt!
    errors: BigInt!
    unitsCompleted: BigInt!
    unitsOrdered: BigInt!
    qualityCount: BigInt!
    "Sum of time to accept, ms; avgAcceptMs = it / accepted."
    acceptMsTotal: BigInt!
    avgAcceptMs: Decimal
    "on time / (completed + failed)"
    onTimeRate: Decimal
    "first-attempt proofs / proofs"
    firstAttemptRate: Decimal
    "completed / (completed + failed)"
    successRate: Decimal
    "customer quality scores (0..100) averaged, truncated to 2 decimals"
    avgQuality: Decimal
    gramsUsed: BigInt!
    gramsEstimated: BigInt!
    "grams used / grams estimated, truncated to 4 decimals"
    materialRatio: Decimal
    printSeconds: BigInt!
    points: BigInt!
    "uprint paid to the printer's role recipient"
    rewards: BigInt!
  }

  "One printer's rollup of one ended epoch."
  type PrinterEpochStats {
    printerId: ID!
    epoch: Int!
    startHeight: Int!
    endHeight: Int!
    offered: BigInt!
    offersExpired: BigInt!
    accepted: BigInt!
    completed: BigInt!
    completedOnTime: BigInt!
    completedLate: BigInt!
    failed: BigInt!
    disputed: BigInt!
    acceptMsTotal: BigInt!
    avgAcceptMs: Decimal
    "95th percentile of time to accept (percentile_disc), ms"
    p95AcceptMs: BigInt
    onTimeRate: Decimal
    proofs: BigInt!
    firstAttempt: BigInt!
    firstAttemptRate: Decimal
    gramsUsed: BigInt!
    gramsEstimated: BigInt!
    printSeconds: BigInt!
    errors: BigInt!
    unitsCompleted: BigInt!
    unitsOrdered: BigInt!
    qualityCount: BigInt!
    avgQuality: Decimal
    points: BigInt!
    rewards: BigInt!
    printer: Printer!
  }

  type PrinterEpochStatsEdge {
    cursor: String!
    node: PrinterEpochStats!
  }

  type PrinterEpochStatsConnection {
    edges: [PrinterEpochStatsEdge!]!
    nodes: [PrinterEpochStats!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  type PrinterHistoryEntry {
    height: Int!
    eventIndex: Int!
    txIndex: Int
    eventType: String!
    "The event's attributes."
    fields: JSON!
  }

  type PrinterHistoryEdge {
    cursor: String!
    node: PrinterHistoryEntry!
  }

  type PrinterHistoryConnection {
    edges: [PrinterHistoryEdge!]!
    nodes: [PrinterHistoryEntry!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  type PrinterEdge {
    cursor: String!
    node: Printer!
  }

  type PrinterConnection {
    edges: [PrinterEdge!]!
    nodes: [Printer!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input PrinterStatusFilter {
    eq: PrinterStatus
    in: [PrinterStatus!]
  }

  input TechnologyFilter {
    eq: Technology
    in: [Technology!]
  }

  "Printers within radiusKm of a point (equirectangular distance, as the chain measures it)."
  input GeoFilter {
    latitude: Float!
    longitude: Float!
    radiusKm: Float!
  }

  input PrinterWhere {
    id: StringFilter
    owner: StringFilter
    status: PrinterStatusFilter
    region: StringFilter
    technology: TechnologyFilter
    "Printers offering this material (e.g. PLA)."
    material: String
    near: GeoFilter
    registeredHeight: IntFilter
  }

  "Orders of the printer list; metrics are the printer's performance over every ended epoch."
  enum PrinterOrderField {
    ID
    REGISTERED_HEIGHT
    BOND
    "Requires a near filter."
    DISTANCE
    POINTS
    REWARDS
    COMPLETED
    FAILED
    ON_TIME_RATE
    FIRST_ATTEMPT_RATE
    SUCCESS_RATE
    AVG_QUALITY
    AVG_ACCEPT_MS
    PRINT_SECONDS
    GRAMS_USED
  }

  input PrinterOrder {
    field: PrinterOrderField!
    direction: OrderDirection = DESC
  }

  enum LeaderboardMetric {
    POINTS
    REWARDS
    ON_TIME_RATE
    AVG_QUALITY
    COMPLETED
    FIRST_ATTEMPT_RATE
  }

  "A printer's place on a leaderboard: the page order is the ranking (ties by printer id)."
  type LeaderboardEntry {
    rank: Int!
    printer: Printer!
    "The metric ranked by, over the epochs asked for."
    value: Decimal!
    performance: PrinterPerformance!
  }

  enum PrinterGroupBy {
    EPOCH
    REGION
    TECHNOLOGY
    STATUS
  }

  input PrinterStatsWhere {
    epoch: IntFilter
    region: StringFilter
    technology: TechnologyFilter
  }

  "Per-epoch printer rollups aggregated over a group (one row per printer and epoch)."
  type PrinterStatsGroup {
    "The group's epoch, region, technology or status."
    key: String!
    "Distinct printers in the group."
    printers: Int!
    "Printer-epoch rows in the group."
    rows: Int!
    completed: MetricAggregate!
    failed: MetricAggregate!
    onTimeRate: MetricAggregate!
    firstAttemptRate: MetricAggregate!
    avgQuality: MetricAggregate!
    avgAcceptMs: MetricAggregate!
    printSeconds: MetricAggregate!
    points: MetricAggregate!
    rewards: MetricAggregate!
  }

  extend type Query {
    printer(id: ID!): Printer
    printers(where: PrinterWhere, orderBy: PrinterOrder, first: Int, after: String, last: Int, before: String): PrinterConnection!
    "Top printers of one epoch (epoch) or of a span (fromEpoch..toEpoch, at most 1000 epochs; both default to the last ended epoch)."
    leaderboard(by: LeaderboardMetric!, epoch: Int, fromEpoch: Int, toEpoch: Int, first: Int = 10): [LeaderboardEntry!]!
    "Aggregates (count, sum, avg, min, max, p50, p95) of the per-epoch printer rollups, grouped."
    printerStats(groupBy: PrinterGroupBy!, where: PrinterStatsWhere): [PrinterStatsGroup!]!
  }
`;
