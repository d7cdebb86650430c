/**
 * Runs the module handlers over a batch inside the writer's transaction, and catches a module up
 * from the ledger tables when it is behind the ledger (a module added by a later migration).
 */
import type { DataSource, EntityManager } from "typeorm";
import type { DecodedMessage } from "../source/decode";
import { emissionsHandler } from "./emissions/handlers";
import { ModuleError, moduleEvents, type ModuleBlock, type ModuleHandler } from "./handler";
import { jobsHandler } from "./jobs/handlers";
import { printersHandler } from "./printers/handlers";
import { rollupsHandler } from "./rollups/handlers";
import { stakingHandler } from "./staking/handlers";
import { govHandler } from "./gov/handlers";

/** Every module handler, in the order they run within a batch. */
export const MODULE_HANDLERS: readonly ModuleHandler[] = [printersHandler, jobsHandler, emissionsHandler, stakingHandler, govHandler, rollupsHandler] as ModuleHandler[];

/** The height each module has applied; a module without a row is at the height below the first stored block. */
export async function moduleHeights(manager: Pick<EntityManager, "query">, handlers: readonly ModuleHandler[] = MODULE_HANDLERS): Promise<Map<string, number>> {
  const rows = (await manager.query(
    `SELECT m.name, coalesce(c.height, (SELECT min(height) - 1 FROM blocks), (SELECT height FROM checkpoints WHERE id = 'main')) AS height
     FROM unnest($1::text[]) AS m(name) LEFT JOIN module_checkpoints c ON c.module = m.name`,
    [handlers.map((handler) => handler.name)],
  )) as Array<{ name: string; height: string | null }>;
  return new Map(rows.map((row) => [row.name, row.height === null ? 0 : Number(row.height)]));
}

async function setModuleHeight(manager: EntityManager, name: string, height: number): Promise<void> {
  await manager.query(`INSERT INTO module_checkpoints (module, height) VALUES ($1, $2) ON CONFLICT (module) DO UPDATE SET height = EXCLUDED.height, updated_at = now()`, [name, String(height)]);
}

/** Applies one handler to blocks in height order; returns the rows written. */
async function runHandler(manager: EntityManager, handler: ModuleHandler, blocks: readonly ModuleBlock[]): Promise<number> {
  const events = moduleEvents(blocks, handler.eventPackage);
  if (events.length === 0) return 0;
  const state = await handler.begin(manager, events);
  for (const event of events) {
    try {
      handler.apply(state, event);
    } catch (error) {
      throw new ModuleError(handler.name, event.height, `${event.type} (event ${event.eventIndex}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  try {
    return await handler.flush(manager, state);
  } catch (error) {
    throw new ModuleError(handler.name, blocks[0].height, `writing heights ${blocks[0].height}..${blocks[blocks.length - 1].height}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Rebuilds blocks [from, to] from the ledger tables (only the typed `printchain.*` events). */
export async function loadLedgerBlocks(manager: Pick<EntityManager, "query">, from: number, to: number): Promise<ModuleBlock[]> {
  const range = [String(from), String(to)];
  // One after another: a transaction's queries share one connection.
  const queries = [
    () =>
      manager.query(`SELECT height, time FROM blocks WHERE height BETWEEN $1 AND $2 ORDER BY height`, range),
    () =>
      manager.query(`SELECT height, index, code FROM txs WHERE height BETWEEN $1 AND $2 ORDER BY height, index`, range),
    () =>
      manager.query(
      `SELECT m.height, m.tx_index, m.index, m.type_url, m.value FROM messages m
       WHERE m.height BETWEEN $1 AND $2 AND m.type_url LIKE '/printchain.%' ORDER BY m.height, m.tx_index, m.index`,
      range,
    ),
    () =>
      manager.query(
      `SELECT e.height, e.event_index, e.tx_index, e.index, e.type,
              coalesce(json_agg(json_build_array(a.key, a.value) ORDER BY a.index) FILTER (WHERE a.key IS NOT NULL), '[]') AS attributes
       FROM events e LEFT JOIN attributes a ON a.height = e.height AND a.event_index = e.event_index
       WHERE e.height BETWEEN $1 AND $2 AND e.type LIKE 'printchain.%'
       GROUP BY e.height, e.event_index ORDER BY e.height, e.event_index`,
      range,
    ),
  ];
  const [blocks, txs, messages, events] = (await queries.reduce<Promise<unknown[]>>(async (done, query) => [...(await done), await query()], Promise.resolve([]))) as [
    Array<{ height: string; time: Date }>,
    Array<{ height: string; index: number; code: number }>,
    Array<{ height: string; tx_index: number; index: number; type_url: string; value: unknown }>,
    Array<{ height: string; event_index: number; tx_index: number | null; index: number; type: string; attributes: Array<[string, string]> }>,
  ];
  const byHeight = new Map<string, { height: number; time: Date; txs: Array<{ index: number; code: number }>; messages: DecodedMessage[]; events: ModuleBlock["events"][number][] }>();
  for (const block of blocks) byHeight.set(String(block.height), { height: Number(block.height), time: block.time, txs: [], messages: [], events: [] });
  const of = (height: string): NonNullable<ReturnType<typeof byHeight.get>> => {
    const block = byHeight.get(String(height));
    if (!block) throw new Error(`ledger rows at height ${height} without a block row`);
    return block;
  };
  for (const tx of txs) of(tx.height).txs.push({ index: tx.index, code: tx.code });
  for (const m of messages) of(m.height).messages.push({ txIndex: m.tx_index, index: m.index, typeUrl: m.type_url, value: m.value });
  for (const e of events) of(e.height).events.push({ eventIndex: e.event_index, txIndex: e.tx_index, index: e.index, type: e.type, attributes: e.attributes.map(([key, value]) => ({ key, value })) });
  const out = [...byHeight.values()];
  if (out.length !== to - from + 1) throw new Error(`the ledger lacks blocks between ${from} and ${to}`);
  return out;
}

/**
 * Inside the writer's transaction, after the batch's ledger rows: brings every module to the
 * height below the batch from the ledger tables if it lags, applies the batch, moves the
 * module checkpoints to its last height. Returns the rows written.
 */
export async function runModules(manager: EntityManager, blocks: readonly ModuleBlock[], handlers: readonly ModuleHandler[] = MODULE_HANDLERS): Promise<number> {
  if (blocks.length === 0) return 0;
  const first = blocks[0].height;
  const last = blocks[blocks.length - 1].height;
  const heights = await moduleHeights(manager, handlers);
  let rows = 0;
  for (const handler of handlers) {
    const height = heights.get(handler.name)!;
    if (height > first - 1) throw new ModuleError(handler.name, first, `module is at height ${height}, above the batch ${first}..${last}`);
    if (height < first - 1) rows += await runHandler(manager, handler, await loadLedgerBlocks(manager, height + 1, first - 1));
    rows += await runHandler(manager, handler, blocks);
    await setModuleHeight(manager, handler.name, last);
  }
  return rows;
}

/**
 * Brings modules that lag the ledger checkpoint up to it from the stored events and messages,
 * `chunk` heights per transaction (each locking the checkpoint row, as a batch does). Returns
 * the number of heights applied.
 */
export async function catchUpModules(dataSource: DataSource, chunk = 100, handlers: readonly ModuleHandler[] = MODULE_HANDLERS): Promise<number> {
  let applied = 0;
  for (const handler of handlers) {
    for (;;) {
      const done = await dataSource.transaction(async (manager) => {
        const rows = (await manager.query(`SELECT height FROM checkpoints WHERE id = 'main' FOR UPDATE`)) as Array<{ height: string }>;
        if (rows.length === 0) return true;
        const checkpoint = Number(rows[0].height);
        const height = (await moduleHeights(manager, [handler])).get(handler.name)!;
        if (height >= checkpoint) return true;
        const to = Math.min(checkpoint, height + chunk);
        await runHandler(manager, handler, await loadLedgerBlocks(manager, height + 1, to));
        await setModuleHeight(manager, handler.name, to);
        applied += to - height;
        return false;
      });
      if (done) break;
    }
  }
  return applied;
}
