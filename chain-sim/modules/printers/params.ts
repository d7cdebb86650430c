import { printersCodecs, type printchain } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { isValidDenom, parseAmount } from "../../types/coins";

/** Params of the printers module. */
export interface PrintersParams {
  /** Most printers one owner (a fleet) may register. */
  readonly maxPrintersPerOwner: number;
  /** Most materials one printer may list. */
  readonly maxMaterials: number;
  readonly bondDenom: string;
  /** Bond required to register and to be offered jobs (0: none). */
  readonly minBond: bigint;
  /** Share of the bond, in basis points, paid to the customer when a job fails. */
  readonly bondSlashBps: number;
  /** Accounts whose attestations count (Akash x/audit style). */
  readonly auditors: readonly string[];
}

export const DEFAULT_PRINTERS_PARAMS: PrintersParams = {
  maxPrintersPerOwner: 1000,
  maxMaterials: 16,
  bondDenom: "uprint",
  minBond: 1_000_000n,
  bondSlashBps: 1000,
  auditors: [],
};

export function paramsToProto(params: PrintersParams): printchain.printers.v1.Params {
  return printersCodecs.Params.fromPartial({ ...params, minBond: params.minBond.toString() });
}

export function paramsFromProto(message: printchain.printers.v1.IParams): PrintersParams {
  const params: PrintersParams = {
    maxPrintersPerOwner: message.maxPrintersPerOwner ?? 0,
    maxMaterials: message.maxMaterials ?? 0,
    bondDenom: message.bondDenom ?? "",
    minBond: parseAmount(message.minBond || "0", "min_bond"),
    bondSlashBps: message.bondSlashBps ?? 0,
    auditors: [...(message.auditors ?? [])],
  };
  validatePrintersParams(params);
  return params;
}

export function validatePrintersParams(params: PrintersParams): void {
  if (params.maxPrintersPerOwner <= 0 || params.maxMaterials <= 0) throw new Error("printers params: limits must be positive");
  if (!isValidDenom(params.bondDenom)) throw new Error(`printers params: invalid bond_denom ${JSON.stringify(params.bondDenom)}`);
  if (params.bondSlashBps > 10_000) throw new Error("printers params: bond_slash_bps must be at most 10000");
  if (new Set(params.auditors).size !== params.auditors.length) throw new Error("printers params: duplicate auditor");
  for (const auditor of params.auditors) if (!isValidAddress(auditor)) throw new Error(`printers params: invalid auditor ${JSON.stringify(auditor)}`);
}
