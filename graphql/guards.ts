/**
 * Operation limits, checked before any resolver runs: selection depth, and a cost that counts
 * what a query can return — a list field costs its page size (`first`/`last`, default page
 * otherwise) times the cost of its parent, so `printers(first: 1000) { jobs(first: 1000) }` is
 * refused up front instead of asking the database for a million rows. Introspection is exempt.
 */
import { type DocumentNode, type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, type SelectionSetNode, type ValueNode, valueFromASTUntyped } from "graphql";
import type { Plugin } from "graphql-yoga";
import { type ApiLimits, apiError } from "./context";
import { DEFAULT_PAGE_SIZE } from "./schema/common/connection";

export interface OperationCost {
  readonly depth: number;
  readonly cost: number;
  /** The largest `first`/`last` of any list (0 with none). */
  readonly largestPage: number;
}

function pageSize(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  let size: number | undefined;
  let paged = false;
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== "first" && argument.name.value !== "last") continue;
    paged = true;
    const value = valueFromASTUntyped(argument.value as ValueNode, variables);
    if (typeof value === "number") size = Math.max(size ?? 0, value);
  }
  return paged ? (size ?? DEFAULT_PAGE_SIZE) : undefined;
}

/** Depth and cost of one operation, fragments inlined (a fragment cycle is a validation error raised elsewhere). */
export function operationCost(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (operationName == null || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return { depth: 0, cost: 0, largestPage: 0 };
  let depth = 0;
  let cost = 0;
  let largestPage = 0;
  const visit = (selectionSet: SelectionSetNode, level: number, multiplier: number, seen: ReadonlySet<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        depth = Math.max(depth, level);
        const size = pageSize(selection, variables);
        largestPage = Math.max(largestPage, size ?? 0);
        const count = multiplier * (size ?? 1);
        cost += count;
        if (selection.selectionSet) visit(selection.selectionSet, level + 1, count, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, level, multiplier, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) visit(fragment.selectionSet, level, multiplier, new Set([...seen, fragment.name.value]));
      }
    }
  };
  visit(operation.selectionSet, 1, 1, new Set());
  return { depth, cost, largestPage };
}

/** Refuses an operation over the limits with QUERY_TOO_DEEP / QUERY_TOO_COMPLEX, before it runs. */
export function useOperationLimits(limits: ApiLimits): Plugin {
  const check = (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): void => {
    const { depth, cost, largestPage } = operationCost(document, operationName, variables ?? {});
    if (depth > limits.maxDepth) throw apiError("QUERY_TOO_DEEP", `the query nests ${depth} levels deep; at most ${limits.maxDepth} are allowed`, { depth, maxDepth: limits.maxDepth });
    // The same answer as pageRequest's, given before the cost (which such a page always exceeds).
    if (largestPage > limits.maxPageSize) throw apiError("PAGE_TOO_LARGE", `a page holds at most ${limits.maxPageSize} items, ${largestPage} were asked for; page through with after/before`, { maxPageSize: limits.maxPageSize });
    if (cost > limits.maxCost) {
      throw apiError("QUERY_TOO_COMPLEX", `the query could return up to ${cost} objects (each list counts its page size times its parent's); at most ${limits.maxCost} are allowed: ask for smaller pages or fewer nested lists`, { cost, maxCost: limits.maxCost });
    }
  };
  return {
    onExecute({ args }) {
      check(args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
    },
    onSubscribe({ args }) {
      check(args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined);
    },
  };
}
