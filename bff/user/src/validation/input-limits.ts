// Lengths checked at the edge, before any gRPC call, so an oversized field never reaches the
// service (which checks the same limits and the password policy again). Names are GraphQL's.
import { userInputError } from '@shop/bff-platform';

/** Most characters each input may have (the service's limits: contracts/proto/shop/user/v1). */
export const INPUT_LIMITS = {
  email: 254,
  displayName: 80,
  password: 256,
  currentPassword: 256,
  newPassword: 256,
  search: 200,
  after: 512,
  userId: 64,
} as const;

/** An input name with a length limit. */
export type LimitedField = keyof typeof INPUT_LIMITS;

/** BAD_USER_INPUT naming `field` when `value` is longer than its limit; returns the value. */
export function withinLimit(field: LimitedField, value: string): string {
  const max = INPUT_LIMITS[field];
  if (value.length > max) throw userInputError(`${field} must be at most ${max} characters.`, field);
  return value;
}

/** Checks every present field of an input object; returns it unchanged. */
export function checkInput<T extends Partial<Record<LimitedField, string>>>(input: T): T {
  for (const [field, value] of Object.entries(input)) {
    if (typeof value === 'string' && field in INPUT_LIMITS) withinLimit(field as LimitedField, value);
  }
  return input;
}

/** Page sizes `users(first:)` accepts (the service's ListUsers range). */
export const FIRST_RANGE = { min: 1, max: 100 } as const;

/** BAD_USER_INPUT on `first` outside 1..100. */
export function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < FIRST_RANGE.min || first > FIRST_RANGE.max) {
    throw userInputError(`first must be between ${FIRST_RANGE.min} and ${FIRST_RANGE.max}.`, 'first');
  }
  return first;
}
