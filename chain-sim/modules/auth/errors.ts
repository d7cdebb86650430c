import { registerError } from "../../types/errors";

/** x/auth's own codespace (ante failures use the SDK root codespace, as in the SDK). */
export const authErrors = {
  invalidGenesis: registerError("auth", 2, "invalid auth genesis"),
} as const;
