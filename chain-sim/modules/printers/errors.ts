import { registerError } from "../../types/errors";

/** The printers codespace; codes are never renumbered. */
export const printersErrors = {
  invalidPrinterId: registerError("printers", 2, "invalid printer id"),
  printerExists: registerError("printers", 3, "printer already exists"),
  invalidSpec: registerError("printers", 4, "invalid printer specification"),
  invalidLocation: registerError("printers", 5, "invalid location"),
  fleetLimit: registerError("printers", 6, "owner has reached the printer limit"),
  invalidGenesis: registerError("printers", 7, "invalid printers genesis"),
  printerNotFound: registerError("printers", 8, "printer not found"),
  notOwner: registerError("printers", 9, "signer does not own the printer"),
  invalidStatusChange: registerError("printers", 10, "invalid printer status change"),
  insufficientBond: registerError("printers", 11, "bond below the required minimum"),
  breaksActiveJob: registerError("printers", 12, "change conflicts with an active job"),
  notAuditor: registerError("printers", 13, "signer is not an appointed auditor"),
  attestationNotFound: registerError("printers", 14, "attestation not found"),
  retired: registerError("printers", 15, "printer is retired"),
  invalidAuthority: registerError("printers", 16, "expected the gov account as the only signer"),
  invalidParams: registerError("printers", 17, "invalid params"),
} as const;
