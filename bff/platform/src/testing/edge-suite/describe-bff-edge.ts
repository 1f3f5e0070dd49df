// ONE edge-behaviour suite every BFF runs (instead of copying its HTTP tests): body limits,
// CORS, request ids, health, content types, CSRF, query limits, production mode and the
// graphql-http audit, against real servers over real HTTP.
import { afterAll, beforeAll, describe } from 'vitest';
import { crossSiteCases } from './cross-site-cases.js';
import { graphqlCases } from './graphql-cases.js';
import { httpCases } from './http-cases.js';

/** How the suite starts one instance of the BFF under test. */
export interface EdgeInstanceConfig {
  nodeEnv: 'development' | 'test' | 'production';
  fastPath: boolean;
  corsOrigins: string[];
}

/** Starts the BFF (its dependencies already up) with `config`, on port 0. */
export type EdgeStart = (config: EdgeInstanceConfig) => Promise<{ url: string; stop(): Promise<void> }>;

/** What the suite checks that differs per BFF. */
export interface EdgeSuiteOptions {
  /** /healthz `version`, when the BFF declares one. */
  version?: string;
}

/** The instances the cases run against (valid once beforeAll ran). */
export interface EdgeServers {
  /** NODE_ENV=test, fast path on. */
  test: { url: string };
  /** NODE_ENV=test, GRAPHQL_FAST_PATH=0. */
  testYoga: { url: string };
  prodFast: { url: string };
  prodYoga: { url: string };
  dev: { url: string };
}

/** The origin the suite's instances allow. */
export const EDGE_ORIGIN = 'http://localhost:4200';

/** Registers the shared edge suite for the BFF called `name` (e.g. `bff-catalog`). */
export function describeBffEdge(name: string, start: EdgeStart, options: EdgeSuiteOptions = {}): void {
  const servers = {} as EdgeServers;
  const running: Array<{ stop(): Promise<void> }> = [];
  describe(`${name}: shared BFF edge`, () => {
    beforeAll(async () => {
      const variants: Array<[keyof EdgeServers, Omit<EdgeInstanceConfig, 'corsOrigins'>]> = [
        ['test', { nodeEnv: 'test', fastPath: true }],
        ['testYoga', { nodeEnv: 'test', fastPath: false }],
        ['prodFast', { nodeEnv: 'production', fastPath: true }],
        ['prodYoga', { nodeEnv: 'production', fastPath: false }],
        ['dev', { nodeEnv: 'development', fastPath: true }],
      ];
      await Promise.all(
        variants.map(async ([key, config]) => {
          const server = await start({ ...config, corsOrigins: [EDGE_ORIGIN] });
          running.push(server);
          servers[key] = server;
        }),
      );
    });
    afterAll(async () => {
      await Promise.all(running.map((server) => server.stop()));
    });
    httpCases(servers, { name, ...options });
    graphqlCases(servers);
    crossSiteCases(servers);
  });
}
