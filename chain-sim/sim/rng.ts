/**
 * The simulation's only source of randomness: xoshiro128** (Blackman & Vigna, 2018) seeded by
 * splitmix32 from a 32-bit seed, as in the reference C code. Pure integer arithmetic (Math.imul,
 * >>> 0), so every engine gives the same stream; never Math.random.
 */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number | string) {
    let state = typeof seed === "number" ? seed >>> 0 : hashString(seed);
    const next = (): number => {
      // splitmix32
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32-bit unsigned integer (xoshiro128**). */
  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 = (this.s2 ^ this.s0) >>> 0;
    this.s3 = (this.s3 ^ this.s1) >>> 0;
    this.s1 = (this.s1 ^ this.s2) >>> 0;
    this.s0 = (this.s0 ^ this.s3) >>> 0;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform integer in [0, n) for 1 ≤ n ≤ 2^32, without modulo bias (rejection sampling). */
  int(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 0x1_0000_0000) throw new RangeError(`int(n) needs 1 ≤ n ≤ 2^32, got ${n}`);
    if (n === 1) return 0;
    const limit = 0x1_0000_0000 - (0x1_0000_0000 % n);
    for (;;) {
      const value = this.u32();
      if (value < limit) return value % n;
    }
  }

  /** A uniform integer in [lo, hi] (inclusive). */
  range(lo: number, hi: number): number {
    if (hi < lo) throw new RangeError(`range(${lo}, ${hi}) is empty`);
    const span = hi - lo + 1;
    if (span <= 0x1_0000_0000) return lo + this.int(span);
    return lo + Number(this.bigint(BigInt(span)));
  }

  /** A uniform bigint in [0, n). */
  bigint(n: bigint): bigint {
    if (n <= 0n) throw new RangeError("bigint(n) needs n > 0");
    const bits = n.toString(2).length;
    const words = Math.ceil(bits / 32);
    const mask = (1n << BigInt(bits)) - 1n;
    for (;;) {
      let value = 0n;
      for (let i = 0; i < words; i++) value = (value << 32n) | BigInt(this.u32());
      value &= mask;
      if (value < n) return value;
    }
  }

  /** A uniform bigint in [lo, hi]. */
  bigRange(lo: bigint, hi: bigint): bigint {
    return lo + this.bigint(hi - lo + 1n);
  }

  /** True with probability num/den. */
  chance(num: number, den = 100): boolean {
    return this.int(den) < num;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[this.int(items.length)];
  }

  /** Index chosen with probability proportional to its (non-negative integer) weight; -1 if all are 0. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    if (total <= 0) return -1;
    let roll = this.int(total);
    for (let i = 0; i < weights.length; i++) {
      if (roll < weights[i]) return i;
      roll -= weights[i];
    }
    return weights.length - 1;
  }

  /** A copy of `items` in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** `count` random bytes. */
  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i += 4) {
      const value = this.u32();
      for (let j = 0; j < 4 && i + j < count; j++) out[i + j] = (value >>> (8 * j)) & 0xff;
    }
    return out;
  }

  hex(count: number): string {
    return Buffer.from(this.bytes(count)).toString("hex");
  }

  /** An independent stream derived from this one's next output and a label (for sub-models). */
  fork(label: string): Rng {
    return new Rng(`${this.u32()}/${label}`);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** FNV-1a over UTF-16 code units: a 32-bit seed from a string. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash >>> 0;
}
