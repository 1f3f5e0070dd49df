/**
 * micro-app rc.30 leaves its sandbox `<iframe id="<name>">` in the document after every failed
 * load; left alone, each Retry adds another. Removes them all; returns how many were removed.
 */
export function removeOrphanIframes(appName: string, root: Document = document): number {
  const orphans = root.querySelectorAll(`iframe#${CSS.escape(appName)}`);
  orphans.forEach((iframe) => iframe.remove());
  return orphans.length;
}
