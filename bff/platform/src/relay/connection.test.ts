import { describe, expect, it } from 'vitest';
import { decodeCursor } from './cursor.js';
import { pageSizeFor, toConnection } from './connection.js';

const item = (id: string) => ({ id });

describe('connection', () => {
  it('asks for the skipped head plus first, at most 100', () => {
    expect(pageSizeFor(20, undefined)).toBe(20);
    expect(pageSizeFor(20, { token: 't', offset: 5 })).toBe(25);
    expect(pageSizeFor(100, { token: 't', offset: 5 })).toBe(100);
    expect(pageSizeFor(40, { token: 't', offset: 5 }, 30)).toBe(30);
  });

  it('gives mid-page cursors and ends on the next page token', () => {
    const page = { items: ['a', 'b', 'c'].map(item), nextPageToken: 'next', totalCount: 9 };
    const connection = toConnection(page, undefined);
    expect(connection.edges.map((e) => decodeCursor(e.cursor))).toEqual([
      { token: '', offset: 1 },
      { token: '', offset: 2 },
      { token: 'next', offset: 0 },
    ]);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: connection.edges[2]!.cursor });
    expect(connection.totalCount).toBe(9);
  });

  it('drops the already-seen head of a page', () => {
    const page = { items: ['a', 'b', 'c', 'd'].map(item), nextPageToken: '', totalCount: 4 };
    const connection = toConnection(page, { token: 'tok', offset: 2 });
    expect(connection.edges.map((e) => e.node.id)).toEqual(['c', 'd']);
    expect(decodeCursor(connection.edges[1]!.cursor)).toEqual({ token: 'tok', offset: 4 });
    expect(connection.pageInfo.hasNextPage).toBe(false);
  });

  it('has no end cursor for an empty page', () => {
    const connection = toConnection({ items: [], nextPageToken: '', totalCount: 0 }, undefined);
    expect(connection.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
