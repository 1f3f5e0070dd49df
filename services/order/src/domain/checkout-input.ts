// Checkout input rules, checked before anything is written: idempotency key, guest cart id and
// shipping address. Each failure names the field it is about.

/** A rule broken by one input field. */
export interface FieldProblem {
  field: string;
  message: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;
const GUEST_CART_ID = /^[A-Za-z0-9_-]{22}$/;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,18}[A-Za-z0-9]$|^[A-Za-z0-9]$/;
const COUNTRY = /^[A-Z]{2}$/;
// Control characters (C0, DEL, C1) have no place in a postal address.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The key of one checkout attempt, or a problem. */
export function checkIdempotencyKey(key: string): FieldProblem | undefined {
  return IDEMPOTENCY_KEY.test(key) ? undefined : { field: 'idempotency_key', message: 'Send an idempotency key of 16 to 64 letters, digits, _ or -.' };
}

/** True for the shape of a guest cart id (22 base64url characters = 128 random bits). */
export function isGuestCartId(id: string): boolean {
  return GUEST_CART_ID.test(id);
}

export interface ShippingAddress {
  fullName: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
}

/** Every problem of an address (empty: valid). Text fields 1..100 characters, line2 optional. */
export function addressProblems(address: ShippingAddress): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const text = (field: keyof ShippingAddress, name: string, required: boolean) => {
    const value = address[field].trim();
    if (required && value === '') problems.push({ field: `shipping_address.${snake(field)}`, message: `Enter the ${name}.` });
    else if (value.length > 100) problems.push({ field: `shipping_address.${snake(field)}`, message: `Keep the ${name} to 100 characters.` });
    else if (CONTROL.test(value)) problems.push({ field: `shipping_address.${snake(field)}`, message: `The ${name} has characters an address cannot hold.` });
  };
  text('fullName', 'full name', true);
  text('line1', 'street address', true);
  text('line2', 'second address line', false);
  text('city', 'city', true);
  if (!POSTAL_CODE.test(address.postalCode.trim())) problems.push({ field: 'shipping_address.postal_code', message: 'Enter a postal code of 1 to 20 letters, digits, spaces or hyphens.' });
  if (!COUNTRY.test(address.country)) problems.push({ field: 'shipping_address.country', message: 'Enter the country as a two-letter code, e.g. US.' });
  return problems;
}

function snake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
