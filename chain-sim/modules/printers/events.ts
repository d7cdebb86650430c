import { printchain } from "../../../proto";
import { enumName, type EventManager } from "../../types/events";
import type { Printer } from "./keeper";
import type { PrinterStats } from "./performance";

const { Technology, PrinterStatus } = printchain.printers.v1;

/** The flattened printer fields shared by the registered and updated events. */
function printerFields(printer: Printer): Record<string, string | number> {
  return {
    printerId: printer.id,
    owner: printer.owner,
    technology: enumName(Technology, printer.spec?.technology ?? 0),
    region: printer.location?.region ?? "",
    latitudeUdeg: printer.location?.latitudeUdeg ?? 0,
    longitudeUdeg: printer.location?.longitudeUdeg ?? 0,
    materials: (printer.spec?.materials ?? []).join(","),
    bond: printer.bond || "0",
  };
}

/** Typed events of printchain.printers.v1 (events.proto), one attribute per field. */
export function emitPrinterRegistered(events: EventManager, printer: Printer): void {
  events.emitTyped("printchain.printers.v1.EventPrinterRegistered", printerFields(printer));
}

export function emitPrinterUpdated(events: EventManager, printer: Printer, attestationsRemoved: number): void {
  events.emitTyped("printchain.printers.v1.EventPrinterUpdated", { ...printerFields(printer), attestationsRemoved });
}

export function emitPrinterStatusChanged(events: EventManager, printer: Printer, fromStatus: number): void {
  events.emitTyped("printchain.printers.v1.EventPrinterStatusChanged", {
    printerId: printer.id,
    owner: printer.owner,
    fromStatus: enumName(PrinterStatus, fromStatus),
    toStatus: enumName(PrinterStatus, printer.status),
  });
}

export function emitAttestation(events: EventManager, printerId: string, auditor: string, revoked: boolean): void {
  events.emitTyped(`printchain.printers.v1.${revoked ? "EventAttestationRevoked" : "EventPrinterAttested"}`, { printerId, auditor });
}

export function emitBondSlashed(events: EventManager, printer: Printer, amount: bigint, recipient: string, jobId: bigint): void {
  events.emitTyped("printchain.printers.v1.EventBondSlashed", {
    printerId: printer.id,
    owner: printer.owner,
    amount,
    recipient,
    jobId,
    remainingBond: printer.bond || "0",
  });
}

export function emitBondRefunded(events: EventManager, printer: Printer, amount: bigint): void {
  events.emitTyped("printchain.printers.v1.EventBondRefunded", { printerId: printer.id, owner: printer.owner, amount });
}

export function emitPerformance(events: EventManager, stats: PrinterStats): void {
  events.emitTyped("printchain.printers.v1.EventPrinterPerformance", {
    printerId: stats.printerId,
    jobsOffered: stats.jobsOffered.toString(),
    jobsAccepted: stats.jobsAccepted.toString(),
    jobsCompleted: stats.jobsCompleted.toString(),
    jobsFailed: stats.jobsFailed.toString(),
    jobsOnTime: stats.jobsOnTime.toString(),
    activeJobs: stats.activeJobs,
    reliabilityBps: stats.reliabilityBps,
  });
}
