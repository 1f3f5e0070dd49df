// BFF-specific env schemas. Config loading, ports, NODE_ENV and LOG_LEVEL are shared by every
// tier and come from node-platform (re-exported here so a BFF imports one platform).
import { booleanFlag, serviceAddrVar } from '@shop/node-platform';

export { serviceAddrVar };
import { z } from 'zod';

/** Zod schema for a comma list of origins (`scheme://host[:port]`), never `*`. */
export function corsOriginsVar(defaultOrigins: string) {
  return z
    .string()
    .default(defaultOrigins)
    .transform((raw, ctx) => {
      const origins: string[] = [];
      for (const item of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
        const origin = toOrigin(item);
        if (origin === undefined) {
          ctx.addIssue({ code: 'custom', message: `"${item}" is not an http(s) origin` });
          return z.NEVER;
        }
        origins.push(origin);
      }
      return origins;
    });
}

function toOrigin(item: string): string | undefined {
  try {
    const url = new URL(item);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' || url.search || url.hash) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/** Zod schema for an optional absolute http(s) URL (e.g. PUBLIC_URL); trailing slash removed. */
export const optionalUrlVar = z
  .url({ protocol: /^https?$/ })
  .transform((u) => u.replace(/\/+$/, ''))
  .optional();

/** Zod schema for TRUST_PROXY: trust X-Forwarded-Host/-Proto and Host (default false). */
export const trustProxyVar = booleanFlag(false);

/**
 * Object-level rule for a BFF that emits absolute URLs: in production the public origin must be
 * configured (PUBLIC_URL), or the headers of a trusted proxy (TRUST_PROXY=true) must name it;
 * without either, links would point at the container's own address.
 */
export function requirePublicOriginInProduction(
  value: { NODE_ENV: string; PUBLIC_URL?: string | undefined; TRUST_PROXY: boolean },
  ctx: z.RefinementCtx,
): void {
  if (value.NODE_ENV !== 'production' || value.PUBLIC_URL || value.TRUST_PROXY) return;
  ctx.addIssue({
    code: 'custom',
    path: ['PUBLIC_URL'],
    message: 'required when NODE_ENV=production (or set TRUST_PROXY=true behind a proxy that sets X-Forwarded-Host/-Proto)',
  });
}

export {
  ConfigError,
  configErrorText,
  loadConfig,
  loadConfigOrExit,
  port,
  logLevel,
  nodeEnv,
  booleanFlag,
  bindHost,
} from '@shop/node-platform';
