// Running the user base: grant or revoke admin. The permission check happens in the handler;
// the rule here is that nobody changes their own role (an admin can't lock the shop out by
// demoting the last admin — someone else has to).
import type { Role } from '@shop/contracts/auth';
import { DomainError, notFound } from '@shop/services-platform';
import type { UserStore } from '../db/user-store.js';
import type { UserRow } from '../db/schema/users.js';

/** Sets `userId`'s role on behalf of `callerId`. */
export async function setRole(users: UserStore, callerId: string, userId: string, role: Role): Promise<UserRow> {
  if (userId === callerId) throw new DomainError('FAILED_PRECONDITION', 'You cannot change your own role.', 'user_id');
  const updated = await users.setRole(userId, role);
  if (!updated) throw notFound(`user "${userId}" not found`, 'user_id');
  return updated;
}
