import { afterEach, describe, expect, it } from 'vitest';
import type { UsersQuery } from '../gen/graphql';
import { click, fill, mountUser, signedInAs, testSession } from '../testing/mount-user';

afterEach(() => {
  document.body.innerHTML = '';
});

type Account = UsersQuery['users']['edges'][number]['node'];
const account = (n: number, role = 'USER'): Account => ({
  id: `u${n}`,
  email: `user${n}@shop.test`,
  displayName: `User ${n}`,
  role: role as Account['role'],
  permissions: [],
  createdAt: '2026-12-01T00:00:00Z',
});
const page = (nodes: Account[], hasNextPage = false): UsersQuery => ({
  users: { totalCount: nodes.length, edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cur-2' : null } },
});
const admin = () => testSession(signedInAs({ id: 'u1', permissions: ['users:manage'] }));

describe('AdminUsersPage', () => {
  it('is a 403 for a non-admin and asks the BFF nothing', async () => {
    const { wrapper, request } = await mountUser('/admin/users', () => page([]), testSession(signedInAs()));
    expect(wrapper.get('h1').text()).toBe('Access denied');
    expect(request).not.toHaveBeenCalled();
  });

  it('lists accounts in a captioned table; you cannot change your own role', async () => {
    const { wrapper, request } = await mountUser('/admin/users', () => page([account(1, 'ADMIN'), account(2)], true), admin());
    expect(request.mock.calls[0]![1]).toEqual({ first: 20, after: null, search: null });
    expect(wrapper.get('caption').text()).toBe('Accounts');
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((r) => r.get('th').text())).toEqual(['User 1', 'User 2']);
    expect(rows[0]!.text()).toContain('You');
    expect(rows[1]!.get('button').attributes('aria-label')).toBe('Grant admin to User 2');
    expect(wrapper.findAll('a').find((a) => a.text() === 'Next page')?.attributes('href')).toBe('/account/admin/users?after=cur-2');
  });

  it('searches through the labelled search form (into the URL)', async () => {
    const { wrapper, router, request } = await mountUser('/admin/users', (_op, vars) => page(vars.search ? [account(2)] : [account(1), account(2)]), admin());
    await fill(wrapper, 'Search users', ' user2 ');
    await click(wrapper, 'Search');
    expect(router.currentRoute.value.query).toEqual({ q: 'user2' });
    expect(request.mock.calls.at(-1)![1]).toEqual({ first: 20, after: null, search: 'user2' });
    expect(wrapper.get('caption').text()).toBe('Accounts matching “user2”');
  });

  it('grants admin and shows the new role', async () => {
    const { wrapper, request } = await mountUser(
      '/admin/users',
      (op, vars) => (op === 'SetRole' ? { setRole: { ...account(2), role: vars.role } } : page([account(1), account(2)])),
      admin(),
    );
    await click(wrapper, 'Grant admin');
    expect(request.mock.calls.at(-1)![1]).toEqual({ userId: 'u2', role: 'ADMIN' });
    expect(wrapper.findAll('tbody tr')[1]!.text()).toContain('Admin');
    expect(wrapper.findAll('tbody tr')[1]!.get('button').text()).toBe('Revoke admin');
  });
});
