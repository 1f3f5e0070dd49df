import type { ServerResponse } from 'node:http';

const RESPONSE = Symbol('shop.nodeResponse');
type WithResponse = { [RESPONSE]?: ServerResponse };

/** Remembers the node response of a /graphql request (set by the handler before either path). */
export function setNodeResponse(req: object, res: ServerResponse): void {
  (req as WithResponse)[RESPONSE] = res;
}

/**
 * The node response of a /graphql request, for a context that must set a response header
 * (e.g. a cookie) from a resolver: headers set before the answer is written reach the client
 * on both paths alike. Undefined outside the /graphql handler.
 */
export function getNodeResponse(req: object): ServerResponse | undefined {
  return (req as WithResponse)[RESPONSE];
}
