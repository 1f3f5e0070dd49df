export { defineService, type ServiceDeclaration, type ServiceContext } from './service-declaration.js';
export { databaseUrlVariable, loadServiceConfig, ownEnv, serviceEnvSchema, type ServiceConfig } from './service-config.js';
export { startService, type RunningService } from './start-service.js';
export { runService } from './run-service.js';
