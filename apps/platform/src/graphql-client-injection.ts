import { inject, type App, type InjectionKey } from 'vue';
import type { GraphQLClient } from './graphql-client.js';

const GRAPHQL_CLIENT: InjectionKey<GraphQLClient> = Symbol('graphql-client');

/** Makes `client` available to every component of `app` through `useGraphQLClient()`. */
export function provideGraphQLClient(app: App, client: GraphQLClient): void {
  app.provide(GRAPHQL_CLIENT, client);
}

/** The sub-app's GraphQL client; throws when called outside a sub-app created by `defineSubApp`. */
export function useGraphQLClient(): GraphQLClient {
  const client = inject(GRAPHQL_CLIENT);
  if (!client) throw new Error('No GraphQL client provided: create the app through defineSubApp');
  return client;
}
