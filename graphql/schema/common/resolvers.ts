/** The custom scalars: integers and decimals travel as strings (never lossy JS numbers). */
import { GraphQLScalarType, Kind, type ValueNode } from "graphql";
import { apiError } from "../../context";

const INTEGER = /^-?\d{1,78}$/;
const DECIMAL = /^-?\d{1,78}(\.\d{1,18})?$/;

function stringScalar(name: string, pattern: RegExp, description: string): GraphQLScalarType {
  const parse = (value: unknown): string => {
    const text = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : value;
    if (typeof text !== "string" || !pattern.test(text)) throw apiError("BAD_USER_INPUT", `${name} must be ${description}, got ${JSON.stringify(value)}`);
    return text;
  };
  return new GraphQLScalarType({
    name,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : node.kind === Kind.INT ? Number(node.value) : undefined),
  });
}

const dateTime = new GraphQLScalarType({
  name: "DateTime",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => parseDate(value),
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : undefined),
});

function parseDate(value: unknown): Date {
  const date = typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw apiError("BAD_USER_INPUT", `DateTime must be an RFC 3339 timestamp such as 2026-01-02T03:04:05Z, got ${JSON.stringify(value)}`);
  return date;
}

function literalValue(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((field) => [field.name.value, literalValue(field.value)]));
    case Kind.LIST:
      return node.values.map(literalValue);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
}

export const commonResolvers = {
  BigInt: stringScalar("BigInt", INTEGER, "an integer as a decimal string"),
  Decimal: stringScalar("Decimal", DECIMAL, "a decimal number as a string"),
  DateTime: dateTime,
  JSON: new GraphQLScalarType({ name: "JSON", serialize: (value) => value, parseValue: (value) => value, parseLiteral: literalValue }),
};
