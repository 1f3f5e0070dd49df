// The order app's live subscription transport: SSE to its BFF with the session's bearer token.
import { inject, type App, type InjectionKey } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { subscribeOverSse, type SessionSource } from '@shop/apps-platform';

export type Subscribe = <TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  signal: AbortSignal,
  onNext: (data: TResult) => void,
) => Promise<void>;

const KEY: InjectionKey<Subscribe> = Symbol('order-live');

/** Provides the transport for `url` (the BFF's /graphql) with `session`'s token. */
export function provideLive(app: App, url: string, session: SessionSource): void {
  provideLiveTransport(app, (document, variables, signal, onNext) => {
    const token = session.current().accessToken;
    return subscribeOverSse(document, variables, { url, signal, headers: { Authorization: token ? `Bearer ${token}` : undefined } }, onNext);
  });
}

/** Provides any transport (tests script one). */
export function provideLiveTransport(app: App, subscribe: Subscribe): void {
  app.provide(KEY, subscribe);
}

/** The app's subscription transport. */
export function useLive(): Subscribe {
  const subscribe = inject(KEY);
  if (!subscribe) throw new Error('useLive() needs provideLive()');
  return subscribe;
}
