import { describe, expect, it } from 'vitest';
import { boundaryViolation, type Project } from './boundaries.js';

const p = (name: string, scope: string, type: string): Project => ({ name, tags: [`scope:${scope}`, `type:${type}`] });
const appsCatalog = p('apps-catalog', 'catalog', 'app');
const appsPlatform = p('apps-platform', 'shared', 'platform');
const bffCatalog = p('bff-catalog', 'catalog', 'bff');
const bffPlatform = p('bff-platform', 'shared', 'platform');
const servicesCatalog = p('services-catalog', 'catalog', 'service');
const servicesPlatform = p('services-platform', 'shared', 'platform');
const contracts = p('contracts', 'shared', 'contracts');
const bffUser = p('bff-user', 'user', 'bff');

describe('boundaryViolation', () => {
  it('lets a project use its tier platform and the contracts', () => {
    expect(boundaryViolation(appsCatalog, appsPlatform)).toBeNull();
    expect(boundaryViolation(bffCatalog, bffPlatform)).toBeNull();
    expect(boundaryViolation(bffCatalog, contracts)).toBeNull();
    expect(boundaryViolation(servicesCatalog, servicesPlatform)).toBeNull();
  });

  it('keeps tiers apart', () => {
    expect(boundaryViolation(bffCatalog, servicesCatalog)).toMatch(/tier/);
    expect(boundaryViolation(bffCatalog, servicesPlatform)).toMatch(/tier/);
    expect(boundaryViolation(appsCatalog, bffPlatform)).toMatch(/tier/);
  });

  it('keeps verticals apart and never imports an app', () => {
    expect(boundaryViolation(bffCatalog, bffUser)).toMatch(/scope/);
    expect(boundaryViolation(p('shell', 'shared', 'app'), appsCatalog)).toMatch(/scope|app/);
  });
});
