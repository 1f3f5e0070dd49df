/** The running build's version: SHOP_VERSION (set by deploys) or a dev marker. */
export function serviceVersion(env: Record<string, string | undefined> = process.env): string {
  return env.SHOP_VERSION ?? '0.0.0-dev';
}
