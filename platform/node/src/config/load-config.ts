import type { z } from 'zod';

export type Env = Record<string, string | undefined>;

/** Thrown by `loadConfig`; its message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Formats zod issues as `Invalid configuration: GRPC_PORT: expected …; DATABASE_URL: …`. */
export function formatConfigIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.map((issue) => {
    const name = issue.path.length > 0 ? issue.path.map(String).join('.') : '(environment)';
    return `${name}: ${issue.message}`;
  });
  return `Invalid configuration: ${parts.join('; ')}`;
}

/**
 * Returns the error text for `env` under `schema`, or undefined when it is valid — the testable
 * half of `loadConfig`.
 */
export function configErrorText<S extends z.ZodType>(schema: S, env: Env = process.env): string | undefined {
  const result = schema.safeParse(emptyAsUnset(env));
  return result.success ? undefined : formatConfigIssues(result.error.issues);
}

/** Validates `env` with a zod object schema; throws a ConfigError naming each bad variable. */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env = process.env): z.output<S> {
  const result = schema.safeParse(emptyAsUnset(env));
  if (!result.success) throw new ConfigError(formatConfigIssues(result.error.issues));
  return result.data;
}

/**
 * For a `main`: runs `load` (which throws ConfigError on bad env) or prints the message to
 * stderr and exits 1 — no stack trace: a configuration mistake is the operator's, not a crash.
 */
export function loadConfigOrExit<T>(load: () => T, exit: (code: number) => never = (code) => process.exit(code)): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return exit(1);
  }
}

/** `FOO=` in an .env file means "use the default", as most tooling treats it. */
function emptyAsUnset(env: Env): Env {
  const copy: Env = {};
  for (const [key, value] of Object.entries(env)) if (value !== '') copy[key] = value;
  return copy;
}
