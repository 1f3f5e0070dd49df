// Input limits of the catalog vertical: ONE source for the BFF (which rejects early, as
// BAD_USER_INPUT) and the catalog service (the authority, INVALID_ARGUMENT). Change them here.

/** Longest product or category slug (characters). */
export const maxSlugLength = 100;

/** Longest search text (characters, before trimming). */
export const maxSearchLength = 200;

/** Largest page of products one ListProducts / `products(first:)` may return. */
export const maxPageSize = 100;

/** Most ids one BatchGetProducts may ask for. */
export const maxBatchSize = 100;

/** Most lines one ReserveStock may hold (each product at most once). */
export const maxReservationLines = 50;

/** Largest quantity of one product one ReserveStock line may hold. */
export const maxReservationQuantity = 99;
