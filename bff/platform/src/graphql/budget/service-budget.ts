import { getOperationAST, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { mirroredByFastPath } from '../fast-path-guard.js';
import type { BudgetLimits, ServiceCostDeclaration } from './declaration.js';
import { evaluateBudget } from './evaluate.js';
import { planOperation, type BudgetPlan } from './plan.js';

/** The service budget of one BFF: plans per document, a per-request check, its yoga plugin. */
export interface ServiceBudget {
  /** The cost plan of `document`'s chosen operation (cached per document); undefined if none. */
  planFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): BudgetPlan | undefined;
  /** The error to answer instead of executing, or undefined when within budget. */
  check(plan: BudgetPlan, variables: Readonly<Record<string, unknown>> | null | undefined): GraphQLError | undefined;
  /** Runs the check before execution on yoga's path (the fast path calls `check` itself). */
  plugin: Plugin;
}

const NO_NAME = '\u0000';

/**
 * Creates the budget from a BFF's declaration and limits. The check runs after variables
 * are known and before any resolver (so before any service call), on both paths.
 */
export function createServiceBudget(declaration: ServiceCostDeclaration, limits: BudgetLimits): ServiceBudget {
  const plans = new WeakMap<DocumentNode, Map<string, BudgetPlan | undefined>>();
  const planFor: ServiceBudget['planFor'] = (schema, document, operationName) => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map()));
    const key = operationName ?? NO_NAME;
    if (byName.has(key)) return byName.get(key);
    const operation = getOperationAST(document, operationName);
    const plan = operation ? planOperation(schema, document, operation, declaration) : undefined;
    byName.set(key, plan);
    return plan;
  };
  const check: ServiceBudget['check'] = (plan, variables) => evaluateBudget(plan, variables, limits);
  const plugin: Plugin = mirroredByFastPath(
    {
      onExecute({ args, setResultAndStopExecution }) {
        const plan = planFor(args.schema, args.document, args.operationName);
        const error = plan && check(plan, args.variableValues as Record<string, unknown> | undefined);
        if (error) setResultAndStopExecution({ errors: [error] });
      },
    },
    'the fast path checks the same plan with the request variables',
  );
  return { planFor, check, plugin };
}
