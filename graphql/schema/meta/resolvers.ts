import { checkCompleteness, type CheckReport } from "../../../indexer/check";
import { epochDigest, epochDigests, type EpochDigest } from "../../../indexer/digest";
import type { Queryable } from "../../../indexer/writer";
import { apiError, type GraphqlContext } from "../../context";
import type { CheckpointFeed } from "../../live";

/** At most this many epoch digests per request. */
export const MAX_DIGEST_EPOCHS = 100;
/** The completeness check reports at most this many problems. */
const MAX_GAPS = 1_000;

interface Checkpoint {
  readonly chainId: string | null;
  readonly height: number | null;
}

function checkpoint(context: GraphqlContext): Promise<Checkpoint> {
  return context.memo("meta:checkpoint", async () => {
    const [row] = await context.sql.query<{ chainId: string; height: string }>(`SELECT chain_id AS "chainId", height FROM checkpoints WHERE id = 'main'`);
    return row ? { chainId: row.chainId, height: Number(row.height) } : { chainId: null, height: null };
  });
}

async function checkpointHeight(context: GraphqlContext): Promise<number | null> {
  const [row] = await context.sql.query<{ height: string }>(`SELECT height FROM checkpoints WHERE id = 'main'`);
  return row ? Number(row.height) : null;
}

/** The request's SQL runner as the indexer's `Queryable` (so its statements are counted and time-limited alike). */
const queryable = (context: GraphqlContext): Queryable => ({ query: (text: string, params?: unknown[]) => context.sql.query(text, params ?? []) });

/**
 * Values that read many statements (the completeness check, digests), cached in the server process
 * per checkpoint height: one server's cache per CheckpointFeed (one per server). Each value is
 * computed between two reads of the checkpoint that agree (an indexer batch committing in between
 * would mix two states), retried a few times if a batch lands meanwhile.
 */
const caches = new WeakMap<CheckpointFeed, Map<string, { height: number | null; value: Promise<unknown> }>>();

async function atCheckpoint<T>(context: GraphqlContext, height: number | null, compute: () => Promise<T>): Promise<{ height: number | null; value: T; stable: boolean }> {
  let before = height;
  for (let attempt = 0; ; attempt++) {
    const value = await compute();
    const after = await checkpointHeight(context);
    if (after === before || attempt === 2) return { height: after, value, stable: after === before };
    before = after;
  }
}

async function cachedAtCheckpoint<T>(context: GraphqlContext, name: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(context.feed);
  if (!cache) {
    cache = new Map();
    caches.set(context.feed, cache);
  }
  const { height } = await checkpoint(context);
  const entry = cache.get(name);
  if (entry && entry.height === height) return entry.value as Promise<T>;
  const value = atCheckpoint(context, height, compute).then((result) => {
    // Keep the value under the height it belongs to (or drop it if the checkpoint never stood still).
    if (!result.stable) cache.delete(name);
    else if (result.height !== height) cache.set(name, { height: result.height, value: Promise.resolve(result.value) });
    return result.value;
  });
  cache.set(name, { height, value });
  value.catch(() => {
    if (cache.get(name)?.value === value) cache.delete(name);
  });
  return value;
}

function completeness(context: GraphqlContext): Promise<CheckReport> {
  return cachedAtCheckpoint(context, "completeness", () => checkCompleteness(queryable(context), MAX_GAPS));
}

async function digests(context: GraphqlContext, args: { epoch?: number | null; fromEpoch?: number | null; toEpoch?: number | null }): Promise<EpochDigest[]> {
  if (args.epoch != null) {
    if (args.fromEpoch != null || args.toEpoch != null) throw apiError("BAD_USER_INPUT", "pass epoch, or fromEpoch/toEpoch, not both");
    const epoch = args.epoch;
    const digest = await cachedAtCheckpoint(context, `digest:${epoch}`, () => epochDigest(queryable(context), epoch));
    return digest ? [digest] : [];
  }
  if (args.fromEpoch != null && args.toEpoch != null) {
    if (args.toEpoch < args.fromEpoch) throw apiError("BAD_USER_INPUT", `toEpoch ${args.toEpoch} is before fromEpoch ${args.fromEpoch}`);
    if (args.toEpoch - args.fromEpoch + 1 > MAX_DIGEST_EPOCHS) throw apiError("QUERY_TOO_COMPLEX", `digests span at most ${MAX_DIGEST_EPOCHS} epochs per request`, { maxEpochs: MAX_DIGEST_EPOCHS });
  }
  const all = await cachedAtCheckpoint(context, "digests", () => epochDigests(queryable(context)));
  if (all.length === 0) return [];
  const to = args.toEpoch ?? all[all.length - 1].epoch;
  const from = args.fromEpoch ?? to - MAX_DIGEST_EPOCHS + 1;
  if (to - from + 1 > MAX_DIGEST_EPOCHS) throw apiError("QUERY_TOO_COMPLEX", `digests span at most ${MAX_DIGEST_EPOCHS} epochs per request (fromEpoch ${from} to toEpoch ${to} is ${to - from + 1}); pass a narrower range`, { maxEpochs: MAX_DIGEST_EPOCHS });
  return all.filter((digest) => digest.epoch >= from && digest.epoch <= to);
}

export const metaResolvers = {
  Query: {
    _meta: () => ({}),
  },
  Meta: {
    indexedHeight: async (_: unknown, __: unknown, context: GraphqlContext) => (await checkpoint(context)).height,
    chainId: async (_: unknown, __: unknown, context: GraphqlContext) => (await checkpoint(context)).chainId,
    chainHeight: (_: unknown, __: unknown, context: GraphqlContext) => context.chainHead(),
    lag: async (_: unknown, __: unknown, context: GraphqlContext) => {
      const [head, { height }] = await Promise.all([context.chainHead(), checkpoint(context)]);
      return head === null ? null : Math.max(0, head - (height ?? 0));
    },
    genesisTime: async (_: unknown, __: unknown, context: GraphqlContext) => {
      const { chainId } = await checkpoint(context);
      const rows = chainId === null
        ? await context.sql.query<{ time: Date }>(`SELECT genesis_time AS time FROM genesis LIMIT 1`)
        : await context.sql.query<{ time: Date }>(`SELECT genesis_time AS time FROM genesis WHERE chain_id = $1`, [chainId]);
      return rows[0]?.time ?? null;
    },
    firstHeight: async (_: unknown, __: unknown, context: GraphqlContext) => {
      const [row] = await context.sql.query<{ first: string | null }>(`SELECT min(height) AS first FROM blocks`);
      return row.first === null ? null : Number(row.first);
    },
    complete: async (_: unknown, __: unknown, context: GraphqlContext) => {
      const report = await completeness(context);
      return report.checkpoint !== undefined && report.gaps.length === 0 && report.moduleCheckpoints.length === 0;
    },
    gaps: async (_: unknown, args: { first?: number | null }, context: GraphqlContext) => {
      const first = args.first ?? 20;
      if (first < 0 || first > MAX_GAPS) throw apiError("PAGE_TOO_LARGE", `gaps lists at most ${MAX_GAPS} problems`, { maxPageSize: MAX_GAPS });
      const report = await completeness(context);
      const problems = [...report.gaps, ...report.moduleCheckpoints.map((module) => ({ height: module.height, problem: `module ${module.module}: ${module.problem}` }))];
      return problems.slice(0, first);
    },
    modules: (_: unknown, __: unknown, context: GraphqlContext) => context.sql.query(`SELECT module, height::int AS height FROM module_checkpoints ORDER BY module`),
    digests: (_: unknown, args: Parameters<typeof digests>[1], context: GraphqlContext) => digests(context, args),
  },
};
