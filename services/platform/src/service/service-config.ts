// One config builder for every service: the shared variables (ports, bind hosts, database
// location, pool and queue bounds, log level, NODE_ENV, SEED) plus the declaration's own.
import { z } from 'zod';
import { booleanFlag, loadConfig, logLevel, nodeEnv, port, type Env } from '@shop/node-platform';
import { databaseUrl } from '../config/env-schemas.js';
import { serviceEnvShape, serviceRuntimeConfig, type ServiceRuntimeConfig } from '../config/service-env.js';
import { resolveDatabaseLocation, withDatabase } from '../db/database-url.js';
import type { ServiceDeclaration } from './service-declaration.js';

/** What `startService` needs; built from env by `loadServiceConfig`, or by hand in tests. */
export interface ServiceConfig<TEnv = Record<never, never>> extends Partial<ServiceRuntimeConfig> {
  /** gRPC port; 0 picks a free one. */
  grpcPort: number;
  /** HTTP admin port (/healthz /readyz /metrics); 0 picks a free one. */
  adminPort: number;
  /** Full PostgreSQL URL including the database (created if missing). */
  databaseUrl: string;
  /** Apply the declaration's seed at start (idempotent). */
  seed?: boolean;
  logLevel?: z.output<typeof logLevel>;
  nodeEnv?: z.output<typeof nodeEnv>;
  /** The declaration's own variables; defaults apply where omitted. */
  env?: Partial<TEnv>;
}

/** The part of a declaration its config depends on. */
export type ServiceIdentity<TEnvShape extends z.ZodRawShape> = Pick<ServiceDeclaration<Record<string, unknown>, TEnvShape>, 'name' | 'ports' | 'env'>;

/** `<NAME>_DATABASE_URL` for a domain. */
export function databaseUrlVariable(name: string): string {
  return `${name.toUpperCase()}_DATABASE_URL`;
}

/** The zod schema of a service's whole environment. */
export function serviceEnvSchema<TEnvShape extends z.ZodRawShape>(declaration: ServiceIdentity<TEnvShape>) {
  const ownUrl = databaseUrlVariable(declaration.name);
  return z
    .object({
      GRPC_PORT: port(declaration.ports.grpc),
      ADMIN_PORT: port(declaration.ports.admin),
      DATABASE_URL: databaseUrl.optional(),
      [ownUrl]: databaseUrl.optional(),
      SEED: booleanFlag(false),
      LOG_LEVEL: logLevel,
      NODE_ENV: nodeEnv,
      ...serviceEnvShape,
      ...declaration.env,
    })
    .superRefine(
      (parsed, ctx) => {
        const env = parsed as Record<string, unknown>;
        const own = env[ownUrl] as string | undefined;
        if (!env.DATABASE_URL && !own) {
          ctx.addIssue({
            code: 'custom',
            path: ['DATABASE_URL'],
            message: `set DATABASE_URL (a PostgreSQL server; database shop_${declaration.name} is used) or ${ownUrl} (full URL incl. database)`,
          });
        }
        if (own && databaseUrl.safeParse(own).success && new URL(own).pathname.length <= 1) {
          ctx.addIssue({ code: 'custom', path: [ownUrl], message: 'must include a database name' });
        }
      },
      // Checked even when other variables are bad, so one run names every problem.
      { when: () => true },
    );
}

/** Reads and validates a service's config from env; throws ConfigError naming each bad variable. */
export function loadServiceConfig<TEnvShape extends z.ZodRawShape>(
  declaration: ServiceIdentity<TEnvShape>,
  env: Env = process.env,
): ServiceConfig<z.output<z.ZodObject<TEnvShape>>> {
  const parsed = loadConfig(serviceEnvSchema(declaration), env) as unknown as Record<string, unknown> &
    z.output<z.ZodObject<typeof serviceEnvShape>>;
  const location = resolveDatabaseLocation(declaration.name, {
    DATABASE_URL: parsed.DATABASE_URL as string | undefined,
    [databaseUrlVariable(declaration.name)]: parsed[databaseUrlVariable(declaration.name)] as string | undefined,
  });
  // superRefine guarantees one of the URLs, so a location always resolves here.
  if (!location) throw new Error('unreachable: no database URL after validation');
  const own = Object.fromEntries(Object.keys(declaration.env).map((key) => [key, parsed[key]]));
  return {
    grpcPort: parsed.GRPC_PORT as number,
    adminPort: parsed.ADMIN_PORT as number,
    databaseUrl: withDatabase(location.serverUrl, location.database),
    seed: parsed.SEED as boolean,
    logLevel: parsed.LOG_LEVEL as z.output<typeof logLevel>,
    nodeEnv: parsed.NODE_ENV as z.output<typeof nodeEnv>,
    ...serviceRuntimeConfig(parsed),
    env: own as z.output<z.ZodObject<TEnvShape>>,
  };
}

/** The declaration's own variables: what the config carries, defaults for the rest. */
export function ownEnv<TEnvShape extends z.ZodRawShape>(
  declaration: ServiceIdentity<TEnvShape>,
  config: { env?: Partial<z.output<z.ZodObject<TEnvShape>>> },
): z.output<z.ZodObject<TEnvShape>> {
  // Variables without a default stay absent unless the config names them.
  const defaults = z.object(declaration.env).safeParse({});
  return { ...(defaults.success ? defaults.data : {}), ...config.env } as z.output<z.ZodObject<TEnvShape>>;
}
