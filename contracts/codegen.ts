// GraphQL code generation: resolver types for each BFF, typed documents for each sub-app.
// Run through `npm run gen` (root), which also regenerates the protobuf code.
import type { CodegenConfig } from '@graphql-codegen/cli';

const header = { add: { content: '// generated – do not edit (npm run gen)\n/* eslint-disable */' } };

/** Typed documents (client preset) for a browser app's operations against one BFF's SDL. */
function typedDocuments(schema: string, documents: string) {
  return {
    schema,
    documents: [documents],
    preset: 'client' as const,
    presetConfig: { fragmentMasking: false },
    config: { useTypeImports: true, enumsAsTypes: true },
    plugins: [header],
  };
}

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    '../bff/catalog/src/gen/resolvers-types.ts': {
      schema: 'graphql/catalog.graphql',
      plugins: [header, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#CatalogContext',
        mappers: {
          Product: '../resolvers/mappers.js#ProductModel',
          Category: '../resolvers/mappers.js#CategoryModel',
          CartSummary: '../resolvers/mappers.js#CartSummaryModel',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    '../bff/user/src/gen/resolvers-types.ts': {
      schema: 'graphql/user.graphql',
      plugins: [header, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#UserContext',
        mappers: { User: '../resolvers/models.js#UserModel' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    '../bff/order/src/gen/resolvers-types.ts': {
      schema: 'graphql/order.graphql',
      plugins: [header, 'typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.js#OrderContext',
        mappers: {
          Cart: '../resolvers/models.js#CartModel',
          CartLine: '../resolvers/models.js#CartLineModel',
          Order: '../resolvers/models.js#OrderModel',
          OrderLine: '../resolvers/models.js#OrderLineModel',
          Money: '@shop/bff-platform#MoneyModel',
        },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    '../apps/catalog/src/gen/': {
      schema: 'graphql/catalog.graphql',
      documents: ['../apps/catalog/src/graphql/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
      plugins: [header],
    },
    '../apps/user/src/gen/': typedDocuments('graphql/user.graphql', '../apps/user/src/graphql/**/*.graphql'),
    '../apps/order/src/gen/': typedDocuments('graphql/order.graphql', '../apps/order/src/graphql/**/*.graphql'),
    // The shell's own session calls (refreshSession, logout) to the user BFF.
    '../shell/src/session/gen/': typedDocuments('graphql/user.graphql', '../shell/src/session/graphql/**/*.graphql'),
    // The shell's header count (cartSummary) from the catalog BFF.
    '../shell/src/cart/gen/': typedDocuments('graphql/catalog.graphql', '../shell/src/cart/graphql/**/*.graphql'),
  },
};

export default config;
