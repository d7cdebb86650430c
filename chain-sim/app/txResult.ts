import type { Event } from "../types/events";
import type { ValidatorUpdate } from "../types/module";

/** The outcome of one tx (ABCI ExecTxResult): code 0 is success; events are in execution order. */
export interface TxResult {
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  /** TxMsgData bytes holding one response Any per message (empty on failure). */
  readonly data: Uint8Array;
  readonly gasWanted: number;
  readonly gasUsed: number;
  readonly events: readonly Event[];
}

/** What a block's execution produced (ABCI FinalizeBlock response). */
export interface BlockExecution {
  readonly txResults: readonly TxResult[];
  /** Begin- and end-block events, each tagged with a `mode` attribute as in SDK v0.50. */
  readonly events: readonly Event[];
  /** The state root after this block. */
  readonly appHash: Uint8Array;
  /** Consensus validator set changes (effective two blocks later, as in CometBFT). */
  readonly validatorUpdates: readonly ValidatorUpdate[];
}

/** ABCI query response fields. */
export interface QueryResult {
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  readonly value: Uint8Array;
  readonly height: number;
}

/** A panic inside CheckTx or simulation becomes this result instead of taking the node down. */
export const PANIC_CODE = 111222;
