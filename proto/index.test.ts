import { Registry } from "@cosmjs/proto-signing";
import type { GeneratedType } from "@cosmjs/proto-signing";

import {
  MsgRegisterPrinterTypeUrl,
  createPrintchainRegistry,
  printchain,
  printchainRegistryTypes,
  printersCodecs,
  toBigInt,
} from "./index";
import type { MsgRegisterPrinterEncodeObject } from "./index";

const THROUGHPUT = 2n ** 64n - 2n; // above 2^53: not representable as a JS number

function registerMsg(throughput: bigint = THROUGHPUT): MsgRegisterPrinterEncodeObject {
  return {
    typeUrl: MsgRegisterPrinterTypeUrl,
    value: {
      owner: "printchain1qyqszqgpqyqszqgpqyqszqgpqyqszqgp5l3sc8",
      printerId: "farm-7/printer-3",
      moniker: "Formlabs Form 4",
      spec: {
        technology: printchain.printers.v1.Technology.TECHNOLOGY_SLA,
        buildVolume: { xMm: 200, yMm: 125, zMm: 210 },
        materials: ["Grey Resin", "Tough 2000"],
        layerResolutionUm: 25,
        maxSpeedMmPerS: 100,
        throughputMm3PerHour: throughput,
      },
      location: { latitudeUdeg: -22_906_800, longitudeUdeg: -43_172_900, region: "sa-east" },
    },
  };
}

/** Checks that a decoded MsgRegisterPrinter equals `registerMsg()`'s value. */
function expectEqualToInput(decoded: printchain.printers.v1.MsgRegisterPrinter, throughput: bigint = THROUGHPUT): void {
  const asObject = printchain.printers.v1.MsgRegisterPrinter.toObject(decoded, { longs: String });
  const input = registerMsg(throughput).value;
  // toObject omits fields holding their default (proto3 zero) value
  const { throughputMm3PerHour: _omitted, ...specWithoutThroughput } = input.spec ?? {};
  const spec = throughput === 0n ? specWithoutThroughput : { ...input.spec, throughputMm3PerHour: throughput.toString() };
  expect(asObject).toEqual({ ...input, spec });
  expect(toBigInt(decoded.spec?.throughputMm3PerHour)).toBe(throughput);
}

describe("printchainRegistryTypes", () => {
  it("lists every Msg of the printchain services with a matching codec", () => {
    const msgUrls: string[] = [];
    const walk = (ns: Record<string, unknown>, prefix: string): void => {
      for (const [name, value] of Object.entries(ns)) {
        if (typeof value === "function" && /^Msg[A-Z]/.test(name) && !name.endsWith("Response")) {
          msgUrls.push(`/${prefix}.${name}`);
        } else if (typeof value === "object" && value !== null && /^[a-z]/.test(name)) {
          walk(value as Record<string, unknown>, `${prefix}.${name}`);
        }
      }
    };
    walk(printchain as unknown as Record<string, unknown>, "printchain");
    expect(msgUrls).toContain(MsgRegisterPrinterTypeUrl);
    expect(printchainRegistryTypes.map(([url]) => url).sort()).toEqual(msgUrls.sort());
    for (const [url, type] of printchainRegistryTypes) {
      expect((type as { typeUrl?: string }).typeUrl).toBe(url);
    }
  });
});

describe("createPrintchainRegistry", () => {
  const registry = createPrintchainRegistry();

  it("contains the Cosmos SDK default types and the printchain Msgs", () => {
    expect(registry.lookupType("/cosmos.bank.v1beta1.MsgSend")).toBeDefined();
    expect(registry.lookupType("/cosmos.staking.v1beta1.MsgDelegate")).toBeDefined();
    expect(registry.lookupType(MsgRegisterPrinterTypeUrl)).toBe(printersCodecs.MsgRegisterPrinter);
  });

  it("encodeAsAny / decode round-trips MsgRegisterPrinter with a bigint uint64", () => {
    const any = registry.encodeAsAny(registerMsg());
    expect(any.typeUrl).toBe(MsgRegisterPrinterTypeUrl);
    expect(Object.getPrototypeOf(any.value)).toBe(Uint8Array.prototype);
    const decoded = registry.decode({ typeUrl: any.typeUrl, value: any.value }) as printchain.printers.v1.MsgRegisterPrinter;
    expect(decoded).toBeInstanceOf(printchain.printers.v1.MsgRegisterPrinter);
    expectEqualToInput(decoded);
  });

  it("registry.encode matches the codec's encoding and decodes with the codec", () => {
    const codec = printersCodecs.MsgRegisterPrinter;
    const bytes = registry.encode(registerMsg());
    expect(bytes).toEqual(codec.encode(codec.fromPartial(registerMsg().value)).finish());
    expectEqualToInput(codec.decode(bytes));
  });

  it.each([0n, 1n, 2n ** 53n + 1n, 2n ** 64n - 1n])("throughput %s survives the registry", (throughput) => {
    const bytes = registry.encode(registerMsg(throughput));
    expectEqualToInput(registry.decode({ typeUrl: MsgRegisterPrinterTypeUrl, value: bytes }), throughput);
  });

  it("encodeTxBody / decodeTxBody round-trip a body with a printchain Msg next to a bank MsgSend", () => {
    const send = {
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: {
        fromAddress: "cosmos1from",
        toAddress: "cosmos1to",
        amount: [{ denom: "uprint", amount: "18446744073709551615000" }],
      },
    };
    const bodyBytes = registry.encodeTxBody({ messages: [registerMsg(), send], memo: "register", timeoutHeight: 2n ** 60n });
    const body = registry.decodeTxBody(bodyBytes);
    expect(body.memo).toBe("register");
    expect(body.timeoutHeight).toBe(2n ** 60n);
    expect(body.messages).toHaveLength(2);
    expectEqualToInput(body.messages[0] as unknown as printchain.printers.v1.MsgRegisterPrinter);
    expect(body.messages[1]).toEqual(send.value);
  });

  it("a Registry holding the raw pbjs type instead of the codec loses the bigint (regression guard)", () => {
    const raw = new Registry([
      [MsgRegisterPrinterTypeUrl, printchain.printers.v1.MsgRegisterPrinter as unknown as GeneratedType],
    ]);
    const decoded = raw.decode({
      typeUrl: MsgRegisterPrinterTypeUrl,
      value: raw.encode(registerMsg()),
    }) as printchain.printers.v1.MsgRegisterPrinter;
    expect(toBigInt(decoded.spec?.throughputMm3PerHour)).toBe(0n);
  });
});
