import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadServiceSigningKey, loadServiceVerificationKeys } from './service-auth-config.js';
import { createTestKeys, createTestServiceKeys } from './testing.js';

const tmp = () => mkdtemp(join(tmpdir(), 'service-auth-'));

describe('service key config', () => {
  it('stops a production process without keys, naming the variable', async () => {
    await expect(loadServiceSigningKey('order', {})).rejects.toThrow(/^Invalid configuration: SERVICE_SIGNING_KEY: required in production/);
    await expect(loadServiceVerificationKeys({ NODE_ENV: 'production' })).rejects.toThrow(/SERVICE_VERIFICATION_KEYS: required in production/);
  });

  it('outside production, a caller and its callees agree on the dev pair of the caller', async () => {
    const dir = await tmp();
    const env = { NODE_ENV: 'development', SERVICE_DEV_KEYS_DIR: dir };
    const [verifier, signer] = await Promise.all([loadServiceVerificationKeys(env), loadServiceSigningKey('order', env)]);
    expect(signer.kid).toMatch(/^order\.dev-/);
    expect(verifier.has(signer.kid)).toBe(true);
    expect((await loadServiceSigningKey('order', env)).kid).toBe(signer.kid);
  });

  it('reads configured keys and refuses a signing key of another service or a kid naming none', async () => {
    const order = await createTestServiceKeys('order', 'prod-1');
    expect((await loadServiceSigningKey('order', { SERVICE_SIGNING_KEY: order.signingKeyJson })).kid).toBe('order.prod-1');
    await expect(loadServiceSigningKey('payment', { SERVICE_SIGNING_KEY: order.signingKeyJson })).rejects.toThrow(/must start with "payment\."/);
    expect((await loadServiceVerificationKeys({ SERVICE_VERIFICATION_KEYS: order.verificationKeysJson })).has('order.prod-1')).toBe(true);
    const plain = await createTestKeys('prod-1');
    await expect(loadServiceVerificationKeys({ SERVICE_VERIFICATION_KEYS: plain.verificationKeysJson })).rejects.toThrow(/does not name a service/);
    await expect(loadServiceVerificationKeys({ SERVICE_VERIFICATION_KEYS: 'nope' })).rejects.toThrow(/SERVICE_VERIFICATION_KEYS: verification keys: not JSON/);
  });
});
