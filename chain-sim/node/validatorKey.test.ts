import { loadValidatorKey, validatorKeyFromSeed } from "./validatorKey";

describe("validatorKeyFromSeed", () => {
  it("derives the same loadable key from the same seed, another from another", () => {
    const key = validatorKeyFromSeed(new Uint8Array(32).fill(7));
    expect(validatorKeyFromSeed(new Uint8Array(32).fill(7))).toEqual(key);
    expect(validatorKeyFromSeed(new Uint8Array(32).fill(8)).address).not.toBe(key.address);
    expect(loadValidatorKey(key).address).toBe(key.address);
    expect(() => validatorKeyFromSeed(new Uint8Array(31))).toThrow(/32 bytes/);
  });
});
