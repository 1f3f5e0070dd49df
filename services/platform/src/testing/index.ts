export { createTestDatabase, testServerUrl, type TestDatabase } from './create-test-database.js';
export { startTestPostgres, type TestPostgres } from './test-postgres.js';
export { startServiceHarness, type ServiceHarness, type UnaryMethod } from './service-harness.js';
export { checkHealth } from './health-client.js';
export { createTestAuthEnv, type TestAuthEnv } from './test-auth-env.js';
