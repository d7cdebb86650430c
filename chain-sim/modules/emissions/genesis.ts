import { emissionsCodecs, normalizeLongs, printchain, PROTO_JSON_OPTIONS, toBigInt } from "../../../proto";
import type { KVReader } from "../../store/kvStore";
import type { Context } from "../../types/context";
import { isValidAddress } from "../../types/address";
import { parseAmount } from "../../types/coins";
import { emissionsErrors } from "./errors";
import { epochStateFromProto, epochStateToProto, type EmissionsKeeper } from "./keeper";
import { ATTESTED_ROLES, DEFAULT_EMISSIONS_PARAMS, paramsFromProto, paramsToProto, roleOf } from "./params";

/** Genesis is the proto-JSON of printchain.emissions.v1.GenesisState, plus the epoch state. */
const GenesisState = printchain.emissions.v1.GenesisState;

export function defaultEmissionsGenesis(): unknown {
  return GenesisState.toObject(GenesisState.fromObject(normalizeLongs({ params: paramsToProto(DEFAULT_EMISSIONS_PARAMS) })), PROTO_JSON_OPTIONS);
}

/**
 * Params, points and contributions, settled summaries and rewards, and where the epochs stand
 * (an exported chain resumes its epoch in progress; a new chain starts epoch 1 at its first block).
 */
export function initEmissionsGenesis(ctx: Context, keeper: EmissionsKeeper, raw: unknown): void {
  let genesis;
  try {
    genesis = GenesisState.fromObject(normalizeLongs((raw ?? {}) as Record<string, unknown>));
    keeper.setParams(ctx, genesis.params ? paramsFromProto(genesis.params) : DEFAULT_EMISSIONS_PARAMS);
  } catch (error) {
    throw emissionsErrors.invalidGenesis.wrap(error instanceof Error ? error.message : String(error));
  }
  const invalid = (detail: string): Error => emissionsErrors.invalidGenesis.wrap(detail);
  const amount = (value: string, what: string): void => {
    try {
      parseAmount(value || "0", what);
    } catch (error) {
      throw invalid(error instanceof Error ? error.message : String(error));
    }
  };
  for (const points of genesis.printerPoints as printchain.emissions.v1.PrinterPoints[]) {
    if (!points.printerId || toBigInt(points.epoch) === 0n) throw invalid("printer points need a printer id and an epoch ≥ 1");
    if (!isValidAddress(points.owner)) throw invalid(`printer points of ${points.printerId}: invalid owner`);
    amount(points.points, `points of ${points.printerId}`);
    amount(points.uncappedPoints, `uncapped points of ${points.printerId}`);
    keeper.setPrinterPoints(ctx, points);
  }
  for (const contribution of genesis.contributions as printchain.emissions.v1.Contribution[]) {
    const role = roleOf(contribution.role);
    if (!role || !ATTESTED_ROLES.includes(role)) throw invalid(`contribution of ${contribution.contributor} has a role that is not attested`);
    if (!isValidAddress(contribution.contributor) || toBigInt(contribution.epoch) === 0n) throw invalid("a contribution needs a valid contributor and an epoch ≥ 1");
    amount(contribution.points, `points of ${contribution.contributor}`);
    keeper.setContribution(ctx, contribution);
  }
  for (const summary of genesis.summaries as printchain.emissions.v1.EpochSummary[]) keeper.setSummary(ctx, summary);
  for (const reward of genesis.rewards as printchain.emissions.v1.Reward[]) keeper.setReward(ctx, reward);
  const state = genesis.epochState;
  keeper.setState(ctx, state ? epochStateFromProto(state) : { lastEpoch: 0, lastEndHeight: ctx.block.height - 1 });
}

export function exportEmissionsGenesis(store: KVReader, keeper: EmissionsKeeper): unknown {
  const genesis = emissionsCodecs.GenesisState.fromPartial({
    params: paramsToProto(keeper.getParams(store)),
    printerPoints: [...keeper.printerPoints(store)],
    contributions: [...keeper.contributions(store)],
    summaries: [...keeper.summaries(store)],
    rewards: [...keeper.rewards(store)],
    epochState: epochStateToProto(keeper.getState(store)),
  });
  return GenesisState.toObject(genesis, PROTO_JSON_OPTIONS);
}
