import { describe, expect, it } from 'vitest';
import { isPermission, isRole, permissions, permissionsOf, permissionsOfService, roles, servicePermissionNames } from './permissions.js';

describe('permissions', () => {
  it('grants an admin everything a shopper has, plus running the shop', () => {
    const shopper = permissionsOf('user');
    const admin = permissionsOf('admin');
    for (const permission of shopper) expect(admin).toContain(permission);
    expect(shopper).not.toContain('users:manage');
    expect(admin).toEqual(expect.arrayContaining(['users:manage', 'catalog:write', 'orders:read:any']));
  });

  it('maps every role to known permissions only', () => {
    for (const role of roles) for (const permission of permissionsOf(role)) expect(permissions).toContain(permission);
  });

  it('recognises only known roles and permissions', () => {
    expect(isRole('admin')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole('ADMIN')).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isPermission('users:manage')).toBe(true);
    expect(isPermission('users:*')).toBe(false);
  });
});

describe('service permissions', () => {
  it('are never granted to a user role nor accepted in a user token claim', () => {
    for (const permission of servicePermissionNames) {
      for (const role of roles) expect(permissionsOf(role)).not.toContain(permission);
      expect(isPermission(permission)).toBe(false);
    }
  });

  it('belong to the order service only', () => {
    expect(permissionsOfService('order')).toEqual(['stock:reserve', 'payments:process']);
    for (const name of ['catalog', 'payment', 'user', 'toString', '__proto__', '']) expect(permissionsOfService(name)).toEqual([]);
  });
});
