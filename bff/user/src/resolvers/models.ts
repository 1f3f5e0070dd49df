import type { User } from '@shop/contracts/user/v1';

/** A User as resolvers pass it around: the service's message (field resolvers shape it). */
export type UserModel = User;
