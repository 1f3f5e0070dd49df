// The entry point of every service process: fail fast on bad config (message, exit 1), serve
// until SIGTERM/SIGINT or, with SHOP_EXIT_WITH_PARENT=1, until the parent's stdin pipe closes.
import type { z } from 'zod';
import { ConfigError, createLogger, loadConfigOrExit, onShutdown } from '@shop/node-platform';
import { loadServiceConfig } from './service-config.js';
import type { ServiceDeclaration } from './service-declaration.js';
import { startService, type RunningService } from './start-service.js';

/** Runs `declaration` as this process's service. */
export async function runService<TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape>(
  declaration: ServiceDeclaration<TSchema, TEnvShape>,
): Promise<void> {
  const config = loadConfigOrExit(() => loadServiceConfig(declaration));
  const logger = createLogger(declaration.name, config.logLevel);
  // Handlers go in before anything listens: a SIGTERM that arrives while starting must not kill
  // the process with the default action.
  let service: RunningService | undefined;
  onShutdown([() => service?.stop()], { logger });
  try {
    service = await startService(declaration, config, logger);
    logger.info(
      { grpcPort: service.grpcPort, adminPort: service.adminPort },
      `${declaration.name} service listening grpc=${service.grpcPort} admin=${service.adminPort}`,
    );
  } catch (error) {
    // Keys are read while starting (missing in production, unreadable): an operator's mistake,
    // reported like a bad variable — the message on stderr, no stack trace.
    if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else logger.fatal({ err: error }, `${declaration.name} service failed to start`);
    process.exit(1);
  }
}
