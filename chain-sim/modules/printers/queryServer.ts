import { printersCodecs } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import { queryRoute, type QueryRoute } from "../../types/module";
import { pageRequest, paginate } from "../../types/pagination";
import { OWNERS_PREFIX, PRINTERS_PREFIX, REGIONS_PREFIX, STATUS_PREFIX, type Printer, type PrintersKeeper } from "./keeper";
import { derivedRates } from "./performance";
import { paramsToProto } from "./params";

const quoted = (text: string): string => JSON.stringify(text.slice(0, 80));

/** printchain.printers.v1.Query. */
export function printersQueryRoutes(keeper: PrintersKeeper): QueryRoute[] {
  const C = printersCodecs;
  const found = (store: KVReader, printerId: string): Printer => {
    const printer = keeper.getPrinter(store, printerId);
    if (!printer) throw queryNotFound(`printer ${quoted(printerId)} not found`);
    return printer;
  };
  return [
    queryRoute("/printchain.printers.v1.Query/Printer", C.QueryPrinterRequest, C.QueryPrinterResponse, (store, { printerId }) =>
      C.QueryPrinterResponse.fromPartial({ printer: found(store, printerId) }),
    ),
    queryRoute("/printchain.printers.v1.Query/Printers", C.QueryPrintersRequest, C.QueryPrintersResponse, (store, { owner, region, status, pagination }) => {
      const filters = [owner, region, status].filter(Boolean).length;
      if (filters > 1) throw queryInvalidArgument("give at most one of owner, region and status");
      if (owner && !isValidAddress(owner)) throw queryInvalidArgument(`invalid owner ${quoted(owner)}`);
      if (region.includes("/")) throw queryInvalidArgument(`invalid region ${quoted(region)}`);
      const byIndex = (prefix: string) =>
        paginate(store, prefix, pageRequest(pagination), ([key]) => keeper.getPrinter(store, key.slice(prefix.length))!);
      const { items, page } = owner
        ? byIndex(`${OWNERS_PREFIX}${owner}/`)
        : region
          ? byIndex(`${REGIONS_PREFIX}${region}/`)
          : status
            ? byIndex(`${STATUS_PREFIX}${status}/`)
            : paginate(store, PRINTERS_PREFIX, pageRequest(pagination), ([, value]) => C.Printer.decode(value));
      return C.QueryPrintersResponse.fromPartial({ printers: items, pagination: page });
    }),
    queryRoute("/printchain.printers.v1.Query/PrinterPerformance", C.QueryPrinterPerformanceRequest, C.QueryPrinterPerformanceResponse, (store, { printerId }) => {
      found(store, printerId);
      const stats = keeper.getStats(store, printerId);
      return C.QueryPrinterPerformanceResponse.fromPartial({ stats, ...derivedRates(stats) });
    }),
    queryRoute("/printchain.printers.v1.Query/Attestations", C.QueryAttestationsRequest, C.QueryAttestationsResponse, (store, { printerId }) => {
      found(store, printerId);
      return C.QueryAttestationsResponse.fromPartial({ attestations: [...keeper.attestations(store, printerId)] });
    }),
    queryRoute("/printchain.printers.v1.Query/Params", C.QueryParamsRequest, C.QueryParamsResponse, (store) =>
      C.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) }),
    ),
  ];
}
