import { Worker } from "node:worker_threads";
import { verifySecp256k1 } from "./secp256k1";
import { DEFAULT_MAX_CACHED_KEYS, packChecks, VERIFY_CORE_SOURCE } from "./verifyCore";

/** One signature to verify: ECDSA/secp256k1 over sha256(signBytes), see verifySecp256k1. */
export interface SignatureCheck {
  readonly signBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly pubkey: Uint8Array;
}

/** Batches smaller than this are verified inline: a worker round trip costs more than they do. */
export const INLINE_BATCH_BELOW = 16;

/** A chunk sent to a worker holds at least this many checks (unless the batch is smaller). */
const MIN_CHUNK = 8;

interface WorkerRequest {
  readonly id: number;
  readonly buffer: ArrayBuffer;
  readonly count: number;
}

interface WorkerResponse {
  readonly id: number;
  readonly results?: Uint8Array;
}

/**
 * Source of each worker, run with `eval: true` so that no separate .js file is needed (works under
 * ts-jest and from dist alike). The verification itself is VERIFY_CORE_SOURCE, the same text the
 * main thread evaluates.
 */
const WORKER_SOURCE = `"use strict";
const { parentPort } = require("node:worker_threads");
const core = ${VERIFY_CORE_SOURCE}(require("node:crypto"), ${DEFAULT_MAX_CACHED_KEYS});
parentPort.on("message", (request) => {
  let results;
  try {
    results = core.verifyPacked(request.buffer, request.count);
  } catch (e) {
    parentPort.postMessage({ id: request.id });
    return;
  }
  parentPort.postMessage({ id: request.id, results }, [results.buffer]);
});
`;

interface Job {
  readonly checks: readonly SignatureCheck[];
  readonly start: number;
  readonly end: number;
  readonly resolve: (results: Uint8Array) => void;
}

interface Slot {
  worker: Worker | undefined;
  readonly jobs: Map<number, Job>;
}

function verifyRangeInline(checks: readonly SignatureCheck[], start: number, end: number): Uint8Array {
  const results = new Uint8Array(end - start);
  for (let i = start; i < end; i++) {
    const check = checks[i];
    results[i - start] = check !== undefined && check !== null && verifySecp256k1(check.signBytes, check.signature, check.pubkey) ? 1 : 0;
  }
  return results;
}

/**
 * Verifies batches of secp256k1 signatures on worker threads. A batch is split into contiguous
 * chunks, one per thread, each sent as a single transferred ArrayBuffer. Idle workers do not keep
 * the process alive. `threads = 0`, small batches and a closed pool verify inline on the calling
 * thread. verifyBatch never rejects: if a worker dies, its chunk is verified inline.
 */
export class VerifierPool {
  private readonly slots: Slot[];
  private nextJobId = 1;
  private closed = false;

  constructor(threads: number) {
    if (!Number.isInteger(threads) || threads < 0) throw new RangeError(`verifier threads must be a non-negative integer, got ${threads}`);
    this.slots = Array.from({ length: threads }, () => ({ worker: undefined, jobs: new Map<number, Job>() }));
  }

  /** Number of worker threads (0 = inline verification). */
  get threads(): number {
    return this.slots.length;
  }

  /** One boolean per check, in order: whether verifySecp256k1 accepts it. */
  verifyBatch(checks: readonly SignatureCheck[]): Promise<boolean[]> {
    const count = checks.length;
    if (this.closed || this.slots.length === 0 || count < INLINE_BATCH_BELOW) {
      return Promise.resolve(Array.from(verifyRangeInline(checks, 0, count), (bit) => bit === 1));
    }
    const chunkCount = Math.min(this.slots.length, Math.ceil(count / MIN_CHUNK));
    const chunkSize = Math.ceil(count / chunkCount);
    const parts: Promise<Uint8Array>[] = [];
    for (let chunk = 0; chunk < chunkCount; chunk++) {
      const start = chunk * chunkSize;
      const end = Math.min(count, start + chunkSize);
      if (start < end) parts.push(this.dispatch(this.slots[chunk], checks, start, end));
    }
    return Promise.all(parts).then((results) => {
      const out = new Array<boolean>(count);
      let index = 0;
      for (const part of results) for (const bit of part) out[index++] = bit === 1;
      return out;
    });
  }

  /** Terminates the workers. Chunks still in flight are finished inline; later batches run inline. */
  async close(): Promise<void> {
    this.closed = true;
    const exiting: Promise<number>[] = [];
    for (const slot of this.slots) {
      const worker = slot.worker;
      if (worker) exiting.push(worker.terminate());
    }
    await Promise.all(exiting);
  }

  private dispatch(slot: Slot, checks: readonly SignatureCheck[], start: number, end: number): Promise<Uint8Array> {
    return new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = slot.worker ?? this.spawn(slot);
      } catch {
        resolve(verifyRangeInline(checks, start, end));
        return;
      }
      const id = this.nextJobId++;
      const buffer = packChecks(checks, start, end);
      if (slot.jobs.size === 0) worker.ref();
      slot.jobs.set(id, { checks, start, end, resolve });
      const request: WorkerRequest = { id, buffer, count: end - start };
      worker.postMessage(request, [buffer]);
    });
  }

  private spawn(slot: Slot): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    slot.worker = worker;
    worker.on("message", (response: WorkerResponse) => {
      const job = slot.jobs.get(response.id);
      if (!job) return;
      slot.jobs.delete(response.id);
      if (slot.jobs.size === 0) worker.unref();
      const results = response.results;
      job.resolve(results instanceof Uint8Array && results.length === job.end - job.start ? results : verifyRangeInline(job.checks, job.start, job.end));
    });
    // An uncaught error in the worker is followed by 'exit', which settles its jobs.
    worker.on("error", () => undefined);
    // A reply that cannot be deserialised would leave its job waiting: restart the worker instead.
    worker.on("messageerror", () => void worker.terminate());
    worker.on("exit", () => {
      if (slot.worker === worker) slot.worker = undefined;
      const jobs = [...slot.jobs.values()];
      slot.jobs.clear();
      for (const job of jobs) job.resolve(verifyRangeInline(job.checks, job.start, job.end));
    });
    return worker;
  }
}
