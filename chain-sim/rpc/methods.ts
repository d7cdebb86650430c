import type { TxResult } from "../app/txResult";
import { sha256 } from "../store/merkle";
import { base64, hex, txResultToJson, type StoredBlock } from "../node/blocks";
import { MempoolError } from "../node/mempool";
import type { ChainNode, IndexedTx } from "../node/node";
import type { ConsensusValidator } from "../node/validatorSet";
import { internalError, invalidParams } from "./errors";
import type { Params } from "./params";
import { parseQuery, QuerySyntaxError } from "./txQuery";

/** The CometBFT version reported in node_info; CosmJS picks its 0.38 client from the "0.38." prefix. */
export const COMETBFT_VERSION = "0.38.17";
export const APP_VERSION = "0.1.0";
const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;
/** CometBFT's timeout_broadcast_tx_commit. */
const BROADCAST_COMMIT_TIMEOUT_MS = 10_000;

export type RpcMethod = (node: ChainNode, params: Params) => unknown;

function heightParam(node: ChainNode, params: Params): number {
  const height = params.optionalInt("height") ?? node.height;
  if (height <= 0) throw invalidParams(`height must be greater than 0, but got ${height}`);
  if (height > node.height) throw internalError(`height ${height} must be less than or equal to the current blockchain height ${node.height}`);
  return height;
}

function blockAt(node: ChainNode, height: number): StoredBlock {
  const block = node.block(height);
  if (!block) throw internalError(`block at height ${height} is not available`);
  return block;
}

function paging(params: Params, total: number): { start: number; end: number } {
  const perPage = Math.min(Math.max(params.optionalInt("per_page") ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
  const page = params.optionalInt("page") ?? 1;
  const pages = Math.max(1, Math.ceil(total / perPage));
  // CometBFT rejects out-of-range pages (CosmJS's paging loop relies on it to stop).
  if (page < 1 || page > pages) throw invalidParams(`page should be within [1, ${pages}] range, given ${page}`);
  const start = (page - 1) * perPage;
  return { start, end: Math.min(start + perPage, total) };
}

function txJson(tx: IndexedTx): Record<string, unknown> {
  return { hash: tx.hash, height: String(tx.height), index: tx.index, tx_result: tx.result, tx: tx.tx };
}

function checkTxJson(hash: string, result: TxResult): Record<string, unknown> {
  const json = txResultToJson(result);
  return { ...json, hash };
}

async function broadcast(node: ChainNode, params: Params): Promise<{ hash: string; result: TxResult }> {
  const tx = params.base64("tx");
  try {
    return await node.broadcast(tx);
  } catch (error) {
    if (error instanceof MempoolError) throw internalError(error.message);
    throw error;
  }
}

function validatorJson(validator: ConsensusValidator): Record<string, unknown> {
  return { address: validator.address, pub_key: { type: "tendermint/PubKeyEd25519", value: validator.pubKey }, voting_power: validator.power.toString(), proposer_priority: "0" };
}

/** The CometBFT 0.38 JSON-RPC methods, with the exact encodings CosmJS requires. */
export const RPC_METHODS: Readonly<Record<string, RpcMethod>> = {
  health: () => ({}),

  status(node) {
    // A chain started from an exported state (genesis initial_height > 1) begins at that height.
    const latest = node.height >= node.initialHeight ? blockAt(node, node.height) : undefined;
    const earliest = latest ? blockAt(node, node.initialHeight) : undefined;
    const ownPower = node.validatorsAt(node.height + 1).find((member) => member.address === node.validator.address)?.power ?? 0n;
    return {
      node_info: {
        protocol_version: { p2p: "8", block: "11", app: "0" },
        id: node.validator.address.toLowerCase(),
        listen_addr: "tcp://127.0.0.1:26656",
        network: node.app.chainId,
        version: COMETBFT_VERSION,
        channels: "40202122233038606100",
        moniker: node.config.moniker,
        other: { tx_index: "on", rpc_address: `tcp://${node.config.rpc.host}:${node.config.rpc.port}` },
      },
      sync_info: {
        latest_block_hash: latest?.block_id.hash ?? "",
        // As CometBFT: the latest header's app hash (the state before that block's txs).
        latest_app_hash: latest?.block.header.app_hash ?? hex(node.app.lastInfo.appHash),
        latest_block_height: String(node.height),
        latest_block_time: latest?.block.header.time ?? node.genesis.genesis_time,
        earliest_block_hash: earliest?.block_id.hash ?? "",
        earliest_app_hash: earliest?.block.header.app_hash ?? "",
        earliest_block_height: String(earliest ? node.initialHeight : 0),
        earliest_block_time: earliest?.block.header.time ?? node.genesis.genesis_time,
        catching_up: false,
      },
      validator_info: { address: node.validator.address, pub_key: { type: "tendermint/PubKeyEd25519", value: base64(node.validator.pubKey) }, voting_power: ownPower.toString() },
    };
  },

  abci_info(node) {
    return {
      response: {
        data: "printchain",
        version: APP_VERSION,
        app_version: "0",
        last_block_height: String(node.app.lastInfo.height),
        last_block_app_hash: base64(node.app.lastInfo.appHash),
      },
    };
  },

  block(node, params) {
    const block = blockAt(node, heightParam(node, params));
    return { block_id: block.block_id, block: block.block };
  },

  block_results(node, params) {
    return blockAt(node, heightParam(node, params)).results;
  },

  header(node, params) {
    return { header: blockAt(node, heightParam(node, params)).block.header };
  },

  commit(node, params) {
    const height = heightParam(node, params);
    return { signed_header: { header: blockAt(node, height).block.header, commit: node.commit(height) }, canonical: true };
  },

  blockchain(node, params) {
    const maxHeight = Math.min(params.optionalInt("maxHeight") ?? node.height, node.height);
    const minHeight = Math.max(params.optionalInt("minHeight") ?? node.initialHeight, node.initialHeight, maxHeight - 19);
    if (minHeight > maxHeight && node.height >= node.initialHeight) throw invalidParams(`min height ${minHeight} can't be greater than max height ${maxHeight}`);
    const metas = [];
    for (let height = maxHeight; height >= minHeight; height--) {
      const block = blockAt(node, height);
      metas.push({
        block_id: block.block_id,
        block_size: String(JSON.stringify(block.block).length),
        header: block.block.header,
        num_txs: String(block.block.data.txs.length),
      });
    }
    return { last_height: String(node.height), block_metas: metas };
  },

  validators(node, params) {
    const height = heightParam(node, params);
    const validators = node.validatorsAt(height);
    const { start, end } = paging(params, validators.length);
    return { block_height: String(height), validators: validators.slice(start, end).map(validatorJson), count: String(end - start), total: String(validators.length) };
  },

  genesis: (node) => ({ genesis: node.genesis }),

  consensus_params(node, params) {
    return { block_height: String(heightParam(node, params)), consensus_params: node.genesis.consensus_params };
  },

  net_info: (node) => ({ listening: true, listeners: [`Listener(@tcp://${node.config.rpc.host}:26656)`], n_peers: "0", peers: [] }),

  tx(node, params) {
    const hash = params.base64("hash");
    if (hash.length !== 32) throw invalidParams("hash must be 32 bytes (base64)");
    const found = node.txByHash(hex(hash));
    if (!found) throw internalError(`tx (${hex(hash)}) not found`);
    return txJson(found);
  },

  tx_search(node, params) {
    let conditions;
    try {
      conditions = parseQuery(params.string("query"));
    } catch (error) {
      if (error instanceof QuerySyntaxError) throw invalidParams(`failed to parse query: ${error.message}`);
      throw error;
    }
    const orderBy = params.optionalString("order_by") ?? "asc";
    if (orderBy !== "asc" && orderBy !== "desc" && orderBy !== "") throw invalidParams('order_by must be "asc" or "desc"');
    const refs = node.searchTxs(conditions, orderBy === "desc");
    const { start, end } = paging(params, refs.length);
    return { txs: refs.slice(start, end).map((ref) => txJson(node.txAt(ref))), total_count: String(refs.length) };
  },

  abci_query(node, params) {
    const path = params.string("path");
    const data = params.hex("data");
    const result = node.query(path, data, params.optionalInt("height") ?? 0);
    return {
      response: {
        code: result.code,
        log: result.log,
        info: "",
        index: "0",
        key: null,
        value: result.value.length > 0 ? base64(result.value) : null,
        proofOps: null,
        height: String(result.height),
        codespace: result.codespace,
      },
    };
  },

  async broadcast_tx_sync(node, params) {
    const { hash, result } = await broadcast(node, params);
    return { code: result.code, data: base64(result.data), log: result.log, codespace: result.codespace, hash };
  },

  broadcast_tx_async(node, params) {
    const tx = params.base64("tx");
    const hash = hex(sha256(tx));
    // CheckTx still runs; its result is not awaited, as in CometBFT.
    node.broadcast(tx).catch(() => undefined);
    return { code: 0, data: "", log: "", codespace: "", hash };
  },

  async broadcast_tx_commit(node, params) {
    const { hash, result } = await broadcast(node, params);
    if (result.code !== 0) return { check_tx: checkTxJson(hash, result), tx_result: txResultToJson(emptyResult()), hash, height: "0" };
    let ref;
    try {
      ref = await node.waitForTx(hash, BROADCAST_COMMIT_TIMEOUT_MS);
    } catch (error) {
      throw internalError(error instanceof Error ? error.message : String(error));
    }
    const found = node.txAt(ref);
    return { check_tx: checkTxJson(hash, result), tx_result: found.result, hash, height: String(ref.height) };
  },

  num_unconfirmed_txs(node) {
    return { n_txs: String(node.mempool.size), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes) };
  },

  unconfirmed_txs(node, params) {
    const limit = Math.min(Math.max(params.optionalInt("limit") ?? DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
    const txs = node.mempool.list(limit).map((tx) => base64(tx.bytes));
    return { n_txs: String(txs.length), total: String(node.mempool.size), total_bytes: String(node.mempool.totalBytes), txs };
  },
};

function emptyResult(): TxResult {
  return { code: 0, codespace: "", log: "", data: new Uint8Array(), gasWanted: 0, gasUsed: 0, events: [] };
}

