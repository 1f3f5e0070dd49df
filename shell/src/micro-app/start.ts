import microApp from '@micro-zoe/micro-app';
import { resolveSubAppHref } from './a-href-resolver.js';

/** Starts micro-app once for the whole shell: iframe sandbox, native router mode, shell-origin links. */
export function startMicroApp(): void {
  microApp.start({
    // The default `with` sandbox cannot run Vite's ES-module output.
    iframe: true,
    // `search` mode ignores baseroute and hides the sub-app path in the query string.
    'router-mode': 'native',
    aHrefResolver: (href) => resolveSubAppHref(href, window.location.origin),
  });
}
