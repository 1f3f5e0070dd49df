import { z } from 'zod';

/** Env var holding a `postgres://` or `postgresql://` URL. */
export const databaseUrl = z
  .string({ error: 'expected a postgres:// URL' })
  .refine((value) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'expected a postgres:// URL');
