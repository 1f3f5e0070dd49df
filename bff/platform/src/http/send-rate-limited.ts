import type { ServerResponse } from 'node:http';
import { ErrorCode } from '../graphql/error-codes.js';
import { sendJson } from './send-json.js';

/** The message of every RATE_LIMITED answer. */
export const RATE_LIMITED_MESSAGE = 'Too many requests. Please retry later.';

/** 429 with `Retry-After` and a GraphQL error body (`RATE_LIMITED`, `extensions.retryAfter` seconds). */
export function sendRateLimited(res: ServerResponse, retryAfterSeconds: number): void {
  res.setHeader('retry-after', String(retryAfterSeconds));
  const body = { errors: [{ message: RATE_LIMITED_MESSAGE, extensions: { code: ErrorCode.RateLimited, retryAfter: retryAfterSeconds } }] };
  sendJson(res, 429, JSON.stringify(body));
}
