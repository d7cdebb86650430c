/** Tables of the printers module (created by migration 1767312000000-Modules). */
import { EntitySchema } from "typeorm";
import type { Columns } from "../handler";

export interface PrinterRow {
  id: string;
  owner: string;
  moniker: string;
  /** PRINTER_STATUS_* */
  status: string;
  /** TECHNOLOGY_* */
  technology: string;
  materials: string[];
  region: string;
  latitude_udeg: number;
  longitude_udeg: number;
  bond: string;
  registered_height: string;
  updated_height: string;
}

export interface PrinterHistoryRow {
  height: string;
  event_index: number;
  tx_index: number | null;
  printer_id: string;
  /** The event's short name: EventPrinterRegistered, EventBondSlashed, … */
  event_type: string;
  fields: Record<string, string>;
}

export const PRINTER_COLUMNS: Columns = [
  ["id", "text"], ["owner", "text"], ["moniker", "text"], ["status", "text"], ["technology", "text"], ["materials", "jsonb"], ["region", "text"],
  ["latitude_udeg", "integer"], ["longitude_udeg", "integer"], ["bond", "numeric"], ["registered_height", "bigint"], ["updated_height", "bigint"],
];
export const PRINTER_HISTORY_COLUMNS: Columns = [["height", "bigint"], ["event_index", "integer"], ["tx_index", "integer"], ["printer_id", "text"], ["event_type", "text"], ["fields", "jsonb"]];

const text = { type: "text" } as const;
export const PrinterEntity = new EntitySchema<PrinterRow>({
  name: "Printer",
  tableName: "printers",
  columns: {
    id: { ...text, primary: true }, owner: text, moniker: text, status: text, technology: text, materials: { type: "jsonb" }, region: text,
    latitude_udeg: { type: "integer" }, longitude_udeg: { type: "integer" }, bond: { type: "numeric" }, registered_height: { type: "bigint" }, updated_height: { type: "bigint" },
  },
});
export const PrinterHistoryEntity = new EntitySchema<PrinterHistoryRow>({
  name: "PrinterHistory",
  tableName: "printer_history",
  columns: {
    height: { type: "bigint", primary: true }, event_index: { type: "integer", primary: true }, tx_index: { type: "integer", nullable: true },
    printer_id: text, event_type: text, fields: { type: "jsonb" },
  },
});
