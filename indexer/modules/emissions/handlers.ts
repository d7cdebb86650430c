/**
 * emissions: `epochs` (one row per settled epoch: minted, fees, total, paid, community pool,
 * the role weights in force and each role's pool) and `emission_rewards` (one row per payout),
 * from the block-level EventReward / EventRoleSplit / EventEpochEnd (EndBlock emits an epoch's
 * rewards and role splits before its EventEpochEnd, in the same block).
 */
import { attr, attrInt, bulkInsert, valuesOf, type ModuleHandler } from "../handler";
import { EPOCH_COLUMNS, REWARD_COLUMNS, type RoleSplit } from "./entities";

interface State {
  readonly splits: Map<string, RoleSplit[]>;
  readonly epochs: Array<Record<string, unknown>>;
  readonly rewards: Array<Record<string, unknown>>;
}

export const emissionsHandler: ModuleHandler<State> = {
  name: "emissions",
  eventPackage: "printchain.emissions.v1",

  async begin() {
    return { splits: new Map(), epochs: [], rewards: [] };
  },

  apply(state, event) {
    switch (event.name) {
      case "EventReward":
        state.rewards.push({
          height: String(event.height), event_index: event.eventIndex, epoch: attrInt(event, "epoch"), role: attr(event, "role"), recipient: attr(event, "recipient"),
          printer_id: attr(event, "printer_id") || null, validator: attr(event, "validator") || null, points: attrInt(event, "points"), amount: attrInt(event, "amount"),
          commission: attrInt(event, "commission"),
        });
        break;
      case "EventRoleSplit": {
        const epoch = attrInt(event, "epoch");
        const list = state.splits.get(epoch) ?? [];
        list.push({ role: attr(event, "role"), weight: Number(attrInt(event, "weight")), pool: attrInt(event, "pool"), paid: attrInt(event, "paid"), recipients: Number(attrInt(event, "recipients")) });
        state.splits.set(epoch, list);
        break;
      }
      case "EventEpochEnd": {
        const epoch = attrInt(event, "epoch");
        const roles = state.splits.get(epoch);
        if (!roles) throw new Error(`epoch ${epoch} ends without role splits in its block`);
        state.splits.delete(epoch);
        state.epochs.push({
          epoch, end_height: String(event.height), end_time: event.time, minted: attrInt(event, "minted"), fees: attrInt(event, "fees"), total: attrInt(event, "r_total"),
          paid: attrInt(event, "paid"), community_pool_added: attrInt(event, "community_pool_added"),
          weights: Object.fromEntries(roles.map((split) => [split.role, split.weight])), roles,
        });
        break;
      }
      default:
        break;
    }
  },

  async flush(manager, state) {
    if (state.splits.size > 0) throw new Error(`role splits of epoch ${[...state.splits.keys()].join(", ")} without an EventEpochEnd`);
    return (await bulkInsert(manager, "epochs", EPOCH_COLUMNS, valuesOf(EPOCH_COLUMNS, state.epochs))) + (await bulkInsert(manager, "emission_rewards", REWARD_COLUMNS, valuesOf(REWARD_COLUMNS, state.rewards)));
  },
};
