import { StargateClient } from "@cosmjs/stargate";
import { deriveAddresses } from "../node/devnet";
import { DEFAULT_RPC_PORT } from "../node/home";

/** The `--node` option: the RPC endpoint of the node a client command talks to. */
export const NODE_OPTION = ["--node <url>", "RPC endpoint", `http://127.0.0.1:${DEFAULT_RPC_PORT}`] as const;

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

/** Prints a value as indented JSON (bigints as decimal strings). */
export function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`);
}
