import fc from "fast-check";
import { PANIC_CODE } from "../../chain-sim/app/txResult";
import { appFixture } from "../utils/appFixture";

type Mutation = { kind: "flip" | "set" | "insert" | "delete" | "truncate"; position: number; byte: number };

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Array.from(bytes);
  for (const { kind, position, byte } of mutations) {
    const at = out.length === 0 ? 0 : position % out.length;
    if (kind === "flip") out[at] ^= 1 << (byte % 8);
    else if (kind === "set") out[at] = byte;
    else if (kind === "insert") out.splice(at, 0, byte);
    else if (kind === "delete") out.splice(at, 1);
    else out = out.slice(0, at);
  }
  return Uint8Array.from(out);
}

const mutation = fc.record({
  kind: fc.constantFrom<Mutation["kind"]>("flip", "set", "insert", "delete", "truncate"),
  position: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});

describe("random and mutated tx bytes", () => {
  test("never crash, never pass, and change no state (CheckTx and in a block)", async () => {
    const fuzzed = await appFixture();
    const reference = await appFixture();
    const valid = [await fuzzed.signSend(0, fuzzed.addresses[1], "1000", 0), await fuzzed.signSend(1, fuzzed.addresses[2], "77", 0)];
    const inputs: Uint8Array[] = [];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }),
          fc.tuple(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([tx, mutations]) => mutate(tx, mutations)),
        ),
        (bytes) => {
          if (valid.some((tx) => Buffer.compare(tx, bytes) === 0)) return;
          const result = fuzzed.app.checkTx(bytes);
          expect(result.code).not.toBe(0);
          expect(result.code).not.toBe(PANIC_CODE);
          inputs.push(bytes);
        },
      ),
      { numRuns: 4000, seed: 20261121 },
    );
    expect(inputs.length).toBeGreaterThan(3500);
    // The same garbage delivered in blocks: every tx fails and the app hash equals empty blocks'.
    for (let offset = 0; offset < inputs.length; offset += 1000) {
      const execution = fuzzed.nextBlock(inputs.slice(offset, offset + 1000));
      expect(execution.txResults.every((result) => result.code !== 0 && result.code !== PANIC_CODE)).toBe(true);
      expect(Buffer.from(execution.appHash)).toEqual(Buffer.from(reference.nextBlock([]).appHash));
    }
  });
});
