import type { Logger } from 'pino';

/** Process hooks onShutdown listens to (injectable for tests). */
export interface ShutdownSources {
  process: Pick<NodeJS.Process, 'once' | 'off' | 'exit'>;
  stdin: Pick<NodeJS.ReadStream, 'once' | 'resume'>;
  env: Record<string, string | undefined>;
}

/**
 * Runs `shutdown` once on SIGTERM/SIGINT — and, when SHOP_EXIT_WITH_PARENT=1, when stdin
 * closes (the dev orchestrator's pipe: its death must not leave us orphaned) — then exits.
 */
export function onShutdown(
  shutdown: () => Promise<void>,
  logger?: Logger,
  sources: ShutdownSources = { process, stdin: process.stdin, env: process.env },
): void {
  let started = false;
  const run = (reason: string) => {
    if (started) return;
    started = true;
    logger?.info({ reason }, 'shutting down');
    shutdown()
      .then(() => sources.process.exit(0))
      .catch((error: unknown) => {
        logger?.error({ err: error }, 'shutdown failed');
        sources.process.exit(1);
      });
  };
  sources.process.once('SIGTERM', () => run('SIGTERM'));
  sources.process.once('SIGINT', () => run('SIGINT'));
  if (sources.env['SHOP_EXIT_WITH_PARENT'] === '1') {
    sources.stdin.once('end', () => run('parent stdin closed'));
    sources.stdin.once('close', () => run('parent stdin closed'));
    sources.stdin.resume();
  }
}
