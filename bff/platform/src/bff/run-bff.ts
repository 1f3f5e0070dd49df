// The entry point of every BFF process: fail fast on bad config (message, exit 1), serve until
// SIGTERM/SIGINT (or, with SHOP_EXIT_WITH_PARENT=1, until the parent's stdin pipe closes).
import type { z } from 'zod';
import { ConfigError, createLogger, loadConfigOrExit, onShutdown } from '@shop/node-platform';
import type { BaseContext } from '../graphql/create-yoga.js';
import type { RunningBff } from '../server/start-bff-server.js';
import { loadBffConfig } from './bff-config.js';
import type { BffDeclaration } from './bff-declaration.js';
import { bffName, startBff } from './create-bff.js';

/** Runs `declaration` as this process's BFF. */
export async function runBff<TEnvShape extends z.ZodRawShape, TOwn extends object, C extends BaseContext>(
  declaration: BffDeclaration<TEnvShape, TOwn, C>,
): Promise<void> {
  const config = loadConfigOrExit(() => loadBffConfig(declaration));
  const name = bffName(declaration);
  const logger = createLogger(name, config.logLevel);
  // Handlers go in before anything listens: a SIGTERM while starting must not kill the process
  // with the default action.
  let running: RunningBff | undefined;
  onShutdown([() => running?.stop()], { logger });
  try {
    running = await startBff(declaration, config, logger);
    logger.info({ url: running.url }, `${name} listening ${running.url}`);
  } catch (error) {
    // Keys are config too: a missing or bad one is a message, not a stack.
    if (error instanceof ConfigError) console.error(error.message);
    else logger.fatal({ err: error }, `${name} failed to start`);
    process.exit(1);
  }
}
