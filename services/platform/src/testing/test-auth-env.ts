// Keys for a service under test: what it trusts for user tokens and for service tokens.
import { createTestKeys, createTestServiceKeys, type TestKeys } from '@shop/node-platform/auth/testing';

/** Fresh user-token keys and order-service keys, and the env that makes a service trust them. */
export interface TestAuthEnv {
  keys: { users: TestKeys; services: TestKeys };
  env: { AUTH_VERIFICATION_KEYS: string; SERVICE_VERIFICATION_KEYS: string };
}

/** Makes a fresh pair of each (the service pair belongs to `caller`, default the order service). */
export async function createTestAuthEnv(caller = 'order'): Promise<TestAuthEnv> {
  const keys = { users: await createTestKeys(), services: await createTestServiceKeys(caller) };
  return { keys, env: { AUTH_VERIFICATION_KEYS: keys.users.verificationKeysJson, SERVICE_VERIFICATION_KEYS: keys.services.verificationKeysJson } };
}
