import { jobsCodecs, toBigInt } from "../../../proto";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import { queryRoute, type QueryRoute } from "../../types/module";
import { pageRequest, paginate } from "../../types/pagination";
import { CUSTOMER_PREFIX, JOBS_PREFIX, OFFERS_PREFIX, PRINTER_PREFIX, STATUS_PREFIX, type JobsKeeper } from "./keeper";
import { paramsToProto } from "./params";

const quoted = (text: string): string => JSON.stringify(text.slice(0, 80));

/** printchain.jobs.v1.Query. */
export function jobsQueryRoutes(keeper: JobsKeeper): QueryRoute[] {
  const C = jobsCodecs;
  return [
    queryRoute("/printchain.jobs.v1.Query/Job", C.QueryJobRequest, C.QueryJobResponse, (store, { jobId }) => {
      const job = keeper.getJob(store, toBigInt(jobId));
      if (!job) throw queryNotFound(`job ${toBigInt(jobId)} not found`);
      return C.QueryJobResponse.fromPartial({ job });
    }),
    queryRoute("/printchain.jobs.v1.Query/Jobs", C.QueryJobsRequest, C.QueryJobsResponse, (store, { customer, printerId, status, pagination }) => {
      if ([customer, printerId, status].filter(Boolean).length > 1) throw queryInvalidArgument("give at most one of customer, printer_id and status");
      if (customer && !isValidAddress(customer)) throw queryInvalidArgument(`invalid customer ${quoted(customer)}`);
      if (printerId.includes("/")) throw queryInvalidArgument(`invalid printer_id ${quoted(printerId)}`);
      const prefix = customer ? `${CUSTOMER_PREFIX}${customer}/` : printerId ? `${PRINTER_PREFIX}${printerId}/` : status ? `${STATUS_PREFIX}${status}/` : JOBS_PREFIX;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([key, value]) =>
        prefix === JOBS_PREFIX ? C.Job.decode(value) : keeper.getJob(store, BigInt(key.slice(-20)))!,
      );
      return C.QueryJobsResponse.fromPartial({ jobs: items, pagination: page });
    }),
    queryRoute("/printchain.jobs.v1.Query/JobOffers", C.QueryJobOffersRequest, C.QueryJobsResponse, (store, { printerId, pagination }) => {
      if (!printerId || printerId.includes("/")) throw queryInvalidArgument(`invalid printer_id ${quoted(printerId)}`);
      const prefix = `${OFFERS_PREFIX}${printerId}/`;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([key]) => keeper.getJob(store, BigInt(key.slice(-20)))!);
      return C.QueryJobsResponse.fromPartial({ jobs: items, pagination: page });
    }),
    queryRoute("/printchain.jobs.v1.Query/Params", C.QueryParamsRequest, C.QueryParamsResponse, (store) =>
      C.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) }),
    ),
  ];
}
