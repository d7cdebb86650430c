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
import type { PbjsMessageType, ProtoCodec, ProtoInput } from "./codec";
import { printchain } from "./gen/printchain";

export { printchain };
export { createCodec, normalizeLongs, toBigInt } from "./codec";
export type { LongInput, PbjsMessageType, ProtoCodec, ProtoInput } from "./codec";

/** protobufjs toObject options for proto-JSON as genesis files hold it: 64-bit as strings, enums by name, bytes as base64, defaults and empty lists written. */
export const PROTO_JSON_OPTIONS = { longs: String, enums: String, bytes: String, defaults: true, arrays: true } as const;

/** One codec per message class of a generated package namespace (enums and sub-namespaces are skipped). */
export type PackageCodecs<NS> = {
  readonly [K in keyof NS as NS[K] extends PbjsMessageType<unknown> ? K : never]: NS[K] extends new (...args: never[]) => infer T ? ProtoCodec<T> : never;
};

/** Builds the codecs of every message of `namespace`, the generated code of protobuf package `packageName`. */
function packageCodecs<NS extends object>(packageName: string, namespace: NS): PackageCodecs<NS> {
  const codecs: Record<string, ProtoCodec<unknown>> = {};
  for (const [name, value] of Object.entries(namespace)) {
    if (typeof value === "function" && typeof (value as PbjsMessageType<unknown>).decode === "function") {
      codecs[name] = createCodec(`/${packageName}.${name}`, value as PbjsMessageType<unknown>);
    }
  }
  return Object.freeze(codecs) as unknown as PackageCodecs<NS>;
}

/** printchain.base.v1: pagination (wire-compatible with cosmos.base.query.v1beta1) and Coin. */
export const baseCodecs = packageCodecs("printchain.base.v1", printchain.base.v1);
/** printchain.printers.v1: state types, Msgs, queries, genesis and events. */
export const printersCodecs = packageCodecs("printchain.printers.v1", printchain.printers.v1);
/** printchain.jobs.v1: state types, Msgs, queries, genesis and events. */
export const jobsCodecs = packageCodecs("printchain.jobs.v1", printchain.jobs.v1);
/** printchain.emissions.v1: params, epoch summaries, rewards, points, queries, genesis and events. */
export const emissionsCodecs = packageCodecs("printchain.emissions.v1", printchain.emissions.v1);
/** printchain.staking.v1: validators, delegations, unbonding and redelegation, pools. */
export const stakingCodecs = packageCodecs("printchain.staking.v1", printchain.staking.v1);
/** printchain.gov.v1: proposals with embedded messages, deposits, votes, tallies. */
export const govCodecs = packageCodecs("printchain.gov.v1", printchain.gov.v1);

/** Type URL of MsgRegisterPrinter. */
export const MsgRegisterPrinterTypeUrl = printersCodecs.MsgRegisterPrinter.typeUrl;

/** A MsgRegisterPrinter ready for `SigningStargateClient.signAndBroadcast` / `Registry.encode`. */
export interface MsgRegisterPrinterEncodeObject extends EncodeObject {
  readonly typeUrl: string;
  readonly value: ProtoInput<printchain.printers.v1.MsgRegisterPrinter.$Properties>;
}

// ---------------------------------------------------------------------------------------------------------
// CosmJS registry

const isMsg = (name: string): boolean => /^Msg[A-Z]/.test(name) && !name.endsWith("Response");

/** Every printchain Msg (transaction message) as [typeUrl, codec] pairs for a CosmJS `Registry`. */
export const printchainRegistryTypes: ReadonlyArray<[string, GeneratedType]> = Object.freeze(
  [printersCodecs, jobsCodecs, emissionsCodecs, stakingCodecs, govCodecs].flatMap((codecs) =>
    Object.entries(codecs as Record<string, ProtoCodec<unknown>>)
      .filter(([name]) => isMsg(name))
      .map(([, codec]): [string, GeneratedType] => [codec.typeUrl, codec as unknown as GeneratedType]),
  ),
);

/** A CosmJS `Registry` with the default Cosmos SDK types (as in `@cosmjs/stargate`) plus every printchain Msg. */
export function createPrintchainRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...printchainRegistryTypes]);
}
