import { createBffApp, createLogger, createOriginResolver, loadAuthKeys, startBffServer, type AuthKeys, type BffApp } from '@shop/bff-platform';
import type { CatalogBffConfig } from './config.js';
import { catalogContextFactory } from './context.js';
import { createCatalogGateway, type CatalogGateway } from './grpc/catalog-gateway.js';
import { addProductImageRoute } from './images/image-route.js';
import { resolvers } from './resolvers/index.js';
import { CATALOG_SERVICE_COSTS } from './resolvers/service-costs.js';
import { catalogTypeDefs } from './schema.js';

const VERSION = '0.1.0';

/** The catalog BFF app and how to release what it holds (the gRPC channel). */
export interface CatalogBff {
  app: BffApp;
  catalog: CatalogGateway;
  close(): void;
}

/** Config needed to build the app (listening address not required). */
export type CatalogAppConfig = Pick<CatalogBffConfig, 'catalogServiceAddr' | 'corsOrigins' | 'nodeEnv'> &
  Partial<Pick<CatalogBffConfig, 'publicUrl' | 'trustProxy' | 'logLevel' | 'fastPath' | 'authEnv' | 'rateLimit'>> & { auth?: AuthKeys };

/**
 * Builds the catalog BFF: /graphql, /healthz, /readyz, /images/products/:slug.svg.
 * `nodeEnv: 'production'` turns off GraphiQL, introspection and "did you mean" hints.
 */
export function createCatalogBff(config: CatalogAppConfig): CatalogBff {
  const logger = createLogger('bff-catalog', config.logLevel);
  const catalog = createCatalogGateway(config.catalogServiceAddr, logger);
  const app = createBffApp({
    name: 'bff-catalog',
    version: VERSION,
    schema: catalogTypeDefs,
    resolvers,
    createContext: catalogContextFactory(catalog, createOriginResolver(config)),
    corsOrigins: config.corsOrigins,
    production: config.nodeEnv === 'production',
    graphiql: config.nodeEnv === 'development',
    ready: () => catalog.ready(),
    // The limits are the platform's DEFAULT_LIMITS; this says what each field costs.
    serviceCosts: CATALOG_SERVICE_COSTS,
    fastPath: config.fastPath,
    auth: config.auth,
    rateLimit: config.rateLimit,
    trustProxy: config.trustProxy,
    logger,
  });
  addProductImageRoute(app);
  return { app, catalog, close: () => void app.close().finally(() => catalog.close()) };
}

/** A running catalog BFF. */
export interface RunningCatalogBff {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Config for startCatalogBff: like loadConfig()'s, with port/host optional (default 0 / 127.0.0.1). */
export type StartCatalogBffConfig = CatalogAppConfig & { port?: number; host?: string };

/** Starts the catalog BFF in-process (e2e, bench, orchestrator); port 0 picks a free port. */
export async function startCatalogBff(config: StartCatalogBffConfig): Promise<RunningCatalogBff> {
  const auth = config.auth ?? (config.authEnv && (await loadAuthKeys(config.authEnv)));
  const bff = createCatalogBff({ ...config, auth });
  try {
    const server = await startBffServer(bff.app, { port: config.port ?? 0, host: config.host ?? '127.0.0.1' });
    return {
      url: server.url,
      port: server.port,
      async stop() {
        await server.stop();
        bff.close();
      },
    };
  } catch (error) {
    bff.close();
    throw error;
  }
}
