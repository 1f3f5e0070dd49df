// The peer: fastify + mercurius with graphql-jit, serving our SDL through the same gRPC service.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { peerResolvers } from './resolvers.js';

const schema = readFileSync(new URL('../../../../contracts/graphql/catalog.graphql', import.meta.url), 'utf8');
const app = Fastify({ logger: false });
await app.register(mercurius, {
  schema,
  resolvers: peerResolvers(process.env.CATALOG_SERVICE_ADDR ?? '127.0.0.1:50052', process.env.PUBLIC_URL ?? ''),
  jit: 1,
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log('ready');
process.stdin.on('end', () => process.exit(0)).resume();
