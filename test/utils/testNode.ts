import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GenesisDoc } from "../../chain-sim/app/genesis";
import { initHome } from "../../chain-sim/cli/run";
import { ChainNode } from "../../chain-sim/node/node";
import { RpcServer } from "../../chain-sim/rpc/server";
import type { NodeConfig } from "../../chain-sim/node/home";
import { validatorAddress, type ValidatorKeyFile } from "../../chain-sim/node/validatorKey";

/** A fixed genesis time, so two test chains built the same way are byte-identical. */
export const TEST_GENESIS_TIME_MS = Date.parse("2026-01-01T00:00:00Z");

/**
 * A fixed genesis validator for in-process apps that never sign a block: its key is the first
 * validator's consensus key in the staking state, so two chains built with it hash alike.
 */
export const TEST_VALIDATOR_KEY: ValidatorKeyFile = {
  address: validatorAddress(new Uint8Array(32)),
  pub_key: { type: "tendermint/PubKeyEd25519", value: Buffer.alloc(32).toString("base64") },
  priv_key: { type: "tendermint/PrivKeyEd25519", value: "" },
};

export interface TestNode {
  readonly node: ChainNode;
  readonly url: string;
  readonly home: string;
  stop(): Promise<void>;
}

export function tempHome(label: string): string {
  return mkdtempSync(join(tmpdir(), `printchain-${label}-`));
}

/**
 * A real node with its real RPC server on an ephemeral loopback port. With `manualBlocks` it only
 * commits block 1, and the test produces the others with `node.produceBlock()`.
 */
export async function startTestNode(
  config: Partial<NodeConfig> = {},
  options: { manualBlocks?: boolean; patchGenesis?: (genesis: GenesisDoc) => void } = {},
): Promise<TestNode> {
  const home = tempHome("node");
  await initHome({ home, genesisTimeMs: TEST_GENESIS_TIME_MS, blockTimeMs: config.blockTimeMs ?? 100, patchGenesis: options.patchGenesis });
  const node = await ChainNode.open(home, { config: { blockTimeMs: 100, verifierThreads: 0, ...config } });
  if (options.manualBlocks) await node.produceBlock();
  else await node.start();
  const rpc = new RpcServer(node);
  const address = await rpc.listen(0, "127.0.0.1");
  return {
    node,
    home,
    url: `http://127.0.0.1:${address.port}`,
    async stop() {
      await rpc.close();
      await node.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Resolves once the node has committed `height`. */
export function waitForHeight(node: ChainNode, height: number, timeoutMs = 20_000): Promise<void> {
  if (node.height >= height) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      node.events.off("block", listener);
      reject(new Error(`height ${height} not reached (at ${node.height})`));
    }, timeoutMs);
    const listener = (): void => {
      if (node.height < height) return;
      clearTimeout(timer);
      node.events.off("block", listener);
      resolve();
    };
    node.events.on("block", listener);
  });
}

/** POSTs a raw body to the RPC and returns the HTTP status and parsed JSON (or text). */
export async function rawRpc(url: string, body: string): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // leave as text
  }
  return { status: response.status, json };
}
