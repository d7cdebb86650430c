import { printersCodecs, type printchain } from "../../../proto";

/** Params of the printers module. */
export interface PrintersParams {
  /** Most printers one owner (a fleet) may register. */
  readonly maxPrintersPerOwner: number;
  /** Most materials one printer may list. */
  readonly maxMaterials: number;
}

export const DEFAULT_PRINTERS_PARAMS: PrintersParams = { maxPrintersPerOwner: 1000, maxMaterials: 16 };

export function paramsToProto(params: PrintersParams): printchain.printers.v1.Params {
  return printersCodecs.Params.fromPartial({ maxPrintersPerOwner: params.maxPrintersPerOwner, maxMaterials: params.maxMaterials });
}

export function paramsFromProto(message: printchain.printers.v1.IParams): PrintersParams {
  const params = { maxPrintersPerOwner: message.maxPrintersPerOwner ?? 0, maxMaterials: message.maxMaterials ?? 0 };
  if (params.maxPrintersPerOwner <= 0 || params.maxMaterials <= 0) throw new Error("printers params: limits must be positive");
  return params;
}
