// Content-Security-Policy builders. What each source is for was found by experiment in Chromium
// with micro-app 1.0.0-rc.30 (see apps/platform/README.md "Security headers").

/** A CSP as directive → sources, e.g. `{ 'script-src': ["'self'"] }`. */
export type CspDirectives = Record<string, readonly string[]>;

/** Where a sub-app's BFF and a host's sub-apps live; URLs, reduced to their origins. */
export interface MicroAppHostSources {
  /** Sub-app entry URLs (the manifest's `entry`). */
  entries: readonly string[];
  /** BFF URLs the sub-apps call (the manifest's `bffUrl`); product images come from there too. */
  bffUrls: readonly string[];
}

/**
 * The strictest policy a built Vite app needs on its own: same-origin scripts, styles, images,
 * fonts and fetches; no plugins, no `<base>` elsewhere, forms only to itself, framed only by its
 * own origin.
 */
export function baselineCsp(): CspDirectives {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'self'"],
  };
}

/** A standalone sub-app: the baseline plus its BFF (GraphQL and product images) and `data:` icons. */
export function subAppCsp(bffUrl: string): CspDirectives {
  const base = baselineCsp();
  const bff = originsOf([bffUrl]);
  return { ...base, 'img-src': [...base['img-src']!, 'data:', ...bff], 'connect-src': [...base['connect-src']!, ...bff] };
}

/**
 * A micro-app host (the shell): what micro-app 1.0.0-rc.30's iframe sandbox needs on top of the
 * baseline — `'unsafe-eval'` (initGlobalEnv runs `Function('return window')()`), the entries'
 * origins for module scripts, `fetch` of HTML/JS/CSS and the sandbox's `<base>`, inline styles
 * (scoped CSS is injected as `<style>`), and `frame-src 'self'` (the sandbox iframe loads the
 * host's own URL, which is why `frame-ancestors` must stay `'self'`, not `'none'`). No inline
 * scripts: sub-apps ship module files (micro-app would inject classic scripts as inline text).
 */
export function microAppHostCsp(sources: MicroAppHostSources): CspDirectives {
  const base = baselineCsp();
  const entries = originsOf(sources.entries);
  const bffs = originsOf(sources.bffUrls);
  return {
    ...base,
    'script-src': ["'self'", "'unsafe-eval'", ...entries],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", ...bffs],
    'connect-src': ["'self'", ...entries, ...bffs],
    'frame-src': ["'self'"],
    'base-uri': ["'self'", ...entries],
  };
}

/** Serializes directives into a header value (`a b; c d`), dropping duplicate sources. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...new Set(sources)].join(' '))
    .join('; ');
}

/** The distinct origins of absolute http(s) URLs; anything else is skipped (never widens the policy). */
export function originsOf(urls: readonly string[]): string[] {
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const parsed = new URL(url);
      if (parsed.protocol === 'http:' || parsed.protocol === 'https:') origins.add(parsed.origin);
    } catch {
      // not a URL: contributes nothing
    }
  }
  return [...origins];
}
