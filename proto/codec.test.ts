import { util as pbUtil } from "protobufjs/minimal";
import { PageRequest as CosmosPageRequest, PageResponse as CosmosPageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";

import { createCodec, normalizeLongs, toBigInt } from "./codec";
import type { LongInput } from "./codec";
import { printchain } from "./gen/printchain";
import { Any } from "cosmjs-types/google/protobuf/any";
import { baseCodecs, govCodecs, printersCodecs } from "./index";

const { PrinterSpec, Location } = printchain.printers.v1;

const U64_MAX = 2n ** 64n - 1n;
/** Interesting uint64 values: zero, small, around 2^53 (float precision limit), 2^63 (sign bit), max. */
const U64_VALUES: readonly bigint[] = [
  0n,
  1n,
  127n,
  128n,
  2n ** 32n - 1n,
  2n ** 32n,
  2n ** 53n - 1n,
  2n ** 53n,
  2n ** 53n + 1n,
  2n ** 63n - 1n,
  2n ** 63n,
  2n ** 63n + 12345n,
  U64_MAX - 1n,
  U64_MAX,
];

/** The long.js class protobuf.js uses at runtime (typed loosely by protobufjs as `Constructor<Long>`). */
const LongImpl = pbUtil.Long as unknown as { fromString(text: string, unsigned: boolean): LongInput } | undefined;

function longOf(value: bigint): LongInput {
  if (LongImpl === undefined || LongImpl === null) {
    throw new Error("protobufjs has no Long implementation");
  }
  return LongImpl.fromString(value.toString(), true);
}

/** All input representations of a uint64 value (number only where it is exact). */
function representations(value: bigint): Array<[string, LongInput]> {
  const forms: Array<[string, LongInput]> = [
    ["bigint", value],
    ["string", value.toString()],
    ["Long", longOf(value)],
  ];
  if (value <= BigInt(Number.MAX_SAFE_INTEGER)) {
    forms.push(["number", Number(value)]);
  }
  return forms;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

describe("the protobuf.js bigint trap (why codec.ts exists)", () => {
  it("raw pbjs encode writes a bigint uint64 as 0", () => {
    // The generated type is typed `number | Long`; a bigint only gets in through an untyped path, which is
    // exactly what CosmJS does (EncodeObject.value is `any`).
    const spec = { throughputMm3PerHour: 123_456_789n } as unknown as printchain.printers.v1.PrinterSpec.$Properties;
    const bytes = PrinterSpec.encode(spec).finish();
    // field 7, varint, value 0: the bigint was silently dropped
    expect(hex(bytes)).toBe("3800");
    expect(toBigInt(PrinterSpec.decode(bytes).throughputMm3PerHour)).toBe(0n);
  });

  it("raw pbjs create() keeps the bigint and encode() still writes 0", () => {
    const spec = PrinterSpec.create({ throughputMm3PerHour: U64_MAX as unknown as number });
    expect(toBigInt(PrinterSpec.decode(PrinterSpec.encode(spec).finish()).throughputMm3PerHour)).toBe(0n);
  });

  it("the codec encodes the same bigint correctly", () => {
    const codec = printersCodecs.PrinterSpec;
    const bytes = codec.encode(codec.fromPartial({ throughputMm3PerHour: 123_456_789n })).finish();
    expect(toBigInt(codec.decode(bytes).throughputMm3PerHour)).toBe(123_456_789n);
  });
});

describe("uint64 round trips through the codec", () => {
  const spec = printersCodecs.PrinterSpec;

  it.each(U64_VALUES.map((v) => [v.toString(), v] as const))(
    "PrinterSpec.throughput_mm3_per_hour = %s in every input form",
    (_label, value) => {
      const encodings = new Set<string>();
      for (const [form, input] of representations(value)) {
        const message = spec.fromPartial({ throughputMm3PerHour: input, materials: ["PLA"] });
        const bytes = spec.encode(message).finish();
        encodings.add(hex(bytes));
        const decoded = spec.decode(bytes);
        expect({ form, value: toBigInt(decoded.throughputMm3PerHour) }).toEqual({ form, value });
        expect(decoded.materials).toEqual(["PLA"]);
      }
      // every representation produces the identical (canonical) encoding
      expect(encodings.size).toBe(1);
    },
  );

  it("encode() accepts a plain object with bigints directly (not only via fromPartial)", () => {
    const plain = { throughputMm3PerHour: U64_MAX } as unknown as printchain.printers.v1.PrinterSpec;
    expect(toBigInt(spec.decode(spec.encode(plain).finish()).throughputMm3PerHour)).toBe(U64_MAX);
  });

  it("a bigint nested inside a pbjs message instance is not lost", () => {
    const msg = new printchain.printers.v1.MsgRegisterPrinter({
      printerId: "p1",
      spec: { throughputMm3PerHour: 2n ** 60n } as unknown as printchain.printers.v1.PrinterSpec.$Properties,
    });
    const codec = printersCodecs.MsgRegisterPrinter;
    const decoded = codec.decode(codec.encode(msg).finish());
    expect(toBigInt(decoded.spec?.throughputMm3PerHour)).toBe(2n ** 60n);
    expect(decoded.printerId).toBe("p1");
  });

  it("zero is not emitted (canonical proto3 encoding)", () => {
    for (const [, input] of representations(0n)) {
      expect(spec.encode(spec.fromPartial({ throughputMm3PerHour: input })).finish()).toEqual(new Uint8Array());
    }
  });

  it("Printer.registered_height round-trips above 2^53", () => {
    const codec = printersCodecs.Printer;
    const height = 2n ** 53n + 7n;
    const decoded = codec.decode(codec.encode(codec.fromPartial({ id: "p", registeredHeight: height })).finish());
    expect(toBigInt(decoded.registeredHeight)).toBe(height);
  });

  it.each(U64_VALUES.map((v) => [v.toString(), v] as const))("PageRequest.limit/offset = %s", (_label, value) => {
    const codec = baseCodecs.PageRequest;
    for (const [form, input] of representations(value)) {
      const decoded = codec.decode(
        codec.encode(codec.fromPartial({ key: new Uint8Array([1, 2, 3]), offset: input, limit: input, countTotal: true, reverse: true })).finish(),
      );
      expect({ form, offset: toBigInt(decoded.offset), limit: toBigInt(decoded.limit) }).toEqual({ form, offset: value, limit: value });
      expect(decoded.key).toEqual(new Uint8Array([1, 2, 3]));
      expect(decoded.countTotal).toBe(true);
      expect(decoded.reverse).toBe(true);
    }
  });
});

describe("pagination is wire-compatible with cosmos.base.query.v1beta1", () => {
  it("PageRequest encodes byte-identically to cosmjs-types and decodes its bytes", () => {
    const fields = { key: new Uint8Array([0xde, 0xad]), offset: 42n, limit: U64_MAX, countTotal: true, reverse: true };
    const ours = baseCodecs.PageRequest.encode(baseCodecs.PageRequest.fromPartial(fields)).finish();
    const theirs = CosmosPageRequest.encode(CosmosPageRequest.fromPartial(fields)).finish();
    expect(hex(ours)).toBe(hex(theirs));
    expect(CosmosPageRequest.decode(ours)).toEqual(CosmosPageRequest.fromPartial(fields));
  });

  it("PageResponse encodes byte-identically to cosmjs-types", () => {
    const fields = { nextKey: new Uint8Array([9, 8, 7]), total: 2n ** 63n };
    const ours = baseCodecs.PageResponse.encode(baseCodecs.PageResponse.fromPartial(fields)).finish();
    expect(hex(ours)).toBe(hex(CosmosPageResponse.encode(CosmosPageResponse.fromPartial(fields)).finish()));
    const decoded = baseCodecs.PageResponse.decode(CosmosPageResponse.encode(CosmosPageResponse.fromPartial(fields)).finish());
    expect(decoded.nextKey).toEqual(fields.nextKey);
    expect(toBigInt(decoded.total)).toBe(fields.total);
  });
});

describe("google.protobuf.Any as CosmJS writes it", () => {
  it("an embedded message given as { typeUrl, value } encodes like cosmjs-types' Any", () => {
    const any = { typeUrl: "/printchain.emissions.v1.MsgUpdateParams", value: new Uint8Array([10, 3, 1, 2, 3]) };
    const proposal = govCodecs.MsgSubmitProposal.encode(govCodecs.MsgSubmitProposal.fromPartial({ messages: [any], proposer: "print1x" })).finish();
    const decoded = govCodecs.MsgSubmitProposal.decode(proposal);
    expect(decoded.messages[0].type_url).toBe(any.typeUrl);
    expect(hex(govCodecs.MsgSubmitProposal.encode(decoded).finish())).toBe(hex(proposal));
    expect(hex(proposal)).toContain(hex(Any.encode(Any.fromPartial(any)).finish()));
  });
});

describe("sint32 coordinates", () => {
  const codec = printersCodecs.Location;

  it.each([
    ["Sydney", -33_868_800, 151_209_300],
    ["Buenos Aires", -34_603_700, -58_381_600],
    ["south pole / antimeridian", -90_000_000, -180_000_000],
    ["north pole / antimeridian", 90_000_000, 180_000_000],
    ["minus one", -1, -1],
    ["int32 extremes", -2_147_483_648, 2_147_483_647],
  ])("%s (%d, %d) round-trips", (_label, latitudeUdeg, longitudeUdeg) => {
    const decoded = codec.decode(codec.encode(codec.fromPartial({ latitudeUdeg, longitudeUdeg, region: "r" })).finish());
    expect(decoded.latitudeUdeg).toBe(latitudeUdeg);
    expect(decoded.longitudeUdeg).toBe(longitudeUdeg);
    expect(decoded.region).toBe("r");
  });

  it("uses zigzag encoding (-1 is a single byte)", () => {
    expect(hex(codec.encode(codec.fromPartial({ latitudeUdeg: -1 })).finish())).toBe("0801");
    expect(hex(Location.encode({ latitudeUdeg: -1 }).finish())).toBe("0801");
  });

  it("flattened event coordinates round-trip", () => {
    const ev = printersCodecs.EventPrinterRegistered;
    const decoded = ev.decode(
      ev.encode(ev.fromPartial({ printerId: "p", latitudeUdeg: -45_000_001, longitudeUdeg: -170_500_000, technology: "TECHNOLOGY_DMLS" })).finish(),
    );
    expect(decoded.latitudeUdeg).toBe(-45_000_001);
    expect(decoded.longitudeUdeg).toBe(-170_500_000);
    expect(decoded.technology).toBe(printchain.printers.v1.Technology.TECHNOLOGY_DMLS);
  });
});

describe("encode().finish() / decode() byte types", () => {
  it("finish() returns a plain, exactly-sized Uint8Array (not a Buffer, not a pool view)", () => {
    const codec = printersCodecs.MsgRegisterPrinter;
    const bytes = codec.encode(codec.fromPartial({ owner: "printchain1xyz", printerId: "p1" })).finish();
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
  });

  it("decoding from a Buffer yields Uint8Array (not Buffer) bytes fields", () => {
    const codec = baseCodecs.PageRequest;
    const bytes = codec.encode(codec.fromPartial({ key: new Uint8Array([5, 6]) })).finish();
    const decoded = codec.decode(Buffer.from(bytes));
    expect(Buffer.isBuffer(decoded.key)).toBe(false);
    expect(decoded.key).toEqual(new Uint8Array([5, 6]));
  });

  it("an explicitly passed writer is used and returned", () => {
    const codec = printersCodecs.BuildVolume;
    const writer = printchain.printers.v1.BuildVolume.encode({ xMm: 1 });
    const returned = codec.encode(codec.fromPartial({ yMm: 2 }), writer);
    expect(returned).toBe(writer);
    expect(hex(returned.finish())).toBe("08011002");
  });
});

describe("normalizeLongs", () => {
  it("deep-copies, converting bigints to decimal strings and leaving bytes and Longs untouched", () => {
    const key = new Uint8Array([1]);
    const buf = Buffer.from([2]);
    const long = longOf(7n);
    const input = {
      a: 1n,
      b: [2n, { c: U64_MAX, d: "x" }],
      key,
      buf,
      long,
      n: 3,
      s: "s",
      nil: null,
      undef: undefined,
      flag: true,
    };
    const out = normalizeLongs(input);
    expect(out).toEqual({
      a: "1",
      b: ["2", { c: U64_MAX.toString(), d: "x" }],
      key,
      buf,
      long,
      n: 3,
      s: "s",
      nil: null,
      undef: undefined,
      flag: true,
    });
    expect(out.key).toBe(key);
    expect(out.buf).toBe(buf);
    expect(out.long).toBe(long);
    expect(out).not.toBe(input);
    expect(out.b).not.toBe(input.b);
    // the input is not modified
    expect(input.a).toBe(1n);
    expect((input.b[1] as { c: bigint }).c).toBe(U64_MAX);
  });

  it("converts negative bigints and top-level scalars", () => {
    expect(normalizeLongs(-(2n ** 63n))).toBe("-9223372036854775808");
    expect(normalizeLongs(5)).toBe(5);
    expect(normalizeLongs(null)).toBeNull();
  });

  it("preserves prototypes of class instances", () => {
    const msg = new printchain.printers.v1.Printer({ id: "p" });
    const out = normalizeLongs(msg);
    expect(out).toBeInstanceOf(printchain.printers.v1.Printer);
    expect(out).not.toBe(msg);
    expect(out.id).toBe("p");
  });

  it("handles cycles", () => {
    const a: { self?: unknown; v: bigint } = { v: 1n };
    a.self = a;
    const out = normalizeLongs(a) as unknown as { self: unknown; v: string };
    expect(out.v).toBe("1");
    expect(out.self).toBe(out);
  });
});

describe("toBigInt", () => {
  it("maps unset fields to 0n", () => {
    expect(toBigInt(null)).toBe(0n);
    expect(toBigInt(undefined)).toBe(0n);
  });

  it("reads every representation", () => {
    expect(toBigInt(42)).toBe(42n);
    expect(toBigInt(-42)).toBe(-42n);
    expect(toBigInt("18446744073709551615")).toBe(U64_MAX);
    expect(toBigInt(-5n)).toBe(-5n);
    expect(toBigInt({ low: -1, high: -1, unsigned: true })).toBe(U64_MAX);
    expect(toBigInt({ low: -1, high: -1, unsigned: false })).toBe(-1n);
    expect(toBigInt({ low: 0, high: -2147483648, unsigned: false })).toBe(-(2n ** 63n));
    expect(toBigInt({ low: 5, high: 1, unsigned: true })).toBe(2n ** 32n + 5n);
    for (const v of U64_VALUES) {
      expect(toBigInt(longOf(v))).toBe(v);
    }
  });

  it("rejects non-integers", () => {
    expect(() => toBigInt(1.5)).toThrow(RangeError);
    expect(() => toBigInt(Number.NaN)).toThrow(RangeError);
    expect(() => toBigInt("12abc")).toThrow(RangeError);
    expect(() => toBigInt("")).toThrow(RangeError);
  });
});

describe("createCodec", () => {
  it("rejects a type URL that does not match the generated type", () => {
    expect(() => createCodec("/printchain.printers.v1.Printer", printchain.printers.v1.Params)).toThrow(/mismatch/);
    expect(() => createCodec("printchain.printers.v1.Params", printchain.printers.v1.Params)).toThrow(/must start/);
  });

  it("fromPartial converts enum names, fills defaults and rejects non-objects", () => {
    const codec = printersCodecs.Printer;
    const p = codec.fromPartial({ status: "PRINTER_STATUS_PAUSED", spec: { technology: "TECHNOLOGY_SLA" } });
    expect(p.status).toBe(printchain.printers.v1.PrinterStatus.PRINTER_STATUS_PAUSED);
    expect(p.spec?.technology).toBe(printchain.printers.v1.Technology.TECHNOLOGY_SLA);
    expect(p.id).toBe("");
    expect(codec.fromPartial(undefined)).toBeInstanceOf(printchain.printers.v1.Printer);
    expect(() => codec.fromPartial(5)).toThrow(TypeError);
    expect(() => codec.fromPartial([1])).toThrow(TypeError);
  });

  it("fromPartial returns an already-built message unchanged", () => {
    const codec = printersCodecs.Params;
    const params = codec.fromPartial({ maxPrintersPerOwner: 3, maxMaterials: 8 });
    expect(codec.fromPartial(params)).toBe(params);
    expect(codec.create(params)).toBe(params);
  });

  it("round-trips a full GenesisState", () => {
    const codec = printersCodecs.GenesisState;
    const genesis = {
      params: { maxPrintersPerOwner: 10, maxMaterials: 16 },
      printers: [
        {
          id: "printer-1",
          owner: "printchain1owner",
          moniker: "Prusa MK4",
          spec: {
            technology: printchain.printers.v1.Technology.TECHNOLOGY_FDM,
            buildVolume: { xMm: 250, yMm: 210, zMm: 220 },
            materials: ["PLA", "PETG"],
            nozzleDiameterUm: 400,
            layerResolutionUm: 50,
            maxSpeedMmPerS: 300,
            throughputMm3PerHour: 2n ** 60n,
          },
          location: { latitudeUdeg: 50_087_500, longitudeUdeg: 14_421_300, region: "eu-central" },
          status: printchain.printers.v1.PrinterStatus.PRINTER_STATUS_ACTIVE,
          registeredHeight: 1n,
        },
      ],
    };
    const decoded = codec.decode(codec.encode(codec.fromPartial(genesis)).finish());
    const asObject = printchain.printers.v1.GenesisState.toObject(decoded, { longs: String });
    expect(asObject).toEqual(
      normalizeLongs({
        ...genesis,
        printers: genesis.printers.map((p) => ({ ...p, spec: { ...p.spec } })),
      }),
    );
  });
});
