import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockingFolder, canReach } from './postgres-access.js';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'pg-access-'));
  await chmod(base, 0o755);
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const other = { uid: 65_534, gid: 65_534 }; // nobody: neither owner nor group of our folders

describe('blockingFolder', () => {
  it('names the first folder the user cannot pass through', async () => {
    const closed = join(base, 'closed');
    await mkdir(join(closed, 'inner'), { recursive: true });
    await chmod(closed, 0o700);
    expect(await blockingFolder(join(closed, 'inner', 'bin', 'postgres'), other)).toBe(closed);
    expect(await canReach(join(base, 'open', 'x'), other)).toBe(true);
  });

  it('uses the owner and group bits when they apply', async () => {
    if (process.getuid?.() !== 0) return; // chown needs root
    const owned = join(base, 'owned');
    await mkdir(owned, { mode: 0o700 });
    await chown(owned, other.uid, 0);
    expect(await canReach(join(owned, 'data'), other)).toBe(true);
    await chown(owned, 0, other.gid);
    await chmod(owned, 0o710);
    expect(await canReach(join(owned, 'data'), other)).toBe(true);
  });

  it('lets our own user through (no runAs: the server runs as us)', async () => {
    await chmod(base, 0o700);
    expect(await blockingFolder(join(base, 'x'), {})).toBeUndefined();
  });
});
