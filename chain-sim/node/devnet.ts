import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { GenesisDoc } from "../app/genesis";
import { defaultEmissionsGenesis } from "../modules/emissions/genesis";
import { defaultJobsGenesis } from "../modules/jobs/genesis";
import { defaultPrintersGenesis } from "../modules/printers/genesis";
import { DEFAULT_CONSENSUS_PARAMS } from "../app/genesis";
import { ACCOUNT_PREFIX } from "../types/address";
import { formatTime } from "./blocks";
import type { ValidatorKeyFile } from "./validatorKey";

/** Devnet conventions (ARCHITECTURE §4). */
export const DEVNET_CHAIN_ID = "printchain-devnet-1";
export const DEVNET_MNEMONIC =
  "say upgrade wolf auction citizen crop scan crack ordinary cargo loud hold addict spoil language cereal december gloom idle vital actual wine wage clap";
export const BASE_DENOM = "uprint";
/** 1,000,000 PRINT for each funded devnet account. */
export const DEVNET_ACCOUNT_BALANCE = 1_000_000_000_000n;
export const DEVNET_FUNDED_ACCOUNTS = 10;
/** Devnet account appointed printer auditor (printers params) and job arbiter (jobs params). */
export const DEVNET_AUDITOR_INDEX = 8;
export const DEVNET_ARBITER_INDEX = 9;
/** Devnet account appointed contribution attestor (emissions params). */
export const DEVNET_ATTESTOR_INDEX = 7;

/** Addresses of accounts 0..count-1 of a mnemonic on HD path m/44'/118'/0'/0/N. */
export async function deriveAddresses(mnemonic: string, count: number): Promise<string[]> {
  const hdPaths = Array.from({ length: count }, (_, index) => makeCosmoshubPath(index));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: ACCOUNT_PREFIX, hdPaths });
  return (await wallet.getAccounts()).map((account) => account.address);
}

export interface GenesisOptions {
  readonly chainId: string;
  readonly genesisTimeMs: number;
  readonly validator: ValidatorKeyFile;
  readonly moniker: string;
  readonly balances: ReadonlyArray<{ readonly address: string; readonly amount: bigint }>;
}

/** A genesis document whose app_state funds the given accounts in uprint. */
export function buildGenesis(options: GenesisOptions): GenesisDoc {
  return {
    genesis_time: formatTime(options.genesisTimeMs),
    chain_id: options.chainId,
    initial_height: "1",
    consensus_params: DEFAULT_CONSENSUS_PARAMS,
    validators: [{ address: options.validator.address, pub_key: options.validator.pub_key, power: "10", name: options.moniker }],
    app_hash: "",
    app_state: {
      auth: { accounts: options.balances.map(({ address }) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, sequence: "0" })) },
      bank: { balances: options.balances.map(({ address, amount }) => ({ address, coins: [{ denom: BASE_DENOM, amount: amount.toString() }] })), supply: [] },
    },
  };
}

function printersParamsJson(): Record<string, unknown> {
  return (defaultPrintersGenesis() as { params: Record<string, unknown> }).params;
}

function jobsParamsJson(): Record<string, unknown> {
  return (defaultJobsGenesis() as { params: Record<string, unknown> }).params;
}

function emissionsParamsJson(): Record<string, unknown> {
  return (defaultEmissionsGenesis() as { params: Record<string, unknown> }).params;
}

/**
 * The devnet genesis: accounts 0..9 of the devnet mnemonic hold 1,000,000 PRINT each; account 7
 * attests contributions, account 8 is the printer auditor and account 9 the job arbiter.
 */
export async function buildDevnetGenesis(validator: ValidatorKeyFile, genesisTimeMs: number, moniker: string): Promise<GenesisDoc> {
  const addresses = await deriveAddresses(DEVNET_MNEMONIC, DEVNET_FUNDED_ACCOUNTS);
  const genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs,
    validator,
    moniker,
    balances: addresses.map((address) => ({ address, amount: DEVNET_ACCOUNT_BALANCE })),
  });
  const appState = genesis.app_state as Record<string, unknown>;
  appState.printers = { params: { ...printersParamsJson(), auditors: [addresses[DEVNET_AUDITOR_INDEX]] } };
  appState.jobs = { params: { ...jobsParamsJson(), arbiters: [addresses[DEVNET_ARBITER_INDEX]] } };
  // Until the staking module, the genesis validator is accounted with account 0 as its reward address.
  appState.emissions = { params: { ...emissionsParamsJson(), attestors: [addresses[DEVNET_ATTESTOR_INDEX]], validators: [{ address: addresses[0], power: "10" }] } };
  return genesis;
}
