// Relay pages over ListUsers. A cursor is the service page token its edge belongs to plus how
// many users of that page come before the next one (`<skip>.<token>`, base64url): resuming from
// any edge asks the service for that page again and drops what was already seen.
import { userInputError } from '@shop/bff-platform';
import type { ListUsersResponse } from '@shop/contracts/user/v1';
import type { UserModel } from './models.js';

interface Position {
  token: string;
  skip: number;
}

const encode = (position: Position) => Buffer.from(`${position.skip}.${position.token}`).toString('base64url');

/** The position a cursor names; BAD_USER_INPUT on `after` for anything we did not issue. */
export function decodeUsersCursor(cursor: string): Position {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{1,3})\.([A-Za-z0-9_\-=.]*)$/.exec(text);
  if (!match || encode({ skip: Number(match[1]), token: match[2]! }) !== cursor) {
    throw userInputError('after is not a cursor from this list.', 'after');
  }
  return { skip: Number(match[1]), token: match[2]! };
}

/** The ListUsers page size for `first` users after `position` (at most the service's 100). */
export function usersPageSize(first: number, position: Position | undefined): number {
  return Math.min(100, first + (position?.skip ?? 0));
}

/** The Relay connection of one service page, starting after `position`, at most `first` edges. */
export function toUsersConnection(page: ListUsersResponse, position: Position | undefined, first: number) {
  const token = position?.token ?? '';
  const skip = position?.skip ?? 0;
  const users = page.users.slice(skip, skip + first);
  const lastIndex = users.length - 1;
  const pageUsedUp = skip + users.length >= page.users.length;
  const edges = users.map((node: UserModel, index) => ({
    cursor:
      index === lastIndex && pageUsedUp && page.nextPageToken
        ? encode({ token: page.nextPageToken, skip: 0 })
        : encode({ token, skip: skip + index + 1 }),
    node,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: !pageUsedUp || page.nextPageToken !== '', endCursor: edges[lastIndex]?.cursor ?? null },
  };
}
