import { registerError } from "../../types/errors";

/** The emissions codespace; codes are never renumbered. */
export const emissionsErrors = {
  notAttestor: registerError("emissions", 2, "signer is not an appointed attestor"),
  invalidContribution: registerError("emissions", 3, "invalid contribution"),
  invalidGenesis: registerError("emissions", 4, "invalid emissions genesis"),
  invalidAuthority: registerError("emissions", 5, "expected the gov account as the only signer"),
  invalidParams: registerError("emissions", 6, "invalid params"),
} as const;
