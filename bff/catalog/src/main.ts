// Entry point: `tsx src/main.ts` (nx serve/start). Config from env, fail fast, graceful stop.
import { createLogger, loadConfigOrExit, onShutdown } from '@shop/bff-platform';
import { startCatalogBff } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfigOrExit(() => loadConfig());
const logger = createLogger('bff-catalog', config.logLevel);
const running = await startCatalogBff(config);
logger.info({ url: running.url, catalog: config.catalogServiceAddr }, 'catalog BFF listening');
onShutdown([() => running.stop()], { logger });
