import { emissionsCodecs, govCodecs, jobsCodecs, printchain, printersCodecs, stakingCodecs } from "../../proto";
import { BALANCES_PREFIX, SUPPLY_PREFIX } from "../modules/bank/keeper";
import { JOBS_PREFIX } from "../modules/jobs/keeper";
import { PRINTERS_PREFIX } from "../modules/printers/keeper";
import { UNBONDING_PREFIX, VALIDATORS_PREFIX } from "../modules/staking/keeper";
import { iteratePrefix, type KVReader } from "../store/kvStore";
import { moduleAddress } from "../types/address";

/** A broken invariant: which, and the numbers that disagree. */
export interface InvariantFailure {
  readonly invariant: string;
  readonly message: string;
  readonly numbers: Record<string, string>;
}

export interface Invariant {
  readonly name: string;
  /** A pure check over committed state; returns the failures (none when it holds). */
  check(store: KVReader): InvariantFailure[];
}

const utf8 = new TextDecoder();
const amountOf = (bytes: Uint8Array): bigint => BigInt(utf8.decode(bytes));

function balanceOf(store: KVReader, address: string, denom = "uprint"): bigint {
  const bytes = store.get(`${BALANCES_PREFIX}${address}/${denom}`);
  return bytes ? amountOf(bytes) : 0n;
}

function fail(invariant: string, message: string, numbers: Record<string, bigint | string | number>): InvariantFailure {
  return { invariant, message, numbers: Object.fromEntries(Object.entries(numbers).map(([key, value]) => [key, String(value)])) };
}

function* decoded<T>(store: KVReader, prefix: string, decode: (bytes: Uint8Array) => T): IterableIterator<T> {
  for (const [, value] of iteratePrefix(store, prefix)) yield decode(value);
}

/** Σ balances of every account = bank supply, per denom; no balance or supply is negative. */
export const supplyInvariant: Invariant = {
  name: "bank/supply",
  check(store) {
    const failures: InvariantFailure[] = [];
    const sums = new Map<string, bigint>();
    for (const [key, value] of iteratePrefix(store, BALANCES_PREFIX)) {
      const denom = key.slice(key.lastIndexOf("/") + 1);
      const amount = amountOf(value);
      if (amount < 0n) failures.push(fail("bank/nonnegative", `negative balance at ${key}`, { amount }));
      sums.set(denom, (sums.get(denom) ?? 0n) + amount);
    }
    const supply = new Map<string, bigint>();
    for (const [key, value] of iteratePrefix(store, SUPPLY_PREFIX)) supply.set(key.slice(SUPPLY_PREFIX.length), amountOf(value));
    for (const denom of [...new Set([...sums.keys(), ...supply.keys()])].sort()) {
      const balances = sums.get(denom) ?? 0n;
      const total = supply.get(denom) ?? 0n;
      if (total < 0n) failures.push(fail("bank/nonnegative", `negative supply of ${denom}`, { supply: total }));
      if (balances !== total) failures.push(fail(this.name, `Σ balances of ${denom} ≠ supply`, { denom, sumOfBalances: balances, supply: total, difference: balances - total }));
    }
    return failures;
  },
};

const UNSETTLED = new Set<number>([
  printchain.jobs.v1.JobStatus.JOB_STATUS_OPEN,
  printchain.jobs.v1.JobStatus.JOB_STATUS_ACCEPTED,
  printchain.jobs.v1.JobStatus.JOB_STATUS_PROOF_SUBMITTED,
  printchain.jobs.v1.JobStatus.JOB_STATUS_DISPUTED,
]);

/** The jobs_escrow account holds exactly the prices of the unsettled jobs. */
export const escrowInvariant: Invariant = {
  name: "jobs/escrow",
  check(store) {
    let locked = 0n;
    let jobs = 0;
    for (const job of decoded(store, JOBS_PREFIX, (bytes) => jobsCodecs.Job.decode(bytes))) {
      if (!UNSETTLED.has(job.status)) continue;
      locked += BigInt(job.price?.amount ?? "0");
      jobs++;
    }
    const escrow = balanceOf(store, moduleAddress("jobs_escrow"));
    return escrow === locked ? [] : [fail(this.name, "jobs_escrow balance ≠ Σ prices of unsettled jobs", { escrow, sumOfPrices: locked, unsettledJobs: jobs, difference: escrow - locked })];
  },
};

/** The printer_bonds account holds exactly the bonds of the printers that are not retired. */
export const bondsInvariant: Invariant = {
  name: "printers/bonds",
  check(store) {
    let bonds = 0n;
    for (const printer of decoded(store, PRINTERS_PREFIX, (bytes) => printersCodecs.Printer.decode(bytes))) {
      if (printer.status !== printchain.printers.v1.PrinterStatus.PRINTER_STATUS_RETIRED) bonds += BigInt(printer.bond || "0");
    }
    const held = balanceOf(store, moduleAddress("printer_bonds"));
    return held === bonds ? [] : [fail(this.name, "printer_bonds balance ≠ Σ bonds of printers not retired", { held, sumOfBonds: bonds, difference: held - bonds })];
  },
};

/**
 * Every settled epoch: minted + fees = total = Σ roles paid + community pool added, and the rewards
 * recorded for it sum to what its roles paid; the community pool holds what the epochs added.
 */
export const emissionsInvariant: Invariant = {
  name: "emissions/conservation",
  check(store) {
    const failures: InvariantFailure[] = [];
    const rewardSums = new Map<string, bigint>();
    for (const reward of decoded(store, "emissions/rewards/", (bytes) => emissionsCodecs.Reward.decode(bytes))) {
      const epoch = String(reward.epoch);
      rewardSums.set(epoch, (rewardSums.get(epoch) ?? 0n) + BigInt(reward.amount || "0"));
    }
    let communityAdded = 0n;
    for (const summary of decoded(store, "emissions/summaries/", (bytes) => emissionsCodecs.EpochSummary.decode(bytes))) {
      const epoch = String(summary.epoch);
      const minted = BigInt(summary.minted || "0");
      const fees = BigInt(summary.fees || "0");
      const total = BigInt(summary.total || "0");
      const paid = summary.roles.reduce((sum, role) => sum + BigInt(role.paid || "0"), 0n);
      const pools = summary.roles.reduce((sum, role) => sum + BigInt(role.pool || "0"), 0n);
      const added = BigInt(summary.communityPoolAdded || "0");
      communityAdded += added;
      if (minted + fees !== total) failures.push(fail(this.name, `epoch ${epoch}: minted + fees ≠ total`, { epoch, minted, fees, total }));
      if (paid + added !== total) failures.push(fail(this.name, `epoch ${epoch}: Σ paid + community pool added ≠ total`, { epoch, total, paid, communityPoolAdded: added, difference: paid + added - total }));
      if (pools > total) failures.push(fail(this.name, `epoch ${epoch}: Σ role pools > total`, { epoch, total, pools }));
      const rewards = rewardSums.get(epoch) ?? 0n;
      if (rewards !== paid) failures.push(fail(this.name, `epoch ${epoch}: Σ reward records ≠ Σ roles paid`, { epoch, rewards, paid }));
    }
    const pool = balanceOf(store, moduleAddress("community_pool"));
    if (pool !== communityAdded) failures.push(fail(this.name, "community_pool balance ≠ Σ community pool added over settled epochs", { communityPool: pool, sumAdded: communityAdded }));
    return failures;
  },
};

/** bonded pool = Σ tokens of bonded validators; not-bonded pool = others' tokens + unbonding entries. */
export const stakingInvariant: Invariant = {
  name: "staking/pools",
  check(store) {
    let bonded = 0n;
    let notBonded = 0n;
    for (const validator of decoded(store, VALIDATORS_PREFIX, (bytes) => stakingCodecs.Validator.decode(bytes))) {
      const tokens = BigInt(validator.tokens || "0");
      if (tokens < 0n) return [fail(this.name, `validator ${validator.operatorAddress} has negative tokens`, { tokens })];
      if (validator.status === printchain.staking.v1.BondStatus.BOND_STATUS_BONDED) bonded += tokens;
      else notBonded += tokens;
    }
    let unbonding = 0n;
    for (const entry of decoded(store, UNBONDING_PREFIX, (bytes) => stakingCodecs.UnbondingDelegation.decode(bytes))) {
      for (const item of entry.entries) unbonding += BigInt(item.balance || "0");
    }
    const bondedPool = balanceOf(store, moduleAddress("bonded_tokens_pool"));
    const notBondedPool = balanceOf(store, moduleAddress("not_bonded_tokens_pool"));
    const failures: InvariantFailure[] = [];
    if (bondedPool !== bonded) failures.push(fail(this.name, "bonded_tokens_pool ≠ Σ tokens of bonded validators", { bondedPool, sumBondedTokens: bonded, difference: bondedPool - bonded }));
    if (notBondedPool !== notBonded + unbonding) {
      failures.push(fail(this.name, "not_bonded_tokens_pool ≠ Σ tokens of unbonding/unbonded validators + unbonding entries", { notBondedPool, sumNotBondedTokens: notBonded, unbondingEntries: unbonding, difference: notBondedPool - notBonded - unbonding }));
    }
    return failures;
  },
};

const ACTIVE_PROPOSAL = new Set<number>([printchain.gov.v1.ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD, printchain.gov.v1.ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD]);

/** The gov account holds exactly the deposits of the proposals in their deposit or voting period. */
export const govInvariant: Invariant = {
  name: "gov/deposits",
  check(store) {
    const active = new Set<string>();
    let totals = 0n;
    for (const proposal of decoded(store, "gov/proposals/", (bytes) => govCodecs.Proposal.decode(bytes))) {
      if (!ACTIVE_PROPOSAL.has(proposal.status)) continue;
      active.add(String(proposal.id));
      totals += proposal.totalDeposit.filter((coin) => coin.denom === "uprint").reduce((sum, coin) => sum + BigInt(coin.amount || "0"), 0n);
    }
    let deposits = 0n;
    for (const deposit of decoded(store, "gov/deposits/", (bytes) => govCodecs.Deposit.decode(bytes))) {
      if (!active.has(String(deposit.proposalId))) continue;
      deposits += deposit.amount.filter((coin) => coin.denom === "uprint").reduce((sum, coin) => sum + BigInt(coin.amount || "0"), 0n);
    }
    const held = balanceOf(store, moduleAddress("gov"));
    const failures: InvariantFailure[] = [];
    if (held !== deposits) failures.push(fail(this.name, "gov account balance ≠ Σ deposits of proposals in deposit/voting period", { govBalance: held, sumDeposits: deposits, activeProposals: active.size, difference: held - deposits }));
    if (totals !== deposits) failures.push(fail(this.name, "Σ total_deposit of active proposals ≠ Σ their deposit records", { sumTotalDeposit: totals, sumDeposits: deposits }));
    return failures;
  },
};

export const INVARIANTS: readonly Invariant[] = [supplyInvariant, escrowInvariant, bondsInvariant, emissionsInvariant, stakingInvariant, govInvariant];

/** Runs every invariant over a store; returns all failures. */
export function checkInvariants(store: KVReader, invariants: readonly Invariant[] = INVARIANTS): InvariantFailure[] {
  return invariants.flatMap((invariant) => invariant.check(store));
}
