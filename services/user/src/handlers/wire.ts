// Accounts on the wire: rows and sessions → protobuf messages, roles both ways.
import { permissionsOf, type Role as RoleName } from '@shop/contracts/auth';
import { Role, type Session, type User } from '@shop/contracts/user/v1';
import { invalidArgument, toRfc3339 } from '@shop/services-platform';
import type { AccountSession } from '../accounts/sessions.js';
import type { UserRow } from '../db/schema/users.js';

const toWireRole: Record<RoleName, Role> = { user: Role.ROLE_USER, admin: Role.ROLE_ADMIN };

/** The protobuf User for a row (never the password hash). */
export function toUser(row: UserRow): User {
  const role = row.role as RoleName;
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: toWireRole[role],
    permissions: [...permissionsOf(role)],
    createdAt: toRfc3339(row.createdAt),
  };
}

/** The protobuf Session. */
export function toSession(session: AccountSession): Session {
  return {
    user: toUser(session.user),
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt.toISOString(),
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt.toISOString(),
  };
}

/** The role name for a wire role; INVALID_ARGUMENT for unspecified or unknown values. */
export function fromWireRole(role: Role, field = 'role'): RoleName {
  if (role === Role.ROLE_USER) return 'user';
  if (role === Role.ROLE_ADMIN) return 'admin';
  throw invalidArgument(field, 'Role must be ROLE_USER or ROLE_ADMIN.');
}
