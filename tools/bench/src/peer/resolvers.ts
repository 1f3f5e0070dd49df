// The peer's resolvers: the same SDL answered straight from the same gRPC catalog service,
// written the way a mercurius user would (no DataLoader needed for the benchmark query).
import { credentials, Metadata } from '@grpc/grpc-js';
import { CatalogServiceClient, type ListProductsResponse, type Product } from '@shop/contracts/catalog/v1';

const formatters = new Map<string, Intl.NumberFormat>();
function format(amountMinor: number, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}

/** Builds mercurius resolvers over a gRPC client to `address`; images are served from `publicUrl`. */
export function peerResolvers(address: string, publicUrl: string) {
  const client = new CatalogServiceClient(address, credentials.createInsecure());
  const listProducts = (pageSize: number, pageToken: string) =>
    new Promise<ListProductsResponse>((resolve, reject) =>
      client.listProducts({ pageSize, pageToken, category: '', query: '' }, new Metadata(), { deadline: Date.now() + 2000 }, (error, response) =>
        error ? reject(error) : resolve(response),
      ),
    );
  return {
    Query: {
      products: async (_root: unknown, args: { first: number; after?: string | null }) => {
        const page = await listProducts(args.first, args.after ?? '');
        return {
          totalCount: page.totalCount,
          edges: page.products.map((node) => ({ cursor: node.id, node })),
          pageInfo: { hasNextPage: page.nextPageToken !== '', endCursor: page.nextPageToken || null },
        };
      },
    },
    Product: {
      imageUrl: (product: Product) => publicUrl + product.imagePath,
      inStock: (product: Product) => product.stock > 0,
      price: (product: Product) => product.price,
      createdAt: (product: Product) => product.createdAt,
    },
    Money: {
      formatted: (money: { amountMinor: number; currency: string }) => format(money.amountMinor, money.currency),
    },
  };
}
