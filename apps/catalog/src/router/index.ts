import { createRouter, type Router, type RouterHistory } from 'vue-router';
import { routes } from './routes';

/** The catalog router over the given history (web history per mount, memory history in tests). */
export function createCatalogRouter(history: RouterHistory): Router {
  return createRouter({
    history,
    routes,
    // New page → top; back/forward → where the user was.
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
