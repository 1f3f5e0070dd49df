import { pageSizeFor, toConnection } from '@shop/bff-platform';
import type { QueryResolvers } from '../gen/resolvers-types.js';
import { validateProductSlug, validateProductsArgs } from '../validation/args.js';

/** Query root: arguments are validated here, before any gRPC call. */
export const Query: QueryResolvers = {
  async products(_root, args, ctx) {
    const { first, after, category, search } = validateProductsArgs(args);
    const page = await ctx.catalog.listProducts(
      { pageSize: pageSizeFor(first, after), pageToken: after?.token ?? '', category, query: search },
      ctx.requestId,
    );
    return toConnection({ items: page.products, nextPageToken: page.nextPageToken, totalCount: page.totalCount }, after);
  },
  product(_root, args, ctx) {
    return ctx.catalog.getProductBySlug(validateProductSlug(args.slug), ctx.requestId);
  },
  categories(_root, _args, ctx) {
    return ctx.catalog.listCategories(ctx.requestId);
  },
};
