import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printchain as printchainTypes, printersCodecs, stakingCodecs, type printchain } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { moduleAddress, valoperFromAccount } from "../../chain-sim/types/address";
import { openDatabase, type Database } from "../../indexer/db/dataSource";
import { Indexer } from "../../indexer/indexer";
import { catchUpModules } from "../../indexer/modules/runner";
import { ManualChain } from "../utils/manualChain";

/**
 * Entities that exist at genesis in the printers and staking modules, beyond the block producer:
 * a paused printer registered at genesis (its bond in the printer_bonds account) and an unbonding
 * entry of a genesis delegator that matures at height 3. Indexed from the genesis row, the printer
 * equals Query/Printer before any event names it and later events apply to it; the chain's
 * EventCompleteUnbonding completes the genesis unbonding row; a rebuild from the ledger and the
 * stored genesis row gives the same rows.
 */
jest.setTimeout(60_000);

const [OWNER, UNBONDER] = [2, 3];
const PRINTER_ID = "genesis-printer-01";
const BOND = 2_000_000n;
const UNBONDING_BALANCE = 5_000_000n;
const UNBONDING_COMPLETES = 3;
const TABLES = ["printers", "printer_history", "validators", "delegations", "unbondings"];
const { PrinterStatus, Technology } = printchainTypes.printers.v1;
const name = (enumObject: object, value: number): string => (enumObject as Record<number, string>)[value];

let chain: ManualChain;
let home: string;
let database: Database;

function patchGenesis(genesis: GenesisDoc, accounts: readonly string[]): void {
  const appState = genesis.app_state as Record<string, Record<string, unknown>>;
  const producer = (appState.staking.validators as Array<{ operatorAddress: string }>)[0].operatorAddress;
  appState.printers.printers = [{
    id: PRINTER_ID, owner: accounts[OWNER], moniker: "Genesis MK3",
    spec: { technology: "TECHNOLOGY_FDM", buildVolume: { xMm: 250, yMm: 210, zMm: 210 }, materials: ["PLA", "ASA"], nozzleDiameterUm: 400, layerResolutionUm: 100, maxSpeedMmPerS: 150, throughputMm3PerHour: "15000" },
    location: { latitudeUdeg: 48_137_154, longitudeUdeg: 11_576_124, region: "DE" },
    status: "PRINTER_STATUS_PAUSED", registeredHeight: "0", bond: BOND.toString(), updatedHeight: "0",
  }];
  appState.staking.unbondingDelegations = [{
    delegatorAddress: accounts[UNBONDER], validatorAddress: producer,
    entries: [{ creationHeight: "0", completionHeight: String(UNBONDING_COMPLETES), initialBalance: UNBONDING_BALANCE.toString(), balance: UNBONDING_BALANCE.toString() }],
  }];
  const bank = appState.bank as { balances: Array<{ address: string; coins: Array<{ denom: string; amount: string }> }> };
  bank.balances.push({ address: moduleAddress("printer_bonds"), coins: [{ denom: "uprint", amount: BOND.toString() }] });
  bank.balances.push({ address: moduleAddress("not_bonded_tokens_pool"), coins: [{ denom: "uprint", amount: UNBONDING_BALANCE.toString() }] });
}

const index = (batchSize: number): Promise<number> => new Indexer({ rpcUrl: chain.node.url, dataSource: database.dataSource, batchSize, once: true }).run();

async function chainPrinter(): Promise<printchain.printers.v1.Printer> {
  return (await chain.query("/printchain.printers.v1.Query/Printer", printersCodecs.QueryPrinterRequest, { printerId: PRINTER_ID }, printersCodecs.QueryPrinterResponse)).printer as printchain.printers.v1.Printer;
}

/** Query/Printer in the shape of a `printers` row. */
function printerRow(printer: printchain.printers.v1.Printer): Record<string, unknown> {
  return {
    id: printer.id, owner: printer.owner, moniker: printer.moniker, status: name(PrinterStatus, printer.status), technology: name(Technology, printer.spec!.technology!),
    materials: printer.spec!.materials, region: printer.location!.region, latitude_udeg: printer.location!.latitudeUdeg, longitude_udeg: printer.location!.longitudeUdeg,
    bond: printer.bond, registered_height: String(printer.registeredHeight), updated_height: String(printer.updatedHeight),
  };
}

async function dump(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await database.dataSource.query(`SELECT * FROM ${table} ORDER BY 1, 2`);
  return out;
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "printchain-indexer-genesis-"));
  [chain, database] = await Promise.all([ManualChain.start(patchGenesis), openDatabase({ home, databaseUrl: "", unsafeNoFsync: true })]);
});

afterAll(async () => {
  await database?.close();
  await chain?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("indexer: entities that exist at genesis", () => {
  test("the genesis printer's row equals Query/Printer before any event names it; the genesis unbonding entry is completed by the chain's EventCompleteUnbonding", async () => {
    while (chain.node.node.height < UNBONDING_COMPLETES + 1) await chain.produce();
    expect(await index(2)).toBe(chain.node.node.height);
    const printers = (await database.dataSource.query(`SELECT * FROM printers`)) as Array<Record<string, unknown>>;
    expect(printers).toEqual([printerRow(await chainPrinter())]);
    expect(printers[0]).toMatchObject({ status: "PRINTER_STATUS_PAUSED", registered_height: "0", updated_height: "0", bond: BOND.toString() });
    expect(await database.dataSource.query(`SELECT count(*)::int AS n FROM printer_history`)).toEqual([{ n: 0 }]);

    const producer = valoperFromAccount(chain.addresses[0]);
    const unbondings = await database.dataSource.query(`SELECT * FROM unbondings`);
    expect(unbondings).toEqual([{
      height: "0", event_index: 0, tx_index: null, delegator: chain.addresses[UNBONDER], validator: producer, amount: UNBONDING_BALANCE.toString(),
      completion_height: String(UNBONDING_COMPLETES), completed: true, completed_height: String(UNBONDING_COMPLETES),
    }]);
    // The chain did pay it out at that height, and holds no entry any more.
    const completions = await database.dataSource.query(
      `SELECT e.height FROM events e JOIN attributes a ON a.height = e.height AND a.event_index = e.event_index WHERE e.type = 'printchain.staking.v1.EventCompleteUnbonding' AND a.key = 'amount' AND a.value = $1`,
      [UNBONDING_BALANCE.toString()],
    );
    expect(completions).toEqual([{ height: String(UNBONDING_COMPLETES) }]);
    const { unbondingResponses } = await chain.query("/printchain.staking.v1.Query/DelegatorUnbondingDelegations", stakingCodecs.QueryDelegatorUnbondingDelegationsRequest, { delegatorAddr: chain.addresses[UNBONDER] }, stakingCodecs.QueryDelegatorUnbondingDelegationsResponse);
    expect(unbondingResponses).toHaveLength(0);
  });

  test("an event naming the genesis printer applies to its row (no 'not registered' stop)", async () => {
    const { height } = await chain.submitOk(OWNER, { typeUrl: printersCodecs.MsgSetPrinterStatus.typeUrl, value: { owner: chain.addresses[OWNER], printerId: PRINTER_ID, status: PrinterStatus.PRINTER_STATUS_ACTIVE } });
    expect(await index(2)).toBe(chain.node.node.height);
    const printers = (await database.dataSource.query(`SELECT * FROM printers`)) as Array<Record<string, unknown>>;
    expect(printers).toEqual([printerRow(await chainPrinter())]);
    expect(printers[0]).toMatchObject({ status: "PRINTER_STATUS_ACTIVE", updated_height: String(height) });
    const history = await database.dataSource.query(`SELECT height, event_type, fields->>'from_status' AS from_status FROM printer_history`);
    expect(history).toEqual([{ height: String(height), event_type: "EventPrinterStatusChanged", from_status: "PRINTER_STATUS_PAUSED" }]);
  });

  test("printers and staking rebuilt from the stored ledger and genesis row equal the rows written with the batches", async () => {
    const before = await dump();
    await database.dataSource.query(`TRUNCATE ${TABLES.join(", ")}`);
    await database.dataSource.query(`DELETE FROM module_checkpoints WHERE module IN ('printers', 'staking')`);
    expect(await catchUpModules(database.dataSource, 3)).toBeGreaterThan(0);
    expect(await dump()).toEqual(before);
  });
});
