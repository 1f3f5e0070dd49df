import { z } from 'zod';
import {
  booleanFlag,
  databaseUrl,
  loadConfig,
  logLevel,
  nodeEnv,
  port,
  resolveDatabaseLocation,
  serviceEnvShape,
  serviceRuntimeConfig,
  withDatabase,
  type Env,
  type ServiceRuntimeConfig,
} from '@shop/services-platform';

/** Environment of the catalog service (every variable listed in .env.example). */
export const catalogEnvSchema = z
  .object({
    GRPC_PORT: port(50052),
    ADMIN_PORT: port(9052),
    DATABASE_URL: databaseUrl.optional(),
    CATALOG_DATABASE_URL: databaseUrl.optional(),
    SEED: booleanFlag(false),
    LOG_LEVEL: logLevel,
    NODE_ENV: nodeEnv,
    ...serviceEnvShape,
  })
  .superRefine((env, ctx) => {
    if (!env.DATABASE_URL && !env.CATALOG_DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message:
          'set DATABASE_URL (a PostgreSQL server; database shop_catalog is used) or CATALOG_DATABASE_URL (full URL incl. database)',
      });
    }
    if (env.CATALOG_DATABASE_URL && databaseUrl.safeParse(env.CATALOG_DATABASE_URL).success &&
      new URL(env.CATALOG_DATABASE_URL).pathname.length <= 1) {
      ctx.addIssue({ code: 'custom', path: ['CATALOG_DATABASE_URL'], message: 'must include a database name' });
    }
    // Checked even when other variables are bad, so one run names every problem.
  }, { when: () => true });

/** What `startCatalogService` needs; build it from env with `loadCatalogConfig` or by hand in tests. */
export interface CatalogConfig extends Partial<ServiceRuntimeConfig> {
  /** gRPC port; 0 picks a free one. */
  grpcPort: number;
  /** HTTP admin port (/healthz /readyz /metrics); 0 picks a free one. */
  adminPort: number;
  /** Full PostgreSQL URL including the database (created if missing). */
  databaseUrl: string;
  /** Apply the demo seed at start (idempotent). */
  seed?: boolean;
  logLevel?: z.output<typeof logLevel>;
  nodeEnv?: z.output<typeof nodeEnv>;
}

/** Reads and validates the catalog config from env; throws ConfigError naming each bad variable. */
export function loadCatalogConfig(env: Env = process.env): CatalogConfig {
  const parsed = loadConfig(catalogEnvSchema, env);
  const location = resolveDatabaseLocation('catalog', {
    DATABASE_URL: parsed.DATABASE_URL,
    CATALOG_DATABASE_URL: parsed.CATALOG_DATABASE_URL,
  });
  // superRefine guarantees one of the URLs, so a location always resolves here.
  if (!location) throw new Error('unreachable: no database URL after validation');
  return {
    grpcPort: parsed.GRPC_PORT,
    adminPort: parsed.ADMIN_PORT,
    databaseUrl: withDatabase(location.serverUrl, location.database),
    seed: parsed.SEED,
    logLevel: parsed.LOG_LEVEL,
    nodeEnv: parsed.NODE_ENV,
    ...serviceRuntimeConfig(parsed),
  };
}
