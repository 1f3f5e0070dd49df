import { bindHost, loadConfig, port } from '@shop/node-platform';
import { z } from 'zod';

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' })
  .transform((value) => new URL(value).toString());

/** `PORT` (or another variable) as a port, or the default; a bad value throws a ConfigError naming it. */
export function portFromEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env, variable = 'PORT'): number {
  return loadConfig(z.object({ [variable]: port(defaultPort) }), env)[variable] as number;
}

/** The BFF URL from `BFF_URL`, or the default; anything but an absolute http(s) URL throws a ConfigError. */
export function bffUrlFromEnv(defaultUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return loadConfig(z.object({ BFF_URL: httpUrl.default(defaultUrl) }), env).BFF_URL;
}

/** The interface to bind from `HOST` (or another variable): loopback `127.0.0.1` unless set; containers set `0.0.0.0`. */
export function hostFromEnv(env: NodeJS.ProcessEnv = process.env, variable = 'HOST'): string {
  return loadConfig(z.object({ [variable]: bindHost() }), env)[variable] as string;
}
