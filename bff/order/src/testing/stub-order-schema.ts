// Unit-test harness: the order SDL with the BFF's real resolvers and gateway, over a stubbed
// gRPC client (no server, no HTTP). Executes queries and mutations and records every call.
import { Writable } from 'node:stream';
import type { GraphQLFieldResolver } from 'graphql';
import { createLogger, graphqlRuntime } from '@shop/bff-platform';
import { stubGrpcClient, type StubCall, type StubReply } from '@shop/bff-platform/testing';
import { OrderServiceClient, OrderServiceService } from '@shop/contracts/order/v1';
import type { Permission } from '@shop/contracts/auth';
import type { OrderContext } from '../context.js';
import { orderContextFactory } from '../context.js';
import { orderGatewayFor } from '../grpc/order-gateway.js';
import { resolvers } from '../resolvers/index.js';
import { orderTypeDefs } from '../schema.js';
import { createStreamLimiter } from '../subscriptions/stream-limiter.js';

const { buildSchema, execute, parse, isObjectType } = graphqlRuntime;

type AnyResolver = GraphQLFieldResolver<unknown, OrderContext>;

/** The executable order schema: the contract's SDL with the BFF's resolver map attached. */
function executableSchema() {
  const schema = buildSchema(orderTypeDefs);
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type) || typeName === 'Subscription') continue;
    for (const [fieldName, resolver] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`resolver for unknown field ${typeName}.${fieldName}`);
      field.resolve = (typeof resolver === 'function' ? resolver : (resolver as { resolve: unknown }).resolve) as AnyResolver;
    }
  }
  return schema;
}

const schema = executableSchema();

/** Who sends the request: signed in (token + user id), and the X-Cart-Id header. */
export interface StubRequest {
  userId?: string;
  cartHeader?: string | string[];
}

/** The schema over a stub order client answering from `replies`; `calls` records each call. */
export function stubOrderSchema(replies: Partial<Record<string, StubReply>>) {
  const { client, calls } = stubGrpcClient<OrderServiceClient>(OrderServiceService, replies);
  const logger = createLogger('bff-order-test', 'fatal', new Writable({ write: (_chunk, _enc, done) => done() }));
  const gateway = orderGatewayFor(client, logger, () => Promise.resolve(true));
  const factory = orderContextFactory(gateway, 'https://img.test', createStreamLimiter({ maxStreams: 10, maxPerViewer: 2 }), new AbortController().signal);
  const run = async (query: string, variables: Record<string, unknown> = {}, request: StubRequest = {}) => {
    const headers = request.cartHeader === undefined ? {} : { 'x-cart-id': request.cartHeader };
    const context = factory({ requestId: 'req-unit-0001', req: { headers } as never });
    if (request.userId) {
      context.viewer = { userId: request.userId, permissions: new Set<Permission>(['orders:place']), expiresAt: Date.now() / 1000 + 600 };
      context.accessToken = `token-of-${request.userId}`;
    }
    return execute({ schema, document: parse(query), variableValues: variables, contextValue: context });
  };
  return { run, calls: calls as StubCall[] };
}
