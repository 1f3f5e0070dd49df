import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

const levels = new Set<string>(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Creates a JSON pino logger named `name`, level from LOG_LEVEL (default info). */
export function createLogger(
  name: string,
  level: string | undefined = process.env.LOG_LEVEL,
): Logger {
  const resolved: LevelWithSilent = level && levels.has(level) ? (level as LevelWithSilent) : 'info';
  return pino({
    name,
    level: resolved,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
