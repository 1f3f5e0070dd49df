// initdb for an embedded cluster: password auth for the `postgres` role, run as the postgres OS
// user when we are root. The password reaches initdb through a file in a private temp folder
// next to the data directory (never a predictable path in a shared folder).
import { execFile } from 'node:child_process';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { RunAs } from './postgres-access.js';
import type { PostgresBinaries } from './postgres-binaries.js';

const execFileAsync = promisify(execFile);

/** What initdb needs. */
export interface InitClusterOptions {
  binaries: PostgresBinaries;
  dataDir: string;
  user: string;
  password: string;
  runAs: RunAs;
}

/** Creates a new cluster in `dataDir` (which must not hold one yet); throws with initdb's output. */
export async function initCluster({ binaries, dataDir, user, password, runAs }: InitClusterOptions): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const secrets = await mkdtemp(join(dirname(dataDir), '.initdb-'));
  try {
    const pwfile = join(secrets, 'pwfile');
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) {
      for (const path of [dataDir, secrets, pwfile]) await chown(path, runAs.uid, runAs.gid ?? runAs.uid);
    }
    await execFileAsync(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=password', `--username=${user}`, `--pwfile=${pwfile}`, '--lc-messages=C'],
      { ...runAs, env: { ...process.env, LC_MESSAGES: 'C' }, timeout: 120_000 },
    ).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`initdb failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim(), { cause: error });
    });
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}
