/**
 * The writer: a batch of decoded blocks and the checkpoint in ONE transaction, the ledger tables
 * each streamed with `COPY … FROM STDIN` (text format) on the transaction's own connection, the
 * balances upserted from the rows just copied, the module handlers' rows, then the checkpoint.
 * The checkpoint row is locked first and must sit right below the batch, so a batch cannot be
 * written twice or out of order, and a retried commit that did land is recognised.
 */
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { DataSource, EntityManager } from "typeorm";
import type { GenesisDocument } from "./modules/handler";
import { runModuleGenesis, runModules } from "./modules/runner";
import { LEDGER_COPY_COLUMNS, ledgerCopyRows, type DecodedBlock, type LedgerCopyRows } from "./source/decode";
import type { GenesisBalance } from "./source/rpc";

export const CHECKPOINT_ID = "main";

export interface Checkpoint {
  readonly chainId: string;
  readonly height: number;
}

/** A DataSource or an EntityManager (inside a transaction). */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

export async function readCheckpoint(dataSource: Queryable): Promise<Checkpoint | undefined> {
  const rows = (await dataSource.query(`SELECT chain_id, height FROM checkpoints WHERE id = $1`, [CHECKPOINT_ID])) as Array<{ chain_id: string; height: string }>;
  return rows[0] ? { chainId: rows[0].chain_id, height: Number(rows[0].height) } : undefined;
}

async function insert(manager: EntityManager, table: string, columns: ReadonlyArray<readonly [string, string]>, rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => name).join(", ");
  const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(", ");
  const params = columns.map((_, index) => rows.map((row) => row[index]));
  await manager.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, params);
}

/** The pg client of the manager's transaction (TypeORM's PostgresQueryRunner connection). */
async function clientOf(manager: EntityManager): Promise<ClientBase> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error("COPY needs the transaction's query runner");
  return (await runner.connect()) as ClientBase;
}

/** Bytes per CopyData message: big enough for few socket writes, small enough that the server parses one while the next arrives. */
const COPY_MESSAGE_BYTES = 128 * 1024;

/** The blocks' texts of one table joined into messages of about COPY_MESSAGE_BYTES (fewer writes and wake-ups than one per block). */
function messagesOf(parts: readonly Buffer[]): Buffer[] {
  const messages: Buffer[] = [];
  let group: Buffer[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    group.push(part);
    bytes += part.length;
    if (bytes >= COPY_MESSAGE_BYTES) {
      messages.push(group.length === 1 ? group[0] : Buffer.concat(group, bytes));
      group = [];
      bytes = 0;
    }
  }
  if (group.length > 0) messages.push(group.length === 1 ? group[0] : Buffer.concat(group, bytes));
  return messages;
}

/** `COPY table (columns) FROM STDIN` of the blocks' texts of that table, on the transaction's connection. */
async function copy(client: ClientBase, table: string, columns: readonly string[], parts: readonly Buffer[]): Promise<void> {
  const chunks = messagesOf(parts);
  if (chunks.length === 0) return;
  await new Promise<void>((resolve, reject) => {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    stream.on("error", fail);
    stream.on("finish", () => {
      if (settled) return;
      settled = true;
      resolve();
    });
    let index = 0;
    const write = (): void => {
      while (index < chunks.length) {
        if (!stream.write(chunks[index++])) {
          stream.once("drain", write);
          return;
        }
      }
      stream.end();
    };
    write();
  });
}

/** The genesis row: the document module handlers seed from when they start from nothing. */
async function insertGenesisRow(manager: Queryable, genesis: GenesisDocument, onConflict = ""): Promise<void> {
  await manager.query(
    `INSERT INTO genesis (chain_id, initial_height, genesis_time, genesis_time_text, validators, app_state) VALUES ($1, $2, $3, $4, $5, $6) ${onConflict}`,
    [genesis.chainId, String(genesis.initialHeight), genesis.genesisTime, genesis.genesisTime, JSON.stringify(genesis.validators), JSON.stringify(genesis.appState)],
  );
}

/**
 * Genesis, in one transaction: the `genesis` row, the genesis balances (bank `balances`) and the
 * checkpoint at `initial_height - 1`, and every module's genesis rows and checkpoint at that height.
 */
export async function writeGenesis(dataSource: DataSource, genesis: GenesisDocument): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const existing = await manager.query(`SELECT 1 FROM checkpoints WHERE id = $1 FOR UPDATE`, [CHECKPOINT_ID]);
    if (existing.length > 0) return;
    const base = genesis.initialHeight - 1;
    await insertGenesisRow(manager, genesis);
    const bank = genesis.appState.bank as { balances?: GenesisBalance[] } | undefined;
    const changes: unknown[][] = [];
    (bank?.balances ?? []).forEach((entry, index) => {
      const byDenom = new Map<string, bigint>();
      for (const coin of entry.coins) byDenom.set(coin.denom, (byDenom.get(coin.denom) ?? 0n) + BigInt(coin.amount));
      for (const [denom, amount] of byDenom) if (amount !== 0n) changes.push([String(base), index, denom, entry.address, amount.toString(), null]);
    });
    await insert(manager, "balance_changes", [["height", "bigint"], ["event_index", "integer"], ["denom", "text"], ["address", "text"], ["delta", "numeric"], ["tx_index", "integer"]], changes);
    await insert(manager, "balances", [["address", "text"], ["denom", "text"], ["amount", "numeric"], ["height", "bigint"]], changes.map((row) => [row[3], row[2], row[4], row[0]]));
    await manager.query(`INSERT INTO checkpoints (id, chain_id, height) VALUES ($1, $2, $3)`, [CHECKPOINT_ID, genesis.chainId, String(base)]);
    await runModuleGenesis(manager, genesis);
  });
}

/** Whether the database holds the genesis row (a database indexed before migration 1767571200000-Genesis does not). */
export async function hasGenesis(dataSource: Queryable): Promise<boolean> {
  return (await dataSource.query(`SELECT 1 FROM genesis LIMIT 1`)).length > 0;
}

/** Stores the genesis row of a database indexed before the `genesis` table existed (nothing else changes). */
export async function storeGenesis(dataSource: Queryable, genesis: GenesisDocument): Promise<void> {
  await insertGenesisRow(dataSource, genesis, "ON CONFLICT (chain_id) DO NOTHING");
}

export interface BatchStats {
  readonly rows: number;
  /** True when the checkpoint already covered the batch (a retried commit that had landed). */
  readonly alreadyWritten: boolean;
}

export async function writeBatch(dataSource: DataSource, chainId: string, blocks: readonly DecodedBlock[]): Promise<BatchStats> {
  if (blocks.length === 0) return { rows: 0, alreadyWritten: false };
  const first = blocks[0].height;
  const last = blocks[blocks.length - 1].height;
  blocks.forEach((block, index) => {
    if (block.height !== first + index) throw new Error(`batch ${first}..${last} is not contiguous at ${block.height}`);
  });
  return dataSource.transaction(async (manager) => {
    const rows = (await manager.query(`SELECT chain_id, height FROM checkpoints WHERE id = $1 FOR UPDATE`, [CHECKPOINT_ID])) as Array<{ chain_id: string; height: string }>;
    if (rows.length === 0) throw new Error("no checkpoint row: genesis was not written");
    if (rows[0].chain_id !== chainId) throw new Error(`the database indexes chain ${rows[0].chain_id}, the node serves ${chainId}`);
    const checkpoint = Number(rows[0].height);
    if (checkpoint >= last) return { rows: 0, alreadyWritten: true };
    if (checkpoint !== first - 1) throw new Error(`checkpoint is at ${checkpoint}, batch starts at ${first} (another indexer on this database?)`);

    // The rows as COPY text: made by decodeBlock (while the previous batch was written), else here.
    const copyRows = blocks.map((block) => block.copyRows ?? ledgerCopyRows(block));
    const client = await clientOf(manager);
    for (const table of Object.keys(LEDGER_COPY_COLUMNS) as Array<keyof LedgerCopyRows>) {
      await copy(client, table, LEDGER_COPY_COLUMNS[table], copyRows.map((rows) => rows[table]));
    }
    let rowCount = 0;
    let changeCount = 0;
    for (const block of blocks) {
      rowCount += 1 + block.txs.length + block.messages.length + block.events.length + block.attributeCount;
      changeCount += block.balanceChanges.length;
    }
    if (changeCount > 0) {
      // The balances from the rows just copied (read back in this transaction), not sent again;
      // only a balance that went negative comes back.
      const negative = (await manager.query(
        `WITH changed AS (
           INSERT INTO balances (address, denom, amount, height)
           SELECT address, denom, sum(delta), max(height) FROM balance_changes WHERE height BETWEEN $1 AND $2
           GROUP BY address, denom
           ON CONFLICT (address, denom) DO UPDATE SET amount = balances.amount + EXCLUDED.amount, height = EXCLUDED.height
           RETURNING address, denom, amount
         )
         SELECT address, denom, amount::text AS amount FROM changed WHERE amount < 0 ORDER BY address, denom LIMIT 1`,
        [String(first), String(last)],
      )) as Array<{ address: string; denom: string; amount: string }>;
      const below = negative[0];
      if (below) throw new Error(`balance of ${below.address} in ${below.denom} would be ${below.amount} after heights ${first}..${last}: a balance change is missing`);
    }
    // The module handlers (printers, jobs, emissions) write their rows in this same transaction.
    const moduleRows = await runModules(manager, blocks);
    await manager.query(`UPDATE checkpoints SET height = $2, block_hash = $3, updated_at = now() WHERE id = $1`, [CHECKPOINT_ID, String(last), blocks[blocks.length - 1].hash]);
    return { rows: rowCount + changeCount + moduleRows, alreadyWritten: false };
  });
}
