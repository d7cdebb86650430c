/**
 * TypeORM entities of the ledger, as EntitySchemas (no decorators, so nothing depends on
 * reflect-metadata or experimentalDecorators). The tables are created by the migrations in
 * ./migrations, never by `synchronize`. bigint and numeric columns come back as strings.
 */
import { EntitySchema } from "typeorm";

export interface BlockRow {
  height: string;
  hash: string;
  time: Date;
  timeText: string;
  proposer: string;
  appHash: string;
  txCount: number;
  rpcEventCount: number;
  messageCount: number;
  attributeCount: number;
}

export interface TxRow {
  height: string;
  index: number;
  hash: string;
  code: number;
  codespace: string;
  gasWanted: string;
  gasUsed: string;
  fee: Array<{ denom: string; amount: string }>;
  gasLimit: string;
  memo: string;
  signer: string | null;
  rawLog: string;
}

export interface MessageRow {
  height: string;
  txIndex: number;
  index: number;
  typeUrl: string;
  value: unknown;
}

export interface EventRow {
  height: string;
  eventIndex: number;
  txIndex: number | null;
  index: number;
  type: string;
}

export interface AttributeRow {
  height: string;
  eventIndex: number;
  index: number;
  key: string;
  value: string;
}

export interface BalanceChangeRow {
  height: string;
  eventIndex: number;
  denom: string;
  address: string;
  delta: string;
  txIndex: number | null;
}

export interface BalanceRow {
  address: string;
  denom: string;
  amount: string;
  height: string;
}

export interface CheckpointRow {
  id: string;
  chainId: string;
  height: string;
  blockHash: string | null;
  updatedAt: Date;
}

export const BlockEntity = new EntitySchema<BlockRow>({
  name: "Block",
  tableName: "blocks",
  columns: {
    height: { type: "bigint", primary: true },
    hash: { type: "text" },
    time: { type: "timestamptz" },
    timeText: { type: "text", name: "time_text" },
    proposer: { type: "text" },
    appHash: { type: "text", name: "app_hash" },
    txCount: { type: "integer", name: "tx_count" },
    rpcEventCount: { type: "integer", name: "rpc_event_count" },
    messageCount: { type: "integer", name: "message_count" },
    attributeCount: { type: "integer", name: "attribute_count" },
  },
});

export const TxEntity = new EntitySchema<TxRow>({
  name: "Tx",
  tableName: "txs",
  columns: {
    height: { type: "bigint", primary: true },
    index: { type: "integer", primary: true },
    hash: { type: "text" },
    code: { type: "integer" },
    codespace: { type: "text" },
    gasWanted: { type: "bigint", name: "gas_wanted" },
    gasUsed: { type: "bigint", name: "gas_used" },
    fee: { type: "jsonb" },
    gasLimit: { type: "bigint", name: "gas_limit" },
    memo: { type: "text" },
    signer: { type: "text", nullable: true },
    rawLog: { type: "text", name: "raw_log" },
  },
});

export const MessageEntity = new EntitySchema<MessageRow>({
  name: "Message",
  tableName: "messages",
  columns: {
    height: { type: "bigint", primary: true },
    txIndex: { type: "integer", primary: true, name: "tx_index" },
    index: { type: "integer", primary: true },
    typeUrl: { type: "text", name: "type_url" },
    value: { type: "jsonb" },
  },
});

export const EventEntity = new EntitySchema<EventRow>({
  name: "Event",
  tableName: "events",
  columns: {
    height: { type: "bigint", primary: true },
    eventIndex: { type: "integer", primary: true, name: "event_index" },
    txIndex: { type: "integer", nullable: true, name: "tx_index" },
    index: { type: "integer" },
    type: { type: "text" },
  },
});

export const AttributeEntity = new EntitySchema<AttributeRow>({
  name: "Attribute",
  tableName: "attributes",
  columns: {
    height: { type: "bigint", primary: true },
    eventIndex: { type: "integer", primary: true, name: "event_index" },
    index: { type: "integer", primary: true },
    key: { type: "text" },
    value: { type: "text" },
  },
});

export const BalanceChangeEntity = new EntitySchema<BalanceChangeRow>({
  name: "BalanceChange",
  tableName: "balance_changes",
  columns: {
    height: { type: "bigint", primary: true },
    eventIndex: { type: "integer", primary: true, name: "event_index" },
    denom: { type: "text", primary: true },
    address: { type: "text" },
    delta: { type: "numeric", precision: 78, scale: 0 },
    txIndex: { type: "integer", nullable: true, name: "tx_index" },
  },
});

export const BalanceEntity = new EntitySchema<BalanceRow>({
  name: "Balance",
  tableName: "balances",
  columns: {
    address: { type: "text", primary: true },
    denom: { type: "text", primary: true },
    amount: { type: "numeric", precision: 78, scale: 0 },
    height: { type: "bigint" },
  },
});

export const CheckpointEntity = new EntitySchema<CheckpointRow>({
  name: "Checkpoint",
  tableName: "checkpoints",
  columns: {
    id: { type: "text", primary: true },
    chainId: { type: "text", name: "chain_id" },
    height: { type: "bigint" },
    blockHash: { type: "text", nullable: true, name: "block_hash" },
    updatedAt: { type: "timestamptz", name: "updated_at" },
  },
});

/** The genesis document the chain started from (one row; migration 1767571200000-Genesis). */
export interface GenesisRow {
  chainId: string;
  initialHeight: string;
  genesisTime: Date;
  /** RFC 3339 as the node serves it (nanoseconds kept). */
  genesisTimeText: string;
  /** The consensus validator set of the genesis document: `[{address (hex), pub_key (base64), power}]`. */
  validators: Array<{ address: string; pub_key: string; power: string }>;
  /** The app state as the RPC returns it. */
  appState: Record<string, unknown>;
}

export const GenesisEntity = new EntitySchema<GenesisRow>({
  name: "Genesis",
  tableName: "genesis",
  columns: {
    chainId: { type: "text", primary: true, name: "chain_id" },
    initialHeight: { type: "bigint", name: "initial_height" },
    genesisTime: { type: "timestamptz", name: "genesis_time" },
    genesisTimeText: { type: "text", name: "genesis_time_text" },
    validators: { type: "jsonb" },
    appState: { type: "jsonb", name: "app_state" },
  },
});

export const LEDGER_ENTITIES = [BlockEntity, TxEntity, MessageEntity, EventEntity, AttributeEntity, BalanceChangeEntity, BalanceEntity, CheckpointEntity, GenesisEntity];
