import type { GenesisValidator } from "../app/genesis";
import { simpleMerkleRoot } from "../store/merkle";
import type { ValidatorUpdate } from "../types/module";
import { base64, fromBase64, hex } from "./blocks";
import { validatorAddress } from "./validatorKey";

/** A member of a consensus validator set. */
export interface ConsensusValidator {
  /** Uppercase hex of sha256(pubkey)[:20]. */
  readonly address: string;
  /** Base64 of the 32-byte ed25519 key. */
  readonly pubKey: string;
  readonly power: bigint;
}

/** block_results.validator_updates as CometBFT 0.38 writes them. */
export interface ValidatorUpdateJson {
  readonly pub_key: { readonly Sum: { readonly type: "tendermint.crypto.PublicKey_Ed25519"; readonly value: { readonly ed25519: string } } };
  readonly power: string;
}

export function validatorUpdateToJson(update: ValidatorUpdate): ValidatorUpdateJson {
  return { pub_key: { Sum: { type: "tendermint.crypto.PublicKey_Ed25519", value: { ed25519: base64(update.pubKey) } } }, power: update.power.toString() };
}

export function validatorUpdateFromJson(json: ValidatorUpdateJson): ValidatorUpdate {
  return { pubKey: fromBase64(json.pub_key.Sum.value.ed25519), power: BigInt(json.power) };
}

/** CometBFT's order: voting power descending, then address ascending. */
function sortSet(validators: ConsensusValidator[]): ConsensusValidator[] {
  return validators.sort((a, b) => (a.power !== b.power ? (a.power > b.power ? -1 : 1) : a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}

/**
 * The consensus validator set at every height: the genesis set, changed by each block's EndBlock
 * updates two heights later (updates of block H apply from H+2, as in CometBFT). Rebuilt from the
 * block log's results at start, like the tx index.
 */
export class ValidatorSetHistory {
  private readonly sets: Array<{ fromHeight: number; validators: readonly ConsensusValidator[]; hash: string }> = [];

  constructor(genesis: readonly GenesisValidator[], initialHeight: number) {
    this.push(initialHeight, sortSet(genesis.map((v) => ({ address: v.address, pubKey: v.pub_key.value, power: BigInt(v.power) }))));
  }

  /** Records block `height`'s updates; heights must come in order. */
  apply(height: number, updates: readonly ValidatorUpdate[]): void {
    if (updates.length === 0) return;
    const effective = height + 2;
    const last = this.sets[this.sets.length - 1];
    if (effective < last.fromHeight) throw new Error(`validator updates of block ${height} arrive after those of a later block`);
    const members = new Map(last.validators.map((v) => [v.pubKey, v]));
    for (const update of updates) {
      const pubKey = base64(update.pubKey);
      if (update.power === 0n) members.delete(pubKey);
      else members.set(pubKey, { address: validatorAddress(update.pubKey), pubKey, power: update.power });
    }
    if (members.size === 0) throw new Error(`block ${height} would leave no validators`);
    if (effective === last.fromHeight) this.sets.pop();
    this.push(effective, sortSet([...members.values()]));
  }

  /** The set that signs block `height`. */
  at(height: number): readonly ConsensusValidator[] {
    return this.entryAt(height).validators;
  }

  /** The header's validators_hash for `height`. */
  hash(height: number): string {
    return this.entryAt(height).hash;
  }

  private entryAt(height: number): { validators: readonly ConsensusValidator[]; hash: string } {
    let low = 0;
    let high = this.sets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.sets[middle].fromHeight <= height) low = middle;
      else high = middle - 1;
    }
    return this.sets[low];
  }

  private push(fromHeight: number, validators: ConsensusValidator[]): void {
    const encoder = new TextEncoder();
    const hash = hex(simpleMerkleRoot(validators.map((v) => encoder.encode(`${v.pubKey}:${v.power}`))));
    this.sets.push({ fromHeight, validators, hash });
  }
}
