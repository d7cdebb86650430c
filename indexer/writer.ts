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

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One field of COPY's text format: `\N` for NULL, backslash, tab, newline and CR escaped. */
function field(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : value;
}

/** Builds COPY text in chunks of about 256 KiB (no per-column arrays, no array literals). */
class CopyText {
  readonly chunks: string[] = [];
  private current = "";
  rows = 0;

  row(...values: Array<string | number | null>): void {
    let line = field(values[0]);
    for (let i = 1; i < values.length; i++) line += "\t" + field(values[i]);
    this.current += line + "\n";
    this.rows++;
    if (this.current.length >= 256 * 1024) {
      this.chunks.push(this.current);
      this.current = "";
    }
  }

  done(): string[] {
    if (this.current.length > 0) this.chunks.push(this.current);
    this.current = "";
    return this.chunks;
  }
}

/** The pg client of the manager's transaction (TypeORM's PostgresQueryRunner connection). */
async function clientOf(manager: EntityManager): Promise<ClientBase> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error("COPY needs the transaction's query runner");
  return (await runner.connect()) as ClientBase;
}

/** `COPY table (columns) FROM STDIN` of the text, on the transaction's connection. */
async function copy(client: ClientBase, table: string, columns: readonly string[], text: CopyText): Promise<void> {
  const chunks = text.done();
  if (text.rows === 0) return;
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

    const blockRows = new CopyText();
    const txRows = new CopyText();
    const messageRows = new CopyText();
    const eventRows = new CopyText();
    const attributeRows = new CopyText();
    const changeRows = new CopyText();
    for (const block of blocks) {
      const height = String(block.height);
      blockRows.row(height, block.hash, block.time.toISOString(), block.timeText, block.proposer, block.appHash, block.txs.length, block.rpcEventCount, block.messages.length, block.attributeCount);
      for (const tx of block.txs) {
        txRows.row(height, tx.index, tx.hash, tx.code, tx.codespace, tx.gasWanted.toString(), tx.gasUsed.toString(), JSON.stringify(tx.fee), tx.gasLimit.toString(), tx.memo, tx.signer, tx.rawLog);
      }
      for (const message of block.messages) messageRows.row(height, message.txIndex, message.index, message.typeUrl, JSON.stringify(message.value));
      for (const event of block.events) {
        eventRows.row(height, event.eventIndex, event.txIndex, event.index, event.type);
        const attributes = event.attributes;
        for (let index = 0; index < attributes.length; index++) attributeRows.row(height, event.eventIndex, index, attributes[index].key, attributes[index].value);
      }
      // One row per (event, denom): decode merged duplicates of a denom within an event.
      for (const change of block.balanceChanges) changeRows.row(height, change.eventIndex, change.denom, change.address, change.delta.toString(), change.txIndex);
    }
    const client = await clientOf(manager);
    await copy(client, "blocks", ["height", "hash", "time", "time_text", "proposer", "app_hash", "tx_count", "rpc_event_count", "message_count", "attribute_count"], blockRows);
    await copy(client, "txs", ["height", "index", "hash", "code", "codespace", "gas_wanted", "gas_used", "fee", "gas_limit", "memo", "signer", "raw_log"], txRows);
    await copy(client, "messages", ["height", "tx_index", "index", "type_url", "value"], messageRows);
    await copy(client, "events", ["height", "event_index", "tx_index", "index", "type"], eventRows);
    await copy(client, "attributes", ["height", "event_index", "index", "key", "value"], attributeRows);
    await copy(client, "balance_changes", ["height", "event_index", "denom", "address", "delta", "tx_index"], changeRows);
    if (changeRows.rows > 0) {
      // The balances from the rows just copied (read back in this transaction), not sent again.
      const negative = (await manager.query(
        `INSERT INTO balances (address, denom, amount, height)
         SELECT address, denom, sum(delta), max(height) FROM balance_changes WHERE height BETWEEN $1 AND $2
         GROUP BY address, denom
         ON CONFLICT (address, denom) DO UPDATE SET amount = balances.amount + EXCLUDED.amount, height = EXCLUDED.height
         RETURNING address, denom, amount`,
        [String(first), String(last)],
      )) as Array<{ address: string; denom: string; amount: string }>;
      const below = negative.find((row) => BigInt(row.amount) < 0n);
      if (below) throw new Error(`balance of ${below.address} in ${below.denom} would be ${below.amount} after heights ${first}..${last}: a balance change is missing`);
    }
    // The module handlers (printers, jobs, emissions) write their rows in this same transaction.
    const moduleRows = await runModules(manager, blocks);
    await manager.query(`UPDATE checkpoints SET height = $2, block_hash = $3, updated_at = now() WHERE id = $1`, [CHECKPOINT_ID, String(last), blocks[blocks.length - 1].hash]);
    return { rows: blockRows.rows + txRows.rows + messageRows.rows + eventRows.rows + attributeRows.rows + changeRows.rows + moduleRows, alreadyWritten: false };
  });
}
