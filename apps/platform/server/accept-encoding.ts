/** Encodings the static server can send, in order of preference when the client rates them equally. */
export type Encoding = 'br' | 'gzip' | 'identity';

const PREFERENCE: readonly Encoding[] = ['br', 'gzip', 'identity'];

// RFC 9110 qvalue: 0..1 with up to three decimals.
const QVALUE = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/** Parses `Accept-Encoding` into coding → q (lower-case codings; a malformed q counts as 0). */
function parseAcceptEncoding(header: string): Map<string, number> {
  const ratings = new Map<string, number>();
  for (const part of header.split(',')) {
    const [coding, ...params] = part.split(';').map((piece) => piece.trim());
    if (!coding) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/i.exec(param);
      if (match) q = QVALUE.test(match[1]!) ? Number(match[1]) : 0;
    }
    ratings.set(coding.toLowerCase(), q);
  }
  return ratings;
}

/**
 * Picks the encoding to send among `available` (the precompressed variants that exist, plus
 * identity): the highest q wins, ties go to br, then gzip, then identity; `q=0` (directly or via
 * `*;q=0`) rules a coding out. No header means identity. Identity is the fallback even when the
 * client refuses it: a 406 would only break the page.
 */
export function negotiateEncoding(header: string | undefined, available: readonly Encoding[]): Encoding {
  if (!header) return 'identity';
  const ratings = parseAcceptEncoding(header);
  const star = ratings.get('*');
  let best: Encoding = 'identity';
  let bestQ = -1;
  for (const encoding of PREFERENCE) {
    if (encoding !== 'identity' && !available.includes(encoding)) continue;
    // identity is acceptable unless refused explicitly (or by `*;q=0` without its own rating).
    const q = ratings.get(encoding) ?? star ?? (encoding === 'identity' ? 0.001 : 0);
    if (q > 0 && q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}
