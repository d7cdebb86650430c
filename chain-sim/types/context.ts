import type { KVStore } from "../store/kvStore";
import type { EventManager } from "./events";
import type { GasMeter } from "./gas";

/**
 * How a state transition is being run. check/recheck/simulate never reach committed state;
 * genesis and block hooks are not metered by a tx.
 */
export type ExecMode = "check" | "recheck" | "simulate" | "deliver" | "genesis" | "block";

/** The block a transition belongs to: the only source of height and time inside the state machine. */
export interface BlockInfo {
  readonly chainId: string;
  readonly height: number;
  /** Block time in milliseconds since the Unix epoch, from the header (never the wall clock). */
  readonly timeMs: number;
  readonly proposer: string;
}

/** Everything a keeper or handler may read: explicit inputs only (ARCHITECTURE §3). */
export interface Context {
  readonly block: BlockInfo;
  readonly mode: ExecMode;
  readonly store: KVStore;
  readonly gasMeter: GasMeter;
  readonly events: EventManager;
}
