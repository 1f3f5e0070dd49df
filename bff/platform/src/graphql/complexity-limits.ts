import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLError as GraphQLErrorType, ValidationContext } from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';
import type { BudgetLimits } from './budget/declaration.js';
import { queryTooComplexError } from './error-codes.js';

/** Query limits: document shape (depth, tokens) and the per-request service budget. */
export interface QueryLimits extends BudgetLimits {
  maxDepth: number;
  maxTokens: number;
}

/**
 * THE budget of every BFF (override per BFF only with a reason). A catalog page needs one
 * `products` page (≤ 100 rows) plus the categories (one call); a product page one product
 * plus its category. So: at most 5 distinct service calls, 200 rows and 15 aliases per
 * request; depth 8 (deepest real query: 5), 1 500 tokens.
 */
export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxTokens: 1500,
  maxServiceCalls: 5,
  maxRows: 200,
  maxAliases: 15,
};

const { GraphQLError } = graphqlRuntime;
type GraphQLError = GraphQLErrorType;

function retype(error: GraphQLError): GraphQLError {
  // armor reports limits as "Syntax Error: …", which they are not; keep the useful part.
  const typed = queryTooComplexError(error.message.replace(/^Syntax Error: /, ''));
  // yoga marks every parse error `http.spec = true` (→ 200 under application/json); a limit
  // breach stays 400 whatever the Accept header, so that flag ignores writes here.
  const http = { status: 400 };
  Object.defineProperty(http, 'spec', { enumerable: true, get: () => false, set: () => undefined });
  return new GraphQLError(typed.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...typed.extensions, http },
  });
}

/**
 * Depth and token limits (graphql-armor), re-typed so a breach answers HTTP 400 with
 * `extensions.code: 'QUERY_TOO_COMPLEX'` instead of armor's bare "Syntax Error". The cost
 * of a request to the services is the service budget's job (budget/).
 */
export function complexityLimitPlugins(limits: Pick<QueryLimits, 'maxDepth' | 'maxTokens'>): Plugin[] {
  // Token limit: armor throws from the parser; swap the thrown error on the way out.
  const rejectedTokens = new WeakSet<GraphQLError>();
  const retypeParse: Plugin = {
    onParse() {
      return ({ result, replaceParseResult }) => {
        // Identity, not instanceof: armor may load another copy of graphql (cjs vs esm).
        if (typeof result === 'object' && result !== null && rejectedTokens.has(result as GraphQLError)) {
          replaceParseResult(retype(result as GraphQLError));
        }
      };
    },
  };
  // Depth: report into the validation context instead of throwing, so the breach is an
  // ordinary validation error (yoga's status/masking handling, fast path falls back cleanly).
  const report = [(ctx: unknown, error: GraphQLError) => (ctx as ValidationContext).reportError(retype(error))];
  return [
    retypeParse,
    maxTokensPlugin({ n: limits.maxTokens, onReject: [(_ctx, error) => void rejectedTokens.add(error)] }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, onReject: report, propagateOnRejection: false }),
  ];
}
