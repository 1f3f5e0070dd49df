import type { Logger } from './logger.js';

export type ShutdownHandler = () => Promise<void> | void;

export interface OnShutdownOptions {
  logger?: Logger;
  /** Exit even if handlers hang (default 10 s). */
  timeoutMs?: number;
  /** Injected for tests; defaults to `process.exit`. */
  exit?: (code: number) => void;
  env?: Record<string, string | undefined>;
}

/**
 * Runs `handlers` once, in order, on SIGTERM/SIGINT — and, with SHOP_EXIT_WITH_PARENT=1, when
 * stdin closes (the orchestrator's pipe dies with it, even on SIGKILL) — then exits 0.
 * Returns the trigger so callers (and tests) can start the same shutdown themselves.
 */
export function onShutdown(handlers: ShutdownHandler[], options: OnShutdownOptions = {}): (reason: string) => Promise<void> {
  const { logger, timeoutMs = 10_000, exit = (code) => process.exit(code), env = process.env } = options;
  let running: Promise<void> | undefined;
  // Logging must never stop the shutdown: after the parent died, stdout may be a broken pipe.
  const log = (write: (l: Logger) => void): void => {
    try {
      if (logger) write(logger);
    } catch {
      // ignore
    }
  };

  const shutdown = (reason: string): Promise<void> => {
    running ??= (async () => {
      const timer = setTimeout(() => {
        log((l) => l.error('shutdown timed out'));
        exit(1);
      }, timeoutMs);
      timer.unref();
      let code = 0;
      try {
        log((l) => l.info({ reason }, 'shutting down'));
        for (const handler of handlers) {
          try {
            await handler();
          } catch (error) {
            code = 1;
            log((l) => l.error({ err: error }, 'shutdown handler failed'));
          }
        }
        log((l) => l.info('stopped'));
      } finally {
        clearTimeout(timer);
        exit(code);
      }
    })();
    return running;
  };

  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  if (env.SHOP_EXIT_WITH_PARENT === '1') {
    // Once the parent is gone our stdout/stderr pipes are broken; EPIPE must not crash the drain.
    process.stdout.on('error', () => {});
    process.stderr.on('error', () => {});
    // Reading stdin keeps the pipe open; 'end'/'close' fire when the parent's side goes away.
    process.stdin.on('data', () => {});
    process.stdin.once('end', () => void shutdown('parent exited'));
    process.stdin.once('close', () => void shutdown('parent exited'));
    process.stdin.resume();
  }
  return shutdown;
}
