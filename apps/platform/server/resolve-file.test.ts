import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from './resolve-file.js';

let root: string;
let outside: string;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'static-outside-'));
  root = join(outside, 'dist');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<html></html>');
  await writeFile(join(root, 'assets', 'app-1a2b.js'), 'export {}');
  await writeFile(join(outside, 'secret.txt'), 'secret');
});

afterAll(() => rm(outside, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  it('finds files under root', async () => {
    expect(await resolveStaticFile(root, '/assets/app-1a2b.js')).toBe(join(root, 'assets', 'app-1a2b.js'));
  });

  it('returns undefined for directories and missing files', async () => {
    expect(await resolveStaticFile(root, '/assets')).toBeUndefined();
    expect(await resolveStaticFile(root, '/catalog/p/x')).toBeUndefined();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', async (path) => {
    expect(await resolveStaticFile(root, path)).toBeUndefined();
  });
});
