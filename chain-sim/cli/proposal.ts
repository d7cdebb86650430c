/**
 * Governance proposals on the command line: the messages of a proposal file (JSON as the Cosmos SDK's
 * `tx gov submit-proposal` reads it) encoded as Anys, the other way round for printing a proposal, and the
 * role-weight change of `tx gov propose-weights`.
 */
import { readFileSync } from "node:fs";
import type { Coin } from "@cosmjs/stargate";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { IConversionOptions } from "protobufjs";
import { printchain } from "../../proto";
import { parseDepositCoins, roleName } from "./parse";

/** A message of a proposal: an Any. */
export interface AnyMessage {
  readonly typeUrl: string;
  readonly value: Uint8Array;
}

/** A message type a proposal may carry. */
interface MessageType {
  /** The message from proto-JSON fields (camelCase); throws on an unknown field or enum value. */
  fromJson(fields: Record<string, unknown>, where: string): Uint8Array;
  /** The message's proto-JSON fields. */
  toJson(value: Uint8Array): Record<string, unknown>;
}

/** A generated protobuf.js message class. */
interface PbjsClass {
  fromObject(object: Record<string, unknown>): unknown;
  toObject(message: unknown, options?: IConversionOptions): Record<string, unknown>;
  encode(message: unknown): { finish(): Uint8Array };
  decode(bytes: Uint8Array): unknown;
}

/** Proto-JSON as printed by the queries: 64-bit integers as strings, enum names, bytes as base64, unset fields shown. */
export const PROTO_JSON: IConversionOptions = { longs: String, enums: String, bytes: String, defaults: true, json: true };

/** The printchain packages whose messages a proposal may carry. */
const PACKAGES = ["printers", "jobs", "emissions", "staking", "gov"] as const;
const BANK_SEND = "/cosmos.bank.v1beta1.MsgSend";

const isMsg = (name: string): boolean => /^Msg[A-Z]/.test(name) && !name.endsWith("Response");

function pbjsClasses(): Map<string, PbjsClass> {
  const classes = new Map<string, PbjsClass>();
  for (const pkg of PACKAGES) {
    for (const [name, value] of Object.entries(printchain[pkg].v1)) {
      if (isMsg(name) && typeof (value as Partial<PbjsClass>).fromObject === "function") classes.set(`/printchain.${pkg}.v1.${name}`, value as unknown as PbjsClass);
    }
  }
  return classes;
}

let cached: Map<string, PbjsClass> | undefined;

/** The type URLs a proposal may carry, sorted. */
export function proposalMessageTypes(): string[] {
  cached ??= pbjsClasses();
  return [...cached.keys(), BANK_SEND].sort();
}

const snakeToCamel = (key: string): string => key.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A deep copy with snake_case keys (the SDK's JSON) turned into the camelCase the codecs read. */
function camelCased(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelCased);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [snakeToCamel(key), camelCased(item)]));
}

/**
 * Throws on a field of `input` that the message does not have (`known` is its proto-JSON with every field
 * shown) and on an enum name it does not know (protobuf.js drops both silently).
 */
function checkFields(input: unknown, known: unknown, where: string): void {
  if (Array.isArray(input) && Array.isArray(known)) {
    input.forEach((item, index) => checkFields(item, known[index], `${where}[${index}]`));
  } else if (isPlainObject(input) && isPlainObject(known)) {
    for (const [key, item] of Object.entries(input)) {
      if (!(key in known)) throw new Error(`${where} has no field ${JSON.stringify(key)} (fields: ${Object.keys(known).join(", ")})`);
      checkFields(item, known[key], `${where}.${key}`);
    }
  } else if (typeof input === "string" && /^[A-Z][A-Z0-9_]*$/.test(input) && typeof known === "string" && known !== input) {
    throw new Error(`${where}: ${JSON.stringify(input)} is not a value of this enum`);
  }
}

function messageType(typeUrl: string): MessageType | undefined {
  if (typeUrl === BANK_SEND) {
    return {
      fromJson: (fields, where) => {
        const known = MsgSend.toJSON(MsgSend.fromPartial({ fromAddress: "-", toAddress: "-", amount: [{ denom: "-", amount: "-" }] })) as Record<string, unknown>;
        checkFields(fields, known, where);
        return MsgSend.encode(MsgSend.fromJSON(fields)).finish();
      },
      toJson: (value) => MsgSend.toJSON(MsgSend.decode(value)) as Record<string, unknown>,
    };
  }
  cached ??= pbjsClasses();
  const type = cached.get(typeUrl);
  if (!type) return undefined;
  return {
    fromJson: (fields, where) => {
      let message: unknown;
      try {
        message = type.fromObject(fields);
      } catch (error) {
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
      }
      checkFields(fields, type.toObject(message, { ...PROTO_JSON, arrays: true }), where);
      return new Uint8Array(type.encode(message).finish());
    },
    toJson: (value) => type.toObject(type.decode(value), PROTO_JSON),
  };
}

/**
 * One message of a proposal file, `{"@type": "/printchain.emissions.v1.MsgUpdateParams", "authority": ..., ...}`
 * (field names in snake_case or camelCase), encoded as an Any.
 */
export function encodeProposalMessage(json: unknown, where = "message"): AnyMessage {
  if (!isPlainObject(json)) throw new Error(`${where} is not a JSON object`);
  const { "@type": typeUrl, ...fields } = json;
  if (typeof typeUrl !== "string") throw new Error(`${where} has no "@type" (the message's type URL, e.g. "/printchain.emissions.v1.MsgUpdateParams")`);
  const type = messageType(typeUrl);
  if (!type) throw new Error(`${where}: unknown message type ${JSON.stringify(typeUrl)}; a proposal may carry ${proposalMessageTypes().join(", ")}`);
  return { typeUrl, value: type.fromJson(camelCased(fields) as Record<string, unknown>, `${where} (${typeUrl})`) };
}

/** An Any as `{"@type": ..., ...fields}` (or with its bytes in base64 when the type is not one of ours). */
export function decodeProposalMessage(any: { type_url?: string; value?: string | Uint8Array }): Record<string, unknown> {
  const typeUrl = any.type_url ?? "";
  const bytes = typeof any.value === "string" ? new Uint8Array(Buffer.from(any.value, "base64")) : (any.value ?? new Uint8Array());
  const type = messageType(typeUrl);
  if (type) {
    try {
      return { "@type": typeUrl, ...type.toJson(bytes) };
    } catch {
      // undecodable: shown as bytes below
    }
  }
  return { "@type": typeUrl, value: Buffer.from(bytes).toString("base64") };
}

/** A proposal file's content. */
export interface ProposalFile {
  readonly messages: AnyMessage[];
  readonly initialDeposit: Coin[];
  readonly title: string;
  readonly summary: string;
  readonly metadata: string;
}

const PROPOSAL_FIELDS = ["messages", "deposit", "title", "summary", "metadata"];

/** Reads a proposal JSON file: {"messages": [...], "deposit": "10000000uprint", "title", "summary", "metadata"}. */
export function parseProposalJson(text: string, source = "the proposal file"): ProposalFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isPlainObject(json)) throw new Error(`${source} is not a JSON object`);
  const unknown = Object.keys(json).filter((key) => !PROPOSAL_FIELDS.includes(key));
  if (unknown.length > 0) throw new Error(`${source} has unknown field(s) ${unknown.map((key) => JSON.stringify(key)).join(", ")} (fields: ${PROPOSAL_FIELDS.join(", ")})`);
  const { messages, deposit, title = "", summary = "", metadata = "" } = json;
  if (!Array.isArray(messages) || messages.length === 0) throw new Error(`${source}: "messages" must be a non-empty list of messages`);
  for (const [field, value] of Object.entries({ title, summary, metadata })) {
    if (typeof value !== "string") throw new Error(`${source}: "${field}" must be a string`);
  }
  if (title === "") throw new Error(`${source}: "title" must not be empty`);
  let initialDeposit: Coin[] = [];
  if (deposit !== undefined && deposit !== "") {
    if (typeof deposit !== "string") throw new Error(`${source}: "deposit" must be a string like "10000000uprint"`);
    try {
      initialDeposit = parseDepositCoins(deposit);
    } catch (error) {
      throw new Error(`${source}: "deposit": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    messages: messages.map((message, index) => encodeProposalMessage(message, `${source}: messages[${index}]`)),
    initialDeposit,
    title: title as string,
    summary: summary as string,
    metadata: metadata as string,
  };
}

export function readProposalFile(path: string): ProposalFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseProposalJson(text, path);
}

/** A role weight as in the emissions params. */
export interface RoleWeight {
  readonly role: number;
  readonly weight: number;
}

/** The current weights with those of `changes` replaced (or added), in role order. */
export function applyRoleWeights(current: readonly RoleWeight[], changes: ReadonlyMap<number, number>): RoleWeight[] {
  const weights = new Map(current.map(({ role, weight }) => [role, weight]));
  for (const [role, weight] of changes) weights.set(role, weight);
  const merged = [...weights].map(([role, weight]) => ({ role, weight })).sort((a, b) => a.role - b.role);
  if (merged.every(({ weight }) => weight === 0)) throw new Error("the role weights would all be 0: at least one role needs a positive weight");
  return merged;
}

/** "printers 55, validators 20, ..." */
export function describeRoleWeights(weights: readonly RoleWeight[]): string {
  return weights.map(({ role, weight }) => `${roleName(role)} ${weight}`).join(", ");
}
