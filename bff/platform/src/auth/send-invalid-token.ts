import type { ServerResponse } from 'node:http';
import type { AuthError } from '@shop/node-platform/auth';
import { ErrorCode } from '../graphql/error-codes.js';
import { sendGraphQLError } from '../http/send-json.js';

/** The challenge for a token that was sent but proves nothing (RFC 6750 §3.1). */
export const INVALID_TOKEN_CHALLENGE = 'Bearer error="invalid_token"';

/**
 * Answers a request whose bearer token is malformed, forged, expired, from another issuer or
 * signed by an unknown key: 401, `WWW-Authenticate: Bearer error="invalid_token"`, and a
 * GraphQL error body with code UNAUTHENTICATED — before the fast path or yoga, so both
 * paths answer the same bytes. The message says only "invalid" or "expired".
 */
export function sendInvalidToken(res: ServerResponse, error: AuthError): void {
  res.setHeader('www-authenticate', INVALID_TOKEN_CHALLENGE);
  sendGraphQLError(res, 401, ErrorCode.Unauthenticated, error.message);
}
