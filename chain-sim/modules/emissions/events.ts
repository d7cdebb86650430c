import { printchain } from "../../../proto";
import { enumName, type EventManager } from "../../types/events";
import type { EpochSummary, PrinterPoints, Reward } from "./keeper";
import { ROLE_ENUM } from "./params";
import type { Role } from "./split";

const { Role: RoleEnum } = printchain.emissions.v1;
const type = (name: string): string => `printchain.emissions.v1.${name}`;

/** Typed events of printchain.emissions.v1 (events.proto), one plain-string attribute per field. */
export function emitEpochEnd(events: EventManager, summary: EpochSummary, paid: bigint): void {
  events.emitTyped(type("EventEpochEnd"), {
    epoch: summary.epoch.toString(),
    rTotal: summary.total,
    minted: summary.minted,
    fees: summary.fees,
    paid,
    communityPoolAdded: summary.communityPoolAdded,
  });
}

export function emitRoleSplit(events: EventManager, epoch: number, payout: { role: number; weight: number; pool: string; paid: string; recipients: number }): void {
  events.emitTyped(type("EventRoleSplit"), { epoch, role: enumName(RoleEnum, payout.role), weight: payout.weight, pool: payout.pool, paid: payout.paid, recipients: payout.recipients });
}

export function emitReward(events: EventManager, reward: Reward): void {
  events.emitTyped(type("EventReward"), {
    epoch: reward.epoch.toString(),
    role: enumName(RoleEnum, reward.role),
    recipient: reward.recipient,
    printerId: reward.printerId,
    points: reward.points,
    amount: reward.amount,
    validator: reward.validator,
    commission: reward.commission,
  });
}

export function emitContributionAttested(events: EventManager, epoch: number, role: Role, contributor: string, attestor: string, points: bigint, totalPoints: bigint): void {
  events.emitTyped(type("EventContributionAttested"), { epoch, role: enumName(RoleEnum, ROLE_ENUM[role]), contributor, attestor, points, totalPoints });
}

export function emitPrinterPoints(events: EventManager, record: PrinterPoints, jobId: bigint, jobPoints: bigint, selfDealt: boolean): void {
  events.emitTyped(type("EventPrinterPoints"), { epoch: record.epoch.toString(), printerId: record.printerId, jobId, jobPoints, epochPoints: record.points, selfDealt });
}
