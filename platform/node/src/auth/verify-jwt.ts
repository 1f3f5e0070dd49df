// The one signature check behind both token kinds: a compact JWS of bounded size, EdDSA only (so
// `alg: none` and HMAC tricks fail), the key chosen by `kid` from the trusted set, the claims
// checked by jose; every failure an AuthError.
import { errors, jwtVerify, type JWTPayload, type JWTVerifyOptions } from 'jose';
import { AuthError } from './access-token.js';
import { ACCESS_TOKEN_ALG, type VerificationKeys } from './key-set.js';

const MAX_TOKEN_LENGTH = 4096;

/** Verifies `token` against `keys` with `options` (algorithm fixed); resolves to its payload and kid. */
export async function verifyJwt(
  token: string,
  keys: VerificationKeys,
  options: Omit<JWTVerifyOptions, 'algorithms'>,
): Promise<{ payload: JWTPayload; kid: string }> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || token.split('.').length !== 3) throw new AuthError('malformed');
  try {
    const { payload, protectedHeader } = await jwtVerify(token, (header) => {
      const key = header.kid === undefined ? undefined : keys.get(header.kid);
      if (!key) throw new AuthError('invalid');
      return key;
    }, { ...options, algorithms: [ACCESS_TOKEN_ALG] });
    return { payload, kid: protectedHeader.kid! };
  } catch (error) {
    if (error instanceof AuthError) throw error;
    if (error instanceof errors.JWTExpired) throw new AuthError('expired');
    throw new AuthError('invalid');
  }
}
