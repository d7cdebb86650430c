import { registerError } from "../../types/errors";

/** x/bank's codespace, numbered as in the SDK (1 is reserved there too). */
export const bankErrors = {
  noInputs: registerError("bank", 2, "no inputs to send transaction"),
  noOutputs: registerError("bank", 3, "no outputs to send transaction"),
  inputOutputMismatch: registerError("bank", 4, "sum inputs != sum outputs"),
  sendDisabled: registerError("bank", 5, "send transactions are disabled"),
  invalidGenesis: registerError("bank", 11, "invalid bank genesis"),
} as const;
