import type { Locator, Page } from '@playwright/test';

/**
 * The catalog sub-app, standalone (`<app origin>/catalog/…`) or inside the shell
 * (`<shell origin>/catalog/…`): in iframe sandbox mode its DOM lives under <micro-app> in the
 * shell's document, so the same role locators work in both.
 */
export class CatalogPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly searchButton: Locator;
  readonly category: Locator;
  readonly productLinks: Locator;
  readonly nextPage: Locator;
  readonly firstPage: Locator;
  readonly summary: Locator;
  readonly emptyState: Locator;
  readonly notFound: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('search').getByLabel('Search products');
    this.searchButton = page.getByRole('search').getByRole('button', { name: /search/i });
    this.category = page.getByLabel('Category');
    // Product cards are links to /catalog/p/<slug>; their accessible name is the product name.
    this.productLinks = this.main.locator('a[href*="/catalog/p/"]').filter({ has: page.getByRole('heading') });
    this.nextPage = page.getByRole('link', { name: /next page/i });
    this.firstPage = page.getByRole('link', { name: /first page/i });
    this.summary = page.getByText(/Showing \d+ of \d+ products?/);
    this.emptyState = page.getByText(/No products match/);
    this.notFound = page.getByRole('heading', { name: /product not found/i });
  }

  /** Opens a catalog path (e.g. `/catalog/`, `/catalog/p/<slug>`). */
  async goto(path = '/catalog/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  /** Waits for the product list page with at least one product. */
  async waitForProducts(): Promise<void> {
    await this.heading.filter({ hasText: 'Catalog' }).waitFor();
    await this.productLinks.first().waitFor();
  }

  /** Names of the products on the current page, in order. */
  async productNames(): Promise<string[]> {
    const headings = this.productLinks.getByRole('heading');
    return (await headings.allInnerTexts()).map((name) => name.trim());
  }

  /** Searches through the search form. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchButton.click();
  }

  /** The product card link of a product. */
  product(name: string): Locator {
    return this.productLinks.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}
