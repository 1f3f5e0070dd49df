import type { HttpBindings } from '@hono/node-server';

/** Hono environment of every BFF app: node bindings (for the /graphql node handler) + request id. */
export type BffEnv = { Bindings: HttpBindings; Variables: { requestId: string } };
