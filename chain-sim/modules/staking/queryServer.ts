import { printchain, stakingCodecs } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import { isValidAddress, VALOPER_PREFIX } from "../../types/address";
import { queryInvalidArgument, queryNotFound } from "../../types/errors";
import { queryRoute, type QueryRoute } from "../../types/module";
import { pageRequest, paginate } from "../../types/pagination";
import {
  DELEGATIONS_PREFIX,
  delegationBalance,
  REDELEGATIONS_PREFIX,
  STATUS_INDEX,
  UNBONDING_PREFIX,
  VALIDATOR_DELEGATIONS_INDEX,
  VALIDATORS_PREFIX,
  type Delegation,
  type StakingKeeper,
  type Validator,
} from "./keeper";
import { paramsToProto } from "./params";

const quoted = (text: string): string => JSON.stringify(text.slice(0, 80));
const { BondStatus } = printchain.staking.v1;

/** printchain.staking.v1.Query. */
export function stakingQueryRoutes(keeper: StakingKeeper): QueryRoute[] {
  const Q = stakingCodecs;
  const validOperator = (operator: string): string => {
    if (!isValidAddress(operator, VALOPER_PREFIX)) throw queryInvalidArgument(`invalid validator address ${quoted(operator)}`);
    return operator;
  };
  const validDelegator = (delegator: string): string => {
    if (!isValidAddress(delegator)) throw queryInvalidArgument(`invalid delegator address ${quoted(delegator)}`);
    return delegator;
  };
  const found = (store: KVReader, operator: string): Validator => {
    const validator = keeper.getValidator(store, validOperator(operator));
    if (!validator) throw queryNotFound(`validator ${quoted(operator)} not found`);
    return validator;
  };
  const response = (store: KVReader, delegation: Delegation, validator?: Validator) => ({
    delegation,
    balance: delegationBalance(validator ?? keeper.getValidator(store, delegation.validatorAddress)!, delegation).toString(),
  });

  return [
    queryRoute("/printchain.staking.v1.Query/Params", Q.QueryParamsRequest, Q.QueryParamsResponse, (store) =>
      Q.QueryParamsResponse.fromPartial({ params: paramsToProto(keeper.getParams(store)) }),
    ),
    queryRoute("/printchain.staking.v1.Query/Validators", Q.QueryValidatorsRequest, Q.QueryValidatorsResponse, (store, { status, pagination }) => {
      if (!status) {
        const { items, page } = paginate(store, VALIDATORS_PREFIX, pageRequest(pagination), ([, value]) => Q.Validator.decode(value));
        return Q.QueryValidatorsResponse.fromPartial({ validators: items, pagination: page });
      }
      const number = (BondStatus as unknown as Record<string, number>)[status];
      if (typeof number !== "number" || number === BondStatus.BOND_STATUS_UNSPECIFIED) throw queryInvalidArgument(`unknown status ${quoted(status)}: use BOND_STATUS_BONDED, BOND_STATUS_UNBONDING or BOND_STATUS_UNBONDED`);
      const prefix = `${STATUS_INDEX}${number}/`;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([key]) => keeper.getValidator(store, key.slice(prefix.length))!);
      return Q.QueryValidatorsResponse.fromPartial({ validators: items, pagination: page });
    }),
    queryRoute("/printchain.staking.v1.Query/Validator", Q.QueryValidatorRequest, Q.QueryValidatorResponse, (store, { validatorAddr }) =>
      Q.QueryValidatorResponse.fromPartial({ validator: found(store, validatorAddr) }),
    ),
    queryRoute("/printchain.staking.v1.Query/ValidatorDelegations", Q.QueryValidatorDelegationsRequest, Q.QueryValidatorDelegationsResponse, (store, { validatorAddr, pagination }) => {
      const validator = found(store, validatorAddr);
      const prefix = `${VALIDATOR_DELEGATIONS_INDEX}${validatorAddr}/`;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([key]) =>
        response(store, keeper.getDelegation(store, key.slice(prefix.length), validatorAddr)!, validator),
      );
      return Q.QueryValidatorDelegationsResponse.fromPartial({ delegationResponses: items, pagination: page });
    }),
    queryRoute("/printchain.staking.v1.Query/Delegation", Q.QueryDelegationRequest, Q.QueryDelegationResponse, (store, { delegatorAddr, validatorAddr }) => {
      validDelegator(delegatorAddr);
      const validator = found(store, validatorAddr);
      const delegation = keeper.getDelegation(store, delegatorAddr, validatorAddr);
      if (!delegation) throw queryNotFound(`delegation with delegator ${quoted(delegatorAddr)} not found for validator ${quoted(validatorAddr)}`);
      return Q.QueryDelegationResponse.fromPartial({ delegationResponse: response(store, delegation, validator) });
    }),
    queryRoute("/printchain.staking.v1.Query/DelegatorDelegations", Q.QueryDelegatorDelegationsRequest, Q.QueryDelegatorDelegationsResponse, (store, { delegatorAddr, pagination }) => {
      const prefix = `${DELEGATIONS_PREFIX}${validDelegator(delegatorAddr)}/`;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([, value]) => response(store, Q.Delegation.decode(value)));
      return Q.QueryDelegatorDelegationsResponse.fromPartial({ delegationResponses: items, pagination: page });
    }),
    queryRoute(
      "/printchain.staking.v1.Query/DelegatorUnbondingDelegations",
      Q.QueryDelegatorUnbondingDelegationsRequest,
      Q.QueryDelegatorUnbondingDelegationsResponse,
      (store, { delegatorAddr, pagination }) => {
        const prefix = `${UNBONDING_PREFIX}${validDelegator(delegatorAddr)}/`;
        const { items, page } = paginate(store, prefix, pageRequest(pagination), ([, value]) => Q.UnbondingDelegation.decode(value));
        return Q.QueryDelegatorUnbondingDelegationsResponse.fromPartial({ unbondingResponses: items, pagination: page });
      },
    ),
    queryRoute("/printchain.staking.v1.Query/Redelegations", Q.QueryRedelegationsRequest, Q.QueryRedelegationsResponse, (store, { delegatorAddr, pagination }) => {
      const prefix = `${REDELEGATIONS_PREFIX}${validDelegator(delegatorAddr)}/`;
      const { items, page } = paginate(store, prefix, pageRequest(pagination), ([, value]) => Q.Redelegation.decode(value));
      return Q.QueryRedelegationsResponse.fromPartial({ redelegations: items, pagination: page });
    }),
    queryRoute("/printchain.staking.v1.Query/Pool", Q.QueryPoolRequest, Q.QueryPoolResponse, (store) => {
      const { bonded, notBonded } = keeper.poolBalances(store);
      return Q.QueryPoolResponse.fromPartial({ pool: { bondedTokens: bonded.toString(), notBondedTokens: notBonded.toString() } });
    }),
  ];
}
