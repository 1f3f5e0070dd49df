import { readFile, stat } from 'node:fs/promises';
import { contentTypeFor } from './content-type.js';
import { negotiateEncoding, type Encoding } from './accept-encoding.js';

/** A file ready to send: its bytes in the negotiated encoding and the headers that describe them. */
export interface FileResponse {
  body: Buffer;
  headers: Record<string, string>;
}

const SUFFIX: Record<Exclude<Encoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads `file`, or its precompressed `.br` / `.gz` twin when the client accepts that encoding
 * (see `negotiateEncoding`). Always sends `Vary: Accept-Encoding` (caches must key on it) and the
 * length of the bytes actually sent.
 */
export async function readFileResponse(file: string, acceptEncoding: string | undefined, cacheControl: string): Promise<FileResponse> {
  const available: Encoding[] = ['identity'];
  for (const encoding of ['br', 'gzip'] as const) {
    if (await isFile(file + SUFFIX[encoding])) available.push(encoding);
  }
  const encoding = negotiateEncoding(acceptEncoding, available);
  const path = encoding === 'identity' ? file : file + SUFFIX[encoding];
  const [body, info] = await Promise.all([readFile(path), stat(path)]);
  const headers: Record<string, string> = {
    // One tag per representation, from size and mtime: a rebuilt file gets a new one.
    ETag: `"${info.size.toString(36)}-${Math.trunc(info.mtimeMs).toString(36)}-${encoding}"`,
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(body.length),
    'Cache-Control': cacheControl,
    Vary: 'Accept-Encoding',
  };
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  return { body, headers };
}
