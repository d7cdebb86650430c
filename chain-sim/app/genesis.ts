/** A CometBFT genesis document (the JSON served by the `genesis` RPC method). */
export interface GenesisDoc {
  readonly genesis_time: string;
  readonly chain_id: string;
  readonly initial_height: string;
  readonly consensus_params: ConsensusParams;
  readonly validators: readonly GenesisValidator[];
  readonly app_hash: string;
  readonly app_state: Readonly<Record<string, unknown>>;
}

export interface ConsensusParams {
  readonly block: { readonly max_bytes: string; readonly max_gas: string };
  readonly evidence: { readonly max_age_num_blocks: string; readonly max_age_duration: string; readonly max_bytes: string };
  readonly validator: { readonly pub_key_types: readonly string[] };
  readonly version: { readonly app: string };
  readonly abci: { readonly vote_extensions_enable_height: string };
}

export interface GenesisValidator {
  /** Uppercase hex of the first 20 bytes of sha256(ed25519 pubkey). */
  readonly address: string;
  readonly pub_key: { readonly type: "tendermint/PubKeyEd25519"; readonly value: string };
  readonly power: string;
  readonly name: string;
}

export const DEFAULT_CONSENSUS_PARAMS: ConsensusParams = {
  block: { max_bytes: "4194304", max_gas: "-1" },
  evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
  validator: { pub_key_types: ["ed25519"] },
  version: { app: "0" },
  abci: { vote_extensions_enable_height: "0" },
};

const CHAIN_ID_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,48}$/;

/** Checks the fields the node relies on; throws a plain Error naming the bad field. */
export function validateGenesisDoc(doc: GenesisDoc): void {
  if (!CHAIN_ID_PATTERN.test(doc.chain_id ?? "")) throw new Error(`genesis: invalid chain_id ${JSON.stringify(doc.chain_id)}`);
  if (Number.isNaN(Date.parse(doc.genesis_time))) throw new Error(`genesis: invalid genesis_time ${JSON.stringify(doc.genesis_time)}`);
  const initialHeight = Number(doc.initial_height ?? "1");
  if (!Number.isSafeInteger(initialHeight) || initialHeight < 1) throw new Error("genesis: initial_height must be a positive integer");
  if (!doc.validators || doc.validators.length === 0) throw new Error("genesis: at least one validator is required");
  if (typeof doc.app_state !== "object" || doc.app_state === null) throw new Error("genesis: app_state must be an object");
}

/** Genesis time in milliseconds since the epoch (block times are derived from it). */
export function genesisTimeMs(doc: GenesisDoc): number {
  return Date.parse(doc.genesis_time);
}
