import { registerError } from "../../types/errors";

/** The printers codespace; codes are never renumbered. */
export const printersErrors = {
  invalidPrinterId: registerError("printers", 2, "invalid printer id"),
  printerExists: registerError("printers", 3, "printer already exists"),
  invalidSpec: registerError("printers", 4, "invalid printer specification"),
  invalidLocation: registerError("printers", 5, "invalid location"),
  fleetLimit: registerError("printers", 6, "owner has reached the printer limit"),
  invalidGenesis: registerError("printers", 7, "invalid printers genesis"),
} as const;
