import type { ServiceCostDeclaration } from '@shop/bff-platform';
import { FIRST_RANGE } from '../validation/input-limits.js';

/** What each user field costs the user service (the platform's budget applies DEFAULT_LIMITS). */
export const USER_SERVICE_COSTS: ServiceCostDeclaration = {
  'Query.viewer': { call: 'user.GetUser' },
  'Query.users': { call: 'user.ListUsers', list: { arg: 'first', ...FIRST_RANGE } },
  'Mutation.register': { call: 'user.Register' },
  'Mutation.login': { call: 'user.Login' },
  'Mutation.refreshSession': { call: 'user.Refresh' },
  'Mutation.logout': { call: 'user.Logout' },
  'Mutation.updateProfile': { call: 'user.UpdateProfile' },
  'Mutation.changePassword': { call: 'user.ChangePassword' },
  'Mutation.setRole': { call: 'user.SetRole' },
};
