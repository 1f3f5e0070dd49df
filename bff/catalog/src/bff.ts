// The catalog BFF, declared: products, categories and product images over the catalog service.
import { createOriginResolver, defineBff, serviceAddrVar } from '@shop/bff-platform';
import packageJson from '../package.json' with { type: 'json' };
import { catalogContextFactory } from './context.js';
import { createCartGateway } from './grpc/cart-gateway.js';
import { createCatalogGateway } from './grpc/catalog-gateway.js';
import { addProductImageRoute } from './images/image-route.js';
import { resolvers } from './resolvers/index.js';
import { CATALOG_SERVICE_COSTS } from './resolvers/service-costs.js';
import { catalogTypeDefs } from './schema.js';

export const catalogBff = defineBff({
  name: 'catalog',
  version: packageJson.version,
  port: 4002,
  corsOrigins: ['http://localhost:4200', 'http://localhost:4202'],
  // Carts belong to the order service: "Add to cart" and the header count go there.
  env: { CATALOG_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50052'), ORDER_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50053') },
  settings: (env): { catalogServiceAddr: string; orderServiceAddr?: string } => ({ catalogServiceAddr: env.CATALOG_SERVICE_ADDR, orderServiceAddr: env.ORDER_SERVICE_ADDR }),
  schema: catalogTypeDefs,
  resolvers,
  // The limits are the platform's DEFAULT_LIMITS; this says what each field costs.
  serviceCosts: CATALOG_SERVICE_COSTS,
  create(config, logger) {
    const catalog = createCatalogGateway(config.catalogServiceAddr, logger);
    const cart = createCartGateway(config.orderServiceAddr ?? '127.0.0.1:50053', logger);
    return {
      createContext: catalogContextFactory(catalog, createOriginResolver(config), cart),
      // Browsing needs only the catalog: the shop stays up (cart calls fail UNAVAILABLE) without orders.
      ready: () => catalog.ready(),
      close: () => {
        catalog.close();
        cart.close();
      },
      routes: addProductImageRoute,
    };
  },
});
