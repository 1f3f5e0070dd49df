// The orchestrator's own configuration: every port of DESIGN.md, overridable by env.
import { loadConfig, port } from '@shop/node-platform';
import { databaseUrl } from '@shop/services-platform';
import { z } from 'zod';

// npm start prints and wires fixed URLs, so "pick any port" (0) makes no sense here.
const portVar = (fallback: number) => port(fallback).refine((value) => value > 0, 'expected a port number 1..65535');

const schema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  EMBEDDED_PG_PORT: portVar(5433),
  SHELL_PORT: portVar(4200),
  CATALOG_APP_PORT: portVar(4202),
  CATALOG_BFF_PORT: portVar(4002),
  CATALOG_GRPC_PORT: portVar(50052),
  CATALOG_ADMIN_PORT: portVar(9052),
  /** Where the embedded PostgreSQL cluster and the local manifest live. */
  SHOP_DATA_DIR: z.string().min(1).default('.data'),
  SHOP_SKIP_BUILD: z.enum(['0', '1']).default('0'),
  /** Processes not to start (comma list of nx project names), e.g. to run `nx serve apps-catalog` in their place. */
  SHOP_SKIP: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean)),
});

export type DevConfig = z.infer<typeof schema>;

/** Reads the orchestrator's env; throws a ConfigError naming every bad variable. */
export function readDevConfig(env: NodeJS.ProcessEnv): DevConfig {
  return loadConfig(schema, env);
}
