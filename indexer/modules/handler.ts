/**
 * Module handlers: each module turns the typed events (`printchain.<module>.v1.Event…`) of a
 * batch into its own tables, inside the batch's transaction, after the ledger rows and before the
 * checkpoint moves. A handler loads the current rows the batch touches (`begin`), applies the
 * events in (height, event index) order in memory (`apply`), then writes everything in bulk
 * (`flush`). Each module keeps its own height in `module_checkpoints`, so a module added to a
 * database that already holds the ledger catches up from the stored events and messages instead
 * of forcing a reindex from the node.
 */
import type { EntityManager } from "typeorm";
import type { DecodedEvent, DecodedMessage } from "../source/decode";

/** What a handler needs of a block: the decoded block satisfies it, and so does one rebuilt from the ledger tables. */
export interface ModuleBlock {
  readonly height: number;
  readonly time: Date;
  readonly txs: ReadonlyArray<{ readonly index: number; readonly code: number }>;
  readonly messages: readonly DecodedMessage[];
  readonly events: readonly DecodedEvent[];
}

/** One typed event of a successful tx (or of the block), with its attributes by key and the message that emitted it. */
export interface ModuleEvent {
  readonly height: number;
  readonly time: Date;
  /** NULL for a block-level (finalize_block) event. */
  readonly txIndex: number | null;
  readonly eventIndex: number;
  /** The full proto name, e.g. `printchain.jobs.v1.EventJobCreated`. */
  readonly type: string;
  /** The short name, e.g. `EventJobCreated`. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The decoded message of the same tx at the event's `msg_index` (tx events only). */
  readonly message?: DecodedMessage;
}

/** One validator of the genesis document's consensus set. */
export interface GenesisConsensusValidator {
  /** Hex, as CometBFT serves it. */
  readonly address: string;
  /** Base64 of the ed25519 key. */
  readonly pub_key: string;
  /** Consensus power (decimal). */
  readonly power: string;
}

/**
 * The genesis document as the node's `genesis` RPC serves it (the fields the indexer keeps in its
 * `genesis` table): what a module's `genesis` hook seeds its tables from.
 */
export interface GenesisDocument {
  readonly chainId: string;
  readonly initialHeight: number;
  /** RFC 3339 as served (nanoseconds kept). */
  readonly genesisTime: string;
  readonly validators: readonly GenesisConsensusValidator[];
  /** `app_state`, one entry per module (`staking`, `bank`, …), as the RPC returns it. */
  readonly appState: Readonly<Record<string, unknown>>;
}

export interface ModuleHandler<State = unknown> {
  /** The key of the module's row in `module_checkpoints`. */
  readonly name: string;
  /** The proto package whose events the module reads (`printchain.jobs.v1`). */
  readonly eventPackage: string;
  /** Reads the current rows that `events` touch. */
  begin(manager: EntityManager, events: readonly ModuleEvent[]): Promise<State>;
  /** Applies one event to the state; throwing stops the indexer at the event's height. */
  apply(state: State, event: ModuleEvent): void;
  /** Writes the state's rows in bulk; returns how many rows were written. */
  flush(manager: EntityManager, state: State): Promise<number>;
  /**
   * Writes the rows of the entities that exist at genesis (from `genesis.appState`), at height
   * `initialHeight - 1`, when the module starts from nothing: on a fresh database in the
   * transaction that writes the genesis balances, or before a rebuild from the ledger replays the
   * first block (from the stored `genesis` row, never from the node). Throwing stops the indexer.
   * Returns how many rows were written. Modules whose genesis holds no entities have none.
   */
  genesis?(manager: EntityManager, genesis: GenesisDocument): Promise<number>;
}

/** A handler's failure at one height (an event it cannot apply). */
export class ModuleError extends Error {
  constructor(
    readonly module: string,
    readonly height: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`module ${module}, height ${height}: ${message}`, options);
    this.name = "ModuleError";
  }
}

/** The typed events of one package in the blocks, in order; events of failed txs are left out. */
export function moduleEvents(blocks: readonly ModuleBlock[], eventPackage: string): ModuleEvent[] {
  const prefix = `${eventPackage}.`;
  const out: ModuleEvent[] = [];
  for (const block of blocks) {
    const failed = new Set(block.txs.filter((tx) => tx.code !== 0).map((tx) => tx.index));
    let messages: Map<string, DecodedMessage> | undefined;
    for (const event of block.events) {
      if (!event.type.startsWith(prefix) || (event.txIndex !== null && failed.has(event.txIndex))) continue;
      const attributes: Record<string, string> = {};
      for (const { key, value } of event.attributes) attributes[key] = value;
      let message: DecodedMessage | undefined;
      if (event.txIndex !== null && attributes.msg_index !== undefined) {
        messages ??= new Map(block.messages.map((m) => [`${m.txIndex}/${m.index}`, m]));
        message = messages.get(`${event.txIndex}/${attributes.msg_index}`);
      }
      out.push({ height: block.height, time: block.time, txIndex: event.txIndex, eventIndex: event.eventIndex, type: event.type, name: event.type.slice(prefix.length), attributes, message });
    }
  }
  return out;
}

/** An attribute that must be there. */
export function attr(event: ModuleEvent, key: string): string {
  const value = event.attributes[key];
  if (value === undefined) throw new Error(`${event.type} at event ${event.eventIndex} has no ${key}`);
  return value;
}

export function attrInt(event: ModuleEvent, key: string): string {
  const value = attr(event, key);
  if (!/^-?\d+$/.test(value)) throw new Error(`${event.type} at event ${event.eventIndex}: ${key} ${JSON.stringify(value)} is not an integer`);
  return value;
}

export function attrBool(event: ModuleEvent, key: string): boolean {
  const value = attr(event, key);
  if (value !== "true" && value !== "false") throw new Error(`${event.type} at event ${event.eventIndex}: ${key} ${JSON.stringify(value)} is not a boolean`);
  return value === "true";
}

/** A comma-joined list attribute (`PLA,PETG`) as an array ("" = none). */
export function attrList(event: ModuleEvent, key: string): string[] {
  const value = attr(event, key);
  return value === "" ? [] : value.split(",");
}

export function msToDate(ms: string): Date {
  return new Date(Number(ms));
}

/** One multi-row `INSERT … SELECT FROM unnest($1::type[], …)` (the writer's technique), with an optional ON CONFLICT clause. */
export async function bulkInsert(manager: EntityManager, table: string, columns: ReadonlyArray<readonly [string, string]>, rows: readonly unknown[][], onConflict = ""): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map(([name]) => name).join(", ");
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  const params = columns.map((_, index) => rows.map((row) => row[index]));
  await manager.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays}) ${onConflict}`, params);
  return rows.length;
}

export type Columns = ReadonlyArray<readonly [string, string]>;

/** Rows kept as objects keyed by column name (as SELECT * returns them) → value arrays; jsonb columns serialized. */
export function valuesOf(columns: Columns, rows: Iterable<Record<string, unknown>>): unknown[][] {
  const out: unknown[][] = [];
  for (const row of rows) out.push(columns.map(([name, type]) => (type === "jsonb" && row[name] !== null && row[name] !== undefined ? JSON.stringify(row[name]) : (row[name] ?? null))));
  return out;
}

/** `INSERT … ON CONFLICT (key) DO UPDATE SET` every other column from the new row. */
export async function bulkUpsert(manager: EntityManager, table: string, key: readonly string[], columns: ReadonlyArray<readonly [string, string]>, rows: readonly unknown[][]): Promise<number> {
  const updates = columns.filter(([name]) => !key.includes(name)).map(([name]) => `${name} = EXCLUDED.${name}`).join(", ");
  return bulkInsert(manager, table, columns, rows, `ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${updates}`);
}
