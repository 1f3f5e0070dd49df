import type { IncomingMessage } from 'node:http';
import { status } from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import { createBffApp, type BffAppOptions } from '../app/create-bff-app.js';
import type { ServiceCostDeclaration } from '../graphql/budget/declaration.js';
import type { QueryLimits } from '../graphql/complexity-limits.js';
import type { BaseContext } from '../graphql/create-yoga.js';
import { codedError, ErrorCode } from '../graphql/error-codes.js';
import { toGraphQLError } from '../graphql/to-graphql-error.js';
import { createLogger } from '@shop/node-platform';
import { startBffServer, type RunningBff } from '../server/start-bff-server.js';
import { serviceError } from './service-error.js';

/** SDL of the toy BFF the platform tests run against (no gRPC needed). */
export const TOY_SDL = /* GraphQL */ `
  type Query {
    hello(name: String): String!
    fail(kind: String!): String
    strict: String!
    node(id: ID!): Node
    nodes(n: Int!): [Node!]!
  }
  type Node { id: ID! value: Int! child: Node }
`;

/** What the toy's fields would cost if they called a service. */
export const TOY_COSTS: ServiceCostDeclaration = {
  'Query.node': { call: 'toy.GetNode' },
  'Query.nodes': { call: 'toy.ListNodes', list: { arg: 'n', min: 0, max: 50 } },
  'Node.child': { call: 'toy.GetNode' },
};

/** Small limits so tests reach them with small documents. */
export const TOY_LIMITS: QueryLimits = { maxDepth: 5, maxTokens: 400, maxServiceCalls: 10, maxRows: 60, maxAliases: 5 };

interface ToyNode {
  id: string;
  value: number;
}

/** Resolvers of the toy schema. */
export const toyResolvers = {
  Query: {
    hello: (_: unknown, args: { name?: string | null }) => `hello ${args.name ?? 'world'}`,
    fail: (_: unknown, args: { kind: string }) => {
      if (args.kind === 'coded') throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
      if (args.kind === 'grpc') throw toGraphQLError(serviceError(status.UNAVAILABLE, 'connect ECONNREFUSED'));
      if (args.kind === 'field') throw toGraphQLError(serviceError(status.INVALID_ARGUMENT, 'bad page', 'first'));
      throw new Error('secret database detail at /srv/app/db.ts:42');
    },
    strict: () => null,
    node: (_: unknown, args: { id: string }): ToyNode => ({ id: args.id, value: Number(args.id.length) }),
    nodes: (_: unknown, args: { n: number }): ToyNode[] =>
      Array.from({ length: Math.min(args.n, 50) }, (_v, i) => ({ id: `n${i}`, value: i })),
  },
  Node: { child: (node: ToyNode): ToyNode => ({ id: `${node.id}.c`, value: node.value + 1 }) },
};

/**
 * The toy's context factory: sync by default; header `x-toy-context` makes it `async`,
 * `throw` (a plain error) or `unauthenticated` (a coded GraphQL error).
 */
export function toyContext({ requestId, req }: { requestId: string; req: IncomingMessage }): BaseContext | Promise<BaseContext> {
  const mode = req.headers['x-toy-context'];
  if (mode === 'async') return Promise.resolve({ requestId });
  if (mode === 'throw') return Promise.reject(new Error('secret context failure'));
  if (mode === 'unauthenticated') throw codedError(ErrorCode.Unauthenticated, 'Sign in first.');
  return { requestId };
}

/** Starts a toy BFF on port 0 (platform tests); options override the defaults. */
export async function startToyBff(
  overrides: Partial<BffAppOptions<BaseContext>> = {},
): Promise<RunningBff> {
  const app = createBffApp<BaseContext>({
    name: 'toy',
    version: '1.2.3',
    schema: TOY_SDL,
    resolvers: toyResolvers,
    createContext: toyContext,
    corsOrigins: ['http://localhost:4200'],
    production: false,
    serviceCosts: TOY_COSTS,
    limits: TOY_LIMITS,
    ready: async () => true,
    logger: createLogger('toy', process.env['TOY_LOG_LEVEL'] ?? 'silent'),
    ...overrides,
  });
  return startBffServer(app, { port: 0 });
}
