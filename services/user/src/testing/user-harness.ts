import { Metadata } from '@grpc/grpc-js';
import { UserServiceClient } from '@shop/contracts/user/v1';
import { createTestKeys, type TestKeys } from '@shop/node-platform/auth/testing';
import { startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import { userService } from '../service.js';

/** The user service over real gRPC on a fresh database (seeded accounts), with its test keys. */
export interface UserHarness extends ServiceHarness<UserServiceClient> {
  keys: TestKeys;
}

/** Starts it; `keys` default to a fresh pair, `ttl` to 60 s access / 1 h refresh. */
export async function startUserHarness(
  options: { keys?: TestKeys; ttl?: { access: number; refresh: number } } = {},
): Promise<UserHarness> {
  const keys = options.keys ?? (await createTestKeys());
  const harness = await startServiceHarness(userService, UserServiceClient, {
    env: {
      AUTH_SIGNING_KEY: keys.signingKeyJson,
      AUTH_VERIFICATION_KEYS: keys.verificationKeysJson,
      ACCESS_TOKEN_TTL: options.ttl?.access ?? 60,
      REFRESH_TOKEN_TTL: options.ttl?.refresh ?? 3600,
    },
    config: { nodeEnv: 'test' },
  });
  return { ...harness, keys };
}

/** Metadata carrying `Authorization: Bearer <token>`. */
export function bearer(token: string): Metadata {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
}
