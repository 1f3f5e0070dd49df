export { createTestDatabase, testServerUrl, type TestDatabase } from './create-test-database.js';
export { startTestPostgres, type TestPostgres } from './test-postgres.js';
