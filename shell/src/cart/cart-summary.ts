import { createGraphQLClient, type CartAnswer } from '@shop/apps-platform';
import { ShellCartSummaryDocument } from './gen/graphql.js';

/** Who the header count is for. */
export interface CartOwner {
  guestCartId?: string;
  accessToken: string | null;
}

/** Reads the cart in brief from the catalog BFF (`bffUrl`); a signed-in read merges the guest cart. */
export function cartSummaryReader(bffUrl: string, fetchImpl?: typeof fetch): (owner: CartOwner) => Promise<CartAnswer> {
  const client = createGraphQLClient({ url: bffUrl, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return async ({ guestCartId, accessToken }) => {
    const headers: Record<string, string> = {};
    if (guestCartId) headers['X-Cart-Id'] = guestCartId;
    if (accessToken) headers['Authorization'] = `Bearer ${accessToken}`;
    return (await client.request(ShellCartSummaryDocument, {}, { headers, refreshOnUnauthenticated: false })).cartSummary;
  };
}
