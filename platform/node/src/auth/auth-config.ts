// Where a process gets its token keys: AUTH_VERIFICATION_KEYS (a public JWK Set, every BFF and
// service) and AUTH_SIGNING_KEY (a private JWK, the user service only), as JSON or `@/path/file`.
// Outside production, when unset, the dev pair in `.data/keys/` is used (made on first use); in
// production a missing key stops the process with a message naming the variable.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { resolve } from 'node:path';
import { ConfigError } from '../config/load-config.js';
import type { TokenAudience } from './access-token.js';
import { loadOrCreateDevKeys } from './dev-keys.js';
import { parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';

/** The auth variables, as a zod shape to spread into a deployable's env schema. */
export const authEnvShape = {
  AUTH_VERIFICATION_KEYS: z.string().optional(),
  AUTH_SIGNING_KEY: z.string().optional(),
  AUTH_ISSUER: z.string().trim().min(1).max(200).default('shop-user'),
  AUTH_AUDIENCE: z.string().trim().min(1).max(200).default('shop'),
  AUTH_DEV_KEYS_DIR: z.string().optional(),
};

/** Token settings every verifier needs. */
export interface AuthKeys {
  audience: TokenAudience;
  verificationKeys: VerificationKeys;
}

/** Inputs of loadAuthKeys (from env). */
export interface AuthKeyEnv {
  AUTH_VERIFICATION_KEYS?: string;
  AUTH_SIGNING_KEY?: string;
  AUTH_ISSUER?: string;
  AUTH_AUDIENCE?: string;
  /** Folder of the dev keys (default `.data/keys` under the working directory). */
  AUTH_DEV_KEYS_DIR?: string;
  NODE_ENV?: string;
}

async function text(variable: string, value: string): Promise<string> {
  if (!value.startsWith('@')) return value;
  return readFile(resolve(value.slice(1)), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError(`Invalid configuration: ${variable}: cannot read ${value.slice(1)} (${error.code ?? error.message})`);
  });
}

/** Parses a key variable's value (JSON or `@file`) with `parser`; a ConfigError names the variable. */
export async function parseKeyVariable<T>(variable: string, value: string, parser: (json: string) => Promise<T>): Promise<T> {
  try {
    return await parser(await text(variable, value));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Invalid configuration: ${variable}: ${(error as Error).message}`);
  }
}

/** Loads the verification keys (and the signing key when `signing` is true); throws ConfigError. */
export async function loadAuthKeys(env: AuthKeyEnv, options: { signing: true }): Promise<AuthKeys & { signer: SigningKey }>;
export async function loadAuthKeys(env: AuthKeyEnv, options?: { signing?: false }): Promise<AuthKeys>;
export async function loadAuthKeys(env: AuthKeyEnv, options: { signing?: boolean } = {}): Promise<AuthKeys & { signer?: SigningKey }> {
  const audience = { issuer: env.AUTH_ISSUER || 'shop-user', audience: env.AUTH_AUDIENCE || 'shop' };
  let verification = env.AUTH_VERIFICATION_KEYS || undefined;
  let signing = env.AUTH_SIGNING_KEY || undefined;
  const missing = !verification || (options.signing && !signing);
  if (missing && (env.NODE_ENV ?? 'production') === 'production') {
    const names = [!verification && 'AUTH_VERIFICATION_KEYS', options.signing && !signing && 'AUTH_SIGNING_KEY'].filter(Boolean);
    throw new ConfigError(`Invalid configuration: ${names.join(' and ')}: required in production (a JWK Set of public keys / a private Ed25519 JWK, as JSON or @file)`);
  }
  if (missing) {
    const dev = await loadOrCreateDevKeys(resolve(env.AUTH_DEV_KEYS_DIR || '.data/keys'));
    verification ??= dev.verificationKeys;
    signing ??= dev.signingKey;
  }
  const verificationKeys = await parseKeyVariable('AUTH_VERIFICATION_KEYS', verification!, parseVerificationKeys);
  if (!options.signing) return { audience, verificationKeys };
  const signer = await parseKeyVariable('AUTH_SIGNING_KEY', signing!, parseSigningKey);
  if (!verificationKeys.has(signer.kid)) {
    throw new ConfigError(`Invalid configuration: AUTH_SIGNING_KEY: its kid "${signer.kid}" is not in AUTH_VERIFICATION_KEYS, so nobody could verify its tokens`);
  }
  return { audience, verificationKeys, signer };
}
