// Money as every schema shows it: exact minor units, ISO currency, an en-US display string.

/** Money as services send it (proto `Money`: minor units + ISO 4217 code). */
export interface MoneyMessage {
  amountMinor: number;
  currency: string;
}

/** GraphQL `Money`: the message plus its display text. */
export interface MoneyModel extends MoneyMessage {
  formatted: string;
}

const GRAPHQL_INT_MAX = 2 ** 31 - 1;
const formatters = new Map<string, Intl.NumberFormat>();
// Intl formatting is the costliest step of a product list; catalogs repeat a few prices.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 10_000;

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    // Throws RangeError for a malformed code: a service bug, masked as INTERNAL upstream.
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    if (formatters.size < 512) formatters.set(currency, formatter);
  }
  return formatter;
}

/** Exact decimal string of `minor` units with `digits` fraction digits (no float rounding). */
export function minorToDecimal(minor: number, digits: number): string {
  const negative = minor < 0;
  const units = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = units.slice(0, units.length - digits);
  const fraction = units.slice(units.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** Formats minor units for display in en-US, honouring 0- and 3-decimal currencies (JPY, KWD). */
export function formatMoney(amountMinor: number, currency: string): string {
  const key = `${currency}:${amountMinor}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(amountMinor, currency);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function formatUncached(amountMinor: number, currency: string): string {
  const formatter = formatterFor(currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  // Intl accepts decimal strings exactly; a float division could print 0.1+0.2 artefacts.
  return formatter.format(minorToDecimal(amountMinor, digits) as unknown as number);
}

/**
 * Maps the proto Money to GraphQL Money. GraphQL Int is 32-bit: an amount outside it is a
 * data error we refuse (→ masked INTERNAL, logged) rather than clamp or silently wrap.
 */
export function toMoney(money: MoneyMessage | undefined): MoneyModel {
  if (!money) throw new Error('product has no price');
  const { amountMinor, currency } = money;
  if (!Number.isSafeInteger(amountMinor) || Math.abs(amountMinor) > GRAPHQL_INT_MAX) {
    throw new Error(`amount ${amountMinor} ${currency} does not fit GraphQL Int`);
  }
  return { amountMinor, currency, formatted: formatMoney(amountMinor, currency) };
}
