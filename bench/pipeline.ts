import { DirectSecp256k1Wallet, type EncodeObject, type Registry } from "@cosmjs/proto-signing";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { fromBase64 } from "@cosmjs/encoding";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import type { App } from "../chain-sim/app/app";
import { createApp } from "../chain-sim/app/createApp";
import { preverifySignatures } from "../chain-sim/app/preverify";
import { VerifierPool } from "../chain-sim/crypto/verifierPool";
import { buildGenesis, DEVNET_CHAIN_ID } from "../chain-sim/node/devnet";
import { DEFAULT_NODE_CONFIG, writeHome } from "../chain-sim/node/home";
import { ChainNode } from "../chain-sim/node/node";
import { generateValidatorKey, type ValidatorKeyFile } from "../chain-sim/node/validatorKey";

export const GENESIS_TIME_MS = Date.parse("2026-01-01T00:00:00Z");

export interface Workload {
  readonly genesis: ReturnType<typeof buildGenesis>;
  readonly validator: ValidatorKeyFile;
  readonly txs: Uint8Array[];
}

/** `accounts` funded keys and `count` signed bank sends (real CosmJS signing, SIGN_MODE_DIRECT). */
export async function buildWorkload(accounts: number, count: number): Promise<Workload> {
  const wallets = await Promise.all(
    Array.from({ length: accounts }, (_, index) => DirectSecp256k1Wallet.fromKey(createHash("sha256").update(`bench key ${index}`).digest(), "print")),
  );
  const keys = await Promise.all(wallets.map(async (wallet) => (await wallet.getAccounts())[0]));
  const validator = generateValidatorKey();
  const genesis = buildGenesis({
    chainId: DEVNET_CHAIN_ID,
    genesisTimeMs: GENESIS_TIME_MS,
    validator,
    moniker: "bench",
    balances: keys.map((key) => ({ address: key.address, amount: 1_000_000_000_000n })),
  });
  const sequences = keys.map(() => 0);
  const txs: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const from = i % accounts;
    const to = (i * 7 + 3) % accounts;
    const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: keys[from].address, toAddress: keys[to].address, amount: [{ denom: "uprint", amount: String(1 + (i % 1000)) }] }).finish() };
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [msg], memo: "" })).finish();
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(keys[from].pubkey)), sequence: sequences[from]++ }], [{ denom: "uprint", amount: "5000" }], 200_000, undefined, undefined);
    // Genesis accounts are numbered in file order, from 0.
    const { signature } = await wallets[from].signDirect(keys[from].address, makeSignDoc(bodyBytes, authInfoBytes, DEVNET_CHAIN_ID, from));
    txs.push(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish());
  }
  return { genesis, validator, txs };
}

function appAtGenesis(workload: Workload): App {
  const app = createApp(DEVNET_CHAIN_ID);
  app.initChain(workload.genesis, GENESIS_TIME_MS);
  return app;
}

function blocksOf(workload: Workload, blockSize: number): Uint8Array[][] {
  const blocks: Uint8Array[][] = [];
  for (let offset = 0; offset < workload.txs.length; offset += blockSize) blocks.push(workload.txs.slice(offset, offset + blockSize));
  return blocks;
}

/** Executes and commits the next block; returns how many of its txs failed. */
function executeBlock(app: App, txs: readonly Uint8Array[]): number {
  const height = app.lastInfo.height + 1;
  const execution = app.finalizeBlock({ chainId: DEVNET_CHAIN_ID, height, timeMs: GENESIS_TIME_MS + height * 1000, proposer: "" }, txs);
  return execution.txResults.filter((result) => result.code !== 0).length;
}

/**
 * Block execution on one core, as a validator replaying or syncing blocks runs it: decode, ante
 * with signature verification, bank send, commit (app hash). No CheckTx has seen these txs.
 */
export function runBlockPipeline(workload: Workload, blockSize: number): { seconds: number; failed: number } {
  const app = appAtGenesis(workload);
  let failed = 0;
  const started = performance.now();
  for (const block of blocksOf(workload, blockSize)) failed += executeBlock(app, block);
  return { seconds: (performance.now() - started) / 1000, failed };
}

/**
 * Block execution on both cores: while the main thread executes block k, worker threads verify
 * the signatures of block k+1 (what a validator replaying blocks can do).
 */
export async function runPipelinedBlocks(workload: Workload, blockSize: number, threads: number): Promise<{ seconds: number; failed: number }> {
  const app = appAtGenesis(workload);
  const pool = new VerifierPool(threads);
  const blocks = blocksOf(workload, blockSize);
  let failed = 0;
  const started = performance.now();
  let verifying = preverifySignatures(app, pool, blocks[0]);
  for (let index = 0; index < blocks.length; index++) {
    await verifying;
    if (index + 1 < blocks.length) verifying = preverifySignatures(app, pool, blocks[index + 1]);
    failed += executeBlock(app, blocks[index]);
  }
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return { seconds, failed };
}

/**
 * The state machine on one core: CheckTx (decode, ante with signature verification, send on the
 * check state) then blocks of `blockSize` (decode, ante, send, commit with the app hash).
 */
export function runAppPipeline(workload: Workload, blockSize: number): { seconds: number; failed: number } {
  const app = appAtGenesis(workload);
  let failed = 0;
  const started = performance.now();
  for (const block of blocksOf(workload, blockSize)) {
    for (const tx of block) if (app.checkTx(tx).code !== 0) failed++;
    failed += executeBlock(app, block);
  }
  return { seconds: (performance.now() - started) / 1000, failed };
}

/**
 * The whole node without HTTP, as it runs live: a stream of broadcasts (signatures verified in
 * `threads` worker threads, batched) overlapping with block production (mempool reap, DeliverTx,
 * commit, fsync'd block log, tx index).
 */
export interface NodeRun {
  readonly seconds: number;
  readonly failed: number;
  readonly blocks: number;
  /** Time inside produceBlock only (DeliverTx, commit, fsync'd log; signatures were verified at CheckTx). */
  readonly produceSeconds: number;
}

/** With `withHome`, the stopped node's home is handed over (e.g. to export its blocks) before it is removed. */
export async function runNodePipeline(workload: Workload, blockSize: number, threads: number, withHome?: (home: string, run: NodeRun) => Promise<void>): Promise<NodeRun> {
  const home = mkdtempSync(join(tmpdir(), "printchain-bench-"));
  try {
    writeHome(home, { ...DEFAULT_NODE_CONFIG, verifierThreads: threads, snapshotInterval: 1_000_000 }, workload.genesis, workload.validator);
    const node = await ChainNode.open(home, { config: { maxBlockBytes: blockSize * 400 } });
    let failed = 0;
    let submitting = true;
    const started = performance.now();
    const submit = (async () => {
      for (let offset = 0; offset < workload.txs.length; offset += blockSize / 2) {
        const results = await Promise.all(workload.txs.slice(offset, offset + blockSize / 2).map((tx) => node.broadcast(tx)));
        failed += results.filter(({ result }) => result.code !== 0).length;
      }
      submitting = false;
    })();
    let committed = 0;
    let produceSeconds = 0;
    while (committed < workload.txs.length) {
      if (node.mempool.size === 0) {
        if (!submitting) break;
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      const blockStarted = performance.now();
      const block = await node.produceBlock();
      produceSeconds += (performance.now() - blockStarted) / 1000;
      committed += block.block.data.txs.length;
      failed += block.results.txs_results.filter((result) => result.code !== 0).length;
    }
    await submit;
    const seconds = (performance.now() - started) / 1000;
    const run = { seconds: committed === workload.txs.length ? seconds : Number.NaN, failed, blocks: node.height, produceSeconds };
    await node.stop();
    await withHome?.(home, run);
    return run;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers shared with the other benchmarks

/** A funded genesis key that signs txs with explicit account number and sequence (no chain queries). */
export interface BenchSigner {
  readonly wallet: DirectSecp256k1Wallet;
  readonly address: string;
  readonly pubkey: Uint8Array;
  readonly accountNumber: number;
  sequence: number;
}

/** `count` keys from sha256(`${label} ${index}`), numbered from `firstAccountNumber` (their genesis order). */
export async function benchSigners(label: string, count: number, firstAccountNumber: number): Promise<BenchSigner[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const wallet = await DirectSecp256k1Wallet.fromKey(createHash("sha256").update(`${label} ${index}`).digest(), "print");
      const [account] = await wallet.getAccounts();
      return { wallet, address: account.address, pubkey: account.pubkey, accountNumber: firstAccountNumber + index, sequence: 0 };
    }),
  );
}

/** Signs `messages` with SIGN_MODE_DIRECT at the signer's next sequence (which it then bumps); returns TxRaw bytes. */
export async function signBenchTx(
  signer: BenchSigner,
  registry: Registry,
  messages: readonly EncodeObject[],
  fee: { readonly amount: string; readonly gas: number },
  chainId = DEVNET_CHAIN_ID,
): Promise<Uint8Array> {
  const bodyBytes = registry.encodeTxBody({ messages: [...messages], memo: "" });
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(signer.pubkey)), sequence: signer.sequence }], [{ denom: "uprint", amount: fee.amount }], fee.gas, undefined, undefined);
  const { signature } = await signer.wallet.signDirect(signer.address, makeSignDoc(bodyBytes, authInfoBytes, chainId, signer.accountNumber));
  signer.sequence++;
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
}

/** One report line: the label padded to a column, then the value. */
export function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(64)} ${value}\n`);
}

/** The middle value (the upper middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Two decimals. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
