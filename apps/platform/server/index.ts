// Node-only entry (`@shop/apps-platform/server`): production static server for sub-apps and the shell.
export { startStaticServer } from './start-static-server.js';
export type { StaticServer, StaticServerOptions } from './start-static-server.js';
export { createStaticApp } from './static-app.js';
export type { StaticAppOptions } from './static-app.js';
export { contentTypeFor } from './content-type.js';
export { resolveStaticFile } from './resolve-file.js';
export { bffUrlFromEnv, portFromEnv } from './env.js';
export { loadConfigOrExit, onShutdown } from '@shop/node-platform';
