import { createRouter, type Router, type RouterHistory } from 'vue-router';
import type { SessionSource } from '@shop/apps-platform';
import { loginLocation, needsSignIn } from './access';
import { ROUTE, routes } from './routes';

/**
 * The user app's router over the given history (web history per mount, memory history in tests):
 * guarded pages send a signed-out user to sign-in with `?next=`, and the sign-in and register pages
 * send a signed-in one to the account page.
 */
export function createUserRouter(history: RouterHistory, session: SessionSource): Router {
  const router = createRouter({ history, routes, scrollBehavior: () => ({ top: 0 }) });
  router.beforeEach((to) => {
    const signedIn = session.current().user !== null;
    if (!signedIn && needsSignIn(to)) return loginLocation(router, to);
    if (signedIn && to.meta.access === 'guest') return { name: ROUTE.account };
    return true;
  });
  return router;
}
