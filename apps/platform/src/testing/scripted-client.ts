// Test helpers for sub-apps (`@shop/apps-platform/testing`): a GraphQL client scripted by
// operation name, and a session source the test drives.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { vi, type Mock } from 'vitest';
import type { GraphQLClient } from '../graphql-client.js';
import { GraphQLRequestError, type GraphQLErrorCode } from '../graphql-request-error.js';

/** Answers one operation (by name) with data, or throws (see `fail`). */
export type Responder = (operation: string, variables: Record<string, unknown>) => unknown;

/** A client whose `request` (a vitest mock, for call assertions) answers through `respond`. */
export function scriptedClient(respond: Responder): { client: GraphQLClient; request: Mock } {
  const request = vi.fn(async (document: TypedDocumentNode<unknown, Record<string, unknown>>, variables: Record<string, unknown>) => {
    const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return respond(definition?.name?.value ?? '', variables);
  });
  return { client: { request } as unknown as GraphQLClient, request };
}

/** The operation names the client was asked for, in order. */
export function operationsOf(request: Mock): string[] {
  return request.mock.calls.map(([document]) => {
    const definition = (document as TypedDocumentNode).definitions.find((d) => d.kind === 'OperationDefinition');
    return definition?.name?.value ?? '';
  });
}

/** Throws like the client does for a BFF error. */
export function fail(code: GraphQLErrorCode, message: string, field?: string): never {
  throw new GraphQLRequestError({ code, message, field });
}
