// What a cart line is worth checking before checkout, and how a guest cart joins a user's cart.

/** Most units of one product in one cart line. */
export const MAX_LINE_QUANTITY = 99;

export type CartLineIssue = 'OUT_OF_STOCK' | 'INSUFFICIENT_STOCK' | 'PRICE_CHANGED';

/** A line as stored: how many, and the unit price the shopper agreed to. */
export interface StoredLine {
  productId: string;
  quantity: number;
  acceptedUnitAmountMinor: number;
}

/** The catalog's answer for a product now; undefined when it no longer exists. */
export interface ProductNow {
  stock: number;
  unitAmountMinor: number;
}

/** The flags of a line against the catalog now (empty: fine to buy). */
export function lineIssues(line: StoredLine, product: ProductNow | undefined): CartLineIssue[] {
  if (!product || product.stock <= 0) return ['OUT_OF_STOCK'];
  const issues: CartLineIssue[] = [];
  if (product.stock < line.quantity) issues.push('INSUFFICIENT_STOCK');
  if (product.unitAmountMinor !== line.acceptedUnitAmountMinor) issues.push('PRICE_CHANGED');
  return issues;
}

/** True for a whole number from 1 to 99. */
export function isLineQuantity(quantity: number): boolean {
  return Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY;
}

/**
 * The user's lines after merging a guest cart: quantities add up, capped by the stock (when known)
 * and by 99; a product only the guest had is added. A guest line for a product that no longer
 * exists or has no stock is kept (capped at 99) so the cart flags it rather than losing it silently.
 */
export function mergeLines(user: StoredLine[], guest: StoredLine[], stockOf: (productId: string) => number | undefined): StoredLine[] {
  const merged = new Map(user.map((line) => [line.productId, { ...line }]));
  for (const line of guest) {
    const existing = merged.get(line.productId);
    const wanted = (existing?.quantity ?? 0) + line.quantity;
    const stock = stockOf(line.productId);
    const cap = stock && stock > 0 ? Math.min(stock, MAX_LINE_QUANTITY) : MAX_LINE_QUANTITY;
    const quantity = Math.max(existing?.quantity ?? 0, Math.min(wanted, cap));
    merged.set(line.productId, { productId: line.productId, quantity, acceptedUnitAmountMinor: existing?.acceptedUnitAmountMinor ?? line.acceptedUnitAmountMinor });
  }
  return [...merged.values()];
}
