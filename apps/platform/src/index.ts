// Browser entry (`@shop/apps-platform`): what every sub-app shares.
export { defineSubApp } from './define-sub-app.js';
export type { SubAppContext, SubAppDefinition } from './define-sub-app.js';
export { fetchRuntimeConfig, isEmbedded, readShellConfig } from './runtime-config.js';
export type { RuntimeConfig } from './runtime-config.js';
export { createGraphQLClient } from './graphql-client.js';
export type { GraphQLClient, GraphQLClientOptions, GraphQLRequestOptions } from './graphql-client.js';
export { GraphQLRequestError, isRetryable, toErrorCode } from './graphql-request-error.js';
export type { GraphQLErrorCode } from './graphql-request-error.js';
export { provideGraphQLClient, useGraphQLClient } from './graphql-client-injection.js';
export { useGraphQLQuery } from './use-graphql-query.js';
export type { GraphQLQueryState } from './use-graphql-query.js';
export { newRequestId } from './request-id.js';
export type { MicroAppBridge } from './global.d.ts';
export { default as ErrorState } from './components/ErrorState.vue';
export { default as EmptyState } from './components/EmptyState.vue';
export { default as LoadingState } from './components/LoadingState.vue';
export * from './session/index.js';
export { requestShellNavigation } from './shell-navigation.js';
