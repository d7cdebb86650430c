import { printersCodecs, toBigInt, type printchain } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import type { QueryRoute } from "../../types/module";
import { paginate, type PageRequest } from "../../types/pagination";
import { OWNERS_PREFIX, PRINTERS_PREFIX, type PrintersKeeper } from "./keeper";
import { paramsToProto } from "./params";

function pageRequest(request: printchain.base.v1.IPageRequest | null | undefined): PageRequest | undefined {
  if (!request) return undefined;
  return {
    key: request.key ?? new Uint8Array(),
    offset: toBigInt(request.offset),
    limit: toBigInt(request.limit),
    countTotal: request.countTotal ?? false,
    reverse: request.reverse ?? false,
  };
}

/** printchain.printers.v1.Query. */
export function printersQueryRoutes(keeper: PrintersKeeper): QueryRoute[] {
  return [
    {
      path: "/printchain.printers.v1.Query/Printer",
      handle(store, request) {
        const { printerId } = printersCodecs.QueryPrinterRequest.decode(request);
        const printer = keeper.getPrinter(store, printerId);
        if (!printer) throw queryNotFound(`printer ${JSON.stringify(printerId.slice(0, 80))} not found`);
        return printersCodecs.QueryPrinterResponse.encode(printersCodecs.QueryPrinterResponse.fromPartial({ printer })).finish();
      },
    },
    {
      path: "/printchain.printers.v1.Query/Printers",
      handle(store, request) {
        const { owner, pagination } = printersCodecs.QueryPrintersRequest.decode(request);
        if (owner && !isValidAddress(owner)) throw queryInvalidArgument(`invalid owner ${JSON.stringify(owner.slice(0, 80))}`);
        // With an owner, page through that owner's index; without, through all printers by id.
        const { items, page } = owner
          ? paginate(store, `${OWNERS_PREFIX}${owner}/`, pageRequest(pagination), ([key]) => keeper.getPrinter(store, key.slice(key.lastIndexOf("/") + 1))!)
          : paginate(store, PRINTERS_PREFIX, pageRequest(pagination), ([, value]) => printersCodecs.Printer.decode(value));
        return printersCodecs.QueryPrintersResponse.encode(printersCodecs.QueryPrintersResponse.fromPartial({ printers: items, pagination: page })).finish();
      },
    },
    {
      path: "/printchain.printers.v1.Query/Params",
      handle(store) {
        return printersCodecs.QueryParamsResponse.encode(printersCodecs.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) })).finish();
      },
    },
  ];
}
