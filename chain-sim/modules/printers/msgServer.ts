import { printersCodecs } from "../../../proto";
import { validateAddress } from "../../types/address";
import { parseAmount } from "../../types/coins";
import type { Context } from "../../types/context";
import { codecMsgRoute, updateParamsRoute, type MsgRoute } from "../../types/module";
import { printersErrors } from "./errors";
import { emitAttestation, emitBondRefunded, emitPrinterRegistered, emitPrinterStatusChanged, emitPrinterUpdated } from "./events";
import { bondOf, PRINTER_BONDS_ACCOUNT, PrinterStatus, type Printer, type PrintersKeeper } from "./keeper";
import type { BankKeeper } from "./expectedKeepers";
import { paramsFromProto } from "./params";
import { validateLocation, validateMoniker, validatePrinterId, validateSpec } from "./validation";

const MSG = printersCodecs;

function optionalAmount(amount: string, what: string): bigint {
  return amount === "" ? 0n : parseAmount(amount, what);
}

/** printchain.printers.v1.Msg. */
export function printersMsgRoutes(keeper: PrintersKeeper, bank: BankKeeper, authority: string): MsgRoute<never>[] {
  const ownedPrinter = (ctx: Context, owner: string, printerId: string): Printer => {
    const printer = keeper.mustGetPrinter(ctx.store, printerId);
    if (printer.owner !== owner) throw printersErrors.notOwner.wrap(`${owner} does not own printer ${printerId}`);
    if (printer.status === PrinterStatus.PRINTER_STATUS_RETIRED) throw printersErrors.retired.wrap(`printer ${printerId}`);
    return printer;
  };
  const lockBond = (ctx: Context, owner: string, amount: bigint): void => {
    if (amount > 0n) bank.sendCoinsFromAccountToModule(ctx, owner, PRINTER_BONDS_ACCOUNT, [{ denom: keeper.getParams(ctx.store).bondDenom, amount }]);
  };
  const validateAuditorMsg = (msg: { auditor: string; printerId: string }): void => {
    validateAddress(msg.auditor, "auditor");
    validatePrinterId(msg.printerId);
  };
  const auditorCheck = (ctx: Context, auditor: string): void => {
    if (!keeper.getParams(ctx.store).auditors.includes(auditor)) throw printersErrors.notAuditor.wrap(auditor);
  };

  return [
    codecMsgRoute(MSG.MsgRegisterPrinter, {
      signer: (msg) => msg.owner,
      validateBasic(msg) {
        validateAddress(msg.owner, "owner");
        validatePrinterId(msg.printerId);
        validateMoniker(msg.moniker);
        validateSpec(msg.spec);
        validateLocation(msg.location);
        optionalAmount(msg.bond, "bond");
      },
      handle(ctx, msg) {
        const params = keeper.getParams(ctx.store);
        if (keeper.hasPrinter(ctx.store, msg.printerId)) throw printersErrors.printerExists.wrap(`printer ${msg.printerId}`);
        if ((msg.spec?.materials?.length ?? 0) > params.maxMaterials) {
          throw printersErrors.invalidSpec.wrap(`at most ${params.maxMaterials} materials per printer`);
        }
        if (keeper.fleetSize(ctx.store, msg.owner) >= params.maxPrintersPerOwner) {
          throw printersErrors.fleetLimit.wrap(`${msg.owner} already has ${params.maxPrintersPerOwner} printers`);
        }
        const bond = optionalAmount(msg.bond, "bond");
        if (bond < params.minBond) throw printersErrors.insufficientBond.wrap(`bond ${bond}${params.bondDenom} is below the minimum ${params.minBond}${params.bondDenom}`);
        lockBond(ctx, msg.owner, bond);
        const printer = MSG.Printer.fromPartial({
          id: msg.printerId,
          owner: msg.owner,
          moniker: msg.moniker,
          spec: msg.spec,
          location: msg.location,
          status: PrinterStatus.PRINTER_STATUS_ACTIVE,
          registeredHeight: ctx.block.height,
          bond: bond.toString(),
          updatedHeight: ctx.block.height,
        });
        keeper.setPrinter(ctx, printer);
        emitPrinterRegistered(ctx.events, printer);
      },
    }),
    codecMsgRoute(MSG.MsgUpdatePrinter, {
      signer: (msg) => msg.owner,
      validateBasic(msg) {
        validateAddress(msg.owner, "owner");
        validatePrinterId(msg.printerId);
        if (msg.moniker != null) validateMoniker(msg.moniker);
        if (msg.spec) validateSpec(msg.spec);
        if (msg.location) validateLocation(msg.location);
        const addBond = optionalAmount(msg.addBond, "add_bond");
        if (msg.moniker == null && !msg.spec && !msg.location && addBond === 0n) throw printersErrors.invalidSpec.wrap("nothing to update");
      },
      handle(ctx, msg) {
        const previous = ownedPrinter(ctx, msg.owner, msg.printerId);
        const params = keeper.getParams(ctx.store);
        if ((msg.spec?.materials?.length ?? 0) > params.maxMaterials) throw printersErrors.invalidSpec.wrap(`at most ${params.maxMaterials} materials per printer`);
        const addBond = optionalAmount(msg.addBond, "add_bond");
        const next = MSG.Printer.fromPartial({
          ...previous,
          moniker: msg.moniker ?? previous.moniker,
          spec: msg.spec ?? previous.spec,
          location: msg.location ?? previous.location,
          bond: (bondOf(previous) + addBond).toString(),
          updatedHeight: ctx.block.height,
        });
        const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;
        const encoded = (printer: Printer): Uint8Array[] => [MSG.PrinterSpec.encode(printer.spec as never).finish(), MSG.Location.encode(printer.location as never).finish()];
        const [nextSpec, nextLocation] = encoded(next);
        const [previousSpec, previousLocation] = encoded(previous);
        const attributesChanged = !same(nextSpec, previousSpec) || !same(nextLocation, previousLocation);
        let attestationsRemoved = 0;
        if (attributesChanged) {
          const conflict = keeper.activeJobConflict(ctx.store, next);
          if (conflict) throw printersErrors.breaksActiveJob.wrap(conflict);
          // Auditors attested the old attributes, not these.
          attestationsRemoved = keeper.clearAttestations(ctx, next.id);
        }
        lockBond(ctx, msg.owner, addBond);
        keeper.setPrinter(ctx, next);
        emitPrinterUpdated(ctx.events, next, attestationsRemoved);
      },
    }),
    codecMsgRoute(MSG.MsgSetPrinterStatus, {
      signer: (msg) => msg.owner,
      validateBasic(msg) {
        validateAddress(msg.owner, "owner");
        validatePrinterId(msg.printerId);
        if (![PrinterStatus.PRINTER_STATUS_ACTIVE, PrinterStatus.PRINTER_STATUS_PAUSED, PrinterStatus.PRINTER_STATUS_RETIRED].includes(msg.status)) {
          throw printersErrors.invalidStatusChange.wrap(`unknown status ${msg.status}`);
        }
      },
      handle(ctx, msg) {
        const previous = ownedPrinter(ctx, msg.owner, msg.printerId);
        if (previous.status === msg.status) throw printersErrors.invalidStatusChange.wrap(`printer ${msg.printerId} already has that status`);
        let bond = bondOf(previous);
        if (msg.status === PrinterStatus.PRINTER_STATUS_RETIRED) {
          const active = keeper.getStats(ctx.store, previous.id).activeJobs;
          if (active > 0) throw printersErrors.breaksActiveJob.wrap(`printer ${previous.id} has ${active} active jobs`);
          if (bond > 0n) {
            bank.sendCoinsFromModuleToAccount(ctx, PRINTER_BONDS_ACCOUNT, previous.owner, [{ denom: keeper.getParams(ctx.store).bondDenom, amount: bond }]);
            emitBondRefunded(ctx.events, previous, bond);
            bond = 0n;
          }
        }
        const next = MSG.Printer.fromPartial({ ...previous, status: msg.status, bond: bond.toString(), updatedHeight: ctx.block.height });
        keeper.setPrinter(ctx, next);
        emitPrinterStatusChanged(ctx.events, next, previous.status);
      },
    }),
    codecMsgRoute(MSG.MsgAttestPrinter, {
      signer: (msg) => msg.auditor,
      validateBasic: validateAuditorMsg,
      handle(ctx, msg) {
        auditorCheck(ctx, msg.auditor);
        const printer = keeper.mustGetPrinter(ctx.store, msg.printerId);
        if (printer.status === PrinterStatus.PRINTER_STATUS_RETIRED) throw printersErrors.retired.wrap(`printer ${msg.printerId}`);
        keeper.setAttestation(ctx, MSG.Attestation.fromPartial({ printerId: msg.printerId, auditor: msg.auditor, height: ctx.block.height }));
        keeper.setPrinter(ctx, printer);
        emitAttestation(ctx.events, msg.printerId, msg.auditor, false);
      },
    }),
    codecMsgRoute(MSG.MsgRevokeAttestation, {
      signer: (msg) => msg.auditor,
      validateBasic: validateAuditorMsg,
      handle(ctx, msg) {
        auditorCheck(ctx, msg.auditor);
        if (!keeper.getAttestation(ctx.store, msg.printerId, msg.auditor)) throw printersErrors.attestationNotFound.wrap(`${msg.auditor} has not attested ${msg.printerId}`);
        keeper.deleteAttestation(ctx, msg.printerId, msg.auditor);
        keeper.setPrinter(ctx, keeper.mustGetPrinter(ctx.store, msg.printerId));
        emitAttestation(ctx.events, msg.printerId, msg.auditor, true);
      },
    }),
    updateParamsRoute(MSG.MsgUpdateParams, { authority, parse: paramsFromProto, set: (ctx, params) => keeper.setParams(ctx, params), errors: printersErrors }),
  ];
}
