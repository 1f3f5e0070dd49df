/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Viewer {\n  viewer {\n    ...SessionUser\n    createdAt\n  }\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}\n\nmutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...Session\n  }\n}": typeof types.ViewerDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SessionUser\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation SetRole($userId: ID!, $role: Role!) {\n  setRole(userId: $userId, role: $role) {\n    ...SessionUser\n  }\n}": typeof types.UsersDocument,
    "fragment SessionUser on User {\n  id\n  email\n  displayName\n  role\n  permissions\n}\n\nfragment Session on AuthPayload {\n  user {\n    ...SessionUser\n  }\n  accessToken\n  accessTokenExpiresAt\n}\n\nmutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...Session\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...Session\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...Session\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.SessionUserFragmentDoc,
};
const documents: Documents = {
    "query Viewer {\n  viewer {\n    ...SessionUser\n    createdAt\n  }\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}\n\nmutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...Session\n  }\n}": types.ViewerDocument,
    "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SessionUser\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation SetRole($userId: ID!, $role: Role!) {\n  setRole(userId: $userId, role: $role) {\n    ...SessionUser\n  }\n}": types.UsersDocument,
    "fragment SessionUser on User {\n  id\n  email\n  displayName\n  role\n  permissions\n}\n\nfragment Session on AuthPayload {\n  user {\n    ...SessionUser\n  }\n  accessToken\n  accessTokenExpiresAt\n}\n\nmutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...Session\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...Session\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...Session\n  }\n}\n\nmutation Logout {\n  logout\n}": types.SessionUserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Viewer {\n  viewer {\n    ...SessionUser\n    createdAt\n  }\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}\n\nmutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...Session\n  }\n}"): (typeof documents)["query Viewer {\n  viewer {\n    ...SessionUser\n    createdAt\n  }\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...SessionUser\n  }\n}\n\nmutation ChangePassword($input: ChangePasswordInput!) {\n  changePassword(input: $input) {\n    ...Session\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SessionUser\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation SetRole($userId: ID!, $role: Role!) {\n  setRole(userId: $userId, role: $role) {\n    ...SessionUser\n  }\n}"): (typeof documents)["query Users($first: Int!, $after: String, $search: String) {\n  users(first: $first, after: $after, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...SessionUser\n        createdAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation SetRole($userId: ID!, $role: Role!) {\n  setRole(userId: $userId, role: $role) {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  email\n  displayName\n  role\n  permissions\n}\n\nfragment Session on AuthPayload {\n  user {\n    ...SessionUser\n  }\n  accessToken\n  accessTokenExpiresAt\n}\n\nmutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...Session\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...Session\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...Session\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  email\n  displayName\n  role\n  permissions\n}\n\nfragment Session on AuthPayload {\n  user {\n    ...SessionUser\n  }\n  accessToken\n  accessTokenExpiresAt\n}\n\nmutation Login($input: LoginInput!) {\n  login(input: $input) {\n    ...Session\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    ...Session\n  }\n}\n\nmutation RefreshSession {\n  refreshSession {\n    ...Session\n  }\n}\n\nmutation Logout {\n  logout\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;