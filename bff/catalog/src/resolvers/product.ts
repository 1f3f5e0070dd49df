import { toMoney } from '@shop/bff-platform';
import type { ProductResolvers } from '../gen/resolvers-types.js';
import { productImagePath } from '../images/image-path.js';

/** Product fields the proto message does not carry as-is. */
export const Product: ProductResolvers = {
  price: (product) => toMoney(product.price),
  imageUrl: (product, _args, ctx) => ctx.imageBaseUrl + (product.imagePath || productImagePath(product.slug)),
  inStock: (product) => product.stock > 0,
  category: (product, _args, ctx) =>
    product.categoryId ? ctx.loaders.categoryById.load(product.categoryId) : null,
};
