import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError, type ValidationContext } from 'graphql';
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
    extensions: { code: ErrorCode.QueryTooComplex, http: { status: 400, spec: false } },
  });
}

/**
 * Depth, cost and token limits (graphql-armor), re-typed so a breach answers HTTP 400 with
 * `extensions.code: 'QUERY_TOO_COMPLEX'` instead of armor's bare "Syntax Error".
 */
export function complexityLimitPlugins(limits: QueryLimits): Plugin[] {
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
  // Depth/cost: report into the validation context instead of throwing, so the breach is an
  // ordinary validation error (yoga's status/masking handling, fast path falls back cleanly).
  const report = [(ctx: unknown, error: GraphQLError) => (ctx as ValidationContext).reportError(retype(error))];
  return [
    retypeParse,
    maxTokensPlugin({ n: limits.maxTokens, onReject: [(_ctx, error) => void rejectedTokens.add(error)] }),
    maxDepthPlugin({ n: limits.maxDepth, flattenFragments: true, onReject: report, propagateOnRejection: false }),
    costLimitPlugin({ maxCost: limits.maxCost, onReject: report, propagateOnRejection: false }),
  ];
}
