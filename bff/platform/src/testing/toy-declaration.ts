import { defineBff } from '../bff/bff-declaration.js';
import { serviceAddrVar } from '../config/env.js';
import { TOY_COSTS, TOY_SDL, toyContext, toyResolvers } from './toy-bff.js';

/** What the toy declaration's parts did (for lifecycle tests). */
export interface ToyProbe {
  created: number;
  closed: number;
  ready: boolean;
  /** Passed through `appOptions` (default: the platform's). */
  bodyLimitBytes?: number;
}

/** A declared toy BFF (no gRPC): own variable TOY_SERVICE_ADDR, route GET /toy/addr. */
export function toyDeclaration(probe: ToyProbe = { created: 0, closed: 0, ready: true }) {
  return defineBff({
    name: 'toy',
    version: '1.2.3',
    port: 4999,
    corsOrigins: ['http://localhost:4200', 'http://localhost:4299'],
    env: { TOY_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50099') },
    settings: (env) => ({ toyServiceAddr: env.TOY_SERVICE_ADDR }),
    schema: TOY_SDL,
    resolvers: toyResolvers,
    serviceCosts: TOY_COSTS,
    create(config) {
      probe.created++;
      return {
        createContext: toyContext,
        ready: async () => probe.ready,
        close: () => void probe.closed++,
        routes: (app) => app.get('/toy/addr', (c) => c.json({ addr: config.toyServiceAddr })),
        appOptions: { bodyLimitBytes: probe.bodyLimitBytes },
      };
    },
  });
}
