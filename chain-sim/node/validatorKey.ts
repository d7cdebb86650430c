import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { sha256 } from "../store/merkle";

/** The devnet's single block producer: an ed25519 consensus key, as CometBFT's priv_validator_key.json. */
export interface ValidatorKey {
  /** Uppercase hex of sha256(pubkey)[:20] — CometBFT's validator address. */
  readonly address: string;
  /** Raw 32-byte ed25519 public key. */
  readonly pubKey: Uint8Array;
  readonly privateKey: KeyObject;
}

/** The file form: CometBFT-style type/value pairs with base64 keys. */
export interface ValidatorKeyFile {
  readonly address: string;
  readonly pub_key: { readonly type: "tendermint/PubKeyEd25519"; readonly value: string };
  readonly priv_key: { readonly type: "tendermint/PrivKeyEd25519"; readonly value: string };
}

export function generateValidatorKey(): ValidatorKeyFile {
  const { privateKey } = generateKeyPairSync("ed25519");
  return toFile(privateKey);
}

/** PKCS#8 DER prefix of an ed25519 private key (RFC 8410); the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** The key whose ed25519 seed is `seed` (32 bytes): for chains that must be reproducible, like simulations. */
export function validatorKeyFromSeed(seed: Uint8Array): ValidatorKeyFile {
  if (seed.length !== 32) throw new Error(`an ed25519 seed is 32 bytes, got ${seed.length}`);
  return toFile(createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" }));
}

export function loadValidatorKey(file: ValidatorKeyFile): ValidatorKey {
  const privateKey = createPrivateKey({ key: Buffer.from(file.priv_key.value, "base64"), format: "der", type: "pkcs8" });
  const pubKey = rawPublicKey(privateKey);
  const address = validatorAddress(pubKey);
  if (address !== file.address) throw new Error(`priv_validator_key.json: address ${file.address} does not match its key (${address})`);
  return { address, pubKey, privateKey };
}

export function validatorAddress(pubKey: Uint8Array): string {
  return Buffer.from(sha256(pubKey).slice(0, 20)).toString("hex").toUpperCase();
}

export function signWithValidator(key: ValidatorKey, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, message, key.privateKey));
}

function rawPublicKey(privateKey: KeyObject): Uint8Array {
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return new Uint8Array(spki.subarray(spki.length - 32));
}

function toFile(privateKey: KeyObject): ValidatorKeyFile {
  const pubKey = rawPublicKey(privateKey);
  return {
    address: validatorAddress(pubKey),
    pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.from(pubKey).toString("base64") },
    priv_key: { type: "tendermint/PrivKeyEd25519", value: privateKey.export({ format: "der", type: "pkcs8" }).toString("base64") },
  };
}
