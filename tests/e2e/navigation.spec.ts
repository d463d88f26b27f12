import type { Locator, Page } from '@playwright/test';
import { clock } from '../../lib/clock';
import { checkA11y, expect, expectHeading, login, mainNav, PHONE, test } from './fixtures';

/*
 * Issue 15, item 2: the main menu in at most seven groups. A group is a native disclosure
 * (<details>): it opens with the keyboard and without JavaScript; on a wide screen its panel lies
 * over the page, on a phone the "Menu" button discloses the groups, which open in place. The current
 * page and its group are marked.
 */

const summary = (nav: Locator, label: string) => nav.locator('summary', { hasText: label });
// The inner locator of `has` is matched inside the outer element, so it starts from the page.
const panelOf = (nav: Locator, label: string) => nav.locator('details', { has: nav.page().locator('summary', { hasText: label }) }).locator('ul');
const h1Top = async (page: Page) => (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;

test.describe('menu główne w grupach', () => {
  test('szeroki ekran: grupy w jednym rzędzie, panel nad treścią, bieżąca strona i jej grupa oznaczone', async ({ page }) => {
    await login(page, 'rops.admin@kooperacja.test');
    await page.goto('/wdrozenia');
    const nav = mainNav(page);
    await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
    const top = nav.locator('#menu-glowne > li');
    expect(await top.count()).toBeLessThanOrEqual(7);
    const rows = await top.evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
    expect(rows).toBe(1);

    // The page is marked in its (closed) group, and the group itself.
    await expect(nav.getByRole('link', { name: 'Wdrożenia', includeHidden: true })).toHaveAttribute('aria-current', 'page');
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    await expect(summary(nav, 'Wdrożenie')).toHaveAttribute('aria-current', 'true');
    await expect(nav.getByRole('link', { name: 'Wdrożenia' })).toBeHidden();

    // The keyboard opens a group; its panel covers the page without moving it, inside the window.
    const before = await h1Top(page);
    await summary(nav, 'Administracja').focus();
    await page.keyboard.press('Enter');
    const requests = nav.getByRole('link', { name: 'Wnioski o konta' });
    await expect(requests).toBeVisible();
    expect(await h1Top(page)).toBe(before);
    const panel = (await panelOf(nav, 'Administracja').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await page.keyboard.press('Tab');
    await expect(requests).toBeFocused();
    await checkA11y(page);

    // Opening another group folds the first; Escape folds it and gives the focus back.
    await summary(nav, 'Wiedza').click();
    await expect(nav.getByRole('link', { name: 'Szkoła Kooperacji' })).toBeVisible();
    await expect(requests).toBeHidden();
    await summary(nav, 'Wiedza').focus();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Szkoła Kooperacji' })).toBeHidden();
    await expect(summary(nav, 'Wiedza')).toBeFocused();

    // A click outside folds an open panel.
    await summary(nav, 'Raporty').click();
    await expect(nav.getByRole('link', { name: 'Ewaluacja' })).toBeVisible();
    // (The open panel lies over the top of the page: click the bottom corner, outside it.)
    await page.mouse.click(5, page.viewportSize()!.height - 5);
    await expect(nav.getByRole('link', { name: 'Ewaluacja' })).toBeHidden();

    // Following a link folds the panel and marks the new page.
    await summary(nav, 'Wdrożenie').click();
    await nav.getByRole('link', { name: 'Dokumenty' }).click();
    await expectHeading(page, /Dokumenty/);
    await expect(nav.getByRole('link', { name: 'Dokumenty' })).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Dokumenty', includeHidden: true })).toHaveAttribute('aria-current', 'page');
  });

  test('telefon: przycisk „Menu” odsłania grupy, grupa otwiera się w miejscu, Escape zamyka', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await login(page, 'rops.admin@kooperacja.test');
    await page.goto('/wdrozenia');
    const nav = mainNav(page);
    const button = nav.getByRole('button', { name: 'Menu' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(summary(nav, 'Moja praca')).toBeHidden();
    // The heading comes right after the header: the folded menu does not push it down.
    expect(await h1Top(page)).toBeLessThan(PHONE.height / 2);
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(summary(nav, 'Administracja')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(summary(nav, 'Moja praca')).toBeFocused();
    await page.keyboard.press('Enter');
    const pulpit = nav.getByRole('link', { name: 'Pulpit' });
    await expect(pulpit).toBeVisible();
    expect((await pulpit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await checkA11y(page);

    // Escape folds the group first (focus back on it), then the menu (focus back on the button).
    await page.keyboard.press('Tab');
    await expect(pulpit).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(pulpit).toBeHidden();
    await expect(summary(nav, 'Moja praca')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();

    // Opening the menu opens the current page's group; following a link closes the menu and marks
    // the new page.
    await button.click();
    await expect(nav.getByRole('link', { name: 'Wdrożenia' })).toBeVisible();
    await nav.getByRole('link', { name: 'Dokumenty' }).click();
    await expectHeading(page, /Dokumenty/);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav.getByRole('link', { name: 'Dokumenty', includeHidden: true })).toHaveAttribute('aria-current', 'page');
  });

  test('bez JavaScriptu: grupy widoczne na telefonie, otwierają się i prowadzą do stron', async ({ page, browser }) => {
    await login(page, 'rops.admin@kooperacja.test');
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), viewport: PHONE });
    if (clock.shifted()) await context.clock.setFixedTime(clock.now());
    try {
      const noJs = await context.newPage();
      await noJs.goto('/pulpit');
      const nav = mainNav(noJs);
      // The <noscript> style shows the groups and hides the button that could not work.
      await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
      await expect(summary(nav, 'Administracja')).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Wnioski o konta' })).toBeHidden();
      await summary(nav, 'Administracja').click();
      await nav.getByRole('link', { name: 'Wnioski o konta' }).click();
      await expectHeading(noJs, 'Wnioski o konta');
      await expect(mainNav(noJs).getByRole('link', { name: 'Wnioski o konta', includeHidden: true })).toHaveAttribute('aria-current', 'page');
      await expect(summary(mainNav(noJs), 'Administracja')).toHaveAttribute('aria-current', 'true');
    } finally {
      await context.close();
    }
  });
});
