import { registerError } from "../../types/errors";

/** The jobs codespace; codes are never renumbered. */
export const jobsErrors = {
  invalidJob: registerError("jobs", 2, "invalid job"),
  jobNotFound: registerError("jobs", 3, "job not found"),
  noEligiblePrinter: registerError("jobs", 4, "no eligible printer"),
  wrongStatus: registerError("jobs", 5, "job is not in the required status"),
  notOffered: registerError("jobs", 6, "job is not offered to this printer"),
  notPrinterOwner: registerError("jobs", 7, "signer does not operate the printer"),
  notCustomer: registerError("jobs", 8, "signer is not the job's customer"),
  windowClosed: registerError("jobs", 9, "the window for this action has closed"),
  proofAfterDeadline: registerError("jobs", 10, "proof of print after the deadline and grace period"),
  notArbiter: registerError("jobs", 11, "signer is not an appointed arbiter"),
  printerIneligible: registerError("jobs", 12, "printer no longer meets the job's requirements"),
  invalidPrice: registerError("jobs", 13, "invalid price"),
  invalidDeadline: registerError("jobs", 14, "invalid deadline"),
  invalidProof: registerError("jobs", 15, "invalid proof of print"),
  invalidGenesis: registerError("jobs", 16, "invalid jobs genesis"),
  invalidAuthority: registerError("jobs", 17, "expected the gov account as the only signer"),
  invalidParams: registerError("jobs", 18, "invalid params"),
} as const;
