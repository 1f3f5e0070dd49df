import type { BaseContext, ContextFactory } from '../graphql/create-yoga.js';
import { getRequestAuth, type RequestAuth } from './request-auth.js';

function attach<C extends BaseContext>(context: C, auth: RequestAuth): C {
  if (auth.viewer && context.viewer === undefined) {
    context.viewer = auth.viewer;
    context.accessToken = auth.accessToken;
  }
  return context;
}

/**
 * Wraps a BFF's context factory so every context carries the verified caller (`viewer`,
 * `accessToken`; both unset when anonymous). Used for both paths, so they see the same caller.
 */
export function withRequestAuth<C extends BaseContext>(factory: ContextFactory<C>): ContextFactory<C> {
  return (input) => {
    const auth = getRequestAuth(input.req);
    const made = factory(input);
    return made instanceof Promise ? made.then((context) => attach(context, auth)) : attach(made, auth);
  };
}
