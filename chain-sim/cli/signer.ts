/**
 * The one way the CLI picks a signing key: `--from N` is account N of `--mnemonic`, any other `--from` is a
 * named key of the keyring dir, a CosmJS wallet encrypted with PRINTCHAIN_KEYRING_PASSWORD.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Option, type Command } from "commander";
import { DEVNET_MNEMONIC } from "../node/devnet";
import { defaultHome } from "../node/home";
import { ACCOUNT_PREFIX } from "../types/address";
import { parseNonNegativeInt } from "./parse";

export const KEYRING_PASSWORD_ENV = "PRINTCHAIN_KEYRING_PASSWORD";

/** Names of keyring keys; all-digit names are excluded because `--from 3` means account 3 of the mnemonic. */
const KEY_NAME = /^(?!\d+$)[A-Za-z0-9._-]{1,64}$/;

export function defaultKeyringDir(): string {
  return join(defaultHome(), "keyring");
}

export interface SignerOptions {
  readonly from: string;
  /** Legacy alias of `--from N` (tx send). */
  readonly fromIndex?: number;
  readonly mnemonic: string;
  readonly keyringDir: string;
}

export interface Signer {
  readonly wallet: DirectSecp256k1HdWallet;
  readonly address: string;
}

/** Adds --from, --from-index (hidden alias), --mnemonic and --keyring-dir. */
export function addSignerOptions(command: Command): Command {
  return command
    .option("--from <key>", "signing key: account N of --mnemonic, or the name of a keyring key", "0")
    .addOption(new Option("--from-index <n>", "alias of --from N").argParser(parseNonNegativeInt).hideHelp())
    .addOption(new Option("--mnemonic <words>", "BIP-39 mnemonic for a numeric --from").default(DEVNET_MNEMONIC, "the devnet mnemonic"))
    .option("--keyring-dir <dir>", "keyring directory for a named --from", defaultKeyringDir());
}

export async function loadSigner(options: SignerOptions): Promise<Signer> {
  const from = options.fromIndex !== undefined ? String(options.fromIndex) : options.from;
  const wallet = /^\d+$/.test(from)
    ? await DirectSecp256k1HdWallet.fromMnemonic(options.mnemonic, { prefix: ACCOUNT_PREFIX, hdPaths: [makeCosmoshubPath(parseNonNegativeInt(from))] })
    : await readKey(options.keyringDir, from);
  const [account] = await wallet.getAccounts();
  return { wallet, address: account.address };
}

function keyPath(dir: string, name: string): string {
  if (!KEY_NAME.test(name)) throw new Error(`invalid key name ${JSON.stringify(name)}: use 1-64 of [A-Za-z0-9._-], not only digits`);
  return join(dir, `${name}.json`);
}

function keyringPassword(): string {
  const password = process.env[KEYRING_PASSWORD_ENV];
  if (!password) throw new Error(`set ${KEYRING_PASSWORD_ENV} to the keyring password`);
  return password;
}

async function readKey(dir: string, name: string): Promise<DirectSecp256k1HdWallet> {
  const path = keyPath(dir, name);
  if (!existsSync(path)) throw new Error(`key ${JSON.stringify(name)} not found in ${dir} (create it with \`printchain keys add ${name}\`)`);
  const password = keyringPassword();
  try {
    return await DirectSecp256k1HdWallet.deserialize(readFileSync(path, "utf8"), password);
  } catch (error) {
    throw new Error(`cannot decrypt key ${JSON.stringify(name)} (wrong ${KEYRING_PASSWORD_ENV}?): ${error instanceof Error ? error.message : String(error)}`);
  }
}

export interface AddKeyOptions {
  readonly keyringDir: string;
  /** Recover from this mnemonic instead of generating a new one. */
  readonly mnemonic?: string;
}

/** Creates (24 words) or recovers a key and writes it encrypted, mode 0600, never over an existing key. */
export async function addKey(name: string, options: AddKeyOptions): Promise<{ name: string; address: string; mnemonic?: string }> {
  const path = keyPath(options.keyringDir, name);
  const password = keyringPassword();
  if (existsSync(path)) throw new Error(`key ${JSON.stringify(name)} already exists in ${options.keyringDir}`);
  const wallet = options.mnemonic
    ? await DirectSecp256k1HdWallet.fromMnemonic(options.mnemonic, { prefix: ACCOUNT_PREFIX })
    : await DirectSecp256k1HdWallet.generate(24, { prefix: ACCOUNT_PREFIX });
  const serialized = await wallet.serialize(password);
  mkdirSync(options.keyringDir, { recursive: true, mode: 0o700 });
  writeFileSync(path, serialized, { mode: 0o600, flag: "wx" });
  const [account] = await wallet.getAccounts();
  return { name, address: account.address, ...(options.mnemonic ? {} : { mnemonic: wallet.mnemonic }) };
}

export async function showKey(name: string, keyringDir: string): Promise<{ name: string; address: string }> {
  const [account] = await (await readKey(keyringDir, name)).getAccounts();
  return { name, address: account.address };
}
