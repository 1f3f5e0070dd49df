import { invalidArgument } from '@shop/services-platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A user id (UUID) in lowercase, or INVALID_ARGUMENT on `field`. */
export function validateUserId(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw invalidArgument(field, 'must be a UUID');
  return id.toLowerCase();
}
