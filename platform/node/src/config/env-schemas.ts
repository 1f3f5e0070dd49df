import { z } from 'zod';

/** Env var holding a TCP port 0..65535 (0 = pick a free one). */
export function port(defaultPort: number) {
  return z.coerce
    .number({ error: 'expected a port number 0..65535' })
    .int({ error: 'expected a port number 0..65535' })
    .min(0, { error: 'expected a port number 0..65535' })
    .max(65535, { error: 'expected a port number 0..65535' })
    .default(defaultPort);
}

/** Env var holding a pino log level. */
export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    error: 'expected one of fatal, error, warn, info, debug, trace, silent',
  })
  .default('info');

/** Env var holding NODE_ENV. */
export const nodeEnv = z
  .enum(['development', 'test', 'production'], { error: 'expected development, test or production' })
  .default('development');

/** Env var holding a boolean flag: true/false/1/0/yes/no (case-insensitive). */
export function booleanFlag(defaultValue: boolean) {
  return z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' }))
    .optional()
    .transform((value) => (value === undefined ? defaultValue : ['true', '1', 'yes'].includes(value)));
}
