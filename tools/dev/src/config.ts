// The orchestrator's own configuration: every port of the registry (verticals.ts), overridable
// by env, plus where data lives and what not to start.
import { loadConfig, port } from '@shop/node-platform';
import { databaseUrl } from '@shop/services-platform';
import { z } from 'zod';
import { portDefaults } from './verticals.js';

// npm start prints and wires fixed URLs, so "pick any port" (0) makes no sense here.
const portVar = (fallback: number) => port(fallback).refine((value) => value > 0, 'expected a port number 1..65535');

const schema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  EMBEDDED_PG_PORT: portVar(5433),
  ...Object.fromEntries(Object.entries(portDefaults()).map(([name, value]) => [name, portVar(value)])),
  /** Where the embedded PostgreSQL cluster, the dev keys and the local manifest live. */
  SHOP_DATA_DIR: z.string().min(1).default('.data'),
  SHOP_SKIP_BUILD: z.enum(['0', '1']).default('0'),
  /** Processes not to start (comma list of nx project names), e.g. to run `nx serve apps-catalog` in their place. */
  SHOP_SKIP: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((name) => name.trim()).filter(Boolean)),
});

/** The orchestrator's config; `ports` holds every registry port by its variable name. */
export interface DevConfig {
  DATABASE_URL?: string;
  EMBEDDED_PG_PORT: number;
  SHOP_DATA_DIR: string;
  SHOP_SKIP_BUILD: '0' | '1';
  SHOP_SKIP: string[];
  SHELL_PORT: number;
  /** Every port variable of the registry (and SHELL_PORT). */
  ports: Record<string, number>;
}

/** Reads the orchestrator's env; throws a ConfigError naming every bad variable. */
export function readDevConfig(env: NodeJS.ProcessEnv): DevConfig {
  const parsed = loadConfig(schema, env) as Record<string, unknown>;
  const ports = Object.fromEntries(Object.keys(portDefaults()).map((name) => [name, parsed[name] as number]));
  return {
    DATABASE_URL: parsed.DATABASE_URL as string | undefined,
    EMBEDDED_PG_PORT: parsed.EMBEDDED_PG_PORT as number,
    SHOP_DATA_DIR: parsed.SHOP_DATA_DIR as string,
    SHOP_SKIP_BUILD: parsed.SHOP_SKIP_BUILD as '0' | '1',
    SHOP_SKIP: parsed.SHOP_SKIP as string[],
    SHELL_PORT: ports.SHELL_PORT!,
    ports,
  };
}
