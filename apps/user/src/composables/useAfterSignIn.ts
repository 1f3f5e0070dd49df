import { requestShellNavigation, useSession, type AuthPayload } from '@shop/apps-platform';
import { useRoute, useRouter } from 'vue-router';
import { baseOf, safeNext } from '../router/access';
import { ROUTE } from '../router/routes';

/**
 * After login or register: hands the session to its owner (the shell, or the standalone
 * session), then goes to `?next=` — inside this app through its router, elsewhere through the
 * shell — or to the account page.
 */
export function useAfterSignIn(): (payload: AuthPayload) => Promise<void> {
  const session = useSession();
  const route = useRoute();
  const router = useRouter();
  return async (payload) => {
    session.auth()?.signedIn(payload);
    const next = safeNext(route.query.next);
    const base = baseOf(router);
    if (next === undefined) {
      await router.push({ name: ROUTE.account });
    } else if (next === base || next.startsWith(`${base}/`) || next.startsWith(`${base}?`)) {
      await router.push(next.slice(base.length) || '/');
    } else if (!requestShellNavigation(next)) {
      window.location.assign(next);
    }
  };
}
