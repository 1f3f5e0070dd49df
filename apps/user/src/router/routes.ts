import type { RouteRecordRaw } from 'vue-router';
import AccountPage from '../pages/AccountPage.vue';
import AdminUsersPage from '../pages/AdminUsersPage.vue';
import LoginPage from '../pages/LoginPage.vue';
import NotFoundPage from '../pages/NotFoundPage.vue';
import RegisterPage from '../pages/RegisterPage.vue';

/** Route names used by links; paths are relative to the `/account` base. */
export const ROUTE = {
  account: 'user-account',
  login: 'user-login',
  register: 'user-register',
  adminUsers: 'user-admin-users',
  notFound: 'user-not-found',
} as const;

// `access`: who may open the page (the shell's manifest guards say the same; the BFF decides).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: ROUTE.account, component: AccountPage, meta: { access: 'signed-in' } },
  { path: '/login', name: ROUTE.login, component: LoginPage, meta: { access: 'guest' } },
  { path: '/register', name: ROUTE.register, component: RegisterPage, meta: { access: 'guest' } },
  { path: '/admin/users', name: ROUTE.adminUsers, component: AdminUsersPage, meta: { access: 'signed-in' } },
  { path: '/:pathMatch(.*)*', name: ROUTE.notFound, component: NotFoundPage },
];
