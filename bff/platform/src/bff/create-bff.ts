// Building and starting a declared BFF in-process: the app from the declaration's parts, the
// node server, and a stop that drains the server before releasing the parts.
import type { z } from 'zod';
import { createLogger, type Logger } from '@shop/node-platform';
import { loadAuthKeys } from '@shop/node-platform/auth';
import { createBffApp, type BffApp } from '../app/create-bff-app.js';
import type { BaseContext } from '../graphql/create-yoga.js';
import { startBffServer, type RunningBff } from '../server/start-bff-server.js';
import { resolveBffConfig, type BffStartConfig } from './bff-config.js';
import type { BffDeclaration, BffParts } from './bff-declaration.js';

/** A built (not listening) BFF and how to release what it holds. */
export interface BuiltBff<C extends BaseContext> {
  app: BffApp;
  parts: BffParts<C>;
  close(): Promise<void>;
}

/** `bff-<name>`: the app's and logger's name. */
export const bffName = (declaration: { name: string }): string => `bff-${declaration.name}`;

/**
 * Builds the declared BFF: /graphql, /healthz, /readyz plus the declaration's routes.
 * `nodeEnv: 'production'` (the default) turns off GraphiQL, introspection and "did you mean" hints.
 */
export function createBff<TEnvShape extends z.ZodRawShape, TOwn extends object, C extends BaseContext>(
  declaration: BffDeclaration<TEnvShape, TOwn, C>,
  startConfig: BffStartConfig<TOwn>,
  logger?: Logger,
): BuiltBff<C> {
  const config = resolveBffConfig(declaration, startConfig);
  const log = logger ?? createLogger(bffName(declaration), config.logLevel);
  const parts = declaration.create(config, log);
  try {
    const app = createBffApp({
      name: bffName(declaration),
      version: declaration.version ?? process.env['SHOP_VERSION'] ?? '0.0.0-dev',
      schema: declaration.schema,
      resolvers: declaration.resolvers,
      createContext: parts.createContext,
      corsOrigins: config.corsOrigins,
      production: config.nodeEnv === 'production',
      graphiql: config.nodeEnv === 'development',
      ready: () => parts.ready(),
      serviceCosts: declaration.serviceCosts,
      limits: declaration.limits,
      fastPath: config.fastPath,
      auth: config.auth,
      rateLimit: config.rateLimit,
      trustProxy: config.trustProxy,
      logger: log,
      ...parts.appOptions,
    });
    parts.routes?.(app);
    return {
      app,
      parts,
      close: async () => {
        await app.close();
        await parts.close();
      },
    };
  } catch (error) {
    void Promise.resolve().then(() => parts.close()).catch(() => undefined);
    throw error;
  }
}

/**
 * Starts the declared BFF in-process (e2e, bench, tests); port 0 (the default) picks a free port.
 * Loads the token keys from `config.authEnv` unless `config.auth` holds them (a production
 * config without keys rejects with a ConfigError naming the variable).
 */
export async function startBff<TEnvShape extends z.ZodRawShape, TOwn extends object, C extends BaseContext>(
  declaration: BffDeclaration<TEnvShape, TOwn, C>,
  config: BffStartConfig<TOwn>,
  logger?: Logger,
): Promise<RunningBff> {
  const auth = config.auth ?? (config.authEnv ? await loadAuthKeys(config.authEnv) : undefined);
  const bff = createBff(declaration, { ...config, auth }, logger);
  try {
    const server = await startBffServer(bff.app, { port: config.port ?? 0, host: config.host ?? '127.0.0.1' });
    let stopping: Promise<void> | undefined;
    return {
      url: server.url,
      port: server.port,
      stop: () =>
        (stopping ??= (async () => {
          bff.parts.beforeStop?.();
          await server.stop();
          await bff.close();
        })()),
    };
  } catch (error) {
    await bff.close();
    throw error;
  }
}
