import type { Entry, KVStore } from "../store/kvStore";
import { sdkErrors } from "./errors";

/** Gas costs of store access, the Cosmos SDK's KVGasConfig defaults. */
export const KV_GAS = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
} as const;

/** Counts gas against a limit; running past the limit throws the SDK's out-of-gas error (code 11). */
export class GasMeter {
  private used = 0;

  constructor(readonly limit: number) {}

  get consumed(): number {
    return this.used;
  }

  consume(amount: number, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) {
      throw sdkErrors.outOfGas.wrap(`out of gas in location: ${descriptor}; gasWanted: ${this.limit}, gasUsed: ${this.used}`);
    }
  }
}

/** A meter for genesis and block hooks, which are not paid for by any tx. */
export function infiniteGasMeter(): GasMeter {
  return new GasMeter(Number.MAX_SAFE_INTEGER);
}

/** A store view that charges every read, write and iteration step to a gas meter. */
export class GasKVStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {}

  get(key: string): Uint8Array | undefined {
    this.meter.consume(KV_GAS.readCostFlat, "ReadFlat");
    const value = this.parent.get(key);
    this.meter.consume(KV_GAS.readCostPerByte * (key.length + (value?.length ?? 0)), "ReadPerByte");
    return value;
  }

  has(key: string): boolean {
    this.meter.consume(KV_GAS.hasCost, "Has");
    return this.parent.has(key);
  }

  set(key: string, value: Uint8Array): void {
    this.meter.consume(KV_GAS.writeCostFlat, "WriteFlat");
    this.meter.consume(KV_GAS.writeCostPerByte * (key.length + value.length), "WritePerByte");
    this.parent.set(key, value);
  }

  delete(key: string): void {
    this.meter.consume(KV_GAS.deleteCost, "Delete");
    this.parent.delete(key);
  }

  *iterate(start: string, end: string | undefined, reverse?: boolean): IterableIterator<Entry> {
    for (const entry of this.parent.iterate(start, end, reverse)) {
      this.meter.consume(KV_GAS.iterNextCostFlat, "IterNextFlat");
      this.meter.consume(KV_GAS.readCostPerByte * (entry[0].length + entry[1].length), "ValuePerByte");
      yield entry;
    }
  }
}
