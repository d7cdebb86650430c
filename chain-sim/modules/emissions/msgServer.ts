import { emissionsCodecs } from "../../../proto";
import { validateAddress } from "../../types/address";
import { parseAmount } from "../../types/coins";
import { codecMsgRoute, updateParamsRoute, type MsgRoute } from "../../types/module";
import { emissionsErrors } from "./errors";
import type { EmissionsKeeper } from "./keeper";
import { ATTESTED_ROLES, paramsFromProto, roleOf } from "./params";

const C = emissionsCodecs;
/** Attested points per message are bounded so that sums stay far from overflow. */
const MAX_ATTESTED_POINTS = 10n ** 30n;

/** printchain.emissions.v1.Msg. */
export function emissionsMsgRoutes(keeper: EmissionsKeeper, authority: string): MsgRoute<never>[] {
  return [
    codecMsgRoute(C.MsgAttestContribution, {
      signer: (msg) => msg.attestor,
      validateBasic(msg) {
        validateAddress(msg.attestor, "attestor");
        validateAddress(msg.contributor, "contributor");
        const role = roleOf(msg.role);
        if (!role || !ATTESTED_ROLES.includes(role)) throw emissionsErrors.invalidContribution.wrap(`role ${msg.role} is not attested: use developers, model providers, liquidity providers or community`);
        const points = parseAmount(msg.points, "points");
        if (points === 0n || points > MAX_ATTESTED_POINTS) throw emissionsErrors.invalidContribution.wrap(`points must be between 1 and ${MAX_ATTESTED_POINTS}`);
      },
      handle(ctx, msg) {
        if (!keeper.getParams(ctx.store).attestors.includes(msg.attestor)) throw emissionsErrors.notAttestor.wrap(msg.attestor);
        const epoch = keeper.attest(ctx, msg.attestor, msg.contributor, roleOf(msg.role)!, BigInt(msg.points));
        return C.MsgAttestContributionResponse.encode(C.MsgAttestContributionResponse.fromPartial({ epoch })).finish();
      },
    }),
    updateParamsRoute(C.MsgUpdateParams, { authority, parse: paramsFromProto, set: (ctx, params) => keeper.setParams(ctx, params), errors: emissionsErrors }),
  ];
}
