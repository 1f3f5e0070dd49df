// Entry point: `tsx src/main.ts` (nx serve/start). Config from env, fail fast, graceful stop.
import { ConfigError, createLogger, loadConfigOrExit, onShutdown } from '@shop/bff-platform';
import { startUserBff } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfigOrExit(() => loadConfig());
const logger = createLogger('bff-user', config.logLevel);
const running = await startUserBff(config).catch((error: unknown) => {
  // Missing or unreadable auth keys (production) name the variable; exit like any config error.
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
logger.info({ url: running.url, user: config.userServiceAddr }, 'user BFF listening');
onShutdown([() => running.stop()], { logger });
