export const metaTypeDefs = /* GraphQL */ `
  "A height the completeness check found wrong: a missing block, a block above the checkpoint, or row counts that differ from the node's."
  type IndexGap {
    height: Int!
    problem: String!
  }

  "The last height a module of the indexer applied."
  type ModuleCheckpoint {
    module: String!
    height: Int!
  }

  "One table's part of an epoch digest."
  type TableDigest {
    table: String!
    rows: Int!
    "sha256 (hex) of this table's part of the serialization."
    sha256: String!
  }

  "The state digest of one ended epoch (format: indexer/README.md, Digests)."
  type EpochDigest {
    epoch: Int!
    "The epoch's heights are (startAfter, endHeight]; the first epoch's are every height up to endHeight."
    startAfter: Int!
    endHeight: Int!
    "sha256 (hex) over the epoch's whole serialization."
    digest: String!
    tables: [TableDigest!]!
  }

  "Where the index stands, against the chain."
  type Meta {
    "The indexer's checkpoint: every height up to it is committed (null before the first batch)."
    indexedHeight: Int
    "The node's latest height over RPC (null if the node is unknown or unreachable)."
    chainHeight: Int
    "chainHeight - indexedHeight; null if the chain head is unknown."
    lag: Int
    chainId: String
    genesisTime: DateTime
    "First stored block."
    firstHeight: Int
    """
    Whether the completeness check finds nothing wrong: every height from the first block to the
    checkpoint stored with as many txs, messages, events and attributes as the node reported, no
    block above the checkpoint, every module at the checkpoint. The check reads every block, so its
    result is cached in the server per checkpoint height: repeated calls between two indexer
    batches cost one checkpoint read.
    """
    complete: Boolean!
    "The first problems the completeness check found (at most 1000; same cache as complete)."
    gaps(first: Int = 20): [IndexGap!]!
    modules: [ModuleCheckpoint!]!
    """
    Digests of ended epochs: one epoch, or fromEpoch..toEpoch (at most 100 epochs per request;
    default: the last 100). Cached in the server per checkpoint height, like complete.
    """
    digests(epoch: Int, fromEpoch: Int, toEpoch: Int): [EpochDigest!]!
  }

  extend type Query {
    _meta: Meta!
  }
`;
