// Development keys: outside production, when no keys are configured, one Ed25519 pair is made
// once into `.data/keys/` (private key 0600) and shared by every local process, so tokens the user
// service signs verify everywhere and survive restarts. Production never gets here: missing keys
// stop the process with a clear message.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateKeyPairJwk } from './sign-access-token.js';

/** File names inside the keys folder. */
export const DEV_KEY_FILES = { signing: 'signing-key.jwk.json', verification: 'verification-keys.jwks.json' } as const;

/** JSON texts in the shapes the env vars take: a private JWK and a public JWK Set. */
export interface KeyTexts {
  signingKey: string;
  verificationKeys: string;
}

async function read(dir: string): Promise<KeyTexts> {
  return {
    signingKey: await readFile(join(dir, DEV_KEY_FILES.signing), 'utf8'),
    verificationKeys: await readFile(join(dir, DEV_KEY_FILES.verification), 'utf8'),
  };
}

/**
 * The dev keys in `dir`, created on first use. The pair is written into a fresh folder that is
 * renamed into place, so concurrent first starts agree on one pair (a rename onto a folder that
 * already holds keys fails, and the loser reads the winner's). `kidPrefix` starts the key id
 * (service keys: `order.`).
 */
export async function loadOrCreateDevKeys(dir: string, kidPrefix = ''): Promise<KeyTexts> {
  const existing = await read(dir).catch(() => undefined);
  if (existing) return existing;
  await mkdir(dirname(dir), { recursive: true });
  const staging = `${dir}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(staging, { mode: 0o700 });
  try {
    const { privateJwk, publicJwk } = await generateKeyPairJwk(`${kidPrefix}dev-${randomBytes(4).toString('hex')}`);
    await writeFile(join(staging, DEV_KEY_FILES.verification), JSON.stringify({ keys: [publicJwk] }, null, 2), { mode: 0o644 });
    await writeFile(join(staging, DEV_KEY_FILES.signing), JSON.stringify(privateJwk, null, 2), { mode: 0o600 });
    await rename(staging, dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return read(dir);
}
