import { stakingCodecs, type printchain } from "../../../proto";
import { accountFromValoper, validateAddress, VALOPER_PREFIX } from "../../types/address";
import type { Context } from "../../types/context";
import { formatDec } from "../../types/dec";
import { codecMsgRoute, updateParamsRoute, type MsgRoute } from "../../types/module";
import { stakingErrors } from "./errors";
import { emitCreateValidator, emitDelegate, emitRedelegate, emitUnbond } from "./events";
import { BondStatus, type StakingKeeper } from "./keeper";
import { paramsFromProto, type StakingParams } from "./params";
import { assertBondDenom, commissionToProto, parseCommission, parseMinSelfDelegation, parsePositiveCoin, validateDescription, validatePubKey } from "./validation";

const C = stakingCodecs;

/** The operator account of a printvaloper1... address (a ChainError if it is not one). */
function operatorAccount(valoper: string, field = "validator_address"): string {
  validateAddress(valoper, field, VALOPER_PREFIX);
  return accountFromValoper(valoper);
}

/** The stateless checks MsgDelegate and MsgUndelegate share. */
function validateDelegationMsg(msg: { delegatorAddress: string; validatorAddress: string; amount?: printchain.base.v1.ICoin | null }): void {
  validateAddress(msg.delegatorAddress, "delegator_address");
  validateAddress(msg.validatorAddress, "validator_address", VALOPER_PREFIX);
  parsePositiveCoin(msg.amount, "amount");
}

/** printchain.staking.v1.Msg. */
export function stakingMsgRoutes(keeper: StakingKeeper, authority: string): MsgRoute<never>[] {
  /** A message's amount: positive and in the bond denom. */
  const bondAmount = (ctx: Context, coin: printchain.base.v1.ICoin | null | undefined): bigint => {
    const { denom, amount } = parsePositiveCoin(coin, "amount");
    assertBondDenom(denom, keeper.getParams(ctx.store).bondDenom, "amount");
    return amount;
  };
  const setParams = (ctx: Context, params: StakingParams): void => {
    const current = keeper.getParams(ctx.store);
    if (params.bondDenom !== current.bondDenom) {
      const pools = keeper.poolBalances(ctx.store);
      const hasValidators = !keeper.validators(ctx.store).next().done;
      const hasUnbonding = !keeper.unbondingDelegations(ctx.store).next().done;
      if (hasValidators || hasUnbonding || pools.bonded > 0n || pools.notBonded > 0n) {
        throw stakingErrors.bondDenomChange.wrap(`changing the bond denom from ${current.bondDenom} to ${params.bondDenom} refused`);
      }
    }
    keeper.setParams(ctx, params);
  };

  return [
    codecMsgRoute(C.MsgCreateValidator, {
      signer: (msg) => operatorAccount(msg.validatorAddress),
      validateBasic(msg) {
        operatorAccount(msg.validatorAddress);
        validateDescription(msg.description);
        parseCommission(msg.commission);
        validatePubKey(msg.pubkey);
        const minSelf = parseMinSelfDelegation(msg.minSelfDelegation);
        const value = parsePositiveCoin(msg.value, "value");
        if (value.amount < minSelf) throw stakingErrors.invalidMinSelfDelegation.wrap(`self-delegation ${value.amount} is below min_self_delegation ${minSelf}`);
      },
      handle(ctx, msg) {
        const params = keeper.getParams(ctx.store);
        const operator = msg.validatorAddress;
        const value = parsePositiveCoin(msg.value, "value");
        assertBondDenom(value.denom, params.bondDenom, "value");
        if (keeper.getValidator(ctx.store, operator)) throw stakingErrors.validatorExists.wrap(operator);
        const usedBy = keeper.validatorByPubKey(ctx.store, msg.pubkey);
        if (usedBy) throw stakingErrors.pubKeyInUse.wrap(`the key is the consensus key of ${usedBy}`);
        const commission = parseCommission(msg.commission);
        if (commission.rate < params.minCommissionRate) {
          throw stakingErrors.invalidCommission.wrap(`rate ${formatDec(commission.rate)} is below min_commission_rate ${formatDec(params.minCommissionRate)}`);
        }
        keeper.setValidator(
          ctx,
          C.Validator.fromPartial({
            operatorAddress: operator,
            consensusPubkey: new Uint8Array(msg.pubkey),
            status: BondStatus.BOND_STATUS_UNBONDED,
            tokens: "0",
            delegatorShares: formatDec(0n),
            description: C.Description.fromPartial(msg.description ?? {}),
            commission: commissionToProto(commission),
            minSelfDelegation: parseMinSelfDelegation(msg.minSelfDelegation).toString(),
            creationHeight: ctx.block.height,
          }),
        );
        keeper.delegate(ctx, accountFromValoper(operator), operator, value.amount);
        emitCreateValidator(ctx.events, operator, accountFromValoper(operator), value.amount, formatDec(commission.rate));
      },
    }),
    codecMsgRoute(C.MsgDelegate, {
      signer: (msg) => msg.delegatorAddress,
      validateBasic: validateDelegationMsg,
      handle(ctx, msg) {
        const amount = bondAmount(ctx, msg.amount);
        keeper.mustGetValidator(ctx.store, msg.validatorAddress);
        const newShares = formatDec(keeper.delegate(ctx, msg.delegatorAddress, msg.validatorAddress, amount));
        emitDelegate(ctx.events, msg.delegatorAddress, msg.validatorAddress, amount, newShares);
        return C.MsgDelegateResponse.encode(C.MsgDelegateResponse.fromPartial({ newShares })).finish();
      },
    }),
    codecMsgRoute(C.MsgUndelegate, {
      signer: (msg) => msg.delegatorAddress,
      validateBasic: validateDelegationMsg,
      handle(ctx, msg) {
        const amount = bondAmount(ctx, msg.amount);
        const { completionHeight, tokens } = keeper.undelegate(ctx, msg.delegatorAddress, msg.validatorAddress, amount);
        emitUnbond(ctx.events, msg.delegatorAddress, msg.validatorAddress, tokens, completionHeight);
        const paid = { denom: keeper.getParams(ctx.store).bondDenom, amount: tokens.toString() };
        return C.MsgUndelegateResponse.encode(C.MsgUndelegateResponse.fromPartial({ completionHeight, amount: paid })).finish();
      },
    }),
    codecMsgRoute(C.MsgBeginRedelegate, {
      signer: (msg) => msg.delegatorAddress,
      validateBasic(msg) {
        validateAddress(msg.delegatorAddress, "delegator_address");
        validateAddress(msg.validatorSrcAddress, "validator_src_address", VALOPER_PREFIX);
        validateAddress(msg.validatorDstAddress, "validator_dst_address", VALOPER_PREFIX);
        if (msg.validatorSrcAddress === msg.validatorDstAddress) throw stakingErrors.selfRedelegation.wrap(msg.validatorSrcAddress);
        parsePositiveCoin(msg.amount, "amount");
      },
      handle(ctx, msg) {
        const amount = bondAmount(ctx, msg.amount);
        const { completionHeight, tokens } = keeper.redelegate(ctx, msg.delegatorAddress, msg.validatorSrcAddress, msg.validatorDstAddress, amount);
        emitRedelegate(ctx.events, msg.delegatorAddress, msg.validatorSrcAddress, msg.validatorDstAddress, tokens, completionHeight);
        return C.MsgBeginRedelegateResponse.encode(C.MsgBeginRedelegateResponse.fromPartial({ completionHeight })).finish();
      },
    }),
    updateParamsRoute(C.MsgUpdateParams, { authority, parse: paramsFromProto, set: setParams, errors: stakingErrors }),
  ];
}
