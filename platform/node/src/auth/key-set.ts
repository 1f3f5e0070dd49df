// Access-token keys as JSON Web Keys. One signing key (private, with a `kid`) and a set of
// verification keys by `kid`: a rotation adds the new public key everywhere first, then switches
// the signer, then drops the old public key after the longest token lifetime — nobody is logged out.
import { importJWK, type CryptoKey, type JWK } from 'jose';

/** The only algorithm our tokens use (Ed25519 signatures). */
export const ACCESS_TOKEN_ALG = 'EdDSA';

/** Public keys by `kid`. */
export type VerificationKeys = ReadonlyMap<string, CryptoKey>;

/** The signer's private key and its `kid`. */
export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

const KID = /^[A-Za-z0-9._-]{1,64}$/;

function assertEd25519(jwk: JWK, what: string): string {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error(`${what}: expected an Ed25519 key (kty OKP, crv Ed25519)`);
  if (typeof jwk.kid !== 'string' || !KID.test(jwk.kid)) throw new Error(`${what}: needs a kid of 1–64 letters, digits, . _ -`);
  return jwk.kid;
}

/** Parses a JWK Set (`{ "keys": [...] }`) of Ed25519 public keys; rejects private parts and duplicate kids. */
export async function parseVerificationKeys(json: string): Promise<VerificationKeys> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('verification keys: not JSON (expected a JWK Set: {"keys":[...]})');
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new Error('verification keys: expected a JWK Set with at least one key');
  const result = new Map<string, CryptoKey>();
  for (const jwk of keys as JWK[]) {
    const kid = assertEd25519(jwk, 'verification key');
    if ('d' in jwk) throw new Error(`verification key ${kid}: contains a private part (d); publish only public keys`);
    if (result.has(kid)) throw new Error(`verification keys: kid ${kid} appears twice`);
    result.set(kid, (await importJWK({ ...jwk, alg: ACCESS_TOKEN_ALG }, ACCESS_TOKEN_ALG)) as CryptoKey);
  }
  return result;
}

/** Parses one private Ed25519 JWK with a `kid` (the user service's signing key). */
export async function parseSigningKey(json: string): Promise<SigningKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(json) as JWK;
  } catch {
    throw new Error('signing key: not JSON (expected a private Ed25519 JWK with a kid)');
  }
  const kid = assertEd25519(jwk, 'signing key');
  if (typeof jwk.d !== 'string') throw new Error(`signing key ${kid}: has no private part (d)`);
  return { kid, key: (await importJWK({ ...jwk, alg: ACCESS_TOKEN_ALG }, ACCESS_TOKEN_ALG)) as CryptoKey };
}
