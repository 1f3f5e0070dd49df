// Where a service gets its service-token keys. A caller signs with its own SERVICE_SIGNING_KEY (a
// private Ed25519 JWK whose kid names it: `order.2026-12`); a callee trusts SERVICE_VERIFICATION_KEYS
// (a JWK Set of its callers' public keys). JSON or `@/path/file`. Outside production, when unset,
// each service's dev pair lives in `.data/service-keys/<service>/` (made on first use, shared by
// local processes); in production a missing key stops the process with a message naming it.
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { servicePermissions } from '@shop/contracts/auth';
import { ConfigError } from '../config/load-config.js';
import { parseKeyVariable } from './auth-config.js';
import { loadOrCreateDevKeys } from './dev-keys.js';
import { parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';
import { serviceOfKid } from './service-token.js';

/** The service-credential variables, as a zod shape to spread into a service's env schema. */
export const serviceAuthEnvShape = {
  SERVICE_SIGNING_KEY: z.string().optional(),
  SERVICE_VERIFICATION_KEYS: z.string().optional(),
  SERVICE_DEV_KEYS_DIR: z.string().optional(),
};

/** Inputs of the service key loaders (from env). */
export interface ServiceKeyEnv {
  SERVICE_SIGNING_KEY?: string;
  SERVICE_VERIFICATION_KEYS?: string;
  /** Folder of the per-service dev pairs (default `.data/service-keys`). */
  SERVICE_DEV_KEYS_DIR?: string;
  NODE_ENV?: string;
}

const devKeys = (env: ServiceKeyEnv, service: string) =>
  loadOrCreateDevKeys(join(resolve(env.SERVICE_DEV_KEYS_DIR || '.data/service-keys'), service), `${service}.`);

function requireOutsideProduction(env: ServiceKeyEnv, variable: string, what: string): void {
  if ((env.NODE_ENV ?? 'production') === 'production') {
    throw new ConfigError(`Invalid configuration: ${variable}: required in production (${what}, as JSON or @file)`);
  }
}

/** The key `service` signs its outgoing service tokens with; throws ConfigError. */
export async function loadServiceSigningKey(service: string, env: ServiceKeyEnv): Promise<SigningKey> {
  let json = env.SERVICE_SIGNING_KEY || undefined;
  if (!json) {
    requireOutsideProduction(env, 'SERVICE_SIGNING_KEY', `this service's private Ed25519 JWK, kid "${service}.<label>"`);
    json = (await devKeys(env, service)).signingKey;
  }
  const signer = await parseKeyVariable('SERVICE_SIGNING_KEY', json, parseSigningKey);
  if (serviceOfKid(signer.kid) !== service) {
    throw new ConfigError(`Invalid configuration: SERVICE_SIGNING_KEY: its kid "${signer.kid}" must start with "${service}." (the service it speaks for)`);
  }
  return signer;
}

/** The public keys a callee trusts for service tokens (dev: every caller's dev key); throws ConfigError. */
export async function loadServiceVerificationKeys(env: ServiceKeyEnv): Promise<VerificationKeys> {
  let json = env.SERVICE_VERIFICATION_KEYS || undefined;
  if (!json) {
    requireOutsideProduction(env, 'SERVICE_VERIFICATION_KEYS', 'a JWK Set of the calling services\' public keys');
    const sets = await Promise.all(Object.keys(servicePermissions).map(async (name) => JSON.parse((await devKeys(env, name)).verificationKeys) as { keys: unknown[] }));
    json = JSON.stringify({ keys: sets.flatMap((set) => set.keys) });
  }
  const keys = await parseKeyVariable('SERVICE_VERIFICATION_KEYS', json, parseVerificationKeys);
  const unbound = [...keys.keys()].filter((kid) => !serviceOfKid(kid));
  if (unbound.length > 0) {
    throw new ConfigError(`Invalid configuration: SERVICE_VERIFICATION_KEYS: kid "${unbound[0]}" does not name a service (expected "<service>.<label>")`);
  }
  return keys;
}
