import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { Secp256k1, sha256 } from "@cosmjs/crypto";
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc, type EncodeObject, type Registry } from "@cosmjs/proto-signing";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrintchainRegistry, printchain } from "../../proto";
import { initHome } from "../cli/run";
import { hex, type StoredBlock } from "../node/blocks";
import { ChainNode } from "../node/node";
import { writeBlockFile } from "../replay/blockFile";
import { buildPopulation, buildSimGenesis, SIM_BLOCK_TIME_MS, SIM_CHAIN_ID, SIM_GENESIS_TIME_MS, type Population, type SimAccount } from "./genesis";
import { checkInvariants, type InvariantFailure } from "./invariants";
import { planOperation, type OpContext, type PlannedOp } from "./operations";
import { Rng } from "./rng";
import { StateView } from "./view";

export interface SimOptions {
  readonly seed: number;
  readonly blocks: number;
  /** Most txs per block. */
  readonly blockSize: number;
  /** Check the invariants every `period` blocks (and always after the last); 0 = only at the end. */
  readonly period?: number;
  /** Write the produced blocks to this block file (chain-sim/replay/blockFile.ts). */
  readonly exportFile?: string;
  /** Run the node in this home dir (kept); a temp dir (removed) by default. */
  readonly home?: string;
  /** Signature verification threads of the node (0: the main thread). */
  readonly verifierThreads?: number;
  /** Called with a progress line at most once a second. */
  readonly progress?: (line: string) => void;
}

export type ResultClass = "ok" | "checktx" | "block";

export interface SimSummary {
  readonly seed: number;
  readonly blocks: number;
  readonly blockSize: number;
  readonly txs: number;
  readonly finalHeight: number;
  readonly appHash: string;
  /** The app hash after every block, from height 1. */
  readonly appHashes: string[];
  /** Ops by name and result: "ok", "checktx <codespace>/<code>", "block <codespace>/<code>". */
  readonly ops: Record<string, Record<string, number>>;
  readonly totals: Record<ResultClass, number>;
  /** Messages that executed successfully, by type URL (in txs, and inside passed proposals as "gov:<type>"). */
  readonly messagesOk: Record<string, number>;
  /** Deliberately invalid ops: how many were refused with the expected error, and the others. */
  readonly invalid: { readonly matched: number; readonly mismatched: number; readonly mismatches: Array<{ op: string; height: number; expected: string; got: string; log: string }> };
  readonly proposals: Record<string, number>;
  readonly invariantChecks: number;
  readonly failure?: { readonly height: number; readonly failures: InvariantFailure[] };
  readonly runSeconds: number;
  readonly peakRssBytes: number;
  readonly peakHeapBytes: number;
  readonly exported?: string;
}

const FEE = { amount: "75000", gas: 3_000_000 };

/** Signs a TxRaw in SIGN_MODE_DIRECT with the account's key (RFC 6979 deterministic, low-S, as CosmJS does). */
export function signSimTx(registry: Registry, account: SimAccount, accountNumber: number, sequence: number, messages: readonly EncodeObject[], chainId = SIM_CHAIN_ID): Uint8Array {
  const bodyBytes = registry.encodeTxBody({ messages: [...messages], memo: "" });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(account.pubkey)), sequence }], [{ denom: "uprint", amount: FEE.amount }], FEE.gas, undefined, undefined);
  const signBytes = makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, chainId, accountNumber));
  const signature = Secp256k1.createSignature(sha256(signBytes), account.privkey);
  const raw = new Uint8Array([...signature.r(32), ...signature.s(32)]);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [raw] }).finish();
}

function increment(table: Record<string, Record<string, number>>, op: string, result: string): void {
  const row = (table[op] ??= {});
  row[result] = (row[result] ?? 0) + 1;
}

const codeOf = (result: { codespace: string; code: number }): string => `${result.codespace}/${result.code}`;

/** Runs a whole simulation through a real node; resolves with the summary (with `failure` set if an invariant broke). */
export async function runSimulation(options: SimOptions): Promise<SimSummary> {
  const started = performance.now();
  const period = options.period ?? 10;
  const population = buildPopulation(options.seed);
  const home = options.home ?? mkdtempSync(join(tmpdir(), `printchain-sim-${options.seed}-`));
  if (options.home && existsSync(join(options.home, "config", "genesis.json"))) throw new Error(`${options.home} already holds a chain; the simulation needs a new home`);
  await initHome({
    home,
    moniker: `sim-${options.seed}`,
    blockTimeMs: SIM_BLOCK_TIME_MS,
    genesisTimeMs: SIM_GENESIS_TIME_MS,
    validator: population.validatorKey,
    patchGenesis: (genesis) => {
      const built = buildSimGenesis(population);
      for (const key of Object.keys(genesis)) delete (genesis as unknown as Record<string, unknown>)[key];
      Object.assign(genesis, built);
    },
  });
  const node = await ChainNode.open(home, { config: { blockTimeMs: SIM_BLOCK_TIME_MS, verifierThreads: options.verifierThreads ?? 0, snapshotInterval: 1_000_000_000 } });
  try {
    return await simulate(node, population, options, period, started);
  } finally {
    await node.stop();
    if (!options.home) rmSync(home, { recursive: true, force: true });
  }
}

async function simulate(node: ChainNode, population: Population, options: SimOptions, period: number, started: number): Promise<SimSummary> {
  const registry = createPrintchainRegistry();
  const rng = new Rng(`printchain-sim operations ${options.seed}`);
  const view = new StateView(node.app);
  const accountNumbers = new Map<number, number>();
  const sequences = new Map<number, number>();
  const resync = (index: number): void => {
    const account = view.account(population.accounts[index].address);
    if (!account) throw new Error(`simulated account ${index} is missing from the chain`);
    accountNumbers.set(index, account.accountNumber);
    sequences.set(index, account.sequence);
  };
  for (const account of population.accounts) resync(account.index);

  const ops: Record<string, Record<string, number>> = {};
  const totals: Record<ResultClass, number> = { ok: 0, checktx: 0, block: 0 };
  const messagesOk: Record<string, number> = {};
  const invalid = { matched: 0, mismatched: 0, mismatches: [] as Array<{ op: string; height: number; expected: string; got: string; log: string }> };
  const appHashes: string[] = [];
  let txs = 0;
  let invariantChecks = 0;
  let peakHeap = 0;
  let lastProgress = 0;
  let failure: SimSummary["failure"];
  const expectation = (planned: PlannedOp, height: number, got: { codespace: string; code: number; log: string }): void => {
    if (!planned.expect) return;
    if (got.code !== 0 && got.codespace === planned.expect.codespace && got.code === planned.expect.code) invalid.matched++;
    else {
      invalid.mismatched++;
      if (invalid.mismatches.length < 20) invalid.mismatches.push({ op: planned.op, height, expected: codeOf(planned.expect), got: got.code === 0 ? "ok" : codeOf(got), log: got.log.slice(0, 300) });
    }
  };

  for (let n = 0; n < options.blocks; n++) {
    const height = node.height + 1;
    const previous = node.height > 0 ? node.block(node.height) : undefined;
    const lastTimeMs = previous ? Date.parse(previous.block.header.time) : SIM_GENESIS_TIME_MS;
    const nextTimeMs = previous ? lastTimeMs + SIM_BLOCK_TIME_MS : SIM_GENESIS_TIME_MS;
    view.invalidate();
    const claims = new Set<string>();
    const ctx: OpContext = { rng, population, view, height, lastTimeMs, nextTimeMs, claim: (key) => (claims.has(key) ? false : (claims.add(key), true)) };
    const pending = new Map<string, PlannedOp>();
    const signers = new Set<number>();
    for (let i = 0; i < options.blockSize; i++) {
      const planned = planOperation(ctx);
      if (!planned) continue;
      const account = population.accounts[planned.signer];
      const sequence = sequences.get(planned.signer)! + (planned.tamper === "sequence" ? 1 + rng.int(3) : 0);
      let bytes = signSimTx(registry, account, accountNumbers.get(planned.signer)!, sequence, planned.msgs);
      if (planned.tamper === "signature") {
        const tx = TxRaw.decode(bytes);
        const signature = Uint8Array.from(tx.signatures[0]);
        signature[rng.int(32)] ^= 1 << rng.int(8);
        bytes = TxRaw.encode({ ...tx, signatures: [signature] }).finish();
      }
      const { hash, result } = await node.broadcast(bytes);
      if (result.code === 0) {
        pending.set(hash, planned);
        sequences.set(planned.signer, sequences.get(planned.signer)! + 1);
        signers.add(planned.signer);
      } else {
        increment(ops, planned.op, `checktx ${codeOf(result)}`);
        totals.checktx++;
        expectation(planned, height, result);
      }
    }
    const block: StoredBlock = await node.produceBlock();
    block.block.data.txs.forEach((tx, index) => {
      const hash = hex(sha256(Buffer.from(tx, "base64")));
      const planned = pending.get(hash);
      if (!planned) return;
      const result = block.results.txs_results[index];
      txs++;
      if (result.code === 0) {
        increment(ops, planned.op, "ok");
        totals.ok++;
        for (const message of planned.msgs) messagesOk[message.typeUrl] = (messagesOk[message.typeUrl] ?? 0) + 1;
      } else {
        increment(ops, planned.op, `block ${codeOf(result)}`);
        totals.block++;
      }
      expectation(planned, height, result);
      pending.delete(hash);
    });
    if (pending.size > 0) throw new Error(`block ${height} left ${pending.size} accepted txs out (mempool not drained)`);
    appHashes.push(hex(node.app.lastInfo.appHash));
    view.invalidate();
    for (const signer of signers) resync(signer);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);

    const last = n === options.blocks - 1;
    if (last || (period > 0 && height % period === 0)) {
      invariantChecks++;
      const failures = checkInvariants(node.app.store);
      if (failures.length > 0) {
        failure = { height, failures };
        break;
      }
    }
    const now = performance.now();
    if (options.progress && (now - lastProgress >= 1000 || last)) {
      lastProgress = now;
      const seconds = (now - started) / 1000;
      const opsDone = totals.ok + totals.checktx + totals.block;
      const eta = ((options.blocks - n - 1) * seconds) / (n + 1);
      options.progress(`sim seed ${options.seed}: height ${n + 1}/${options.blocks}  txs ${txs}  ops ${opsDone}  ${(opsDone / seconds).toFixed(0)} ops/s  ETA ${eta.toFixed(0)} s`);
    }
  }

  // Proposals and the messages that passed proposals executed (MsgUpdateParams can only run there).
  const proposals: Record<string, number> = {};
  for (const [name, status] of Object.entries(printchain.gov.v1.ProposalStatus)) {
    if (typeof status !== "number" || status === 0) continue;
    const list = view.proposals(status);
    proposals[name.replace("PROPOSAL_STATUS_", "").toLowerCase()] = list.length;
    if (status === printchain.gov.v1.ProposalStatus.PROPOSAL_STATUS_PASSED) {
      for (const proposal of list) for (const message of proposal.messages) messagesOk[`gov:${message.type_url}`] = (messagesOk[`gov:${message.type_url}`] ?? 0) + 1;
    }
  }

  let exported: string | undefined;
  if (options.exportFile && !failure) {
    const height = node.height;
    function* blocks(): IterableIterator<StoredBlock> {
      for (let h = 1; h <= height; h++) yield node.block(h)!;
    }
    writeBlockFile(options.exportFile, node.genesis, blocks());
    exported = options.exportFile;
  }
  return {
    seed: options.seed,
    blocks: options.blocks,
    blockSize: options.blockSize,
    txs,
    finalHeight: node.height,
    appHash: hex(node.app.lastInfo.appHash),
    appHashes,
    ops: sortTable(ops),
    totals,
    messagesOk: Object.fromEntries(Object.entries(messagesOk).sort(([a], [b]) => (a < b ? -1 : 1))),
    invalid,
    proposals,
    invariantChecks,
    failure,
    runSeconds: (performance.now() - started) / 1000,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
    exported,
  };
}

function sortTable(table: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.keys(table)
      .sort()
      .map((op) => [op, Object.fromEntries(Object.entries(table[op]).sort(([a], [b]) => (a < b ? -1 : 1)))]),
  );
}

/** A human-readable table of a summary. */
export function formatSummary(summary: SimSummary): string {
  const lines: string[] = [];
  lines.push(`simulation seed ${summary.seed}: ${summary.blocks} blocks × up to ${summary.blockSize} txs`);
  lines.push("");
  lines.push(`${"op".padEnd(34)} ${"ok".padStart(7)} ${"refused".padStart(8)} ${"failed".padStart(7)}  codes`);
  for (const [op, row] of Object.entries(summary.ops)) {
    const sum = (prefix: string): number => Object.entries(row).filter(([key]) => key.startsWith(prefix)).reduce((total, [, count]) => total + count, 0);
    const codes = Object.entries(row).filter(([key]) => key !== "ok").map(([key, count]) => `${key}×${count}`).join(", ");
    lines.push(`${op.padEnd(34)} ${String(row.ok ?? 0).padStart(7)} ${String(sum("checktx")).padStart(8)} ${String(sum("block")).padStart(7)}  ${codes}`);
  }
  lines.push("");
  lines.push(`blocks ${summary.finalHeight}  txs in blocks ${summary.txs}  ok ${summary.totals.ok}  refused at CheckTx ${summary.totals.checktx}  failed in block ${summary.totals.block}`);
  lines.push(`invalid ops refused as expected ${summary.invalid.matched}, otherwise ${summary.invalid.mismatched}`);
  for (const mismatch of summary.invalid.mismatches) lines.push(`  ${mismatch.op} at ${mismatch.height}: expected ${mismatch.expected}, got ${mismatch.got} ${mismatch.log}`);
  lines.push(`proposals ${Object.entries(summary.proposals).map(([status, count]) => `${status} ${count}`).join(", ")}`);
  lines.push(`invariant checks ${summary.invariantChecks}${summary.failure ? `  FAILED at height ${summary.failure.height}` : "  all held"}`);
  if (summary.failure) for (const item of summary.failure.failures) lines.push(`  ${item.invariant}: ${item.message} ${JSON.stringify(item.numbers)}`);
  lines.push(`final height ${summary.finalHeight}  app hash ${summary.appHash}`);
  lines.push(`run time ${summary.runSeconds.toFixed(1)} s  peak RSS ${(summary.peakRssBytes / 2 ** 20).toFixed(0)} MiB  peak heap ${(summary.peakHeapBytes / 2 ** 20).toFixed(0)} MiB`);
  if (summary.exported) lines.push(`blocks written to ${summary.exported}`);
  return `${lines.join("\n")}\n`;
}
