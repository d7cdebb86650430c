import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryParamsResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { isValidAddress } from "../../types/address";
import { isValidDenom, toWireCoin } from "../../types/coins";
import { queryInvalidArgument } from "../../types/errors";
import type { QueryRoute } from "../../types/module";
import { paginate } from "../../types/pagination";
import { BALANCES_PREFIX, SUPPLY_PREFIX, type BankKeeper } from "./keeper";

const utf8Decoder = new TextDecoder();

function checkAddress(address: string): void {
  if (!isValidAddress(address)) throw queryInvalidArgument(`invalid address ${JSON.stringify(address)}`);
}

/** cosmos.bank.v1beta1.Query, as CosmJS's bank extension calls it. */
export function bankQueryRoutes(keeper: BankKeeper): QueryRoute[] {
  const balancesPage = (store: Parameters<QueryRoute["handle"]>[0], address: string, pagination: QueryAllBalancesRequest["pagination"]) => {
    checkAddress(address);
    const prefix = `${BALANCES_PREFIX}${address}/`;
    return paginate(store, prefix, pagination, ([key, value]) => ({ denom: key.slice(prefix.length), amount: utf8Decoder.decode(value) }));
  };
  return [
    {
      path: "/cosmos.bank.v1beta1.Query/Balance",
      handle(store, request) {
        const { address, denom } = QueryBalanceRequest.decode(request);
        checkAddress(address);
        if (!isValidDenom(denom)) throw queryInvalidArgument(`invalid denom ${JSON.stringify(denom)}`);
        // A missing balance is a zero coin, never an empty response (CosmJS asserts the coin).
        const balance = toWireCoin({ denom, amount: keeper.getBalance(store, address, denom) });
        return QueryBalanceResponse.encode({ balance }).finish();
      },
    },
    {
      path: "/cosmos.bank.v1beta1.Query/AllBalances",
      handle(store, request) {
        const { address, pagination } = QueryAllBalancesRequest.decode(request);
        const { items, page } = balancesPage(store, address, pagination);
        return QueryAllBalancesResponse.encode({ balances: items, pagination: page }).finish();
      },
    },
    {
      path: "/cosmos.bank.v1beta1.Query/SpendableBalances",
      handle(store, request) {
        const { address, pagination } = QuerySpendableBalancesRequest.decode(request);
        const { items, page } = balancesPage(store, address, pagination);
        return QuerySpendableBalancesResponse.encode({ balances: items, pagination: page }).finish();
      },
    },
    {
      path: "/cosmos.bank.v1beta1.Query/TotalSupply",
      handle(store, request) {
        const { pagination } = QueryTotalSupplyRequest.decode(request);
        const { items, page } = paginate(store, SUPPLY_PREFIX, pagination, ([key, value]) => ({
          denom: key.slice(SUPPLY_PREFIX.length),
          amount: utf8Decoder.decode(value),
        }));
        return QueryTotalSupplyResponse.encode({ supply: items, pagination: page }).finish();
      },
    },
    {
      path: "/cosmos.bank.v1beta1.Query/SupplyOf",
      handle(store, request) {
        const { denom } = QuerySupplyOfRequest.decode(request);
        if (!isValidDenom(denom)) throw queryInvalidArgument(`invalid denom ${JSON.stringify(denom)}`);
        return QuerySupplyOfResponse.encode({ amount: toWireCoin({ denom, amount: keeper.getSupply(store, denom) }) }).finish();
      },
    },
    {
      path: "/cosmos.bank.v1beta1.Query/Params",
      handle(store) {
        const params = keeper.getParams(store);
        return QueryParamsResponse.encode({ params: { sendEnabled: [], defaultSendEnabled: params.defaultSendEnabled } }).finish();
      },
    },
  ];
}
