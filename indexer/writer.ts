/**
 * The writer: a batch of decoded blocks and the checkpoint in ONE transaction, each table with a
 * single multi-row INSERT ... SELECT FROM unnest(arrays) (one round trip per table, no parameter
 * limit). The checkpoint row is locked first and must sit right below the batch, so a batch
 * cannot be written twice or out of order, and a retried commit that did land is recognised.
 */
import type { DataSource, EntityManager } from "typeorm";
import { runModules } from "./modules/runner";
import type { DecodedBlock } from "./source/decode";

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

/** Genesis: the checkpoint row just below the first height, and the genesis balances. */
export async function writeGenesis(
  dataSource: DataSource,
  chainId: string,
  startHeight: number,
  balances: ReadonlyArray<{ address: string; coins: ReadonlyArray<{ denom: string; amount: string }> }>,
): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const existing = await manager.query(`SELECT 1 FROM checkpoints WHERE id = $1 FOR UPDATE`, [CHECKPOINT_ID]);
    if (existing.length > 0) return;
    const base = startHeight - 1;
    const changes: unknown[][] = [];
    balances.forEach((entry, index) => {
      const byDenom = new Map<string, bigint>();
      for (const coin of entry.coins) byDenom.set(coin.denom, (byDenom.get(coin.denom) ?? 0n) + BigInt(coin.amount));
      for (const [denom, amount] of byDenom) if (amount !== 0n) changes.push([String(base), index, denom, entry.address, amount.toString(), null]);
    });
    await insert(manager, "balance_changes", [["height", "bigint"], ["event_index", "integer"], ["denom", "text"], ["address", "text"], ["delta", "numeric"], ["tx_index", "integer"]], changes);
    await insert(manager, "balances", [["address", "text"], ["denom", "text"], ["amount", "numeric"], ["height", "bigint"]], changes.map((row) => [row[3], row[2], row[4], row[0]]));
    await manager.query(`INSERT INTO checkpoints (id, chain_id, height) VALUES ($1, $2, $3)`, [CHECKPOINT_ID, chainId, String(base)]);
  });
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

    const blockRows: unknown[][] = [];
    const txRows: unknown[][] = [];
    const messageRows: unknown[][] = [];
    const eventRows: unknown[][] = [];
    const attributeRows: unknown[][] = [];
    const changeRows: unknown[][] = [];
    for (const block of blocks) {
      const height = String(block.height);
      blockRows.push([height, block.hash, block.time, block.timeText, block.proposer, block.appHash, block.txs.length, block.rpcEventCount, block.messages.length, block.attributeCount]);
      for (const tx of block.txs) {
        txRows.push([height, tx.index, tx.hash, tx.code, tx.codespace, tx.gasWanted.toString(), tx.gasUsed.toString(), JSON.stringify(tx.fee), tx.gasLimit.toString(), tx.memo, tx.signer, tx.rawLog]);
      }
      for (const message of block.messages) messageRows.push([height, message.txIndex, message.index, message.typeUrl, JSON.stringify(message.value)]);
      for (const event of block.events) {
        eventRows.push([height, event.eventIndex, event.txIndex, event.index, event.type]);
        event.attributes.forEach((attribute, index) => attributeRows.push([height, event.eventIndex, index, attribute.key, attribute.value]));
      }
      // One row per (event, denom): decode merged duplicates of a denom within an event.
      for (const change of block.balanceChanges) changeRows.push([height, change.eventIndex, change.denom, change.address, change.delta.toString(), change.txIndex]);
    }
    await insert(manager, "blocks", [["height", "bigint"], ["hash", "text"], ["time", "timestamptz"], ["time_text", "text"], ["proposer", "text"], ["app_hash", "text"], ["tx_count", "integer"], ["rpc_event_count", "integer"], ["message_count", "integer"], ["attribute_count", "integer"]], blockRows);
    await insert(manager, "txs", [["height", "bigint"], ["index", "integer"], ["hash", "text"], ["code", "integer"], ["codespace", "text"], ["gas_wanted", "bigint"], ["gas_used", "bigint"], ["fee", "jsonb"], ["gas_limit", "bigint"], ["memo", "text"], ["signer", "text"], ["raw_log", "text"]], txRows);
    await insert(manager, "messages", [["height", "bigint"], ["tx_index", "integer"], ["index", "integer"], ["type_url", "text"], ["value", "jsonb"]], messageRows);
    await insert(manager, "events", [["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"], ["index", "integer"], ["type", "text"]], eventRows);
    await insert(manager, "attributes", [["height", "bigint"], ["event_index", "integer"], ["index", "integer"], ["key", "text"], ["value", "text"]], attributeRows);
    await insert(manager, "balance_changes", [["height", "bigint"], ["event_index", "integer"], ["denom", "text"], ["address", "text"], ["delta", "numeric"], ["tx_index", "integer"]], changeRows);
    if (changeRows.length > 0) {
      const negative = (await manager.query(
        `INSERT INTO balances (address, denom, amount, height)
         SELECT address, denom, sum(delta), max(height) FROM unnest($1::text[], $2::text[], $3::numeric[], $4::bigint[]) AS t(address, denom, delta, height)
         GROUP BY address, denom
         ON CONFLICT (address, denom) DO UPDATE SET amount = balances.amount + EXCLUDED.amount, height = EXCLUDED.height
         RETURNING address, denom, amount`,
        [changeRows.map((row) => row[3]), changeRows.map((row) => row[2]), changeRows.map((row) => row[4]), changeRows.map((row) => row[0])],
      )) as Array<{ address: string; denom: string; amount: string }>;
      const below = negative.find((row) => BigInt(row.amount) < 0n);
      if (below) throw new Error(`balance of ${below.address} in ${below.denom} would be ${below.amount} after heights ${first}..${last}: a balance change is missing`);
    }
    // The module handlers (printers, jobs, emissions) write their rows in this same transaction.
    const moduleRows = await runModules(manager, blocks);
    await manager.query(`UPDATE checkpoints SET height = $2, block_hash = $3, updated_at = now() WHERE id = $1`, [CHECKPOINT_ID, String(last), blocks[blocks.length - 1].hash]);
    return { rows: blockRows.length + txRows.length + messageRows.length + eventRows.length + attributeRows.length + changeRows.length + moduleRows, alreadyWritten: false };
  });
}
