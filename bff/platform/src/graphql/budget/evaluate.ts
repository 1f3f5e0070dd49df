import type { GraphQLError } from 'graphql';
import { graphqlRuntime } from '../graphql-runtime.js';
import { queryTooComplexError, userInputError } from '../error-codes.js';
import type { BudgetLimits } from './declaration.js';
import type { ArgSource, BudgetPlan, PlanEntry } from './plan.js';

const { valueFromAST } = graphqlRuntime;

type Variables = Readonly<Record<string, unknown>> | null | undefined;

function argValue(source: ArgSource, variables: Variables): unknown {
  if (source.kind === 'static') return source.value;
  if (source.kind === 'variable') {
    const value = variables?.[source.name];
    return value === undefined ? source.fallback : value;
  }
  return valueFromAST(source.node, source.arg.type, variables as Record<string, unknown> | undefined);
}

/** Identical calls share a key: the call for batched/argument-less ones, else call + args. */
function callKey(entry: PlanEntry, variables: Variables): string {
  if (entry.cost.batched || entry.args.length === 0) return entry.call;
  return `${entry.call}\0${JSON.stringify(entry.args.map((a) => argValue(a, variables) ?? null))}`;
}

/** Page size of an entry; a number outside the declared range is the caller's mistake. */
function pageSize(entry: PlanEntry, variables: Variables): number | GraphQLError {
  const list = entry.cost.list!;
  const raw = argValue(entry.args[entry.listArg]!, variables);
  const size = raw == null ? entry.listDefault : raw;
  // Not an integer: variable coercion refuses it before any resolver runs.
  if (typeof size !== 'number' || !Number.isInteger(size)) return 0;
  if (size < list.min || size > list.max) {
    return userInputError(`${list.arg} must be between ${list.min} and ${list.max}.`, list.arg);
  }
  return size;
}

/**
 * Applies a request's variables to a cost plan. Returns the error to answer instead of
 * executing: BAD_USER_INPUT for a page size outside its declared range (checked first),
 * QUERY_TOO_COMPLEX for too many aliases, service calls or rows; undefined when in budget.
 * Work is linear in the number of declared field occurrences (usually one or two).
 */
export function evaluateBudget(plan: BudgetPlan, variables: Variables, limits: BudgetLimits): GraphQLError | undefined {
  if (plan.overflow) return queryTooComplexError('Query too complex: too many fields once fragments are expanded.');
  const { entries } = plan;
  const fanOut: number[] = new Array<number>(entries.length);
  let calls = 0;
  let rows = 0;
  let seen: Set<string> | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const parents = entry.parent < 0 ? 1 : fanOut[entry.parent]!;
    let size = 1;
    if (entry.listArg >= 0) {
      const checked = pageSize(entry, variables);
      if (typeof checked !== 'number') return checked;
      size = checked;
    }
    fanOut[i] = parents * size;
    if (parents === 0) continue;
    if (entry.shared && (entry.root || entry.cost.batched)) {
      const key = callKey(entry, variables);
      if ((seen ??= new Set()).has(key)) continue;
      seen.add(key);
    }
    if (entry.cost.batched) {
      calls += 1;
      rows += entry.cost.rows ?? parents;
    } else {
      calls += parents;
      rows += parents * (entry.listArg >= 0 ? size : (entry.cost.rows ?? 1));
    }
  }
  if (plan.aliases > limits.maxAliases) {
    return queryTooComplexError(`Query too complex: ${plan.aliases} aliases (at most ${limits.maxAliases}).`);
  }
  if (calls > limits.maxServiceCalls) {
    return queryTooComplexError(`Query too complex: ${calls} service calls (at most ${limits.maxServiceCalls}).`);
  }
  if (rows > limits.maxRows) {
    return queryTooComplexError(`Query too complex: up to ${rows} rows (at most ${limits.maxRows}).`);
  }
  return undefined;
}
