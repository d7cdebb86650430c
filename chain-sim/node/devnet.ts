import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { GenesisDoc, GenesisValidator } from "../app/genesis";
import { defaultEmissionsGenesis } from "../modules/emissions/genesis";
import { defaultGovGenesis } from "../modules/gov/genesis";
import { defaultStakingGenesis } from "../modules/staking/genesis";
import { defaultJobsGenesis } from "../modules/jobs/genesis";
import { defaultPrintersGenesis } from "../modules/printers/genesis";
import { DEFAULT_CONSENSUS_PARAMS } from "../app/genesis";
import { sha256 } from "../store/merkle";
import { ACCOUNT_PREFIX, addressFromBytes, moduleAddress, valoperFromAccount } from "../types/address";
import { decFromInt, formatDec } from "../types/dec";
import { formatTime } from "./blocks";
import { validatorAddress, type ValidatorKeyFile } from "./validatorKey";

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
/** The block producer's self-delegation at genesis: 10,000 PRINT (consensus power 10,000). */
export const DEVNET_SELF_BOND = 10_000_000_000n;
/** The staking module's bonded pool (the SDK's module account name). */
const BONDED_POOL = "bonded_tokens_pool";
/** The SDK's power reduction: consensus power = bonded tokens / 10^6. */
const POWER_REDUCTION = 1_000_000n;

/** Addresses of accounts 0..count-1 of a mnemonic on HD path m/44'/118'/0'/0/N. */
export async function deriveAddresses(mnemonic: string, count: number): Promise<string[]> {
  const hdPaths = Array.from({ length: count }, (_, index) => makeCosmoshubPath(index));
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: ACCOUNT_PREFIX, hdPaths });
  return (await wallet.getAccounts()).map((account) => account.address);
}

/** A validator bonded at genesis with a self-delegation of `tokens`. */
export interface GenesisValidatorSpec {
  /** The operator's account address. */
  readonly operator: string;
  /** Base64 of its 32-byte ed25519 consensus key. */
  readonly pubKey: string;
  readonly tokens: bigint;
  readonly moniker: string;
  /** Decimal commission rate; 0.1 unless given. */
  readonly commissionRate?: string;
  /** Other accounts' delegations to it at genesis (their tokens are bonded on top of the self-bond). */
  readonly delegators?: ReadonlyArray<{ readonly address: string; readonly tokens: bigint }>;
}

export interface GenesisOptions {
  readonly chainId: string;
  readonly genesisTimeMs: number;
  /** The block producer's key; it is the consensus key of the first genesis validator. */
  readonly validator: ValidatorKeyFile;
  readonly moniker: string;
  readonly balances: ReadonlyArray<{ readonly address: string; readonly amount: bigint }>;
  /** The block producer's operator account (default: the first balance's) and self-bond (default DEVNET_SELF_BOND). */
  readonly operator?: string;
  readonly selfBond?: bigint;
}

/**
 * A genesis document whose app_state funds the given accounts in uprint and bonds the block
 * producer as the first validator (its self-delegation sits in the bonded pool on top of the balances).
 */
export function buildGenesis(options: GenesisOptions): GenesisDoc {
  // Without funded accounts, the operator is an account derived from the consensus key.
  const operator = options.operator ?? options.balances[0]?.address ?? addressFromBytes(sha256(Buffer.from(options.validator.pub_key.value, "base64")).slice(0, 20));
  const genesis: GenesisDoc = {
    genesis_time: formatTime(options.genesisTimeMs),
    chain_id: options.chainId,
    initial_height: "1",
    consensus_params: DEFAULT_CONSENSUS_PARAMS,
    validators: [],
    app_hash: "",
    app_state: {
      auth: { accounts: options.balances.map(({ address }) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, sequence: "0" })) },
      bank: { balances: options.balances.map(({ address, amount }) => ({ address, coins: [{ denom: BASE_DENOM, amount: amount.toString() }] })), supply: [] },
    },
  };
  return withGenesisValidators(genesis, [{ operator, pubKey: options.validator.pub_key.value, tokens: options.selfBond ?? DEVNET_SELF_BOND, moniker: options.moniker }]);
}

/**
 * Bonds validators at genesis (replacing any before): staking records with their self-delegations,
 * the bonded pool's balance, and the consensus validator set, in the order given.
 */
export function withGenesisValidators(genesis: GenesisDoc, validators: readonly GenesisValidatorSpec[]): GenesisDoc {
  const appState = { ...genesis.app_state } as Record<string, unknown>;
  const staking = { ...((appState.staking as Record<string, unknown> | undefined) ?? {}) };
  const shares = (tokens: bigint): string => formatDec(decFromInt(tokens));
  const bondedOf = (spec: GenesisValidatorSpec): bigint => spec.tokens + (spec.delegators ?? []).reduce((sum, delegator) => sum + delegator.tokens, 0n);
  staking.validators = validators.map((spec) => ({
    operatorAddress: valoperFromAccount(spec.operator),
    consensusPubkey: spec.pubKey,
    status: "BOND_STATUS_BONDED",
    tokens: bondedOf(spec).toString(),
    delegatorShares: shares(bondedOf(spec)),
    description: { moniker: spec.moniker },
    commission: { rate: spec.commissionRate ?? "0.1", maxRate: "0.2", maxChangeRate: "0.01" },
    minSelfDelegation: "1",
  }));
  staking.delegations = validators.flatMap((spec) =>
    [{ address: spec.operator, tokens: spec.tokens }, ...(spec.delegators ?? [])].map((delegator) => ({
      delegatorAddress: delegator.address,
      validatorAddress: valoperFromAccount(spec.operator),
      shares: shares(delegator.tokens),
    })),
  );
  appState.staking = staking;
  const pool = moduleAddress(BONDED_POOL);
  const bank = appState.bank as { balances: Array<{ address: string; coins: unknown[] }>; supply: unknown[] };
  const bonded = validators.reduce((sum, spec) => sum + bondedOf(spec), 0n);
  appState.bank = { ...bank, balances: [...bank.balances.filter((entry) => entry.address !== pool), { address: pool, coins: [{ denom: BASE_DENOM, amount: bonded.toString() }] }] };
  const consensus: GenesisValidator[] = validators.map((spec) => {
    const pubKey = Buffer.from(spec.pubKey, "base64");
    return { address: validatorAddress(pubKey), pub_key: { type: "tendermint/PubKeyEd25519", value: spec.pubKey }, power: (bondedOf(spec) / POWER_REDUCTION).toString(), name: spec.moniker };
  });
  return { ...genesis, validators: consensus, app_state: appState };
}

function printersParamsJson(): Record<string, unknown> {
  return (defaultPrintersGenesis() as { params: Record<string, unknown> }).params;
}

function jobsParamsJson(): Record<string, unknown> {
  return (defaultJobsGenesis() as { params: Record<string, unknown> }).params;
}

function stakingParamsJson(): Record<string, unknown> {
  return (defaultStakingGenesis() as { params: Record<string, unknown> }).params;
}

function govParamsJson(): Record<string, unknown> {
  return (defaultGovGenesis() as { params: Record<string, unknown> }).params;
}

function emissionsParamsJson(): Record<string, unknown> {
  return (defaultEmissionsGenesis() as { params: Record<string, unknown> }).params;
}

/**
 * What a devnet with a workload adds to the quiet devnet genesis (chain-sim/workload/fleet.ts
 * computes it): its own funded accounts, validators bonded next to the block producer, more
 * auditors, arbiters and attestors, and an epoch length.
 */
export interface DevnetGenesisExtras {
  readonly balances?: ReadonlyArray<{ readonly address: string; readonly amount: bigint }>;
  /** Bonded at genesis after the block producer (account 0's validator, which stays first). */
  readonly validators?: readonly GenesisValidatorSpec[];
  readonly auditors?: readonly string[];
  readonly arbiters?: readonly string[];
  readonly attestors?: readonly string[];
  /** Emissions epoch length in blocks (module default: 100). */
  readonly epochLength?: number;
  /** Gov deposit and voting periods in blocks (default 60). */
  readonly govPeriodBlocks?: number;
}

/** The devnet's deposit and voting periods, in blocks. */
export const DEVNET_GOV_PERIOD_BLOCKS = 60;

/**
 * The devnet genesis: accounts 0..9 of the devnet mnemonic hold 1,000,000 PRINT each; account 0
 * operates the first genesis validator (the block producer); account 7 attests contributions,
 * account 8 is the printer auditor and account 9 the job arbiter. `extras` adds what a workload
 * needs; without it the genesis is the quiet devnet's.
 */
export async function buildDevnetGenesis(validator: ValidatorKeyFile, genesisTimeMs: number, moniker: string, extras: DevnetGenesisExtras = {}): Promise<GenesisDoc> {
  const addresses = await deriveAddresses(DEVNET_MNEMONIC, DEVNET_FUNDED_ACCOUNTS);
  let genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs,
    validator,
    moniker,
    balances: [...addresses.map((address) => ({ address, amount: DEVNET_ACCOUNT_BALANCE })), ...(extras.balances ?? [])],
  });
  if (extras.validators && extras.validators.length > 0) {
    const producer: GenesisValidatorSpec = { operator: addresses[0], pubKey: validator.pub_key.value, tokens: DEVNET_SELF_BOND, moniker };
    genesis = withGenesisValidators(genesis, [producer, ...extras.validators]);
  }
  const appState = genesis.app_state as Record<string, unknown>;
  const period = String(extras.govPeriodBlocks ?? DEVNET_GOV_PERIOD_BLOCKS);
  // Short devnet periods (the module defaults assume 5 s blocks over days).
  appState.staking = { ...(appState.staking as object), params: { ...stakingParamsJson(), unbondingBlocks: "120" } };
  appState.gov = { params: { ...govParamsJson(), maxDepositPeriod: period, votingPeriod: period } };
  appState.printers = { params: { ...printersParamsJson(), auditors: [addresses[DEVNET_AUDITOR_INDEX], ...(extras.auditors ?? [])] } };
  appState.jobs = { params: { ...jobsParamsJson(), arbiters: [addresses[DEVNET_ARBITER_INDEX], ...(extras.arbiters ?? [])] } };
  appState.emissions = {
    params: {
      ...emissionsParamsJson(),
      attestors: [addresses[DEVNET_ATTESTOR_INDEX], ...(extras.attestors ?? [])],
      ...(extras.epochLength !== undefined ? { epochLength: String(extras.epochLength) } : {}),
    },
  };
  return genesis;
}
