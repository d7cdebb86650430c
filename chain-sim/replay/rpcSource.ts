import type { GenesisDoc } from "../app/genesis";
import type { BlockIdJson, BlockJson, BlockResultsJson, StoredBlock } from "../node/blocks";

/**
 * Blocks straight from a node's CometBFT JSON-RPC (`genesis`, `status`, `block`, `block_results`).
 * Plain JSON-RPC over fetch, not a typed client: the node serves the block log's records verbatim
 * (`block` → {block_id, block}, `block_results` → results), so reassembling the parsed JSON gives
 * the StoredBlock exactly, with no decode/re-encode step that could change a field.
 */
export class RpcBlockSource {
  private nextId = 1;

  constructor(private readonly url: string) {}

  /** One JSON-RPC 2.0 batch; returns each result in order, or throws with the node's error. */
  private async call(requests: ReadonlyArray<{ method: string; params: Record<string, string> }>): Promise<unknown[]> {
    const ids = requests.map(() => this.nextId++);
    const body = JSON.stringify(requests.map((request, index) => ({ jsonrpc: "2.0", id: ids[index], method: request.method, params: request.params })));
    let response: Response;
    try {
      response = await fetch(this.url, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message;
      throw new Error(`cannot reach ${this.url}: ${cause ?? (error instanceof Error ? error.message : String(error))}`);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${this.url} answered HTTP ${response.status} with something that is not JSON-RPC`);
    }
    const replies = Array.isArray(parsed) ? parsed : [parsed];
    const byId = new Map<unknown, { result?: unknown; error?: { message?: string; data?: string } }>(replies.map((reply) => [reply?.id, reply]));
    return requests.map((request, index) => {
      const reply = byId.get(ids[index]);
      if (!reply) throw new Error(`${this.url}: no reply to ${request.method} ${JSON.stringify(request.params)}`);
      if (reply.error) throw new Error(`${this.url}: ${request.method} ${JSON.stringify(request.params)} failed: ${[reply.error.message, reply.error.data].filter(Boolean).join(": ")}`);
      return reply.result;
    });
  }

  async genesis(): Promise<GenesisDoc> {
    const [result] = await this.call([{ method: "genesis", params: {} }]);
    const genesis = (result as { genesis?: GenesisDoc }).genesis;
    if (!genesis) throw new Error(`${this.url}: genesis returned no document`);
    return genesis;
  }

  /** The node's latest height and its earliest available one. */
  async heights(): Promise<{ latest: number; earliest: number }> {
    const [result] = await this.call([{ method: "status", params: {} }]);
    const sync = (result as { sync_info?: { latest_block_height?: string; earliest_block_height?: string } }).sync_info;
    return { latest: Number(sync?.latest_block_height ?? 0), earliest: Number(sync?.earliest_block_height ?? 0) };
  }

  async block(height: number): Promise<StoredBlock> {
    const params = { height: String(height) };
    const [block, results] = await this.call([
      { method: "block", params },
      { method: "block_results", params },
    ]);
    const { block_id: blockId, block: body } = block as { block_id: BlockIdJson; block: BlockJson };
    // The block log's record, field for field and in its key order.
    return { block_id: blockId, block: body, results: results as BlockResultsJson };
  }

  /** Blocks from..to in order, with up to `inFlight` heights requested at once. */
  async *blocks(from: number, to: number, inFlight = 16): AsyncGenerator<StoredBlock> {
    const pending: Array<Promise<StoredBlock>> = [];
    let requested = from;
    const fill = (): void => {
      while (requested <= to && pending.length < inFlight) {
        const fetching = this.block(requested++);
        fetching.catch(() => undefined); // observed when its turn comes
        pending.push(fetching);
      }
    };
    fill();
    while (pending.length > 0) {
      const block = await pending.shift()!;
      fill();
      yield block;
    }
  }
}
