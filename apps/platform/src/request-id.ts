/** A fresh id for `x-request-id`; UUID where the browser offers it (secure contexts). */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Plain-http non-localhost origins have no randomUUID; uniqueness, not secrecy, matters here.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
