// Workspace boundaries (STYLE.md "Workspace boundaries"): which project may import which,
// decided from the nx tags in each package.json. Tests may reach further (a BFF's integration
// test starts the real service), production code may not.

export interface Project {
  name: string;
  tags: string[];
}

const tag = (project: Project, kind: 'scope' | 'type') =>
  project.tags.find((value) => value.startsWith(`${kind}:`))?.slice(kind.length + 1);

/** The tier a project belongs to, from its name: apps/shell, bff, services, or none. */
function tier(project: Project): string | undefined {
  if (project.name === 'shell' || project.name.startsWith('apps-')) return 'apps';
  if (project.name.startsWith('bff-')) return 'bff';
  if (project.name.startsWith('services-')) return 'services';
  return undefined;
}

/** Returns why `from` may not import `to`, or null when the import is allowed. */
export function boundaryViolation(from: Project, to: Project): string | null {
  const fromType = tag(from, 'type');
  if (fromType === 'e2e' || fromType === 'tool') return null;
  const fromScope = tag(from, 'scope');
  const toScope = tag(to, 'scope');
  if (toScope !== 'shared' && toScope !== fromScope) {
    return `${from.name} (scope:${fromScope}) may not import ${to.name} (scope:${toScope})`;
  }
  if (tag(to, 'type') === 'contracts' || tag(to, 'type') === 'runtime') return null;
  const toType = tag(to, 'type');
  if (toType === 'app' || toType === 'e2e' || toType === 'tool') return `${from.name} may not import ${toType} ${to.name}`;
  if (tier(from) !== tier(to)) return `${from.name} (${tier(from)} tier) may not import ${to.name} (${tier(to)} tier)`;
  return null;
}
