/** The two media types a regular (non-streaming) GraphQL result can be sent as. */
export type ResultMediaType = 'application/graphql-response+json' | 'application/json';

const REGULAR: readonly ResultMediaType[] = ['application/graphql-response+json', 'application/json'];
const memo = new Map<string, ResultMediaType | null>();

function matches(asked: string, offered: string): boolean {
  const [askedPre, askedSuf] = asked.split('/');
  const [pre, suf] = offered.split('/');
  return (askedPre === '*' || askedPre === pre) && (askedSuf === '*' || askedSuf === suf);
}

function compute(accept: string): ResultMediaType | null {
  // Same walk as yoga's result-processor selection: entries reversed, utf-8 only, last match wins.
  const asked = accept.replace(/\s/g, '').toLowerCase().split(',');
  const mediaTypes: string[] = [];
  for (const entry of asked) {
    const [mediaType, ...params] = entry.split(';');
    if (mediaType === undefined) continue;
    const charset = params.find((p) => p.includes('charset=')) ?? 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    mediaTypes.push(mediaType);
  }
  let chosen: ResultMediaType | null = null;
  for (const mediaType of mediaTypes.reverse()) {
    for (const offered of REGULAR) if (matches(mediaType, offered)) chosen = offered;
  }
  return chosen;
}

/**
 * The media type yoga would answer a regular result with for this Accept header, or null
 * when yoga would refuse it (the fast path then leaves the request to yoga).
 */
export function regularMediaType(accept: string | undefined): ResultMediaType | null {
  const key = accept ?? '*/*';
  let chosen = memo.get(key);
  if (chosen === undefined) {
    chosen = compute(key);
    if (memo.size < 256) memo.set(key, chosen);
  }
  return chosen;
}
