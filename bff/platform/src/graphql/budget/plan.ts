import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLArgument,
  GraphQLCompositeType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { graphqlRuntime } from '../graphql-runtime.js';
import type { ServiceCostDeclaration, ServiceFieldCost } from './declaration.js';

const { getNamedType, isCompositeType, isObjectType, isInterfaceType, isInputType, typeFromAST, valueFromAST } =
  graphqlRuntime;

/** Where an argument's value comes from: known now, or a variable read per request. */
export type ArgSource =
  | { kind: 'static'; value: unknown }
  | { kind: 'variable'; name: string; fallback: unknown }
  | { kind: 'literal'; node: ValueNode; arg: GraphQLArgument };

/** One occurrence of a service-calling field in the operation (fragments expanded). */
export interface PlanEntry {
  call: string;
  cost: ServiceFieldCost;
  args: ArgSource[];
  /** Index in `args` of the page-size argument, -1 when not a page. */
  listArg: number;
  /** Page size when the argument is null/absent: the schema default, else the maximum. */
  listDefault: number;
  /** Index of the nearest enclosing entry (its rows multiply this one), -1 at the top. */
  parent: number;
  /** A top-level field of the operation: identical calls there are one call. */
  root: boolean;
  /** Another entry makes the same call (a dedupe key is needed per request). */
  shared: boolean;
}

/** What a document's operation may cost, before variables are known. */
export interface BudgetPlan {
  aliases: number;
  entries: PlanEntry[];
  /** The expanded operation is larger than any plan we build (fragment fan-out). */
  overflow: boolean;
}

/** Expanded selections visited at most per plan; more is rejected as too complex. */
export const MAX_PLAN_VISITS = 5000;

function argSource(arg: GraphQLArgument, node: FieldNode, varDefaults: Map<string, unknown>): ArgSource {
  const given = node.arguments?.find((a) => a.name.value === arg.name);
  if (!given) return { kind: 'static', value: arg.defaultValue };
  if (given.value.kind === 'Variable') {
    const name = given.value.name.value;
    return { kind: 'variable', name, fallback: varDefaults.has(name) ? varDefaults.get(name) : arg.defaultValue };
  }
  const value = valueFromAST(given.value, arg.type);
  if (value !== undefined || given.value.kind === 'NullValue') return { kind: 'static', value };
  return { kind: 'literal', node: given.value, arg }; // contains variables
}

/**
 * Builds the cost plan of one operation: every declared field occurrence with where its
 * arguments come from, its enclosing page, and the alias count. Run once per document
 * (cached by the caller); `evaluateBudget` applies the variables per request.
 */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  declaration: ServiceCostDeclaration,
): BudgetPlan {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === 'FragmentDefinition') fragments.set(def.name.value, def);
  const varDefaults = new Map<string, unknown>();
  for (const def of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, def.type);
    if (def.defaultValue && type && isInputType(type)) varDefaults.set(def.variable.name.value, valueFromAST(def.defaultValue, type));
  }
  const plan: BudgetPlan = { aliases: 0, entries: [], overflow: false };
  let visits = 0;

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, parent: number, root: boolean): void => {
    for (const selection of set.selections) {
      if (++visits > MAX_PLAN_VISITS) plan.overflow = true;
      if (plan.overflow) return;
      if (selection.kind === 'FragmentSpread') {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isCompositeType(on)) walk(fragment.selectionSet, on, parent, root);
        continue;
      }
      if (selection.kind === 'InlineFragment') {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (isCompositeType(on)) walk(selection.selectionSet, on, parent, root);
        continue;
      }
      if (selection.alias) plan.aliases++;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) continue; // __typename and introspection fields
      let index = parent;
      const cost = declaration[`${type.name}.${field.name}`];
      if (cost) {
        const args = field.args.map((arg) => argSource(arg, selection, varDefaults));
        const listArg = cost.list ? field.args.findIndex((a) => a.name === cost.list!.arg) : -1;
        const fallback = listArg >= 0 ? field.args[listArg]!.defaultValue : undefined;
        index = plan.entries.length;
        plan.entries.push({
          call: cost.call,
          cost,
          args,
          listArg,
          listDefault: typeof fallback === 'number' ? fallback : (cost.list?.max ?? 1),
          parent,
          root,
          shared: false,
        });
      }
      const named = getNamedType(field.type);
      if (selection.selectionSet && isCompositeType(named)) walk(selection.selectionSet, named, index, false);
    }
  };
  const rootType = schema.getRootType(operation.operation);
  if (rootType) walk(operation.selectionSet, rootType, -1, true);
  const byCall = new Map<string, number>();
  for (const entry of plan.entries) byCall.set(entry.call, (byCall.get(entry.call) ?? 0) + 1);
  for (const entry of plan.entries) entry.shared = (byCall.get(entry.call) ?? 0) > 1;
  return plan;
}
