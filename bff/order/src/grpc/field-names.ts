// The order service names proto fields (snake_case paths); clients know GraphQL argument names.

const camel = (segment: string) => segment.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** `shipping_address.full_name` → `shippingAddress.fullName`; `lines[1].product_id` → `lines[1].productId`. */
export function camelPath(field: string): string {
  return field.split('.').map(camel).join('.');
}

const RENAMED: Record<string, string> = { order_id: 'id', page_size: 'first', page_token: 'after', guest_cart_id: 'X-Cart-Id' };

/** A cart or order call's field as the client named it. */
export function argumentName(field: string): string {
  return RENAMED[field] ?? camelPath(field);
}

/** A PlaceOrder field as the client named it (inside `input`, except the cart header). */
export function checkoutInputName(field: string): string {
  return field === 'guest_cart_id' ? RENAMED[field]! : `input.${camelPath(field)}`;
}
