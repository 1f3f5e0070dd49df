import { createRouter, type Router, type RouterHistory } from 'vue-router';
import { routes } from './routes';

/** The order app's router over the given history (web history per mount, memory history in tests). */
export function createOrderRouter(history: RouterHistory): Router {
  return createRouter({ history, routes, scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 } });
}
