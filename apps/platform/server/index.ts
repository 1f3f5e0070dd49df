// Node-only entry (`@shop/apps-platform/server`): production static server for sub-apps and the shell.
export { startStaticServer } from './start-static-server.js';
export type { StaticServer, StaticServerOptions } from './start-static-server.js';
export { createStaticApp } from './static-app.js';
export type { StaticAppOptions } from './static-app.js';
export { contentTypeFor } from './content-type.js';
export { resolveStaticFile } from './resolve-file.js';
export { bffUrlFromEnv, hostFromEnv, portFromEnv } from './env.js';
export { baselineCsp, microAppHostCsp, originsOf, serializeCsp, subAppCsp } from './csp.js';
export type { CspDirectives, MicroAppHostSources } from './csp.js';
export { securityHeaders, securityHeadersMiddleware } from './security-headers.js';
export type { CspSource } from './security-headers.js';
export { negotiateEncoding } from './accept-encoding.js';
export type { Encoding } from './accept-encoding.js';
export { loadConfigOrExit, onShutdown } from '@shop/node-platform';
export { distOf, runSubAppServer, startSubAppServer } from './sub-app-server.js';
export type { SubAppServer, SubAppServerDeclaration, SubAppServerOptions } from './sub-app-server.js';
