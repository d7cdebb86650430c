import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { validateAddress } from "../../types/address";
import { parseCoins, type Coin } from "../../types/coins";
import { sdkErrors } from "../../types/errors";
import { msgRoute, type MsgRoute } from "../../types/module";
import { bankErrors } from "./errors";
import type { BankKeeper } from "./keeper";

export const MSG_SEND_TYPE_URL = "/cosmos.bank.v1beta1.MsgSend";
export const MSG_MULTI_SEND_TYPE_URL = "/cosmos.bank.v1beta1.MsgMultiSend";

function nonEmptyCoins(coins: MsgSend["amount"], what: string): Coin[] {
  const parsed = parseCoins(coins, what);
  if (parsed.length === 0) throw sdkErrors.invalidCoins.wrap(`${what} must not be empty`);
  return parsed;
}

/** cosmos.bank.v1beta1.Msg: Send and MultiSend. */
export function bankMsgRoutes(keeper: BankKeeper, isBlocked: (address: string) => boolean): MsgRoute<never>[] {
  const assertCanReceive = (address: string): void => {
    if (isBlocked(address)) throw sdkErrors.unauthorized.wrap(`${address} is not allowed to receive funds`);
  };
  return [
    msgRoute<MsgSend>({
      typeUrl: MSG_SEND_TYPE_URL,
      responseTypeUrl: "/cosmos.bank.v1beta1.MsgSendResponse",
      decode: (bytes) => MsgSend.decode(bytes),
      signers: (msg) => [msg.fromAddress],
      validateBasic(msg) {
        validateAddress(msg.fromAddress, "from address");
        validateAddress(msg.toAddress, "to address");
        nonEmptyCoins(msg.amount, "send amount");
      },
      handle(ctx, msg) {
        keeper.assertSendEnabled(ctx.store);
        assertCanReceive(msg.toAddress);
        keeper.sendCoins(ctx, msg.fromAddress, msg.toAddress, parseCoins(msg.amount));
        return MsgSendResponse.encode({}).finish();
      },
    }),
    msgRoute<MsgMultiSend>({
      typeUrl: MSG_MULTI_SEND_TYPE_URL,
      responseTypeUrl: "/cosmos.bank.v1beta1.MsgMultiSendResponse",
      decode: (bytes) => MsgMultiSend.decode(bytes),
      signers: (msg) => (msg.inputs.length > 0 ? [msg.inputs[0].address] : []),
      validateBasic(msg) {
        // Since SDK v0.47 a multi-send has exactly one input.
        if (msg.inputs.length === 0) throw bankErrors.noInputs.wrap("");
        if (msg.inputs.length > 1) throw bankErrors.noInputs.wrap("multiple senders not allowed");
        if (msg.outputs.length === 0) throw bankErrors.noOutputs.wrap("");
        validateAddress(msg.inputs[0].address, "input address");
        const totalIn = sumByDenom(nonEmptyCoins(msg.inputs[0].coins, "input coins"));
        const totalOut = new Map<string, bigint>();
        for (const output of msg.outputs) {
          validateAddress(output.address, "output address");
          for (const [denom, amount] of sumByDenom(nonEmptyCoins(output.coins, "output coins"))) {
            totalOut.set(denom, (totalOut.get(denom) ?? 0n) + amount);
          }
        }
        const same = totalIn.size === totalOut.size && [...totalIn].every(([denom, amount]) => totalOut.get(denom) === amount);
        if (!same) throw bankErrors.inputOutputMismatch.wrap("");
      },
      handle(ctx, msg) {
        keeper.assertSendEnabled(ctx.store);
        const from = msg.inputs[0].address;
        for (const output of msg.outputs) {
          assertCanReceive(output.address);
          keeper.sendCoins(ctx, from, output.address, parseCoins(output.coins));
        }
        return MsgMultiSendResponse.encode({}).finish();
      },
    }),
  ];
}

function sumByDenom(coins: readonly Coin[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const coin of coins) sums.set(coin.denom, (sums.get(coin.denom) ?? 0n) + coin.amount);
  return sums;
}
