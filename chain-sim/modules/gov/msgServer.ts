import { govCodecs, printchain, toBigInt } from "../../../proto";
import { validateAddress } from "../../types/address";
import { parseCoins } from "../../types/coins";
import { DEC_ONE, formatDec, parseDec } from "../../types/dec";
import { ChainError, sdkErrors } from "../../types/errors";
import { codecMsgRoute, updateParamsRoute, type MsgRoute } from "../../types/module";
import { govErrors } from "./errors";
import type { MsgRouter } from "./expectedKeepers";
import type { GovKeeper } from "./keeper";
import { paramsFromProto } from "./params";

const C = govCodecs;
const { VoteOption } = printchain.gov.v1;
/** The SDK's MaxTitleLen and MaxSummaryLen. */
const MAX_TITLE_LENGTH = 255;
const MAX_SUMMARY_LENGTH = 10_200;

/** printchain.gov.v1.Msg. */
export function govMsgRoutes(keeper: GovKeeper, router: MsgRouter): MsgRoute<never>[] {
  return [
    codecMsgRoute(C.MsgSubmitProposal, {
      signer: (msg) => msg.proposer,
      validateBasic(msg) {
        validateAddress(msg.proposer, "proposer");
        validateProposalMessages(msg.messages, router, keeper.authority);
        if (msg.title.trim() === "") throw govErrors.invalidProposalContent.wrap("proposal title cannot be empty");
        if (msg.title.length > MAX_TITLE_LENGTH) throw govErrors.invalidProposalContent.wrap(`title is longer than ${MAX_TITLE_LENGTH} characters`);
        if (msg.summary.length > MAX_SUMMARY_LENGTH) throw govErrors.invalidProposalContent.wrap(`summary is longer than ${MAX_SUMMARY_LENGTH} characters`);
        parseCoins(msg.initialDeposit.map(wireCoin), "initial_deposit");
      },
      handle(ctx, msg) {
        const proposalId = keeper.submitProposal(ctx, msg, parseCoins(msg.initialDeposit.map(wireCoin), "initial_deposit"));
        return C.MsgSubmitProposalResponse.encode(C.MsgSubmitProposalResponse.fromPartial({ proposalId })).finish();
      },
    }),
    codecMsgRoute(C.MsgDeposit, {
      signer: (msg) => msg.depositor,
      validateBasic(msg) {
        validateAddress(msg.depositor, "depositor");
        if (parseCoins(msg.amount.map(wireCoin), "deposit").length === 0) throw sdkErrors.invalidCoins.wrap("deposit amount must not be empty");
      },
      handle: (ctx, msg) => keeper.deposit(ctx, toBigInt(msg.proposalId), msg.depositor, parseCoins(msg.amount.map(wireCoin), "deposit")),
    }),
    codecMsgRoute(C.MsgVote, {
      signer: (msg) => msg.voter,
      validateBasic(msg) {
        validateAddress(msg.voter, "voter");
        validateOptions([{ option: msg.option, weight: "1" }]);
      },
      handle: (ctx, msg) => keeper.vote(ctx, toBigInt(msg.proposalId), msg.voter, normalizedOptions([{ option: msg.option, weight: "1" }]), msg.metadata),
    }),
    codecMsgRoute(C.MsgVoteWeighted, {
      signer: (msg) => msg.voter,
      validateBasic(msg) {
        validateAddress(msg.voter, "voter");
        validateOptions(msg.options);
      },
      handle: (ctx, msg) => keeper.vote(ctx, toBigInt(msg.proposalId), msg.voter, normalizedOptions(msg.options), msg.metadata),
    }),
    updateParamsRoute(C.MsgUpdateParams, { authority: keeper.authority, parse: paramsFromProto, set: (ctx, params) => keeper.setParams(ctx, params), errors: govErrors }),
  ];
}

/**
 * A proposal's messages, checked at submission as the SDK does: at least one, each routable,
 * decodable, signed by the gov module account alone, and valid by its own module's rules (so
 * invalid params are refused now, not when the vote ends).
 */
export function validateProposalMessages(messages: ReadonlyArray<{ readonly type_url?: string | null; readonly value?: Uint8Array | null }>, router: MsgRouter, authority: string): void {
  if (messages.length === 0) throw govErrors.noProposalMsgs.wrap("a proposal needs at least one message");
  messages.forEach((message, index) => {
    const typeUrl = message.type_url ?? "";
    const route = router.route(typeUrl);
    if (!route) throw govErrors.unroutableProposalMsg.wrap(`message ${index}: ${JSON.stringify(typeUrl.slice(0, 100))}`);
    let msg: never;
    try {
      msg = route.decode(message.value ?? new Uint8Array());
    } catch (error) {
      throw govErrors.invalidProposalMsg.wrap(`message ${index} (${typeUrl}) does not decode: ${error instanceof Error ? error.message : String(error)}`);
    }
    const signers = route.signers(msg);
    if (signers.length !== 1 || signers[0] !== authority) throw govErrors.invalidSigner.wrap(`message ${index} (${typeUrl}) is signed by ${signers.join(", ").slice(0, 200)}`);
    try {
      route.validateBasic(msg);
    } catch (error) {
      if (error instanceof ChainError) throw error;
      throw govErrors.invalidProposalMsg.wrap(`message ${index} (${typeUrl}): ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** Each option once, each weight in (0, 1], the weights summing to exactly 1. */
function validateOptions(options: readonly printchain.gov.v1.IWeightedVoteOption[]): void {
  if (options.length === 0) throw govErrors.invalidVote.wrap("no vote options");
  const seen = new Set<number>();
  let sum = 0n;
  for (const { option, weight } of options) {
    const value = option ?? 0;
    if (value < VoteOption.VOTE_OPTION_YES || value > VoteOption.VOTE_OPTION_NO_WITH_VETO) throw govErrors.invalidVote.wrap(`option ${value} is not yes, abstain, no or no with veto`);
    if (seen.has(value)) throw govErrors.invalidVote.wrap(`option ${value} appears twice`);
    seen.add(value);
    let parsed: bigint;
    try {
      parsed = parseDec(weight ?? "", "weight");
    } catch (error) {
      throw govErrors.invalidVote.wrap(error instanceof Error ? error.message : String(error));
    }
    if (parsed === 0n || parsed > DEC_ONE) throw govErrors.invalidVote.wrap(`weight ${weight} must be in (0, 1]`);
    sum += parsed;
  }
  if (sum !== DEC_ONE) throw govErrors.invalidVote.wrap("option weights must sum to exactly 1");
}

/** Options as stored: weights in the SDK's 18-decimal form. */
function normalizedOptions(options: readonly printchain.gov.v1.IWeightedVoteOption[]): printchain.gov.v1.IWeightedVoteOption[] {
  return options.map(({ option, weight }) => ({ option, weight: formatDec(parseDec(weight ?? "0")) }));
}

function wireCoin(coin: printchain.base.v1.ICoin): { denom: string; amount: string } {
  return { denom: coin.denom ?? "", amount: coin.amount ?? "" };
}
