import { createLogger, loadConfigOrExit, onShutdown } from '@shop/services-platform';
import { loadCatalogConfig } from './config.js';
import { startCatalogService, type RunningCatalogService } from './server.js';

// Entry point: fail fast on bad config (message, exit 1), serve until SIGTERM/SIGINT or, with
// SHOP_EXIT_WITH_PARENT=1, until the parent's stdin pipe closes.
const config = loadConfigOrExit(() => loadCatalogConfig());

const logger = createLogger('catalog', config.logLevel);
// Handlers go in before anything listens: a SIGTERM that arrives while starting must not kill
// the process with the default action.
let service: RunningCatalogService | undefined;
onShutdown([() => service?.stop()], { logger });
try {
  service = await startCatalogService(config, logger);
  logger.info(
    { grpcPort: service.grpcPort, adminPort: service.adminPort },
    `catalog service listening grpc=${service.grpcPort} admin=${service.adminPort}`,
  );
} catch (error) {
  logger.fatal({ err: error }, 'catalog service failed to start');
  process.exit(1);
}
