import { z } from 'zod';

/** Thrown when the environment does not satisfy a BFF's config schema; names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Zod schema for a TCP port (0 allowed: tests bind an ephemeral port). */
export function portVar(defaultPort: number) {
  return z.coerce.number().int().min(0).max(65_535).default(defaultPort);
}

/** Zod schema for a `host:port` gRPC target such as `127.0.0.1:50052`. */
export function serviceAddrVar(defaultAddr: string) {
  return z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/, 'must be host:port')
    .default(defaultAddr);
}

/** Zod schema for a comma list of origins (`scheme://host[:port]`), never `*`. */
export function corsOriginsVar(defaultOrigins: string) {
  return z
    .string()
    .default(defaultOrigins)
    .transform((raw, ctx) => {
      const origins: string[] = [];
      for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
        const origin = toOrigin(item);
        if (origin === undefined) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not an http(s) origin` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    });
}

function toOrigin(item: string): string | undefined {
  try {
    const url = new URL(item);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Zod schema for NODE_ENV. */
export const nodeEnvVar = z.enum(['development', 'test', 'production']).default('development');

/** Zod schema for LOG_LEVEL (pino levels). */
export const logLevelVar = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/** Zod schema for an optional absolute http(s) URL (e.g. PUBLIC_URL); trailing slash removed. */
export const optionalUrlVar = z
  .url({ protocol: /^https?$/ })
  .transform((u) => u.replace(/\/+$/, ''))
  .optional();

/**
 * Parses `env` with `schema`; empty strings count as unset so defaults apply.
 * Throws ConfigError naming the first bad variable.
 */
export function parseEnv<S extends z.ZodType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = issue?.path.map(String).join('.') || '(environment)';
  throw new ConfigError(variable, issue?.message ?? 'is invalid');
}

/** Runs `load`; on ConfigError prints the message and exits 1 (for main.ts). */
export function loadConfigOrExit<T>(
  load: () => T,
  exit: (code: number) => never = (code) => process.exit(code),
): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return exit(1);
    }
    throw error;
  }
}
