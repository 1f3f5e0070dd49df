/** True when `path` equals `prefix` or lies below it (segment-wise, so /catalogue is not under /catalog). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
