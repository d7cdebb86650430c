import { registerError } from "../../types/errors";

/** The emissions codespace; codes are never renumbered. */
export const emissionsErrors = {
  notAttestor: registerError("emissions", 2, "signer is not an appointed attestor"),
  invalidContribution: registerError("emissions", 3, "invalid contribution"),
  invalidGenesis: registerError("emissions", 4, "invalid emissions genesis"),
} as const;
