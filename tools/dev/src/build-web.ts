// `npm run build:web`: the web bundles of every sub-app in the registry, and the shell.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { webProjects } from './verticals.js';

const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', ...webProjects()], {
  cwd: resolve(import.meta.dirname, '../../..'),
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
