// The orchestrator's own configuration: every port of DESIGN.md, overridable by env.
import { z } from 'zod';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);

const schema = z.object({
  DATABASE_URL: z.string().url().startsWith('postgres').optional(),
  EMBEDDED_PG_PORT: port(5433),
  SHELL_PORT: port(4200),
  CATALOG_APP_PORT: port(4202),
  CATALOG_BFF_PORT: port(4002),
  CATALOG_GRPC_PORT: port(50052),
  CATALOG_ADMIN_PORT: port(9052),
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

/** Reads the orchestrator's env; returns the config or a message naming every bad variable. */
export function readDevConfig(env: NodeJS.ProcessEnv): { config: DevConfig } | { error: string } {
  const parsed = schema.safeParse(env);
  if (parsed.success) return { config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return { error: `Invalid configuration for npm start:\n${lines.join('\n')}` };
}
