import type { MicroAppBridge } from '../global.d.ts';
import { parseAuth, parseSession } from './parse-session.js';
import { SIGNED_OUT, type SessionSource, type SharedSession } from './types.js';

/**
 * The session the shell shares through micro-app global data. Listens with
 * `addGlobalDataListener(fn, true)` (global data is cached: a sub-app mounted later still gets
 * it); `dispose()` removes the listener (on unmount).
 */
export function globalDataSession(bridge: MicroAppBridge): SessionSource & { dispose(): void } {
  let session: SharedSession = parseSession(bridge.getGlobalData());
  const listeners = new Set<(session: SharedSession) => void>();
  const onGlobalData = (data: Record<string, unknown>): void => {
    session = parseSession(data);
    for (const listener of listeners) listener(session);
  };
  bridge.addGlobalDataListener(onGlobalData, true);
  return {
    current: () => session,
    auth: () => parseAuth(bridge.getGlobalData()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose: () => bridge.removeGlobalDataListener(onGlobalData),
  };
}

/** No session at all: a standalone sub-app without a session of its own. */
export function anonymousSession(): SessionSource {
  return { current: () => SIGNED_OUT, auth: () => undefined, subscribe: () => () => undefined };
}
