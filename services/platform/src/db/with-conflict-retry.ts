import { status } from '@grpc/grpc-js';
import { retryableDatabaseFailure } from '../errors/database-errors.js';

/** Attempts per call when PostgreSQL reports a serialization failure or deadlock. */
export const conflictAttempts = 3;

/**
 * Runs a whole transaction again when it failed with 40001/40P01 (mapped to ABORTED): safe
 * because PostgreSQL rolled all of it back. Gives up after `attempts`, rethrowing the last error
 * (the caller then sees ABORTED and may retry itself).
 */
export async function withConflictRetry<T>(work: () => Promise<T>, attempts = conflictAttempts): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || retryableDatabaseFailure(error)?.code !== status.ABORTED) throw error;
    }
  }
}
