/**
 * Public entry point of the printchain protobuf definitions: generated types, codecs safe for bigint
 * 64-bit values, type URLs and a CosmJS registry.
 *
 * The generated bindings live in ./gen (regenerate with `npm run proto`; never edit them by hand).
 */
import { Registry } from "@cosmjs/proto-signing";
import type { EncodeObject, GeneratedType } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";

import { createCodec } from "./codec";
import type { ProtoCodec, ProtoInput } from "./codec";
import { printchain } from "./gen/printchain";

export { printchain };
export { createCodec, normalizeLongs, toBigInt } from "./codec";
export type { LongInput, PbjsMessageType, ProtoCodec, ProtoInput } from "./codec";

const base = printchain.base.v1;
const printers = printchain.printers.v1;

// ---------------------------------------------------------------------------------------------------------
// printchain.base.v1

/** Codecs of printchain.base.v1 (pagination, wire-compatible with cosmos.base.query.v1beta1). */
export interface BaseCodecs {
  readonly PageRequest: ProtoCodec<printchain.base.v1.PageRequest>;
  readonly PageResponse: ProtoCodec<printchain.base.v1.PageResponse>;
}

export const baseCodecs: BaseCodecs = Object.freeze({
  PageRequest: createCodec<printchain.base.v1.PageRequest>("/printchain.base.v1.PageRequest", base.PageRequest),
  PageResponse: createCodec<printchain.base.v1.PageResponse>("/printchain.base.v1.PageResponse", base.PageResponse),
});

// ---------------------------------------------------------------------------------------------------------
// printchain.printers.v1

/** Type URL of MsgRegisterPrinter. */
export const MsgRegisterPrinterTypeUrl = "/printchain.printers.v1.MsgRegisterPrinter";

/** A MsgRegisterPrinter ready for `SigningStargateClient.signAndBroadcast` / `Registry.encode`. */
export interface MsgRegisterPrinterEncodeObject extends EncodeObject {
  readonly typeUrl: typeof MsgRegisterPrinterTypeUrl;
  readonly value: ProtoInput<printchain.printers.v1.MsgRegisterPrinter.$Properties>;
}

/** Codecs of every message of printchain.printers.v1 (state types, Msgs, queries, genesis, events). */
export interface PrintersCodecs {
  readonly BuildVolume: ProtoCodec<printchain.printers.v1.BuildVolume>;
  readonly PrinterSpec: ProtoCodec<printchain.printers.v1.PrinterSpec>;
  readonly Location: ProtoCodec<printchain.printers.v1.Location>;
  readonly Printer: ProtoCodec<printchain.printers.v1.Printer>;
  readonly Params: ProtoCodec<printchain.printers.v1.Params>;
  readonly GenesisState: ProtoCodec<printchain.printers.v1.GenesisState>;
  readonly EventPrinterRegistered: ProtoCodec<printchain.printers.v1.EventPrinterRegistered>;
  readonly MsgRegisterPrinter: ProtoCodec<printchain.printers.v1.MsgRegisterPrinter>;
  readonly MsgRegisterPrinterResponse: ProtoCodec<printchain.printers.v1.MsgRegisterPrinterResponse>;
  readonly QueryPrinterRequest: ProtoCodec<printchain.printers.v1.QueryPrinterRequest>;
  readonly QueryPrinterResponse: ProtoCodec<printchain.printers.v1.QueryPrinterResponse>;
  readonly QueryPrintersRequest: ProtoCodec<printchain.printers.v1.QueryPrintersRequest>;
  readonly QueryPrintersResponse: ProtoCodec<printchain.printers.v1.QueryPrintersResponse>;
  readonly QueryParamsRequest: ProtoCodec<printchain.printers.v1.QueryParamsRequest>;
  readonly QueryParamsResponse: ProtoCodec<printchain.printers.v1.QueryParamsResponse>;
}

const printersUrl = (name: string): string => `/printchain.printers.v1.${name}`;

export const printersCodecs: PrintersCodecs = Object.freeze({
  BuildVolume: createCodec<printchain.printers.v1.BuildVolume>(printersUrl("BuildVolume"), printers.BuildVolume),
  PrinterSpec: createCodec<printchain.printers.v1.PrinterSpec>(printersUrl("PrinterSpec"), printers.PrinterSpec),
  Location: createCodec<printchain.printers.v1.Location>(printersUrl("Location"), printers.Location),
  Printer: createCodec<printchain.printers.v1.Printer>(printersUrl("Printer"), printers.Printer),
  Params: createCodec<printchain.printers.v1.Params>(printersUrl("Params"), printers.Params),
  GenesisState: createCodec<printchain.printers.v1.GenesisState>(printersUrl("GenesisState"), printers.GenesisState),
  EventPrinterRegistered: createCodec<printchain.printers.v1.EventPrinterRegistered>(
    printersUrl("EventPrinterRegistered"),
    printers.EventPrinterRegistered,
  ),
  MsgRegisterPrinter: createCodec<printchain.printers.v1.MsgRegisterPrinter>(
    MsgRegisterPrinterTypeUrl,
    printers.MsgRegisterPrinter,
  ),
  MsgRegisterPrinterResponse: createCodec<printchain.printers.v1.MsgRegisterPrinterResponse>(
    printersUrl("MsgRegisterPrinterResponse"),
    printers.MsgRegisterPrinterResponse,
  ),
  QueryPrinterRequest: createCodec<printchain.printers.v1.QueryPrinterRequest>(
    printersUrl("QueryPrinterRequest"),
    printers.QueryPrinterRequest,
  ),
  QueryPrinterResponse: createCodec<printchain.printers.v1.QueryPrinterResponse>(
    printersUrl("QueryPrinterResponse"),
    printers.QueryPrinterResponse,
  ),
  QueryPrintersRequest: createCodec<printchain.printers.v1.QueryPrintersRequest>(
    printersUrl("QueryPrintersRequest"),
    printers.QueryPrintersRequest,
  ),
  QueryPrintersResponse: createCodec<printchain.printers.v1.QueryPrintersResponse>(
    printersUrl("QueryPrintersResponse"),
    printers.QueryPrintersResponse,
  ),
  QueryParamsRequest: createCodec<printchain.printers.v1.QueryParamsRequest>(
    printersUrl("QueryParamsRequest"),
    printers.QueryParamsRequest,
  ),
  QueryParamsResponse: createCodec<printchain.printers.v1.QueryParamsResponse>(
    printersUrl("QueryParamsResponse"),
    printers.QueryParamsResponse,
  ),
});

// ---------------------------------------------------------------------------------------------------------
// CosmJS registry

/** Every printchain Msg (transaction message) as [typeUrl, codec] pairs for a CosmJS `Registry`. */
export const printchainRegistryTypes: ReadonlyArray<[string, GeneratedType]> = Object.freeze([
  [MsgRegisterPrinterTypeUrl, printersCodecs.MsgRegisterPrinter],
]);

/** A CosmJS `Registry` with the default Cosmos SDK types (as in `@cosmjs/stargate`) plus every printchain Msg. */
export function createPrintchainRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...printchainRegistryTypes]);
}
