import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient, parseCoins } from "@cosmjs/stargate";
import { ACCOUNT_PREFIX } from "../types/address";
import { deriveAddresses } from "../node/devnet";

/** CLI commands that act as a client: they use the stock CosmJS clients over RPC, like any user. */
export async function showStatus(node: string): Promise<void> {
  const client = await StargateClient.connect(node);
  const block = await client.getBlock();
  print({ chain_id: await client.getChainId(), height: block.header.height, time: block.header.time, block_hash: block.id });
  client.disconnect();
}

export async function listKeys(mnemonic: string, count: number): Promise<void> {
  const addresses = await deriveAddresses(mnemonic, count);
  addresses.forEach((address, index) => process.stdout.write(`${index}\t${address}\n`));
}

export async function queryBalances(node: string, address: string): Promise<void> {
  const client = await StargateClient.connect(node);
  print(await client.getAllBalances(address));
  client.disconnect();
}

export async function queryAccount(node: string, address: string): Promise<void> {
  const client = await StargateClient.connect(node);
  const account = await client.getAccount(address);
  if (!account) throw new Error(`account ${address} does not exist on chain`);
  print({ ...account, pubkey: account.pubkey ?? null });
  client.disconnect();
}

export interface SendOptions {
  readonly node: string;
  readonly mnemonic: string;
  readonly fromIndex: number;
  readonly to: string;
  readonly amount: string;
  readonly memo: string;
  readonly gasPrice: string;
}

export async function sendTokens(options: SendOptions): Promise<void> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(options.mnemonic, { prefix: ACCOUNT_PREFIX, hdPaths: [makeCosmoshubPath(options.fromIndex)] });
  const [sender] = await wallet.getAccounts();
  const client = await SigningStargateClient.connectWithSigner(options.node, wallet, { gasPrice: GasPrice.fromString(options.gasPrice), broadcastPollIntervalMs: 300 });
  const result = await client.sendTokens(sender.address, options.to, parseCoins(options.amount), "auto", options.memo);
  print({ height: result.height, txhash: result.transactionHash, code: result.code, gas_used: result.gasUsed, gas_wanted: result.gasWanted, raw_log: result.rawLog });
  client.disconnect();
  if (result.code !== 0) process.exitCode = 1;
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`);
}
