// A calling service's outgoing tokens: one per callee, minted on first use and re-minted before it
// expires, so a steady stream of calls signs about once per TTL instead of once per call.
import type { SigningKey } from './key-set.js';
import { signServiceToken } from './service-token.js';

/** Settings of a token source. */
export interface ServiceTokenSourceOptions {
  /** Token lifetime (default 300 s). */
  ttlSeconds?: number;
  /** Re-mint when less than this is left (default a fifth of the TTL), so no call carries a nearly expired token. */
  refreshBeforeSeconds?: number;
  now?: () => number;
}

/** Gives `service`'s current token for a callee. */
export interface ServiceTokenSource {
  token(callee: string): Promise<string>;
}

/** A cached token source for `service` signing with `signer`. */
export function createServiceTokenSource(service: string, signer: SigningKey, options: ServiceTokenSourceOptions = {}): ServiceTokenSource {
  const ttlSeconds = options.ttlSeconds ?? 300;
  const refreshBeforeMs = (options.refreshBeforeSeconds ?? ttlSeconds / 5) * 1000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { token: Promise<string>; expiresAt: number }>();
  return {
    token(callee) {
      const cached = cache.get(callee);
      if (cached && cached.expiresAt - refreshBeforeMs > now()) return cached.token;
      const issuedAt = now();
      const token = signServiceToken(service, callee, signer, { ttlSeconds, now: () => issuedAt });
      const entry = { token, expiresAt: Math.floor(issuedAt / 1000) * 1000 + ttlSeconds * 1000 };
      cache.set(callee, entry);
      // A failed signing is not cached: the next call tries again.
      token.catch(() => cache.get(callee) === entry && cache.delete(callee));
      return token;
    },
  };
}
