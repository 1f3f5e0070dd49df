import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAuthKeys } from './auth-config.js';
import { createTestKeys } from './testing.js';

const tmp = () => mkdtemp(join(tmpdir(), 'auth-config-'));

describe('loadAuthKeys', () => {
  it('stops a production process that has no keys, naming the variables', async () => {
    await expect(loadAuthKeys({ NODE_ENV: 'production' })).rejects.toThrow(/^Invalid configuration: AUTH_VERIFICATION_KEYS: required in production/);
    await expect(loadAuthKeys({}, { signing: true })).rejects.toThrow(/AUTH_VERIFICATION_KEYS and AUTH_SIGNING_KEY: required/);
  });

  it('uses the shared dev pair outside production: signer and verifiers agree', async () => {
    const dir = join(await tmp(), 'keys');
    const signer = await loadAuthKeys({ NODE_ENV: 'development', AUTH_DEV_KEYS_DIR: dir }, { signing: true });
    const verifier = await loadAuthKeys({ NODE_ENV: 'test', AUTH_DEV_KEYS_DIR: dir });
    expect(verifier.verificationKeys.has(signer.signer.kid)).toBe(true);
    expect(signer.audience).toEqual({ issuer: 'shop-user', audience: 'shop' });
  });

  it('reads keys from env JSON or @file and checks they fit together', async () => {
    const keys = await createTestKeys('prod-1');
    const other = await createTestKeys('prod-2');
    const file = join(await tmp(), 'jwks.json');
    await writeFile(file, keys.verificationKeysJson);
    const loaded = await loadAuthKeys(
      { NODE_ENV: 'production', AUTH_VERIFICATION_KEYS: `@${file}`, AUTH_SIGNING_KEY: keys.signingKeyJson, AUTH_ISSUER: 'iss', AUTH_AUDIENCE: 'aud' },
      { signing: true },
    );
    expect(loaded.signer.kid).toBe('prod-1');
    expect(loaded.audience).toEqual({ issuer: 'iss', audience: 'aud' });
    await expect(
      loadAuthKeys({ NODE_ENV: 'production', AUTH_VERIFICATION_KEYS: keys.verificationKeysJson, AUTH_SIGNING_KEY: other.signingKeyJson }, { signing: true }),
    ).rejects.toThrow(/kid "prod-2" is not in AUTH_VERIFICATION_KEYS/);
    await expect(loadAuthKeys({ NODE_ENV: 'production', AUTH_VERIFICATION_KEYS: '@/nonexistent/keys.json' })).rejects.toThrow(/cannot read/);
    await expect(loadAuthKeys({ NODE_ENV: 'production', AUTH_VERIFICATION_KEYS: '{"keys":[]}' })).rejects.toThrow(
      /AUTH_VERIFICATION_KEYS: verification keys: expected a JWK Set/,
    );
  });
});
