import { emissionsCodecs, toBigInt } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import { queryRoute, type QueryRoute } from "../../types/module";
import type { BankKeeper } from "./expectedKeepers";
import type { EmissionsKeeper } from "./keeper";
import { paramsToProto } from "./params";
import { projectSchedule } from "./schedule";

const MAX_PROJECTION = 10_000;

/** printchain.emissions.v1.Query. */
export function emissionsQueryRoutes(keeper: EmissionsKeeper, bank: BankKeeper): QueryRoute[] {
  const C = emissionsCodecs;
  const path = (method: string): string => `/printchain.emissions.v1.Query/${method}`;
  return [
    queryRoute(path("Params"), C.QueryParamsRequest, C.QueryParamsResponse, (store) => C.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) })),
    queryRoute(path("CurrentEpoch"), C.QueryCurrentEpochRequest, C.QueryCurrentEpochResponse, (store) => C.QueryCurrentEpochResponse.fromPartial(keeper.currentEpoch(store))),
    queryRoute(path("EpochSummary"), C.QueryEpochSummaryRequest, C.QueryEpochSummaryResponse, (store, { epoch }) => {
      const summary = keeper.getSummary(store, Number(toBigInt(epoch)));
      if (!summary) throw queryNotFound(`epoch ${toBigInt(epoch)} is not settled`);
      return C.QueryEpochSummaryResponse.fromPartial({ summary });
    }),
    queryRoute(path("Rewards"), C.QueryRewardsRequest, C.QueryRewardsResponse, (store, { address, epoch }) => {
      if (!isValidAddress(address)) throw queryInvalidArgument(`invalid address ${JSON.stringify(address.slice(0, 80))}`);
      const rewards = [...keeper.rewards(store, address, Number(toBigInt(epoch)))];
      return C.QueryRewardsResponse.fromPartial({ rewards, total: rewards.reduce((sum, reward) => sum + BigInt(reward.amount), 0n).toString() });
    }),
    queryRoute(path("PrinterPoints"), C.QueryPrinterPointsRequest, C.QueryPrinterPointsResponse, (store, { printerId, epoch }) => {
      const points = keeper.getPrinterPoints(store, Number(toBigInt(epoch)), printerId);
      if (!points) throw queryNotFound(`printer ${JSON.stringify(printerId.slice(0, 80))} has no points in epoch ${toBigInt(epoch)}`);
      return C.QueryPrinterPointsResponse.fromPartial({ points });
    }),
    queryRoute(path("Projection"), C.QueryProjectionRequest, C.QueryProjectionResponse, (store, { epochs }) => {
      if (epochs === 0 || epochs > MAX_PROJECTION) throw queryInvalidArgument(`epochs must be between 1 and ${MAX_PROJECTION}`);
      const params = keeper.getParams(store);
      const projection = projectSchedule(params.schedule, keeper.currentEpoch(store).epoch, bank.getSupply(store, params.mintDenom), epochs);
      return C.QueryProjectionResponse.fromPartial({ epochs: projection.map(({ epoch, mint, supplyAfter }) => ({ epoch, mint: mint.toString(), supplyAfter: supplyAfter.toString() })) });
    }),
  ];
}
