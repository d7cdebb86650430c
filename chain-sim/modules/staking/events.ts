import { printchain } from "../../../proto";
import { enumName, type EventManager } from "../../types/events";

const { BondStatus } = printchain.staking.v1;

/** Typed events of printchain.staking.v1 (events.proto), one attribute per field. */
export function emitCreateValidator(events: EventManager, validator: string, operator: string, amount: bigint, commissionRate: string): void {
  events.emitTyped("printchain.staking.v1.EventCreateValidator", { validator, operator, amount, commissionRate });
}

export function emitDelegate(events: EventManager, delegator: string, validator: string, amount: bigint, newShares: string): void {
  events.emitTyped("printchain.staking.v1.EventDelegate", { delegator, validator, amount, newShares });
}

export function emitUnbond(events: EventManager, delegator: string, validator: string, amount: bigint, completionHeight: number): void {
  events.emitTyped("printchain.staking.v1.EventUnbond", { delegator, validator, amount, completionHeight });
}

export function emitRedelegate(events: EventManager, delegator: string, sourceValidator: string, destinationValidator: string, amount: bigint, completionHeight: number): void {
  events.emitTyped("printchain.staking.v1.EventRedelegate", { delegator, sourceValidator, destinationValidator, amount, completionHeight });
}

export function emitCompleteUnbonding(events: EventManager, delegator: string, validator: string, amount: bigint): void {
  events.emitTyped("printchain.staking.v1.EventCompleteUnbonding", { delegator, validator, amount });
}

export function emitCompleteRedelegation(events: EventManager, delegator: string, sourceValidator: string, destinationValidator: string): void {
  events.emitTyped("printchain.staking.v1.EventCompleteRedelegation", { delegator, sourceValidator, destinationValidator });
}

export function emitValidatorStatus(events: EventManager, validator: string, status: number, tokens: bigint, power: bigint): void {
  events.emitTyped("printchain.staking.v1.EventValidatorStatus", { validator, status: enumName(BondStatus, status), tokens, power });
}
