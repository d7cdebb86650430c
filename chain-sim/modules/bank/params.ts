/** x/bank params: sending can be switched off chain-wide (per-denom overrides are not modelled). */
export interface BankParams {
  readonly defaultSendEnabled: boolean;
}

export const DEFAULT_BANK_PARAMS: BankParams = { defaultSendEnabled: true };

export function parseBankParams(raw: unknown): BankParams {
  const input = (raw ?? {}) as Record<string, unknown>;
  const value = input.default_send_enabled ?? input.defaultSendEnabled;
  if (value === undefined) return DEFAULT_BANK_PARAMS;
  if (typeof value !== "boolean") throw new Error("bank params: default_send_enabled must be a boolean");
  return { defaultSendEnabled: value };
}

export function bankParamsToJson(params: BankParams): Record<string, unknown> {
  return { send_enabled: [], default_send_enabled: params.defaultSendEnabled };
}
