import { InvalidArgumentError } from "commander";
import { valoperFromAccount } from "../types/address";
import {
  integerInRange,
  parseAccountAddress,
  parseAmount,
  parseBondCoin,
  parseBondStatus,
  parseConsensusPubkey,
  parseDepositCoins,
  parseFraction,
  parsePositiveAmount,
  parseProposalId,
  parseProposalStatus,
  parseRoleWeight,
  parseValoperAddress,
  parseVoteOption,
  parseWeightedVote,
  roleName,
  parseAttestedPoints,
  parseAttestedRole,
  parseBase64,
  parseCoin,
  parseCoinList,
  parseDeadline,
  parseDuration,
  parseJobStatus,
  parseLatitude,
  parseList,
  parseLongitude,
  parseNonNegativeInt,
  parsePositiveInt,
  parsePrinterStatus,
  parseSha256Hex,
  parseTechnology,
  parseUint32,
  parseUint64,
  parseVolume,
  resolveDeadline,
} from "./parse";

/** Expects commander's InvalidArgumentError with a message matching `message`. */
function expectInvalid(parse: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    parse();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InvalidArgumentError);
  expect((thrown as Error).message).toMatch(message);
}

describe("degrees to integer micro-degrees", () => {
  test.each([
    ["52.520008", 52_520_008],
    ["13.404954", 13_404_954],
    ["-0.5", -500_000],
    ["0", 0],
    ["-0", 0],
    ["+1.000001", 1_000_001],
    ["90", 90_000_000],
    ["-90.000000", -90_000_000],
    ["0.000001", 1],
  ])("latitude %s is %d µ°", (input, expected) => {
    expect(parseLatitude(input)).toBe(expected);
  });

  test("longitude reaches ±180 degrees", () => {
    expect(parseLongitude("180")).toBe(180_000_000);
    expect(parseLongitude("-179.999999")).toBe(-179_999_999);
  });

  test("is exact where float arithmetic would round", () => {
    // As floats, 1.005 * 1e6 is 1004999.9999999999 and 33.000001 * 1e6 is 33000000.999999996.
    expect(parseLatitude("1.005")).toBe(1_005_000);
    expect(parseLatitude("33.000001")).toBe(33_000_001);
    expect(parseLongitude("-122.419416")).toBe(-122_419_416);
  });

  test.each(["52.5200081", "abc", "", "1e3", "52.", ".5", "52,5", "--1", " 1", "0x10"])("rejects %j", (input) => {
    expectInvalid(() => parseLatitude(input), /degrees/);
  });

  test("rejects coordinates outside the globe", () => {
    expectInvalid(() => parseLatitude("90.000001"), /outside ±90 degrees/);
    expectInvalid(() => parseLatitude("-91"), /outside ±90 degrees/);
    expectInvalid(() => parseLongitude("180.5"), /outside ±180 degrees/);
    expectInvalid(() => parseLongitude("1000"), /degrees/);
  });
});

describe("build volumes", () => {
  test("parse XxYxZ millimetres", () => {
    expect(parseVolume("220x220x250")).toEqual({ xMm: 220, yMm: 220, zMm: 250 });
    expect(parseVolume("1X2X3")).toEqual({ xMm: 1, yMm: 2, zMm: 3 });
  });

  test.each(["220x220", "0x10x10", "10x-1x10", "1.5x2x3", "axbxc", "10x10x10x10", "4294967296x1x1"])("rejects %j", (input) => {
    expectInvalid(() => parseVolume(input), /not a volume like 220x220x250/);
  });
});

describe("enum names", () => {
  test("technologies are case-insensitive, with or without the enum prefix", () => {
    expect(parseTechnology("FDM")).toBe(1);
    expect(parseTechnology("sla")).toBe(2);
    expect(parseTechnology("Dmls")).toBe(5);
    expect(parseTechnology("TECHNOLOGY_MJF")).toBe(4);
  });

  test("statuses map to their enum values", () => {
    expect(parsePrinterStatus("paused")).toBe(2);
    expect(parsePrinterStatus("RETIRED")).toBe(3);
    expect(parseJobStatus("proof_submitted")).toBe(3);
    expect(parseJobStatus("resolved")).toBe(9);
  });

  test("unknown names and UNSPECIFIED are rejected with the valid names listed", () => {
    expectInvalid(() => parseTechnology("laser"), /not one of fdm, sla, sls, mjf, dmls/);
    expectInvalid(() => parseTechnology("unspecified"), /not one of/);
    expectInvalid(() => parsePrinterStatus("1"), /not one of active, paused, retired/);
    expectInvalid(() => parseJobStatus("done"), /proof_submitted/);
  });
});

describe("emissions contributions", () => {
  test("attested roles map to the Role enum, case-insensitive, with - or _ and with or without the ROLE_ prefix", () => {
    expect(parseAttestedRole("developers")).toBe(3);
    expect(parseAttestedRole("Model-Providers")).toBe(4);
    expect(parseAttestedRole("model_providers")).toBe(4);
    expect(parseAttestedRole("LIQUIDITY-PROVIDERS")).toBe(5);
    expect(parseAttestedRole("ROLE_COMMUNITY")).toBe(6);
  });

  test.each(["printers", "validators", "unspecified", "dev", "3", ""])("role %j is rejected with the attested roles listed", (input) => {
    expectInvalid(() => parseAttestedRole(input), /not one of developers, model-providers, liquidity-providers, community/);
  });

  test("points are positive integers up to 10^30, normalised", () => {
    expect(parseAttestedPoints("100")).toBe("100");
    expect(parseAttestedPoints("007")).toBe("7");
    expect(parseAttestedPoints(`1${"0".repeat(30)}`)).toBe((10n ** 30n).toString());
  });

  test.each(["0", `1${"0".repeat(29)}1`, "-1", "1.5", "1e3", "", " 1"])("points %j are rejected", (input) => {
    expectInvalid(() => parseAttestedPoints(input), /not an integer between 1 and 10\^30/);
  });
});

describe("durations and deadlines", () => {
  test("durations convert to milliseconds", () => {
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("90m")).toBe(5_400_000);
    expect(parseDuration("48h")).toBe(172_800_000);
    expect(parseDuration("2d")).toBe(172_800_000);
  });

  test.each(["0h", "1.5h", "10", "h", "3w", "-1m", "1 h"])("duration %j is rejected", (input) => {
    expectInvalid(() => parseDuration(input), /not a positive duration/);
  });

  test("a relative deadline is resolved against the block time, absolute ones are kept", () => {
    const blockTime = Date.parse("2026-01-01T00:00:00Z");
    expect(resolveDeadline(parseDeadline("1h"), blockTime)).toBe(blockTime + 3_600_000);
    expect(resolveDeadline(parseDeadline("2026-06-01T12:00:00Z"), blockTime)).toBe(Date.parse("2026-06-01T12:00:00Z"));
    expect(resolveDeadline(parseDeadline("1780000000000"), blockTime)).toBe(1_780_000_000_000);
  });

  test.each(["tomorrow", "2026-13-45T00:00:00Z", "0", "1.5", "0h", ""])("deadline %j is rejected", (input) => {
    expect(() => parseDeadline(input)).toThrow(InvalidArgumentError);
  });
});

describe("coins", () => {
  test("a single coin", () => {
    expect(parseCoin("5000000uprint")).toEqual({ denom: "uprint", amount: "5000000" });
  });

  test("a coin list for sends", () => {
    expect(parseCoinList("10uprint,5ufoo")).toEqual([
      { denom: "uprint", amount: "10" },
      { denom: "ufoo", amount: "5" },
    ]);
  });

  test.each(["5000000", "uprint", "1.5uprint", "-1uprint", "1uprint,2ufoo", ""])("%j is not a single coin", (input) => {
    expectInvalid(() => parseCoin(input), /not a single coin/);
  });

  test("an empty or malformed coin list is rejected", () => {
    expectInvalid(() => parseCoinList(""), /not a list of coins/);
    expectInvalid(() => parseCoinList("abc"), /not a list of coins/);
  });
});

describe("integers", () => {
  test("non-negative and positive safe integers", () => {
    expect(parseNonNegativeInt("0")).toBe(0);
    expect(parsePositiveInt("42")).toBe(42);
    expect(parseNonNegativeInt(String(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expectInvalid(() => parsePositiveInt("0"), /between 1 and/);
    expectInvalid(() => parseNonNegativeInt("9007199254740992"), /not an integer/);
    for (const bad of ["-1", "1.0", "1e3", "0x10", "", " 1", "abc"]) expectInvalid(() => parseNonNegativeInt(bad), /not an integer/);
  });

  test("uint32 fields stop at 2^32 - 1 and ranges are inclusive", () => {
    expect(parseUint32("4294967295")).toBe(4_294_967_295);
    expectInvalid(() => parseUint32("4294967296"), /between 0 and 4294967295/);
    expect(integerInRange(0, 100)("100")).toBe(100);
    expectInvalid(() => integerInRange(0, 100)("101"), /between 0 and 100/);
  });

  test("uint64 values are exact bigints up to 2^64 - 1", () => {
    expect(parseUint64("18446744073709551615")).toBe(18_446_744_073_709_551_615n);
    expect(parseUint64("9007199254740993")).toBe(9_007_199_254_740_993n);
    expectInvalid(() => parseUint64("18446744073709551616"), /unsigned 64-bit/);
    expectInvalid(() => parseUint64("-1"), /unsigned 64-bit/);
  });

  test("amounts are normalised decimal strings", () => {
    expect(parseAmount("0001000000")).toBe("1000000");
    expectInvalid(() => parseAmount("1uprint"), /non-negative integer amount/);
  });
});

describe("lists, hashes and page keys", () => {
  test("comma-separated lists are trimmed and must not have empty items", () => {
    expect(parseList("PLA, PETG")).toEqual(["PLA", "PETG"]);
    expectInvalid(() => parseList("PLA,,PETG"), /non-empty items/);
    expectInvalid(() => parseList(""), /non-empty items/);
  });

  test("SHA-256 digests are 64 hex digits, lowercased", () => {
    expect(parseSha256Hex("AB".repeat(32))).toBe("ab".repeat(32));
    expectInvalid(() => parseSha256Hex("ab".repeat(31)), /64 hex digits/);
    expectInvalid(() => parseSha256Hex("zz".repeat(32)), /64 hex digits/);
  });

  test("page keys are base64", () => {
    expect(parseBase64("AQID")).toEqual(new Uint8Array([1, 2, 3]));
    expect(parseBase64("cHJpbnRlcg==")).toEqual(new TextEncoder().encode("printer"));
    expectInvalid(() => parseBase64("not base64!"), /not base64/);
    expectInvalid(() => parseBase64("AQI"), /not base64/);
  });
});

describe("staking and gov amounts", () => {
  test("a bond amount is a bare integer of uprint or one coin", () => {
    expect(parseBondCoin("1000000")).toEqual({ denom: "uprint", amount: "1000000" });
    expect(parseBondCoin("0042")).toEqual({ denom: "uprint", amount: "42" });
    expect(parseBondCoin("1000000uprint")).toEqual({ denom: "uprint", amount: "1000000" });
    expect(parseBondCoin("123456789012345678901234567890uprint")).toEqual({ denom: "uprint", amount: "123456789012345678901234567890" });
  });

  test.each(["0", "0uprint", "-1", "1.5", "1e6", "", "uprint", "1uprint,2ufoo", " 1"])("bond amount %j is rejected", (input) => {
    expectInvalid(() => parseBondCoin(input), /not a positive amount like 1000000 or 1000000uprint/);
  });

  test("a deposit is a bare integer of uprint or a list of coins, every amount positive", () => {
    expect(parseDepositCoins("10000000")).toEqual([{ denom: "uprint", amount: "10000000" }]);
    expect(parseDepositCoins("10000000uprint")).toEqual([{ denom: "uprint", amount: "10000000" }]);
    expect(parseDepositCoins("10uprint,5ufoo")).toEqual([
      { denom: "uprint", amount: "10" },
      { denom: "ufoo", amount: "5" },
    ]);
  });

  test.each(["0", "0uprint", "10uprint,0ufoo", "-5", "ten", ""])("deposit %j is rejected", (input) => {
    expectInvalid(() => parseDepositCoins(input), /not a positive amount/);
  });

  test("min self-delegation is a positive integer", () => {
    expect(parsePositiveAmount("1")).toBe("1");
    expectInvalid(() => parsePositiveAmount("0"), /positive integer amount/);
    expectInvalid(() => parsePositiveAmount("1uprint"), /positive integer amount/);
  });
});

describe("commission rates", () => {
  test("are fractions from 0 to 1 in the SDK's 18-decimal form", () => {
    expect(parseFraction("0.1")).toBe("0.100000000000000000");
    expect(parseFraction("0")).toBe("0.000000000000000000");
    expect(parseFraction("1")).toBe("1.000000000000000000");
    expect(parseFraction("0.000000000000000001")).toBe("0.000000000000000001");
  });

  test.each(["1.000000000000000001", "2"])("%j is more than 1", (input) => {
    expectInvalid(() => parseFraction(input), /more than 1/);
  });

  test.each(["-0.1", ".5", "0.1.2", "0.0000000000000000001", "1e-2", "ten", ""])("%j is rejected", (input) => {
    expectInvalid(() => parseFraction(input), /not a decimal from 0 to 1/);
  });
});

describe("keys, addresses and ids", () => {
  const account = "print108nsr8u87nf75h30ddtuf9tjhr9uz96jf2d5y0";
  const valoper = valoperFromAccount(account);

  test("a consensus key is 32 bytes of base64", () => {
    expect(parseConsensusPubkey(Buffer.alloc(32, 7).toString("base64"))).toEqual(new Uint8Array(32).fill(7));
    expectInvalid(() => parseConsensusPubkey(Buffer.alloc(33, 7).toString("base64")), /32-byte ed25519 public key/);
    expectInvalid(() => parseConsensusPubkey(Buffer.alloc(31, 7).toString("base64")), /32-byte ed25519 public key/);
    expectInvalid(() => parseConsensusPubkey("not base64 at all!"), /32-byte ed25519 public key/);
  });

  test("account and operator addresses are told apart, with the other form suggested", () => {
    expect(parseAccountAddress(account)).toBe(account);
    expect(parseValoperAddress(valoper)).toBe(valoper);
    expectInvalid(() => parseValoperAddress(account), new RegExp(`is an account address; its validator operator address is ${valoper}`));
    expectInvalid(() => parseAccountAddress(valoper), new RegExp(`operator's account is ${account}`));
    expectInvalid(() => parseAccountAddress("cosmos1xyz"), /not a print1... account address/);
    expectInvalid(() => parseValoperAddress(account.toUpperCase()), /not a printvaloper1... validator operator address/);
  });

  test("proposal ids are positive uint64s", () => {
    expect(parseProposalId("1")).toBe(1n);
    expect(parseProposalId("18446744073709551615")).toBe(18446744073709551615n);
    for (const bad of ["0", "-1", "1.0", "18446744073709551616", "#1", ""]) expectInvalid(() => parseProposalId(bad), /not a proposal id/);
  });
});

describe("gov and staking enums", () => {
  test("bond statuses become the request's status names", () => {
    expect(parseBondStatus("bonded")).toBe("BOND_STATUS_BONDED");
    expect(parseBondStatus("Unbonding")).toBe("BOND_STATUS_UNBONDING");
    expect(parseBondStatus("BOND_STATUS_UNBONDED")).toBe("BOND_STATUS_UNBONDED");
    expectInvalid(() => parseBondStatus("jailed"), /not one of bonded, unbonding, unbonded/);
  });

  test("proposal statuses, short or full", () => {
    expect(parseProposalStatus("deposit")).toBe(1);
    expect(parseProposalStatus("voting")).toBe(2);
    expect(parseProposalStatus("voting_period")).toBe(2);
    expect(parseProposalStatus("PROPOSAL_STATUS_DEPOSIT_PERIOD")).toBe(1);
    expect(parseProposalStatus("passed")).toBe(3);
    expect(parseProposalStatus("rejected")).toBe(4);
    expect(parseProposalStatus("failed")).toBe(5);
    expectInvalid(() => parseProposalStatus("unspecified"), /not one of deposit, voting, passed, rejected, failed/);
  });

  test("vote options", () => {
    expect(parseVoteOption("yes")).toBe(1);
    expect(parseVoteOption("ABSTAIN")).toBe(2);
    expect(parseVoteOption("no")).toBe(3);
    expect(parseVoteOption("no-with-veto")).toBe(4);
    expect(parseVoteOption("no_with_veto")).toBe(4);
    expect(parseVoteOption("VOTE_OPTION_NO_WITH_VETO")).toBe(4);
    expect(parseVoteOption("veto")).toBe(4);
    for (const bad of ["y", "maybe", "unspecified", "1", ""]) expectInvalid(() => parseVoteOption(bad), /not one of yes, no, abstain, no-with-veto/);
  });
});

describe("weighted votes", () => {
  test("options and 18-decimal weights, in the order given", () => {
    expect(parseWeightedVote("yes=0.6,no=0.4")).toEqual([
      { option: 1, weight: "0.600000000000000000" },
      { option: 3, weight: "0.400000000000000000" },
    ]);
    expect(parseWeightedVote("abstain=1")).toEqual([{ option: 2, weight: "1.000000000000000000" }]);
    expect(parseWeightedVote("yes=0.333333333333333333, no=0.333333333333333333,no-with-veto=0.333333333333333334")).toHaveLength(3);
  });

  test("the sum is exact: thirds that a float would round to 1 do not count", () => {
    // As floats 0.1 + 0.2 + 0.7 is 0.9999999999999999 and 0.333333333333333333 × 3 is 1.
    expect(parseWeightedVote("yes=0.1,no=0.2,abstain=0.7")).toHaveLength(3);
    expectInvalid(() => parseWeightedVote("yes=0.333333333333333333,no=0.333333333333333333,abstain=0.333333333333333333"), /add up to 0.999999999999999999, not exactly 1/);
    expectInvalid(() => parseWeightedVote("yes=0.6,no=0.5"), /add up to 1.1, not exactly 1/);
    expectInvalid(() => parseWeightedVote("yes=0.6"), /add up to 0.6, not exactly 1/);
  });

  test.each([
    ["yes=0.5,yes=0.5", /yes is given twice/],
    ["yes=0,no=1", /weight of yes, "0", is not a decimal above 0/],
    ["yes=1.5,no=-0.5", /weight of yes, "1.5"/],
    ["yes=0.5,no=.5", /weight of no, ".5"/],
    ["yes=0.5,maybe=0.5", /not one of yes, no, abstain, no-with-veto/],
    ["yes:1", /not OPTION=WEIGHT/],
    ["yes=0.5,", /not OPTION=WEIGHT/],
    ["yes=0.0000000000000000001,no=1", /weight of yes/],
  ])("%j is rejected", (input, message) => {
    expectInvalid(() => parseWeightedVote(input), message);
  });
});

describe("role weights", () => {
  /** Parses arguments as commander does for a variadic argument. */
  const parseAll = (...args: string[]): Map<number, number> => args.reduce<Map<number, number> | undefined>((previous, arg) => parseRoleWeight(arg, previous), undefined)!;

  test("every role by name, accumulated into a map by role number", () => {
    const weights = parseAll("printers=55", "validators=20", "developers=10", "model-providers=5", "liquidity-providers=5", "community=5");
    expect([...weights]).toEqual([
      [1, 55],
      [2, 20],
      [3, 10],
      [4, 5],
      [5, 5],
      [6, 5],
    ]);
    expect([...weights.keys()].map(roleName)).toEqual(["printers", "validators", "developers", "model-providers", "liquidity-providers", "community"]);
  });

  test("names are case-insensitive, with - or _ and the ROLE_ prefix; 0 and 1,000,000 are allowed", () => {
    expect([...parseAll("ROLE_MODEL_PROVIDERS=0", "Liquidity_Providers=1000000", "community=007")]).toEqual([
      [4, 0],
      [5, 1_000_000],
      [6, 7],
    ]);
  });

  test.each([
    ["miners=5", /"miners" is not one of printers, validators, developers, model-providers, liquidity-providers, community/],
    ["unspecified=5", /not one of printers/],
    ["printers=-5", /weight of printers, "-5", is not an integer from 0 to 1000000/],
    ["printers=5.5", /weight of printers, "5.5", is not an integer/],
    ["printers=1e2", /is not an integer/],
    ["printers=", /weight of printers, "", is not an integer/],
    ["printers=1000001", /is not an integer from 0 to 1000000/],
    ["printers", /"printers" is not ROLE=WEIGHT, e.g. printers=55/],
    ["55", /not ROLE=WEIGHT/],
  ])("%j is rejected", (input, message) => {
    expectInvalid(() => parseRoleWeight(input), message);
  });

  test("a role given twice is rejected", () => {
    expectInvalid(() => parseAll("printers=55", "validators=20", "PRINTERS=50"), /printers is given twice/);
  });
});
