import { mkdtemp, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_KEY_FILES, loadOrCreateDevKeys } from './dev-keys.js';
import { parseSigningKey, parseVerificationKeys } from './key-set.js';

describe('loadOrCreateDevKeys', () => {
  it('creates one pair once, private key 0600, and concurrent first starts agree on it', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'dev-keys-')), 'keys');
    const results = await Promise.all([1, 2, 3, 4].map(() => loadOrCreateDevKeys(dir)));
    for (const result of results) expect(result).toEqual(results[0]);
    const signer = await parseSigningKey(results[0]!.signingKey);
    const verifiers = await parseVerificationKeys(results[0]!.verificationKeys);
    expect(verifiers.has(signer.kid)).toBe(true);
    expect((await stat(join(dir, DEV_KEY_FILES.signing))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateDevKeys(dir)).toEqual(results[0]);
    expect((await readdir(join(dir, '..'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
