import { startService, type Logger, type RunningService } from '@shop/services-platform';
import type { CatalogConfig } from './config.js';
import { catalogService } from './service.js';

export type RunningCatalogService = RunningService;

/** Starts the catalog service in-process (tests, e2e and the benchmark start it this way). */
export const startCatalogService = (config: CatalogConfig, logger?: Logger): Promise<RunningService> =>
  startService(catalogService, config, logger);
