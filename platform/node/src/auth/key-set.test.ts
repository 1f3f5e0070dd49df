import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSigningKey, parseVerificationKeys } from './key-set.js';
import { generateKeyPairJwk } from './sign-access-token.js';

describe('key sets', () => {
  it('reads a JWK Set by kid and a private signing key', async () => {
    const a = await generateKeyPairJwk('a');
    const b = await generateKeyPairJwk('b');
    const keys = await parseVerificationKeys(JSON.stringify({ keys: [a.publicJwk, b.publicJwk] }));
    expect([...keys.keys()]).toEqual(['a', 'b']);
    expect((await parseSigningKey(JSON.stringify(a.privateJwk))).kid).toBe('a');
  });

  it('says what is wrong with a bad key set', async () => {
    const a = await generateKeyPairJwk('a');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
    const cases: Array<[string, RegExp]> = [
      ['not json', /not JSON/],
      ['{"keys":[]}', /at least one key/],
      [JSON.stringify({ keys: [{ ...rsa, kid: 'r' }] }), /Ed25519/],
      [JSON.stringify({ keys: [{ ...a.publicJwk, kid: undefined }] }), /kid/],
      [JSON.stringify({ keys: [{ ...a.publicJwk, kid: 'has space' }] }), /kid/],
      [JSON.stringify({ keys: [a.privateJwk] }), /private part/],
      [JSON.stringify({ keys: [a.publicJwk, a.publicJwk] }), /twice/],
    ];
    for (const [json, message] of cases) await expect(parseVerificationKeys(json)).rejects.toThrow(message);
    await expect(parseSigningKey(JSON.stringify(a.publicJwk))).rejects.toThrow(/no private part/);
  });
});
