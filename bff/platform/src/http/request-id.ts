import { randomUUID } from 'node:crypto';

const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** Name of the header carrying the request id in and out (and into gRPC metadata). */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Returns the caller's request id when it is a sane token (8–128 chars of [A-Za-z0-9._:-]),
 * otherwise a fresh UUID — garbage or oversized ids never reach logs or metadata.
 */
export function resolveRequestId(incoming: string | string[] | undefined | null): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  if (value && VALID_REQUEST_ID.test(value)) return value;
  return randomUUID();
}

const REQUEST_ID = Symbol('shop.requestId');
type WithRequestId = { [REQUEST_ID]?: string };

/** Remembers the resolved request id on the node request (read by the yoga context). */
export function setRequestId(req: object, id: string): void {
  (req as WithRequestId)[REQUEST_ID] = id;
}

/** The request id resolved for this node request (a fresh one if none was set). */
export function getRequestId(req: object): string {
  const holder = req as WithRequestId;
  return (holder[REQUEST_ID] ??= randomUUID());
}
