import { invalidArgument } from '@shop/services-platform';

export const MAX_DISPLAY_NAME_LENGTH = 80;

/** The display name trimmed and NFC-normalised, or INVALID_ARGUMENT on `field`. */
export function checkDisplayName(raw: string, field = 'display_name'): string {
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (name === '') throw invalidArgument(field, 'Enter a display name.');
  if ([...name].length > MAX_DISPLAY_NAME_LENGTH) {
    throw invalidArgument(field, `Display name must be at most ${MAX_DISPLAY_NAME_LENGTH} characters.`);
  }
  // Control and format characters (NUL, bidi overrides) would break logs and spoof the header.
  if (/[\p{Cc}\p{Cf}]/u.test(name)) throw invalidArgument(field, 'Display name contains a character that is not allowed.');
  return name;
}
