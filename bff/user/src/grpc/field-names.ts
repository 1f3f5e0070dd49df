// The service names proto fields (snake_case); clients only know our GraphQL names.
const GRAPHQL_NAME: Readonly<Record<string, string>> = {
  email: 'email',
  password: 'password',
  display_name: 'displayName',
  current_password: 'currentPassword',
  new_password: 'newPassword',
  page_size: 'first',
  page_token: 'after',
  query: 'search',
  user_id: 'userId',
  id: 'userId',
  role: 'role',
};

/** The GraphQL input or argument name for a service field name (unknown names pass as they are). */
export function graphqlFieldName(serviceField: string): string {
  return GRAPHQL_NAME[serviceField] ?? serviceField;
}
