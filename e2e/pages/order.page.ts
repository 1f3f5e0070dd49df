import type { Locator, Page } from '@playwright/test';

/** A shipping address and card the checkout form takes. */
export interface CheckoutDetails {
  fullName: string;
  line1: string;
  city: string;
  postalCode: string;
  country: string;
  cardNumber: string;
}

export const GOOD_CARD = '4242 4242 4242 4242';
export const DECLINED_CARD = '4000 0000 0000 0002';

/** A valid address with `cardNumber`. */
export const checkoutWith = (cardNumber: string): CheckoutDetails => ({ fullName: 'Ada Lovelace', line1: '12 Analytical Row', city: 'London', postalCode: 'NW1 2AB', country: 'GB', cardNumber });

/** The order sub-app (cart, checkout, orders, order page) as composed in the shell. */
export class OrderPage {
  readonly cartHeading: Locator;
  readonly cartLines: Locator;
  readonly checkoutButton: Locator;
  readonly placeOrderButton: Locator;
  /** The live status line of the order page. */
  readonly status: Locator;
  readonly orderHeading: Locator;
  readonly ordersCount: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    this.cartHeading = page.getByRole('heading', { level: 1, name: 'Your cart' });
    this.cartLines = page.getByRole('list', { name: 'Cart items' }).locator('> li');
    this.checkoutButton = page.getByRole('link', { name: 'Check out' });
    this.placeOrderButton = page.getByRole('button', { name: /Place order|Placing order/ });
    this.status = page.locator('p[role="status"][data-status]');
    this.orderHeading = page.getByRole('heading', { level: 1, name: /^Order / });
    this.ordersCount = page.locator('.orders__count');
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  /** Fills the checkout form. */
  async fillCheckout(details: CheckoutDetails): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Checkout' }).waitFor();
    await this.page.getByLabel('Full name').fill(details.fullName);
    await this.page.getByLabel('Street address').fill(details.line1);
    await this.page.getByLabel('City').fill(details.city);
    await this.page.getByLabel('Postal code').fill(details.postalCode);
    await this.page.getByLabel('Country code').fill(details.country);
    await this.page.getByLabel('Card number').fill(details.cardNumber);
  }

  /** The order id of the order page now shown. */
  orderId(): string {
    return new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
  }
}
