/** Parses `PORT` (or returns the default); a bad value throws a message naming the variable. */
export function portFromEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.PORT === undefined || env.PORT === '') return defaultPort;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  }
  return port;
}

/** The BFF URL from `BFF_URL`, or the default; anything but an absolute http(s) URL throws. */
export function bffUrlFromEnv(defaultUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env.BFF_URL || defaultUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BFF_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BFF_URL must use http or https, got "${value}"`);
  }
  return url.toString();
}
