/**
 * Makes a root-relative href rendered by a sub-app absolute to the shell's origin. Without it a
 * sub-app link points at the sub-app's own server: a click works (micro-app intercepts it) but
 * "open in new tab" and copied links land outside the shell.
 */
export function resolveSubAppHref(href: string, shellOrigin: string): string {
  return href.startsWith('/') && !href.startsWith('//') ? shellOrigin + href : href;
}
