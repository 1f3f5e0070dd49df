// The admin's user list: newest first, keyset pages, optional search on email or display name.
import { and, count, desc, ilike, lt, or, eq, type SQL } from 'drizzle-orm';
import { containsPattern, type Cursor } from '@shop/services-platform';
import type { UserDb } from './client.js';
import { users, type UserRow } from './schema/users.js';

/** One page of users plus the total for the search. */
export interface UserPage {
  rows: UserRow[];
  /** Cursor of the last row when there is a further page. */
  next?: Cursor;
  totalCount: number;
}

/** Lists users after `cursor`, `pageSize` at a time, matching `query` ('' = all). */
export function createUserListQuery(db: UserDb) {
  return async function listUsers(params: { query: string; cursor?: Cursor; pageSize: number }): Promise<UserPage> {
    const pattern = params.query === '' ? undefined : containsPattern(params.query);
    const search: SQL | undefined = pattern ? or(ilike(users.email, pattern), ilike(users.displayName, pattern)) : undefined;
    const after = params.cursor
      ? or(lt(users.createdAt, params.cursor.createdAt), and(eq(users.createdAt, params.cursor.createdAt), lt(users.id, params.cursor.id)))
      : undefined;
    const [rows, [total]] = await Promise.all([
      db.select().from(users).where(and(search, after)).orderBy(desc(users.createdAt), desc(users.id)).limit(params.pageSize + 1),
      db.select({ n: count() }).from(users).where(search),
    ]);
    const page = rows.slice(0, params.pageSize);
    const last = page.at(-1);
    return {
      rows: page,
      next: rows.length > params.pageSize && last ? { createdAt: last.createdAt, id: last.id } : undefined,
      totalCount: total?.n ?? 0,
    };
  };
}
