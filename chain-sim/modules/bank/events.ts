import { formatCoins, type Coin } from "../../types/coins";
import type { EventManager } from "../../types/events";

/** The SDK's bank events, with the same types and attribute keys explorers and CosmJS users search on. */
export function emitCoinSpent(events: EventManager, spender: string, coins: readonly Coin[]): void {
  events.emit("coin_spent", [["spender", spender], ["amount", formatCoins(coins)]]);
}

export function emitCoinReceived(events: EventManager, receiver: string, coins: readonly Coin[]): void {
  events.emit("coin_received", [["receiver", receiver], ["amount", formatCoins(coins)]]);
}

export function emitTransfer(events: EventManager, sender: string, recipient: string, coins: readonly Coin[]): void {
  events.emit("transfer", [["recipient", recipient], ["sender", sender], ["amount", formatCoins(coins)]]);
  events.emit("message", [["sender", sender]]);
}

export function emitCoinbase(events: EventManager, minter: string, coins: readonly Coin[]): void {
  events.emit("coinbase", [["minter", minter], ["amount", formatCoins(coins)]]);
}

export function emitBurn(events: EventManager, burner: string, coins: readonly Coin[]): void {
  events.emit("burn", [["burner", burner], ["amount", formatCoins(coins)]]);
}
