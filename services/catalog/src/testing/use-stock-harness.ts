// One catalog harness (no seed) plus direct stock fixtures per test file, started before and
// closed after the file's tests: `const stock = useStockHarness()`, then `stock.h` / `stock.f`.
import { afterAll, beforeAll } from 'vitest';
import { startCatalogHarness, type CatalogHarness } from './catalog-harness.js';
import { openStockFixtures, type StockFixtures } from './stock-fixtures.js';

/** Registers the file's harness hooks; the getters work inside tests and later hooks. */
export function useStockHarness(): { readonly h: CatalogHarness; readonly f: StockFixtures } {
  let h: CatalogHarness | undefined;
  let f: StockFixtures | undefined;
  beforeAll(async () => {
    h = await startCatalogHarness({ seed: false });
    f = await openStockFixtures(h.database);
  });
  afterAll(async () => {
    await f?.close();
    await h?.close();
  });
  return {
    get h() {
      if (!h) throw new Error('catalog harness not started yet');
      return h;
    },
    get f() {
      if (!f) throw new Error('stock fixtures not open yet');
      return f;
    },
  };
}
