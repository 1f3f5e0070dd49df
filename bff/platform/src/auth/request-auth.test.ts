import type { IncomingMessage } from 'node:http';
import { AuthError } from '@shop/node-platform/auth';
import { createTestKeys, mintTestToken, TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from './request-auth.js';

const req = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as IncomingMessage;

describe('createAuthenticator', () => {
  it('is anonymous without a header and refuses any token without keys', async () => {
    expect(await createAuthenticator(undefined)(req())).toEqual({});
    await expect(createAuthenticator(undefined)(req('Bearer a.b.c'))).rejects.toBeInstanceOf(AuthError);
  });

  it('refuses a verified token once it expires, even when it was remembered', async () => {
    const keys = await createTestKeys('cache-1');
    let clock = Date.parse('2026-12-01T12:00:00Z');
    const now = () => clock;
    const token = await mintTestToken(keys, 'u-1', ['account:manage-own'], { ttlSeconds: 60, now });
    const authenticate = createAuthenticator({ verificationKeys: keys.verificationKeys, audience: TEST_AUDIENCE }, now);
    const first = await authenticate(req(`Bearer ${token}`));
    expect(first.viewer?.userId).toBe('u-1');
    expect(first.accessToken).toBe(token);
    clock += 30_000;
    expect((await authenticate(req(`Bearer ${token}`))).viewer).toBe(first.viewer);
    clock += 31_000;
    await expect(authenticate(req(`Bearer ${token}`))).rejects.toMatchObject({ reason: 'expired' });
  });

  it('refuses a header that is not a bearer token', async () => {
    const keys = await createTestKeys('cache-2');
    const authenticate = createAuthenticator({ verificationKeys: keys.verificationKeys, audience: TEST_AUDIENCE });
    await expect(authenticate(req('Basic dXNlcjpwYXNz'))).rejects.toMatchObject({ reason: 'malformed' });
  });
});
