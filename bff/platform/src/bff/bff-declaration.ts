// A BFF is a declaration: its name, default port and CORS origins, its own env, schema,
// resolvers and service costs, and a `create` that builds its gateways and context. The
// platform does the rest (config, app, server, health, shutdown) the same way for every BFF.
import type { z } from 'zod';
import type { Logger } from '@shop/node-platform';
import type { BffApp, BffAppOptions } from '../app/create-bff-app.js';
import type { ServiceCostDeclaration } from '../graphql/budget/declaration.js';
import type { QueryLimits } from '../graphql/complexity-limits.js';
import type { BaseContext, ContextFactory } from '../graphql/create-yoga.js';
import type { BffConfig } from './bff-config.js';

/** What a declaration's `create` returns: its per-request context and its dependencies' lifecycle. */
export interface BffParts<C extends BaseContext> {
  createContext: ContextFactory<C>;
  /** Readiness of the BFF's dependencies (/readyz), e.g. the services' gRPC health. */
  ready(): Promise<boolean>;
  /** Releases what `create` opened (gRPC channels); called after the server stopped. */
  close(): Promise<void> | void;
  /**
   * Called when the server starts stopping, before in-flight requests drain: end long-lived
   * responses (live subscriptions) here so the drain does not wait for them; clients reconnect.
   */
  beforeStop?(): void;
  /** Routes beyond /graphql, /healthz and /readyz (e.g. images). */
  routes?(app: BffApp): void;
  /** More createBffApp options (plugins, body limit; auth and rate limits as they arrive). */
  appOptions?: BffExtraAppOptions<C>;
}

/** The createBffApp options a declaration does not already set through its fields or config. */
export type BffExtraAppOptions<C extends BaseContext> = Partial<
  Omit<BffAppOptions<C>, 'name' | 'version' | 'schema' | 'resolvers' | 'createContext' | 'ready' | 'corsOrigins' | 'production' | 'graphiql' | 'fastPath'>
>;

/** The declaration of one BFF. */
export interface BffDeclaration<TEnvShape extends z.ZodRawShape, TOwn extends object, C extends BaseContext> {
  /** Vertical name: app and logger name `bff-<name>`. */
  name: string;
  /** Reported by /healthz (default SHOP_VERSION or `0.0.0-dev`). */
  version?: string;
  /** Default PORT. */
  port: number;
  /** Default CORS_ORIGINS (the sub-app's and the shell's dev origins). */
  corsOrigins: readonly string[];
  /** Variables beyond the shared ones, as a zod object shape (e.g. CATALOG_SERVICE_ADDR). */
  env: TEnvShape;
  /** The BFF's own settings from its parsed variables (merged into the config). */
  settings(env: z.output<z.ZodObject<TEnvShape>>): TOwn;
  /** SDL from contracts/graphql. */
  schema: string;
  resolvers: object;
  /** Which fields call which service, and how many rows (see budget/declaration.ts). */
  serviceCosts?: ServiceCostDeclaration;
  limits?: Partial<QueryLimits>;
  /** Builds gateways and the context factory for one app instance. */
  create(config: BffConfig & TOwn, logger: Logger): BffParts<C>;
}

/** Identity, for type inference: `export const catalogBff = defineBff({ … })`. */
export function defineBff<TEnvShape extends z.ZodRawShape, TOwn extends object, C extends BaseContext>(
  declaration: BffDeclaration<TEnvShape, TOwn, C>,
): BffDeclaration<TEnvShape, TOwn, C> {
  return declaration;
}

/** Any BFF declaration (for helpers that only need its identity). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyBffDeclaration = BffDeclaration<z.ZodRawShape, any, any>;
