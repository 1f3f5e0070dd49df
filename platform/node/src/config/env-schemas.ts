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

/**
 * Env var holding NODE_ENV. Unset means production: a deployable started without it must not
 * expose GraphiQL, introspection or hints; `npm start` and the tests set development/test.
 */
export const nodeEnv = z
  .enum(['development', 'test', 'production'], { error: 'expected development, test or production' })
  .default('production');

/**
 * Env var holding the interface a server binds (an IP address or `localhost`). The default is
 * loopback: a process is reachable from elsewhere only when its deployment says so (containers
 * set `0.0.0.0`).
 */
export function bindHost(defaultHost = '127.0.0.1') {
  return z
    .string()
    .trim()
    .regex(/^(localhost|[0-9.]+|\[?[0-9a-fA-F:.]+\]?)$/, { error: 'expected an IP address such as 127.0.0.1 or 0.0.0.0, or localhost' })
    .default(defaultHost);
}

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

/** Zod schema for a `host:port` gRPC target such as `127.0.0.1:50052` (a caller's `<NAME>_SERVICE_ADDR`). */
export function serviceAddrVar(defaultAddr: string) {
  return z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/, 'must be host:port')
    .default(defaultAddr);
}
