import { printersCodecs, type printchain } from "../../../proto";
import { validateAddress } from "../../types/address";
import { msgRoute, type MsgRoute } from "../../types/module";
import { printersErrors } from "./errors";
import { emitPrinterRegistered } from "./events";
import type { PrintersKeeper } from "./keeper";
import { validateLocation, validateMoniker, validatePrinterId, validateSpec } from "./validation";

export const MSG_REGISTER_PRINTER_TYPE_URL = "/printchain.printers.v1.MsgRegisterPrinter";

const PRINTER_STATUS_ACTIVE = 1;

/** printchain.printers.v1.Msg. */
export function printersMsgRoutes(keeper: PrintersKeeper): MsgRoute<never>[] {
  return [
    msgRoute<printchain.printers.v1.MsgRegisterPrinter>({
      typeUrl: MSG_REGISTER_PRINTER_TYPE_URL,
      responseTypeUrl: "/printchain.printers.v1.MsgRegisterPrinterResponse",
      decode: (bytes) => printersCodecs.MsgRegisterPrinter.decode(bytes),
      signers: (msg) => [msg.owner],
      validateBasic(msg) {
        validateAddress(msg.owner, "owner");
        validatePrinterId(msg.printerId);
        validateMoniker(msg.moniker);
        validateSpec(msg.spec);
        validateLocation(msg.location);
      },
      handle(ctx, msg) {
        const params = keeper.getParams(ctx.store);
        if (keeper.hasPrinter(ctx, msg.printerId)) throw printersErrors.printerExists.wrap(`printer ${msg.printerId}`);
        if ((msg.spec?.materials?.length ?? 0) > params.maxMaterials) {
          throw printersErrors.invalidSpec.wrap(`at most ${params.maxMaterials} materials per printer`);
        }
        if (keeper.countFleet(ctx, msg.owner, params.maxPrintersPerOwner) >= params.maxPrintersPerOwner) {
          throw printersErrors.fleetLimit.wrap(`${msg.owner} already has ${params.maxPrintersPerOwner} printers`);
        }
        const printer = printersCodecs.Printer.fromPartial({
          id: msg.printerId,
          owner: msg.owner,
          moniker: msg.moniker,
          spec: msg.spec,
          location: msg.location,
          status: PRINTER_STATUS_ACTIVE,
          registeredHeight: BigInt(ctx.block.height),
        });
        keeper.setPrinter(ctx, printer);
        emitPrinterRegistered(ctx.events, printer);
        return printersCodecs.MsgRegisterPrinterResponse.encode(printersCodecs.MsgRegisterPrinterResponse.fromPartial({})).finish();
      },
    }),
  ];
}
