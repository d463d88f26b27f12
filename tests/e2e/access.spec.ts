import { checkA11y, expect, login, mainNav, test, userBadge } from './fixtures';
import { menuLink } from './menu';

const GOPS = 'gops@kooperacja.test';
const ADMIN = 'rops.admin@kooperacja.test';

test.describe('kontrola dostępu', () => {
  test('niezalogowany gość trafia z /pulpit na stronę logowania', async ({ page }) => {
    const res = await page.goto('/pulpit');
    await expect(page).toHaveURL(/\/logowanie$/);
    expect(res?.ok()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
    await checkA11y(page);
  });

  test('animator GOPS widzi tylko swoją gminę; odmowy trafiają do dziennika zdarzeń', async ({ page, browser }) => {
    await login(page, GOPS);
    await checkA11y(page);

    await test.step('własna gmina (Janów, 2011022): 200', async () => {
      const res = await page.goto('/gminy/2011022');
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'Gmina Janów' })).toBeVisible();
      await checkA11y(page);
    });

    const denied = [
      ['/gminy/2011013', 'inna gmina (Dąbrowa Białostocka)'],
      ['/admin/wnioski', 'panel administratora'],
      ['/powiaty/2011', 'strona powiatu poza zakresem gminy'],
    ] as const;
    for (const [path, what] of denied) {
      await test.step(`${what}: ${path} → 403`, async () => {
        const res = await page.goto(path);
        expect(res?.status(), `HTTP status of ${path}`).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'Brak dostępu (403)' })).toBeVisible();
        await expect(page.getByText('Dąbrowa Białostocka')).toHaveCount(0);
        await checkA11y(page);
      });
    }

    await test.step('administrator ROPS widzi odmowy w dzienniku zdarzeń', async () => {
      const adminContext = await browser.newContext();
      try {
        const admin = await adminContext.newPage();
        await login(admin, ADMIN);
        await (await menuLink(admin, 'Dziennik zdarzeń')).click();
        await expect(admin).toHaveURL(/\/admin\/audyt$/);
        await expect(admin.getByRole('heading', { level: 1, name: 'Dziennik zdarzeń' })).toBeVisible();
        await checkA11y(admin);

        const filters = admin.getByRole('search', { name: 'Filtry dziennika' });
        await filters.getByLabel('Czynność').selectOption({ label: 'Odmowa dostępu' });
        await filters.getByRole('button', { name: 'Filtruj' }).click();
        await expect(admin).toHaveURL(/czynnosc=access\.denied/);

        const rows = admin.getByRole('table', { name: 'Wpisy dziennika zdarzeń' }).getByRole('row').filter({ hasText: GOPS });
        await expect(rows.first()).toBeVisible();
        await expect(rows.first()).toContainText('Odmowa dostępu');
        await expect(rows.first()).toContainText('Animator GOPS');
        // Only denials are listed once filtered.
        const actions = admin.getByRole('table', { name: 'Wpisy dziennika zdarzeń' }).getByRole('row').locator('td:nth-child(3)');
        await expect(actions.first()).toBeVisible();
        expect(new Set((await actions.allTextContents()).map((t) => t.replace(/i powtórzenia: \d+$/, '')))).toEqual(new Set(['Odmowa dostępu']));
        // Each refusal names the address that was asked for.
        await expect(rows.filter({ hasText: 'adres: /admin/wnioski' }).first()).toBeVisible();
        await checkA11y(admin);
      } finally {
        await adminContext.close();
      }
    });
  });

  test('administrator ROPS z dwiema rolami przełącza aktywną rolę', async ({ page }) => {
    await login(page, ADMIN);
    const header = userBadge(page);
    await expect(header).toContainText('Anna Kowalska');
    await expect(header).toContainText('Administrator ROPS');
    await expect(await menuLink(page, 'Wnioski o konta')).toBeVisible();
    await checkA11y(page);

    const select = page.getByLabel('Aktywna rola');
    const adviser = select.locator('option', { hasText: 'Doradca ROPS ds. modelu' });
    await select.selectOption((await adviser.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Zmień rolę' }).click();

    await expect(header).toContainText('Doradca ROPS ds. modelu');
    await expect(header).not.toContainText('Administrator ROPS');
    await expect(page).toHaveURL(/\/pulpit$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pulpit — Doradca ROPS ds. modelu' })).toBeVisible();
    await expect(select.locator('option:checked')).toContainText('Doradca ROPS ds. modelu');
    // The adviser does not review accounts.
    await expect(mainNav(page).getByRole('link', { name: 'Wnioski o konta', includeHidden: true })).toHaveCount(0);
    await checkA11y(page);

    // The choice survives a reload (cookie), and the admin can switch back.
    await page.reload();
    await expect(header).toContainText('Doradca ROPS ds. modelu');
    const adminOption = select.locator('option', { hasText: 'Administrator ROPS' });
    await select.selectOption((await adminOption.getAttribute('value'))!);
    await page.getByRole('button', { name: 'Zmień rolę' }).click();
    await expect(header).toContainText('Administrator ROPS');
    await expect(await menuLink(page, 'Wnioski o konta')).toBeVisible();
  });
});
