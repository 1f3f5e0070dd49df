// Process plumbing every Node deployable shares, whatever its tier: env config that fails fast
// naming the variable, JSON logs, graceful shutdown (also when the dev orchestrator dies) and
// free ports for tests.
export { ConfigError, configErrorText, formatConfigIssues, loadConfig, loadConfigOrExit, type Env } from './config/load-config.js';
export { bindHost, booleanFlag, logLevel, nodeEnv, port, serviceAddrVar } from './config/env-schemas.js';
export { createLogger, type Logger } from './logger.js';
export { onShutdown, type ShutdownHandler, type OnShutdownOptions } from './on-shutdown.js';
export { findFreePort, findFreePorts } from './free-port.js';
