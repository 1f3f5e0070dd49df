/**
 * True when a POST may execute: its Content-Type is `application/json`, optionally with
 * parameters — exactly yoga's JSON rule (first entry of a comma list, case as sent).
 * Everything else (forms, multipart, text/plain, application/graphql, none…) is answered
 * 415 before any GraphQL work: those are the shapes a browser sends cross-site without a
 * CORS preflight.
 */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  if (contentType === 'application/json') return true;
  const first = contentType.split(',')[0]!;
  return first === 'application/json' || first.startsWith('application/json;');
}
