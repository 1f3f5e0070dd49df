import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { verifyServiceToken } from './service-token.js';
import { createServiceTokenSource } from './service-token-source.js';
import { createTestServiceKeys } from './testing.js';

describe('createServiceTokenSource', () => {
  it('mints once per callee and re-mints shortly before expiry', async () => {
    const keys = await createTestServiceKeys('order');
    let clock = Date.parse('2026-12-01T00:00:00Z');
    const source = createServiceTokenSource('order', keys.signer, { ttlSeconds: 300, refreshBeforeSeconds: 60, now: () => clock });
    const first = await source.token('catalog');
    expect(await Promise.all([source.token('catalog'), source.token('catalog')])).toEqual([first, first]);
    const forPayment = await source.token('payment');
    expect(decodeJwt(forPayment).aud).toBe('service:payment');
    clock += 239_000;
    expect(await source.token('catalog')).toBe(first);
    clock += 2_000; // 59 s left: below the margin
    const second = await source.token('catalog');
    expect(second).not.toBe(first);
    expect(decodeJwt(second).iat).toBe(decodeJwt(first).iat! + 241);
    await expect(verifyServiceToken(second, keys.verificationKeys, 'catalog', () => clock)).resolves.toMatchObject({ service: 'order' });
  });

  it('does not cache a failed signing', async () => {
    const keys = await createTestServiceKeys('catalog');
    const source = createServiceTokenSource('order', keys.signer);
    await expect(source.token('payment')).rejects.toThrow(/does not belong/);
    await expect(source.token('payment')).rejects.toThrow(/does not belong/);
  });
});
