import { DEC_ONE, decFromInt, formatDec, parseDec } from "./dec";

describe("dec", () => {
  it("parses and formats with 18 decimals", () => {
    expect(parseDec("0.334")).toBe(334_000_000_000_000_000n);
    expect(parseDec("12")).toBe(12n * DEC_ONE);
    expect(formatDec(parseDec("0.5"))).toBe("0.500000000000000000");
    expect(formatDec(decFromInt(7n))).toBe("7.000000000000000000");
  });

  it.each(["-1", "1e3", "0.1234567890123456789", "", " 1", "1.", ".5", "NaN"])("rejects %j", (text) => {
    expect(() => parseDec(text, "quorum")).toThrow(/quorum/);
  });
});
