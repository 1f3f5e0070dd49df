import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes.js';

/** Query limits applied before execution. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxTokens: number;
}

/** Defaults sized for the catalog's deepest legitimate query (products → node → category). */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 8, maxCost: 3000, maxTokens: 1500 };

function retype(error: GraphQLError): GraphQLError {
  // armor reports limits as "Syntax Error: …", which they are not; keep the useful part.
  const message = error.message.replace(/^Syntax Error: /, '');
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    // A limit breach is the client's doing: typed code, HTTP 400 whatever the Accept header.
    extensions: { code: ErrorCode.QueryTooComplex, http: { status: 400 } },
  });
}

/**
 * Depth, cost and token limits (graphql-armor), re-typed so a breach answers HTTP 400 with
 * `extensions.code: 'QUERY_TOO_COMPLEX'` instead of armor's bare "Syntax Error".
 */
export function complexityLimitPlugins(limits: QueryLimits): Plugin[] {
  const rejected = new WeakSet<GraphQLError>();
  const remember = [(_ctx: unknown, error: GraphQLError) => void rejected.add(error)];
  const retypePlugin: Plugin = {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && rejected.has(result)) replaceParseResult(retype(result));
      };
    },
    onValidate() {
      return ({ result, setResult }) => {
        if (result.some((e) => rejected.has(e))) {
          setResult(result.map((e) => (rejected.has(e) ? retype(e) : e)));
        }
      };
    },
  };
  return [
    retypePlugin,
    maxTokensPlugin({ n: limits.maxTokens, onReject: remember }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, onReject: remember }),
    costLimitPlugin({ maxCost: limits.maxCost, onReject: remember }),
  ];
}
