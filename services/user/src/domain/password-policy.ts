// What a new password must be: long enough, not absurdly long (argon2 hashes every byte), and not
// one of the ~49k most common passwords (zxcvbn-ts's list, a maintained source).
import { dictionary } from '@zxcvbn-ts/language-common';
import { invalidArgument } from '@shop/services-platform';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

let common: ReadonlySet<string> | undefined;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

/** Throws INVALID_ARGUMENT on `field` when `password` may not be used; returns it otherwise. */
export function checkNewPassword(password: string, field = 'password', context: readonly string[] = []): string {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    throw invalidArgument(field, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (length > MAX_PASSWORD_LENGTH) {
    throw invalidArgument(field, `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`);
  }
  if (password.includes('\u0000')) throw invalidArgument(field, 'Password contains a character that is not allowed.');
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower) || context.some((word) => word.length >= 4 && lower === word.toLowerCase())) {
    throw invalidArgument(field, 'This password is too common. Choose one that is harder to guess.');
  }
  return password;
}
