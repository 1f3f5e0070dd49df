// `npm run lint` step: every `@shop/*` import in production code must respect the boundaries.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { boundaryViolation, type Project } from './boundaries.js';

const root = resolve(import.meta.dirname, '../../..');
const source = /\.(ts|vue)$/;
const testFile = /\.(int\.)?test\.ts$|\/testing\//;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', 'gen', '.nx'].includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (source.test(entry.name) && !testFile.test(path)) yield path;
  }
}

const rootPackage = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
const projects = new Map<string, Project & { dir: string }>();
for (const dir of rootPackage.workspaces) {
  const pkg = JSON.parse(await readFile(join(root, dir, 'package.json'), 'utf8')) as { name: string; nx: Project };
  projects.set(pkg.name, { ...pkg.nx, dir });
}

const problems: string[] = [];
for (const from of projects.values()) {
  for await (const file of files(join(root, from.dir))) {
    const text = await readFile(file, 'utf8');
    for (const [, name] of text.matchAll(/from ['"](@shop\/[a-z-]+)/g)) {
      const to = projects.get(name!);
      const why = to ? boundaryViolation(from, to) : `unknown package ${name}`;
      if (why && to !== from) problems.push(`${relative(root, file)}: ${why}`);
    }
  }
}
if (problems.length) {
  console.error(`Workspace boundary violations:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`boundaries: ${projects.size} projects checked, no violations`);
