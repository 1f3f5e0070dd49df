// Process plumbing every Node deployable shares, whatever its tier: graceful shutdown (also
// when the dev orchestrator dies) and free ports for tests.
export { onShutdown, type Logger, type ShutdownHandler, type OnShutdownOptions } from './on-shutdown.js';
export { findFreePort, findFreePorts } from './free-port.js';
