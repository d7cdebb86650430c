/**
 * Runs the module handlers over a batch inside the writer's transaction, and catches a module up
 * from the ledger tables when it is behind the ledger (a module added by a later migration). A
 * module that starts from nothing first gets its genesis rows (`ModuleHandler.genesis`): on a
 * fresh database from the document the writer just fetched, on a rebuild from the stored
 * `genesis` row.
 */
import type { DataSource, EntityManager } from "typeorm";
import type { DecodedMessage } from "../source/decode";
import { emissionsHandler } from "./emissions/handlers";
import { ModuleError, moduleEvents, type GenesisDocument, type ModuleBlock, type ModuleHandler } from "./handler";
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

/** The modules of `handlers` that have a `module_checkpoints` row (the others start from nothing). */
async function startedModules(manager: Pick<EntityManager, "query">, handlers: readonly ModuleHandler[]): Promise<Set<string>> {
  const rows = (await manager.query(`SELECT module FROM module_checkpoints WHERE module = ANY($1::text[])`, [handlers.map((handler) => handler.name)])) as Array<{ module: string }>;
  return new Set(rows.map((row) => row.module));
}

/** The stored genesis row, or undefined (a database indexed before the `genesis` table, not restarted since). */
export async function readGenesisDocument(manager: Pick<EntityManager, "query">): Promise<GenesisDocument | undefined> {
  const rows = (await manager.query(`SELECT chain_id, initial_height, genesis_time_text, validators, app_state FROM genesis`)) as Array<{
    chain_id: string;
    initial_height: string;
    genesis_time_text: string;
    validators: GenesisDocument["validators"];
    app_state: Record<string, unknown>;
  }>;
  if (rows.length > 1) throw new Error(`the genesis table holds ${rows.length} rows (chains ${rows.map((row) => row.chain_id).join(", ")}); one database indexes one chain`);
  const [row] = rows;
  return row && { chainId: row.chain_id, initialHeight: Number(row.initial_height), genesisTime: row.genesis_time_text, validators: row.validators, appState: row.app_state };
}

/** Runs one handler's genesis hook; a failure is a ModuleError at the genesis height. */
async function runGenesisHook(manager: EntityManager, handler: ModuleHandler, genesis: GenesisDocument): Promise<number> {
  if (!handler.genesis) return 0;
  try {
    return await handler.genesis(manager, genesis);
  } catch (error) {
    throw new ModuleError(handler.name, genesis.initialHeight - 1, `genesis: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * A fresh database, in the writer's genesis transaction: every module's genesis rows, and every
 * module checkpoint at `initial_height - 1`. Returns the rows written.
 */
export async function runModuleGenesis(manager: EntityManager, genesis: GenesisDocument, handlers: readonly ModuleHandler[] = MODULE_HANDLERS): Promise<number> {
  let rows = 0;
  for (const handler of handlers) {
    rows += await runGenesisHook(manager, handler, genesis);
    await setModuleHeight(manager, handler.name, genesis.initialHeight - 1);
  }
  return rows;
}

/**
 * A module without a checkpoint row, about to be built from the ledger above `height`: its
 * genesis rows from the stored `genesis` row (never the node). The ledger must start right above
 * genesis, or the genesis would not describe the state below its first block.
 */
async function startFromGenesis(manager: EntityManager, handler: ModuleHandler, height: number): Promise<number> {
  if (!handler.genesis) return 0;
  const genesis = await readGenesisDocument(manager);
  if (!genesis) throw new ModuleError(handler.name, height + 1, `the module starts from nothing but the database has no genesis row (the indexer stores it at start)`);
  if (genesis.initialHeight - 1 !== height) {
    throw new ModuleError(handler.name, height + 1, `the module starts from nothing at height ${height}, but the genesis (initial height ${genesis.initialHeight}) describes height ${genesis.initialHeight - 1}`);
  }
  return runGenesisHook(manager, handler, genesis);
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
  const started = await startedModules(manager, handlers);
  let rows = 0;
  for (const handler of handlers) {
    const height = heights.get(handler.name)!;
    if (height > first - 1) throw new ModuleError(handler.name, first, `module is at height ${height}, above the batch ${first}..${last}`);
    if (!started.has(handler.name)) rows += await startFromGenesis(manager, handler, height);
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
        const fromNothing = !(await startedModules(manager, [handler])).has(handler.name);
        if (fromNothing) await startFromGenesis(manager, handler, height);
        if (height >= checkpoint) {
          if (fromNothing) await setModuleHeight(manager, handler.name, height);
          return true;
        }
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
