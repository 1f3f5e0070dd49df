import type { CartAnswer } from '@shop/apps-platform';

/** A cart answer a sub-app dispatched, checked (sub-apps are another realm: trust no shape). */
export function parseCartAnswer(value: unknown): CartAnswer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { guestCartId, itemCount, mergedGuestCart } = value as Record<string, unknown>;
  if (typeof itemCount !== 'number' || !Number.isInteger(itemCount) || itemCount < 0 || itemCount > 1_000_000) return undefined;
  if (typeof mergedGuestCart !== 'boolean') return undefined;
  if (guestCartId !== null && guestCartId !== undefined && typeof guestCartId !== 'string') return undefined;
  return { guestCartId: guestCartId ?? null, itemCount, mergedGuestCart };
}
