import { computed, getCurrentScope, inject, onScopeDispose, shallowRef, type App, type ComputedRef, type InjectionKey, type ShallowRef } from 'vue';
import { anonymousSession } from './global-data-session.js';
import { hasPermission, type SessionAuth, type SessionSource, type SessionUser, type SharedSession } from './types.js';

const SESSION: InjectionKey<SessionSource> = Symbol('session');

/** Makes `source` the session of every component of `app` (`useSession()`). */
export function provideSession(app: App, source: SessionSource): void {
  app.provide(SESSION, source);
}

/** The reactive session of a sub-app. */
export interface SessionState {
  session: Readonly<ShallowRef<SharedSession>>;
  user: ComputedRef<SessionUser | null>;
  signedIn: ComputedRef<boolean>;
  /** True when the user holds the permission (the BFF checks again; this only shapes the UI). */
  can(permission: string): boolean;
  /** The session owner's functions (signedIn, signOut, refresh); undefined when anonymous. */
  auth(): SessionAuth | undefined;
}

/**
 * The current session, kept up to date from the session source (the shell's global data inside
 * the shell): re-renders on login, logout and refresh. Without a provided source: anonymous.
 */
export function useSession(): SessionState {
  const source = inject(SESSION, undefined) ?? anonymousSession();
  const session = shallowRef(source.current());
  const unsubscribe = source.subscribe((next) => (session.value = next));
  if (getCurrentScope()) onScopeDispose(unsubscribe);
  const user = computed(() => session.value.user);
  return {
    session,
    user,
    signedIn: computed(() => user.value !== null),
    can: (permission) => hasPermission(user.value, permission),
    auth: () => source.auth(),
  };
}
