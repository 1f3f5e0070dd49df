// The catalog BFF, declared: products, categories and product images over the catalog service.
import { createOriginResolver, defineBff, serviceAddrVar } from '@shop/bff-platform';
import packageJson from '../package.json' with { type: 'json' };
import { catalogContextFactory } from './context.js';
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
  env: { CATALOG_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50052') },
  settings: (env) => ({ catalogServiceAddr: env.CATALOG_SERVICE_ADDR }),
  schema: catalogTypeDefs,
  resolvers,
  // The limits are the platform's DEFAULT_LIMITS; this says what each field costs.
  serviceCosts: CATALOG_SERVICE_COSTS,
  create(config, logger) {
    const catalog = createCatalogGateway(config.catalogServiceAddr, logger);
    return {
      createContext: catalogContextFactory(catalog, createOriginResolver(config)),
      ready: () => catalog.ready(),
      close: () => catalog.close(),
      routes: addProductImageRoute,
    };
  },
});
