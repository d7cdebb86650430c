/**
 * printers: the current state of every printer (`printers`) and one `printer_history` row per
 * change event, from the typed events of printchain.printers.v1. The moniker is not in the
 * events; it comes from the registering/updating message of the same tx.
 */
import type { EntityManager } from "typeorm";
import { normalizeLongs, printchain, toBigInt } from "../../../proto";
import { attr, attrInt, attrList, bulkInsert, bulkUpsert, valuesOf, type GenesisDocument, type ModuleEvent, type ModuleHandler } from "../handler";
import { PRINTER_COLUMNS, PRINTER_HISTORY_COLUMNS, type PrinterHistoryRow, type PrinterRow } from "./entities";

interface State {
  readonly printers: Map<string, PrinterRow>;
  readonly changed: Set<string>;
  readonly history: PrinterHistoryRow[];
}

/** Events that change a printer's row (the performance event is a statistic, not a change). */
const HISTORY_EVENTS = new Set(["EventPrinterRegistered", "EventPrinterUpdated", "EventPrinterStatusChanged", "EventPrinterAttested", "EventAttestationRevoked", "EventBondSlashed", "EventBondRefunded"]);

function monikerOf(event: ModuleEvent): string | undefined {
  const value = event.message?.value as { moniker?: string | null } | undefined;
  return typeof value?.moniker === "string" ? value.moniker : undefined;
}

const { GenesisState, PrinterStatus, Technology } = printchain.printers.v1;

const enumName = (values: object, value: number, what: string): string => {
  const name = (values as Record<number, string>)[value];
  if (name === undefined) throw new Error(`${what} ${value} is not a known value`);
  return name;
};

/**
 * The printers registered at genesis (`app_state.printers.printers`, read with the chain's
 * generated codec), each as Query/Printer reports it: heights are the record's own
 * `registered_height` / `updated_height`. No `printer_history` row: no event registered them.
 */
export function printersGenesisRows(genesis: GenesisDocument): PrinterRow[] {
  const state = GenesisState.fromObject(normalizeLongs((genesis.appState.printers ?? {}) as Record<string, unknown>));
  return (state.printers as printchain.printers.v1.Printer[]).map((printer) => ({
    id: printer.id,
    owner: printer.owner,
    moniker: printer.moniker,
    status: enumName(PrinterStatus, printer.status, `status of printer ${printer.id}`),
    technology: enumName(Technology, printer.spec?.technology ?? 0, `technology of printer ${printer.id}`),
    materials: [...(printer.spec?.materials ?? [])],
    region: printer.location?.region ?? "",
    latitude_udeg: printer.location?.latitudeUdeg ?? 0,
    longitude_udeg: printer.location?.longitudeUdeg ?? 0,
    bond: BigInt(printer.bond || "0").toString(),
    registered_height: toBigInt(printer.registeredHeight).toString(),
    updated_height: toBigInt(printer.updatedHeight).toString(),
  }));
}

export const printersHandler: ModuleHandler<State> = {
  name: "printers",
  eventPackage: "printchain.printers.v1",

  async begin(manager: EntityManager, events) {
    const ids = [...new Set(events.filter((event) => HISTORY_EVENTS.has(event.name)).map((event) => attr(event, "printer_id")))];
    const rows = ids.length === 0 ? [] : ((await manager.query(`SELECT * FROM printers WHERE id = ANY($1::text[])`, [ids])) as PrinterRow[]);
    return { printers: new Map(rows.map((row) => [row.id, row])), changed: new Set(), history: [] };
  },

  apply(state, event) {
    if (!HISTORY_EVENTS.has(event.name)) return;
    const id = attr(event, "printer_id");
    const height = String(event.height);
    const existing = state.printers.get(id);
    const fields = (): Omit<PrinterRow, "id" | "moniker" | "status" | "registered_height" | "updated_height"> => ({
      owner: attr(event, "owner"),
      technology: attr(event, "technology"),
      materials: attrList(event, "materials"),
      region: attr(event, "region"),
      latitude_udeg: Number(attrInt(event, "latitude_udeg")),
      longitude_udeg: Number(attrInt(event, "longitude_udeg")),
      bond: attrInt(event, "bond"),
    });
    if (event.name === "EventPrinterRegistered") {
      if (existing) throw new Error(`printer ${id} is registered twice`);
      state.printers.set(id, { id, ...fields(), moniker: monikerOf(event) ?? "", status: "PRINTER_STATUS_ACTIVE", registered_height: height, updated_height: height });
    } else {
      if (!existing) throw new Error(`printer ${id} is not registered`);
      switch (event.name) {
        case "EventPrinterUpdated":
          Object.assign(existing, fields(), { moniker: monikerOf(event) ?? existing.moniker, updated_height: height });
          break;
        case "EventPrinterStatusChanged":
          if (attr(event, "from_status") !== existing.status) throw new Error(`printer ${id} changes from ${attr(event, "from_status")} but is ${existing.status}`);
          existing.status = attr(event, "to_status");
          existing.updated_height = height;
          break;
        case "EventBondSlashed":
          existing.bond = attrInt(event, "remaining_bond");
          existing.updated_height = height;
          break;
        case "EventBondRefunded": {
          const remaining = BigInt(existing.bond) - BigInt(attrInt(event, "amount"));
          if (remaining < 0n) throw new Error(`printer ${id} refunds ${attr(event, "amount")} of a bond of ${existing.bond}`);
          existing.bond = remaining.toString();
          existing.updated_height = height;
          break;
        }
        default:
          break; // attestations: history only (the printer row itself does not change)
      }
    }
    state.changed.add(id);
    const recorded = { ...event.attributes };
    delete recorded.msg_index;
    state.history.push({ height, event_index: event.eventIndex, tx_index: event.txIndex, printer_id: id, event_type: event.name, fields: recorded });
  },

  async genesis(manager, genesis) {
    return bulkUpsert(manager, "printers", ["id"], PRINTER_COLUMNS, valuesOf(PRINTER_COLUMNS, printersGenesisRows(genesis) as unknown as Array<Record<string, unknown>>));
  },

  async flush(manager, state) {
    const changed = [...state.changed].map((id) => state.printers.get(id)!);
    return (
      (await bulkUpsert(manager, "printers", ["id"], PRINTER_COLUMNS, valuesOf(PRINTER_COLUMNS, changed as unknown as Array<Record<string, unknown>>))) +
      (await bulkInsert(manager, "printer_history", PRINTER_HISTORY_COLUMNS, valuesOf(PRINTER_HISTORY_COLUMNS, state.history as unknown as Array<Record<string, unknown>>)))
    );
  },
};
