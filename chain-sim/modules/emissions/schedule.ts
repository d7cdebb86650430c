/** The bounded emission schedule (see README.md). */
export interface Schedule {
  readonly initialEpochEmission: bigint;
  /** Epochs between halvings (> 0). */
  readonly halvingInterval: number;
  readonly maxSupply: bigint;
}

/** The first epoch is 1; epoch e covers blocks (e−1)·L + 1 … e·L. */
export function epochOfHeight(height: number, epochLength: number): number {
  return Math.floor((height - 1) / epochLength) + 1;
}

/** True at the last block of an epoch, where the epoch is settled. */
export function isEpochEnd(height: number, epochLength: number): boolean {
  return height % epochLength === 0;
}

/** What the schedule mints in epoch `epoch` given the supply before it: halved per interval, never past max supply. */
export function epochMint(schedule: Schedule, epoch: number, supply: bigint): bigint {
  const halvings = BigInt(Math.floor((epoch - 1) / schedule.halvingInterval));
  const scheduled = schedule.initialEpochEmission >> halvings;
  const room = schedule.maxSupply > supply ? schedule.maxSupply - supply : 0n;
  return scheduled < room ? scheduled : room;
}

/** The mints of the `count` epochs from `fromEpoch` on, assuming no other supply change. */
export function projectSchedule(schedule: Schedule, fromEpoch: number, supply: bigint, count: number): Array<{ epoch: number; mint: bigint; supplyAfter: bigint }> {
  const projection: Array<{ epoch: number; mint: bigint; supplyAfter: bigint }> = [];
  let current = supply;
  for (let epoch = fromEpoch; epoch < fromEpoch + count; epoch++) {
    const mint = epochMint(schedule, epoch, current);
    current += mint;
    projection.push({ epoch, mint, supplyAfter: current });
  }
  return projection;
}
