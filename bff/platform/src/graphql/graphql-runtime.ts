import { createRequire } from 'node:module';

/**
 * graphql as yoga, graphql-jit and graphql-armor load it (the CommonJS build). Code that
 * inspects yoga's schema types must use this copy: graphql's type predicates refuse types
 * from another copy, and a bundler or test runner may hand our own `import` the ESM build.
 */
export const graphqlRuntime = createRequire(import.meta.url)('graphql') as typeof import('graphql');
