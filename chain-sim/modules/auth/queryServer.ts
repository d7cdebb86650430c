import {
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryModuleAccountsResponse,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { isValidAddress } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import type { QueryRoute } from "../../types/module";
import { paginate } from "../../types/pagination";
import { ACCOUNTS_PREFIX, accountToAny, decodeAccount, type AuthKeeper } from "./keeper";

/** cosmos.auth.v1beta1.Query, as CosmJS's auth extension calls it. */
export function authQueryRoutes(keeper: AuthKeeper): QueryRoute[] {
  return [
    {
      path: "/cosmos.auth.v1beta1.Query/Account",
      handle(store, request) {
        const { address } = QueryAccountRequest.decode(request);
        if (!isValidAddress(address)) throw queryInvalidArgument(`invalid address ${JSON.stringify(address)}`);
        const account = keeper.getAccount(store, address);
        if (!account) throw queryNotFound(`account ${address} not found`);
        return QueryAccountResponse.encode({ account: accountToAny(account) }).finish();
      },
    },
    {
      path: "/cosmos.auth.v1beta1.Query/Accounts",
      handle(store, request) {
        const { pagination } = QueryAccountsRequest.decode(request);
        const { items, page } = paginate(store, ACCOUNTS_PREFIX, pagination, ([, value]) => accountToAny(decodeAccount(value)));
        return QueryAccountsResponse.encode({ accounts: items, pagination: page }).finish();
      },
    },
    {
      path: "/cosmos.auth.v1beta1.Query/Params",
      handle(store) {
        const params = keeper.getParams(store);
        return QueryParamsResponse.encode({
          params: {
            maxMemoCharacters: BigInt(params.maxMemoCharacters),
            txSigLimit: BigInt(params.txSigLimit),
            txSizeCostPerByte: BigInt(params.txSizeCostPerByte),
            sigVerifyCostEd25519: BigInt(params.sigVerifyCostEd25519),
            sigVerifyCostSecp256k1: BigInt(params.sigVerifyCostSecp256k1),
          },
        }).finish();
      },
    },
    {
      path: "/cosmos.auth.v1beta1.Query/ModuleAccounts",
      handle(store) {
        const accounts = keeper.moduleAccounts
          .map((spec) => keeper.getAccount(store, keeper.moduleAddress(spec.name)))
          .filter((account) => account !== undefined)
          .map(accountToAny);
        return QueryModuleAccountsResponse.encode({ accounts }).finish();
      },
    },
    {
      path: "/cosmos.auth.v1beta1.Query/ModuleAccountByName",
      handle(store, request) {
        const { name } = QueryModuleAccountByNameRequest.decode(request);
        const spec = keeper.moduleAccounts.find((candidate) => candidate.name === name);
        const account = spec ? keeper.getAccount(store, keeper.moduleAddress(name)) : undefined;
        if (!account) throw queryNotFound(`module account ${name} not found`);
        return QueryModuleAccountByNameResponse.encode({ account: accountToAny(account) }).finish();
      },
    },
  ];
}
