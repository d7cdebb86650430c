import type { printchain } from "../../../proto";
import type { EventManager } from "../../types/events";

/** Typed events of printchain.printers.v1 (events.proto), one attribute per field. */
export function emitPrinterRegistered(events: EventManager, printer: printchain.printers.v1.Printer): void {
  events.emitTyped("printchain.printers.v1.EventPrinterRegistered", {
    printerId: printer.id,
    owner: printer.owner,
    technology: printer.spec?.technology ?? 0,
    region: printer.location?.region ?? "",
    latitudeUdeg: printer.location?.latitudeUdeg ?? 0,
    longitudeUdeg: printer.location?.longitudeUdeg ?? 0,
  });
}
