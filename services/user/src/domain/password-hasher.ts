// Password hashing with argon2id (@node-rs/argon2, OWASP's minimum: m = 19 MiB, t = 2, p = 1).
// Checking an unknown email hashes against a dummy so "no such user" and "wrong password" take
// the same time.
import { hash, verify, type Options } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum (unusable under isolatedModules): 2 is Argon2id.
const ARGON2ID = 2 as Options['algorithm'];
const PARAMS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let dummy: Promise<string> | undefined;

/** The argon2id PHC string for `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMS);
}

/**
 * True when `password` matches `stored`. With no stored hash (unknown user) it still does a full
 * verification against a dummy hash and returns false, so timing does not reveal accounts.
 */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  if (stored === undefined) {
    dummy ??= hashPassword('dummy password for timing equality');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
