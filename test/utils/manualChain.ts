import type { EncodeObject } from "@cosmjs/proto-signing";
import { SigningStargateClient, type Event, type IndexedTx, type StdFee } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { createPrintchainRegistry } from "../../proto";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import type { StoredBlock } from "../../chain-sim/node/blocks";
import { deriveAddresses, DEVNET_FUNDED_ACCOUNTS, DEVNET_MNEMONIC } from "../../chain-sim/node/devnet";
import { startTestNode, type TestNode } from "./testNode";
import { devnetWallet } from "./wallets";

export const BLOCK_MS = 1000;
/** A fixed fee, so tests can account for it exactly: 2,000,000 gas at the minimum gas price. */
export const FIXED_FEE: StdFee = { amount: [{ denom: "uprint", amount: "50000" }], gas: "2000000" };
export const FIXED_FEE_AMOUNT = 50_000n;

interface Codec<T> {
  fromPartial(value: unknown): T;
  encode(message: T): { finish(): Uint8Array };
}

/**
 * A real node whose blocks the test produces (one second of header time each), driven through the
 * stock CosmJS clients over HTTP, with the devnet accounts 0..9 signing. Every window and epoch
 * boundary is then exact.
 */
export class ManualChain {
  /** Every event of every tx and block committed through this driver. */
  readonly emitted: Event[] = [];

  private constructor(
    readonly node: TestNode,
    readonly comet: Comet38Client,
    readonly client: SigningStargateClient,
    readonly addresses: readonly string[],
  ) {}

  static async start(patchGenesis: (genesis: GenesisDoc, addresses: readonly string[]) => void): Promise<ManualChain> {
    const addresses = await deriveAddresses(DEVNET_MNEMONIC, DEVNET_FUNDED_ACCOUNTS);
    const node = await startTestNode({ blockTimeMs: BLOCK_MS }, { manualBlocks: true, patchGenesis: (genesis) => patchGenesis(genesis, addresses) });
    const comet = await Comet38Client.connect(node.url);
    const client = await SigningStargateClient.connectWithSigner(node.url, await devnetWallet(DEVNET_FUNDED_ACCOUNTS), { registry: createPrintchainRegistry() });
    return new ManualChain(node, comet, client, addresses);
  }

  async stop(): Promise<void> {
    this.client.disconnect();
    this.comet.disconnect();
    await this.node.stop();
  }

  /** Commits the next block (with whatever the mempool holds) and keeps its EndBlock events. */
  async produce(): Promise<StoredBlock> {
    const block = await this.node.node.produceBlock();
    this.emitted.push(...block.results.finalize_block_events);
    return block;
  }

  /** Produces blocks until `ms` of header time passed. */
  async advance(ms: number): Promise<void> {
    for (let elapsed = 0; elapsed < ms; elapsed += BLOCK_MS) await this.produce();
  }

  /** Signs and broadcasts `msgs` from account `from` with the fixed fee, commits a block, returns the indexed tx. */
  async submit(from: number, ...msgs: EncodeObject[]): Promise<IndexedTx> {
    const hash = await this.client.signAndBroadcastSync(this.addresses[from], msgs, FIXED_FEE);
    await this.produce();
    const tx = await this.client.getTx(hash);
    if (!tx) throw new Error(`tx ${hash} not found`);
    this.emitted.push(...tx.events);
    return tx;
  }

  async submitOk(from: number, ...msgs: EncodeObject[]): Promise<IndexedTx> {
    const tx = await this.submit(from, ...msgs);
    if (tx.code !== 0) throw new Error(`tx failed with code ${tx.code}: ${tx.rawLog}`);
    return tx;
  }

  /** Expects CheckTx to reject the tx (nothing is committed) and returns its code and log. */
  async rejected(from: number, msg: EncodeObject): Promise<{ code: number; codespace: string; log: string }> {
    try {
      await this.client.signAndBroadcastSync(this.addresses[from], [msg], FIXED_FEE);
    } catch (error) {
      const { code, codespace, log } = error as { code: number; codespace: string; log: string };
      return { code, codespace, log };
    }
    throw new Error("expected the tx to be rejected in CheckTx");
  }

  async blockTimeMs(height: number): Promise<number> {
    return Date.parse((await this.client.getBlock(height)).header.time);
  }

  async latestTimeMs(): Promise<number> {
    return Date.parse((await this.client.getBlock()).header.time);
  }

  /** An ABCI gRPC query with generated codecs; a non-zero code throws with the chain's log. */
  async query<Req, Res>(path: string, request: Codec<Req>, value: unknown, response: { decode(bytes: Uint8Array): Res }): Promise<Res> {
    const result = await this.comet.abciQuery({ path, data: request.encode(request.fromPartial(value)).finish() });
    if (result.code !== 0) throw new Error(`query ${path} failed: ${result.log}`);
    return response.decode(result.value);
  }

  async balance(address: string): Promise<bigint> {
    return BigInt((await this.client.getBalance(address, "uprint")).amount);
  }

  /** Total supply of uprint (bank SupplyOf). */
  async supply(): Promise<bigint> {
    const { amount } = await this.query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest, { denom: "uprint" }, QuerySupplyOfResponse);
    return BigInt(amount.amount);
  }
}
