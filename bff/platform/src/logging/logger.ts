import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Creates the BFF's JSON logger; level from LOG_LEVEL (default info, silent under vitest). */
export function createLogger(name: string, level?: string): Logger {
  const fallback = process.env['VITEST'] ? 'silent' : 'info';
  return pino({
    name,
    level: level ?? process.env['LOG_LEVEL'] ?? fallback,
    base: { service: name },
    // Never serialize request bodies or auth headers by accident.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
}
