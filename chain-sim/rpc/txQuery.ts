/** One condition of a CometBFT event query, e.g. `transfer.recipient='print1...'` or `tx.height>=5`. */
export interface QueryCondition {
  readonly key: string;
  readonly op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";
  /** Strings keep their text; numbers, dates and times are compared numerically. */
  readonly value?: string | number;
}

/** Thrown for a query that does not parse; the RPC turns it into an invalid-params error. */
export class QuerySyntaxError extends Error {}

const TOKEN = /\s*(?:(AND)\b|(CONTAINS)\b|(EXISTS)\b|(<=|>=|=|<|>)|'([^']*)'|(TIME)\s+([0-9TZ:.+-]+)|(DATE)\s+([0-9-]+)|(-?[0-9]+(?:\.[0-9]+)?)(?![\w.])|([A-Za-z_][\w.\-/]*))/y;

/**
 * Parses the CometBFT pubsub query language used by tx_search: conditions joined by AND; operators
 * =, <, <=, >, >=, CONTAINS, EXISTS; values in single quotes, numbers, TIME and DATE literals.
 */
export function parseQuery(text: string): QueryCondition[] {
  if (text.length > 4096) throw new QuerySyntaxError("query is longer than 4096 characters");
  const conditions: QueryCondition[] = [];
  const tokens = tokenize(text);
  let position = 0;
  const next = (): Token | undefined => tokens[position++];
  while (position < tokens.length) {
    const key = next();
    if (key?.kind !== "key") throw new QuerySyntaxError(`expected an event key at ${JSON.stringify(describe(key))}`);
    const op = next();
    if (op?.kind === "exists") {
      conditions.push({ key: key.text, op: "EXISTS" });
    } else if (op?.kind === "op" || op?.kind === "contains") {
      const value = next();
      if (!value || (value.kind !== "string" && value.kind !== "number")) throw new QuerySyntaxError(`expected a value after ${key.text} ${op.text}`);
      if (op.kind === "contains" && value.kind !== "string") throw new QuerySyntaxError("CONTAINS needs a quoted string");
      conditions.push({ key: key.text, op: op.kind === "contains" ? "CONTAINS" : (op.text as QueryCondition["op"]), value: value.kind === "number" ? value.number : value.text });
    } else {
      throw new QuerySyntaxError(`expected an operator after ${key.text}`);
    }
    if (position < tokens.length && next()?.kind !== "and") throw new QuerySyntaxError("conditions must be joined with AND");
    if (position === tokens.length && tokens[tokens.length - 1].kind === "and") throw new QuerySyntaxError("query ends with AND");
  }
  if (conditions.length === 0) throw new QuerySyntaxError("empty query");
  return conditions;
}

type Token =
  | { kind: "and" | "contains" | "exists"; text: string }
  | { kind: "op"; text: string }
  | { kind: "string"; text: string }
  | { kind: "number"; text: string; number: number }
  | { kind: "key"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new QuerySyntaxError(`unexpected input at position ${start}: ${JSON.stringify(text.slice(start, start + 20))}`);
    if (match[1]) tokens.push({ kind: "and", text: "AND" });
    else if (match[2]) tokens.push({ kind: "contains", text: "CONTAINS" });
    else if (match[3]) tokens.push({ kind: "exists", text: "EXISTS" });
    else if (match[4]) tokens.push({ kind: "op", text: match[4] });
    else if (match[5] !== undefined) tokens.push({ kind: "string", text: match[5] });
    else if (match[6] || match[8]) {
      const literal = match[7] ?? match[9];
      const ms = Date.parse(literal);
      if (Number.isNaN(ms)) throw new QuerySyntaxError(`invalid ${match[6] ?? match[8]} literal ${literal}`);
      tokens.push({ kind: "number", text: literal, number: ms });
    } else if (match[10]) tokens.push({ kind: "number", text: match[10], number: Number(match[10]) });
    else tokens.push({ kind: "key", text: match[11] });
  }
  return tokens;
}

function describe(token: Token | undefined): string {
  return token ? token.text : "end of query";
}

/** Whether an attribute value satisfies a condition (numeric comparison when both sides are numbers). */
export function matches(condition: QueryCondition, value: string): boolean {
  const { op } = condition;
  if (op === "EXISTS") return true;
  if (op === "CONTAINS") return value.includes(String(condition.value));
  if (typeof condition.value === "number") {
    const number = Number(value);
    if (value.trim() === "" || Number.isNaN(number)) return false;
    return compare(number, condition.value, op);
  }
  return op === "=" ? value === condition.value : compare(value, String(condition.value), op);
}

function compare<T extends number | string>(left: T, right: T, op: QueryCondition["op"]): boolean {
  switch (op) {
    case "=":
      return left === right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
    default:
      return false;
  }
}
