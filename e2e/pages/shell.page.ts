import type { Locator, Page } from '@playwright/test';

/** Computed styles of the shell chrome that a sub-app must not be able to change. */
export interface ChromeStyles {
  headerColor: string;
  headerBackground: string;
  headerFont: string;
  bodyBackground: string;
  bodyFont: string;
}

/** The shell's chrome (header, nav, footer) and its sub-app error boundary. */
export class ShellPage {
  readonly header: Locator;
  readonly brand: Locator;
  readonly nav: Locator;
  readonly footer: Locator;
  /** "Sign in" in the header (signed out). */
  readonly signInLink: Locator;
  /** The 403 page the shell shows in place of a sub-app. */
  readonly forbidden: Locator;
  /** "Your session has ended…" above the sign-in page. */
  readonly sessionEnded: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    // Filtered by the brand so a sub-app's own <header> can never be mistaken for the shell's.
    this.header = page.getByRole('banner').filter({ has: page.getByRole('link', { name: 'Micro Shop' }) });
    this.brand = this.header.getByRole('link', { name: 'Micro Shop' });
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.footer = page.getByRole('contentinfo').filter({ hasText: 'Micro Shop' });
    this.signInLink = this.header.getByRole('link', { name: 'Sign in' });
    this.forbidden = page.getByRole('heading', { level: 1, name: 'Access denied' });
    this.sessionEnded = page.getByRole('alert').filter({ hasText: 'Your session has ended. Please sign in again.' });
  }

  /** The header's cart link; its accessible name carries the count ("Cart, 2 items"). */
  get cartLink(): Locator {
    return this.header.getByRole('link', { name: /^Cart, / });
  }

  /** The header's user menu button, named after the signed-in user. */
  userMenu(displayName: string): Locator {
    return this.header.getByRole('button', { name: displayName, exact: true });
  }

  /** An entry of the open user menu (`Account`, `Admin`). */
  menuLink(label: 'Account' | 'Admin'): Locator {
    return this.header.getByRole('list', { name: 'Account' }).getByRole('link', { name: label, exact: true });
  }

  /** Opens the user menu and follows `Account` or `Admin`. */
  async openFromMenu(displayName: string, label: 'Account' | 'Admin'): Promise<void> {
    await this.userMenu(displayName).click();
    await this.menuLink(label).click();
  }

  /** Signs out from the header's user menu. */
  async signOut(displayName: string): Promise<void> {
    // Wait for the logout answer: navigating on at once can abort the request, leaving the
    // refresh cookie alive, and the next page load signs the user straight back in.
    const loggedOut = this.page.waitForResponse((response) => response.request().method() === 'POST' && (response.request().postData() ?? '').includes('logout'));
    await this.userMenu(displayName).click();
    await this.header.getByRole('button', { name: 'Sign out' }).click();
    await loggedOut;
  }

  /** Opens a shell path (e.g. `/catalog/p/x`). */
  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  /** The header nav link with this label. */
  navLink(label: string): Locator {
    return this.nav.getByRole('link', { name: label, exact: true });
  }

  /** The error boundary shown when a sub-app cannot be loaded. */
  unavailable(appName: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: `The ${appName} is unavailable right now` });
  }

  /** The Retry button of a sub-app's error boundary. */
  retry(appName: string): Locator {
    return this.unavailable(appName).getByRole('button', { name: 'Retry' });
  }

  /**
   * The sandbox iframe micro-app keeps for `appName`. Not a user-facing element, so no role:
   * the tests need it to prove rc.30's orphan iframes are cleaned up.
   */
  sandboxIframe(appName: string): Locator {
    return this.page.locator(`iframe#${appName}`);
  }

  /** Reads the computed styles of the shell header and body. */
  async chromeStyles(): Promise<ChromeStyles> {
    const header = await this.header.evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor, font: s.fontFamily };
    });
    const body = await this.page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { background: s.backgroundColor, font: s.fontFamily };
    });
    return {
      headerColor: header.color,
      headerBackground: header.background,
      headerFont: header.font,
      bodyBackground: body.background,
      bodyFont: body.font,
    };
  }

  /** Reads a global from the shell's own window. */
  shellGlobal(name: string): Promise<unknown> {
    return this.page.evaluate((key) => (window as unknown as Record<string, unknown>)[key], name);
  }

  /** Reads a global from a sub-app's sandbox window (same origin as the shell in iframe mode). */
  sandboxGlobal(appName: string, name: string): Promise<unknown> {
    return this.sandboxIframe(appName).evaluate(
      (iframe, key) => ((iframe as HTMLIFrameElement).contentWindow as unknown as Record<string, unknown> | null)?.[key],
      name,
    );
  }
}
