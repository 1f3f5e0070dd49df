/** Default: refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 30_000;

// setTimeout's limit (about 24.8 days); longer delays would fire at once.
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * How long to wait before refreshing a token that expires at `expiresAt`: `margin` before its
 * expiry. `undefined` when that moment is less than a second away (or the instant is unreadable):
 * such a short-lived token is refreshed on demand only, when a call answers UNAUTHENTICATED,
 * instead of in a tight loop.
 */
export function refreshDelay(expiresAt: string | null, now: number, margin = REFRESH_MARGIN_MS): number | undefined {
  const expiry = expiresAt === null ? Number.NaN : Date.parse(expiresAt);
  if (Number.isNaN(expiry)) return undefined;
  const delay = expiry - now - margin;
  return delay < 1_000 ? undefined : Math.min(delay, MAX_DELAY_MS);
}
