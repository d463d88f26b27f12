import type { Locator, Page } from '@playwright/test';
import { mainNav } from './fixtures';

/**
 * A page's entry in the main menu, made visible the way a person does it: on a phone the "Menu"
 * button first, then the entry's group (issue 15: the menu is in groups, each a <details>). Returns
 * the link, ready to click. `name` matches as getByRole does (a substring unless `exact`); an entry
 * with waiting items is named with them (", czekają 3 zadania").
 */
export async function menuLink(page: Page, name: string | RegExp, { exact = false } = {}): Promise<Locator> {
  const nav = mainNav(page);
  const link = nav.getByRole('link', { name, exact });
  if (await link.isVisible()) return link;
  const button = nav.getByRole('button', { name: 'Menu' });
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  // The inner locator of `has` is matched inside the outer element, so it starts from the page.
  const group = nav.locator('details', { has: page.getByRole('link', { name, exact, includeHidden: true }) });
  if ((await group.count()) > 0 && !(await link.isVisible())) await group.first().locator('summary').click();
  return link;
}
