import { isEmbedded } from './runtime-config.js';

/**
 * Asks the shell to navigate to a path outside this sub-app (e.g. back to `/catalog/p/x` after
 * signing in). Returns false when standalone (no shell to ask). The shell's host element handles
 * `{ navigate }` in `@datachange`; the timestamp makes a repeat of the same path a new message
 * (micro-app drops data equal to the last one).
 */
export function requestShellNavigation(path: string, win: Window = window): boolean {
  if (!isEmbedded(win) || !win.microApp) return false;
  win.microApp.dispatch({ navigate: path, at: Date.now() });
  return true;
}
