/** One request's memo of service calls: identical calls (same key) share one promise. */
export interface RequestMemo {
  /** The promise of the call for `key`, starting it with `call` the first time. */
  once<T>(key: string, call: () => Promise<T>): Promise<T>;
}

/**
 * Creates a request-scoped memo (put one in each request's context), so two identical
 * aliased fields make one service call. A failed call stays failed for the request, like a
 * DataLoader; nothing outlives the request.
 */
export function createRequestMemo(): RequestMemo {
  let calls: Map<string, Promise<unknown>> | undefined;
  return {
    once<T>(key: string, call: () => Promise<T>): Promise<T> {
      calls ??= new Map();
      let promise = calls.get(key) as Promise<T> | undefined;
      if (promise === undefined) {
        promise = call();
        calls.set(key, promise);
      }
      return promise;
    },
  };
}
