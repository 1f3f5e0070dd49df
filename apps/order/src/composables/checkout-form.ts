// The checkout form's rules (the same as the order service's, so most mistakes are caught before
// a request) and the mapping of the BFF's field names back to the form.

export interface CheckoutForm {
  fullName: string;
  line1: string;
  line2: string;
  city: string;
  postalCode: string;
  country: string;
  cardNumber: string;
}

export type FormErrors = Partial<Record<keyof CheckoutForm, string>>;

const POSTAL_CODE = /^[A-Za-z0-9]([A-Za-z0-9 -]{0,18}[A-Za-z0-9])?$/;

/** True when the digits pass the Luhn check. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Every problem of the form (empty: send it). */
export function checkForm(form: CheckoutForm): FormErrors {
  const errors: FormErrors = {};
  const text = (field: 'fullName' | 'line1' | 'city', label: string) => {
    const value = form[field].trim();
    if (!value) errors[field] = `Enter the ${label}.`;
    else if (value.length > 100) errors[field] = `Keep the ${label} to 100 characters.`;
  };
  text('fullName', 'full name');
  text('line1', 'street address');
  text('city', 'city');
  if (form.line2.trim().length > 100) errors.line2 = 'Keep the second address line to 100 characters.';
  if (!POSTAL_CODE.test(form.postalCode.trim())) errors.postalCode = 'Enter a postal code of 1 to 20 letters, digits, spaces or hyphens.';
  if (!/^[A-Za-z]{2}$/.test(form.country.trim())) errors.country = 'Enter the country as a two-letter code, e.g. US.';
  const digits = form.cardNumber.replace(/ /g, '');
  if (!/^\d{12,19}$/.test(digits) || !luhn(digits)) errors.cardNumber = 'Enter a valid card number.';
  return errors;
}

/** The form field a BFF error names (`input.shippingAddress.country` → `country`). */
export function formFieldOf(field: string | undefined): keyof CheckoutForm | undefined {
  const last = field?.split('.').at(-1);
  const known: ReadonlyArray<keyof CheckoutForm> = ['fullName', 'line1', 'line2', 'city', 'postalCode', 'country', 'cardNumber'];
  return known.find((name) => name === last);
}
