import { invalidArgument } from '../errors/domain-error.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a canonical 8-4-4-4-12 hex UUID (any version; PostgreSQL accepts all). */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** An entity id (UUID) in lowercase, or INVALID_ARGUMENT on `field`. */
export function validateUuid(id: string, field = 'id'): string {
  if (!isUuid(id)) throw invalidArgument(field, `${field} must be a UUID`);
  return id.toLowerCase();
}
