import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

const levels = new Set<string>(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * A JSON pino logger named `name`. Level: `level`, else LOG_LEVEL, else info (silent under
 * vitest, where log lines would only bury the test report). Auth headers are never written.
 */
export function createLogger(
  name: string,
  level: string | undefined = process.env.LOG_LEVEL,
  destination?: DestinationStream,
): Logger {
  const fallback: LevelWithSilent = process.env.VITEST ? 'silent' : 'info';
  const options = {
    name,
    level: level && levels.has(level) ? level : fallback,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'metadata.authorization'],
  };
  return destination ? pino(options, destination) : pino(options);
}
