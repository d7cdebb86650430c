export const jobsTypeDefs = /* GraphQL */ `
  "A job's lifecycle state, as the chain stores it."
  enum JobStatus {
    JOB_STATUS_UNSPECIFIED
    JOB_STATUS_OPEN
    JOB_STATUS_ACCEPTED
    JOB_STATUS_PROOF_SUBMITTED
    JOB_STATUS_DISPUTED
    JOB_STATUS_COMPLETED
    JOB_STATUS_FAILED
    JOB_STATUS_EXPIRED
    JOB_STATUS_CANCELLED
    JOB_STATUS_RESOLVED
  }

  "A print job as it stands at the indexed height: the order, who took it, and every step of its lifecycle."
  type Job {
    id: ID!
    customer: String!
    "The printer that accepted the job (null while nobody has)."
    printerId: ID
    printer: Printer
    "The printer's owner when it accepted."
    printerOwner: String
    status: JobStatus!
    "The escrowed price, in base units of denom."
    price: BigInt!
    denom: String!
    material: String!
    technology: Technology!
    quantity: Int!
    estimatedGrams: BigInt!
    "Hex SHA-256 of the design file."
    designHash: String!
    designUri: String
    "Degrees, from the chain's micro-degrees."
    latitude: Float!
    longitude: Float!
    latitudeMicrodegrees: Int!
    longitudeMicrodegrees: Int!
    maxDistanceKm: Int!
    "The deadline."
    dueTime: DateTime!
    createdHeight: Int!
    createdTime: DateTime!
    acceptedHeight: Int
    acceptedTime: DateTime
    proofHeight: Int
    "The proof's submitted_at."
    proofTime: DateTime
    confirmedHeight: Int
    confirmedTime: DateTime
    settledHeight: Int
    "The settlement's settled_at."
    settledTime: DateTime
    "confirmed, auto_confirmed, resolved, failed_print, no_proof, no_acceptance, deadline_passed, cancelled"
    settleReason: String
    "price = printerPayout + fee + customerRefund once settled."
    printerPayout: BigInt
    fee: BigInt
    customerRefund: BigInt
    "Moved from the printer's bond to the customer (failures only)."
    bondSlashed: BigInt
    "The customer's score 0..100 (null when confirmed automatically or not confirmed)."
    qualityScore: Int
    "Whether the proof came after the deadline (null without a proof)."
    late: Boolean
    proof: ProofOfPrint
    confirmation: JobConfirmation
    dispute: Dispute
  }

  "The printer's proof that it printed a job."
  type ProofOfPrint {
    jobId: ID!
    height: Int!
    txIndex: Int
    printerId: ID!
    operator: String!
    evidenceHash: String!
    evidenceUri: String
    printSeconds: BigInt!
    gramsUsed: BigInt!
    estimatedGrams: BigInt!
    errorCount: Int!
    errorKinds: [String!]!
    firstAttempt: Boolean!
    unitsCompleted: Int!
    quantity: Int!
    late: Boolean!
    submittedTime: DateTime!
    job: Job!
  }

  "The customer's (or the automatic) confirmation of a job."
  type JobConfirmation {
    jobId: ID!
    height: Int!
    txIndex: Int
    printerId: ID!
    customer: String!
    "0..100; 0 with automatic means no score."
    qualityScore: Int!
    defects: [String!]!
    automatic: Boolean!
    confirmedTime: DateTime!
    job: Job!
  }

  "A customer's dispute of a proof and, once decided, its resolution."
  type Dispute {
    jobId: ID!
    height: Int!
    printerId: ID!
    customer: String!
    reason: String!
    openedTime: DateTime!
    "Without an arbiter's decision by then, the default refund applies."
    resolveBy: DateTime!
    resolvedHeight: Int
    arbiter: String
    "Refund to the customer, basis points of the price."
    refundBps: Int
    resolvedTime: DateTime
    job: Job!
  }

  type JobEdge {
    cursor: String!
    node: Job!
  }

  type JobConnection {
    edges: [JobEdge!]!
    nodes: [Job!]!
    pageInfo: PageInfo!
    totalCount: Int
  }

  input JobStatusFilter {
    eq: JobStatus
    in: [JobStatus!]
  }

  input JobWhere {
    customer: StringFilter
    "The accepting printer's id."
    printer: StringFilter
    status: JobStatusFilter
    material: StringFilter
    technology: TechnologyFilter
    createdHeight: IntFilter
    createdTime: DateTimeFilter
    "Unsettled jobs never match a settledTime filter."
    settledTime: DateTimeFilter
  }

  enum JobOrderField {
    ID
    CREATED_HEIGHT
    "Unsettled jobs sort after every settled one (ASC), before them (DESC)."
    SETTLED_HEIGHT
    PRICE
  }

  "Ties are broken by id (in the same direction)."
  input JobOrder {
    field: JobOrderField!
    direction: OrderDirection = DESC
  }

  enum JobGroupBy {
    STATUS
    MATERIAL
    TECHNOLOGY
    "The accepting printer's region (key null: jobs no printer accepted)."
    REGION
    "The ended epoch whose heights hold the job's created height (key null: created after the last ended epoch)."
    EPOCH
  }

  "Jobs of one group and aggregates of their metrics (each metric's count is the jobs that have it)."
  type JobStatsGroup {
    key: String
    "Jobs in the group."
    count: Int!
    price: MetricAggregate!
    "The proof's print seconds."
    printSeconds: MetricAggregate!
    "The proof's grams used."
    gramsUsed: MetricAggregate!
    "The customer's quality score (automatic confirmations have none)."
    quality: MetricAggregate!
    "settledTime - createdTime of settled jobs, in milliseconds."
    timeToSettleMs: MetricAggregate!
  }

  extend type Printer {
    "The jobs this printer accepted."
    jobs(where: JobWhere, orderBy: JobOrder, first: Int, after: String, last: Int, before: String): JobConnection!
  }

  extend type Query {
    job(id: ID!): Job
    jobs(where: JobWhere, orderBy: JobOrder, first: Int, after: String, last: Int, before: String): JobConnection!
    "Aggregates (count, sum, avg, min, max, p50, p95) of the jobs matching where, grouped."
    jobStats(groupBy: JobGroupBy!, where: JobWhere): [JobStatsGroup!]!
  }

  extend type Subscription {
    "The jobs whose lifecycle changed (created, accepted, proved, confirmed, disputed, resolved, settled) in each newly indexed height range, as they stand at the indexed height, matching where."
    jobStatusChanged(where: JobWhere): Job!
  }
`;
