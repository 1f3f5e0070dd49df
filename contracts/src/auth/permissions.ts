// Roles and the permissions they grant: the one place that says who may do what. Services check
// permissions (never role names); BFFs and the shell mirror them for early answers and UI guards.
// Access tokens carry the permission list, so a role change takes effect at the next refresh.

/** Roles a user can hold, lowest first. */
export const roles = ['user', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Every permission a token can carry. */
export const permissions = [
  'account:manage-own',
  'orders:place',
  'orders:read:own',
  'orders:read:any',
  'orders:manage',
  'catalog:write',
  'users:manage',
] as const;
export type Permission = (typeof permissions)[number];

const shopper: readonly Permission[] = ['account:manage-own', 'orders:place', 'orders:read:own'];

/** Role → permissions; an admin can do all a shopper can, and run the shop. */
export const rolePermissions: Readonly<Record<Role, readonly Permission[]>> = {
  user: shopper,
  admin: [...shopper, 'orders:read:any', 'orders:manage', 'catalog:write', 'users:manage'],
};

/** True when `value` names a known role (for input validation). */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** True when `value` names a known permission (for token claim validation). */
export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (permissions as readonly string[]).includes(value);
}

/** The permissions a role grants. */
export function permissionsOf(role: Role): readonly Permission[] {
  return rolePermissions[role];
}

/**
 * Permissions only services hold (never a user role, never in a user token's claims): the
 * internal RPCs of the checkout saga. A service token proves a service's name; its permissions
 * come from `servicePermissions` below, never from the token.
 */
export const servicePermissionNames = ['stock:reserve', 'payments:process'] as const;
export type ServicePermission = (typeof servicePermissionNames)[number];

/** Service name → what it may call. Only the order service reserves stock and takes payments. */
export const servicePermissions: Readonly<Record<string, readonly ServicePermission[]>> = {
  order: ['stock:reserve', 'payments:process'],
};

/** The permissions of the service `name` (none for a service not in the map). */
export function permissionsOfService(name: string): readonly ServicePermission[] {
  return Object.hasOwn(servicePermissions, name) ? servicePermissions[name]! : [];
}
