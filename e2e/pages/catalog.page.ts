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
  /** Product cards (`article`); each has a heading link named after the product and a price. */
  readonly products: Locator;
  readonly productLinks: Locator;
  readonly nextPage: Locator;
  readonly firstPage: Locator;
  readonly summary: Locator;
  readonly emptyState: Locator;
  readonly notFound: Locator;
  readonly errorState: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('search').getByLabel('Search products');
    this.searchButton = page.getByRole('search').getByRole('button', { name: /search/i });
    this.category = page.getByLabel('Category');
    this.products = this.main.getByRole('article');
    this.productLinks = this.products.getByRole('heading').getByRole('link');
    this.nextPage = page.getByRole('link', { name: /next page/i });
    this.firstPage = page.getByRole('link', { name: /first page/i });
    this.summary = page.getByText(/Showing \d+ of \d+ products?/);
    this.emptyState = page.getByText(/No products match/);
    this.notFound = page.getByRole('heading', { name: /product not found/i });
    this.errorState = page.getByRole('alert');
  }

  /** The "Add to cart" button of a product (on its card or its detail page). */
  addToCart(productName: string): Locator {
    return this.page.getByRole('button', { name: `Add ${productName} to cart` });
  }

  /** "Added to cart (…)" after an add. */
  get added(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Added to cart' });
  }

  /** Opens a catalog path (e.g. `/catalog/`, `/catalog/p/<slug>`). */
  async goto(path = '/catalog/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  /** Waits for the product list page with at least one product. */
  async waitForProducts(): Promise<void> {
    await this.heading.filter({ hasText: 'Catalog' }).waitFor();
    await this.products.first().waitFor();
  }

  /** Names of the products on the current page, in order. */
  async productNames(): Promise<string[]> {
    return (await this.productLinks.allInnerTexts()).map((name) => name.trim());
  }

  /** TOTAL from "Showing N of TOTAL products". */
  async total(): Promise<number> {
    const text = await this.summary.innerText();
    const match = /of (\d+)/.exec(text);
    if (!match?.[1]) throw new Error(`no total in "${text}"`);
    return Number(match[1]);
  }

  /** Picks a category (by slug) in the labelled "Category" select. */
  async chooseCategory(slug: string): Promise<void> {
    await this.category.selectOption(slug);
  }

  /** Searches through the search form. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchButton.click();
  }

  /** The card of a product. */
  card(name: string): Locator {
    return this.products.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The link (in its card) to a product's detail page. */
  product(name: string): Locator {
    return this.productLinks.getByText(name, { exact: true });
  }
}
