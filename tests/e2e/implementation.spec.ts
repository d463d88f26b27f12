import { checkA11y, expect, expectHeading, login, logout, test, visit } from './fixtures';

const PCPR = 'pcpr@kooperacja.test';
const ROPS = 'rops.doradca@kooperacja.test';
const GOPS = 'gops@kooperacja.test';
const OTHER_GOPS = 'gops.dabrowa@kooperacja.test';

/** The "Wykonano" cell of a gmina's row on the ROPS dashboard, as a number. */
async function percentOf(page: import('@playwright/test').Page, gmina: string) {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: gmina, exact: true }) });
  const text = await row.getByRole('cell').nth(4).innerText();
  return Number(text.replace('%', ''));
}

test('zgłoszenie → przyjęcie przez ROPS → harmonogram → lista kontrolna → zmiana na pulpicie ROPS', async ({ page }) => {
  let notificationPath = '';
  await test.step('animator PCPR wysyła zgłoszenie dla gminy Janów', async () => {
    await login(page, PCPR);
    await page.getByRole('navigation', { name: 'Główna' }).getByRole('link', { name: 'Zgłoszenia' }).click();
    await page.getByRole('link', { name: 'Nowe zgłoszenie' }).click();
    await expectHeading(page, 'Zgłoszenie do ROPS (krok 2.4)');
    await checkA11y(page);
    // Nothing filled in: Polish errors, nothing sent.
    await page.getByRole('button', { name: 'Wyślij zgłoszenie do ROPS' }).click();
    await expect(page.getByText('Zaznacz co najmniej jedną gminę.')).toBeVisible();
    await expect(page).toHaveURL(/\/zgloszenia\/nowe$/);

    await page.getByLabel('Planowany początek wdrożenia').fill('2027-01-04');
    await page.getByRole('checkbox', { name: /Janów/ }).check();
    await page.getByLabel('Imię i nazwisko').nth(0).fill('Małgorzata Nowak');
    await page.getByLabel('Imię i nazwisko').nth(1).fill('Henryk Sadowski');
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await page.getByLabel('Imię i nazwisko').nth(2).fill('Joanna Wójcik');
    await page.getByLabel('Gmina', { exact: true }).nth(2).selectOption({ label: 'Janów' });
    await page.getByRole('button', { name: 'Dodaj osobę' }).click();
    await page.getByLabel(/^Funkcja/).nth(3).selectOption({ label: 'Radny gminy' });
    await page.getByLabel('Imię i nazwisko').nth(3).fill('Stanisław Szymański');
    await page.getByLabel('Gmina', { exact: true }).nth(3).selectOption({ label: 'Janów' });
    await page.getByRole('button', { name: 'Wyślij zgłoszenie do ROPS' }).click();
    await expect(page).toHaveURL(/\/zgloszenia\/\d+$/);
    notificationPath = new URL(page.url()).pathname;
    await expect(page.getByText('Stan: czeka na decyzję ROPS.')).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  let percentBefore = 0;
  await test.step('doradca ROPS przyjmuje zgłoszenie; powstaje harmonogram gminy', async () => {
    await login(page, ROPS);
    await visit(page, '/zgloszenia', 'Zgłoszenia do ROPS');
    await checkA11y(page);
    // The ROPS list links to the very notification sent above.
    await page.locator(`a[href="${notificationPath}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${notificationPath}$`));
    await expect(page.getByText('Stan: czeka na decyzję ROPS.')).toBeVisible();
    await page.getByLabel('Przyjmij zgłoszenie i utwórz harmonogramy wdrożenia').check();
    await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(page.getByText('Stan: przyjęte.')).toBeVisible();
    await page.getByRole('link', { name: 'gmina Janów' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wdrożenie: gmina Janów' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Harmonogram wdrożenia/ })).toBeVisible();
    await checkA11y(page);
    await visit(page, '/wdrozenia', 'Postęp wdrożeń w województwie');
    await checkA11y(page);
    percentBefore = await percentOf(page, 'Janów');
    await logout(page);
  });

  await test.step('animator GOPS z Janowa odhacza listę kontrolną i kończy podkrok 2.1', async () => {
    await login(page, GOPS);
    await page.getByRole('navigation', { name: 'Główna' }).getByRole('link', { name: 'Wdrożenia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moje wdrożenia' })).toBeVisible();
    await page.getByRole('link', { name: 'Janów', exact: true }).click();
    const current = page.getByRole('region', { name: /Bieżący krok 2/ });
    const first = current.getByRole('checkbox').first();
    await first.check();
    await expect(first).toBeChecked();
    await page.locator('summary', { hasText: /^2\.1 / }).click();
    const form = page.getByRole('form', { name: 'Stan podkroku 2.1' });
    await form.getByLabel('Stan').selectOption({ label: 'wykonany' });
    await form.getByRole('button', { name: 'Zapisz stan podkroku 2.1' }).click();
    await expect(form.getByText('Zapisano.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('region', { name: 'Historia zmian' })).toContainText('Podkrok 2.1');
    await checkA11y(page);
    await logout(page);
  });

  await test.step('wiersz Janowa na pulpicie ROPS pokazuje postęp', async () => {
    await login(page, ROPS);
    await page.goto('/wdrozenia?zalegle=&sort=gmina');
    expect(await percentOf(page, 'Janów')).toBeGreaterThan(percentBefore);
    const csv = await page.request.get('/wdrozenia/eksport.csv');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Janów');
    await logout(page);
  });

  await test.step('animator GOPS innej gminy dostaje 404 na harmonogramie Janowa (istnienie wdrożenia nie jest ujawniane)', async () => {
    await login(page, ROPS);
    await page.goto('/wdrozenia?sort=gmina');
    const href = await page.getByRole('link', { name: 'Janów', exact: true }).getAttribute('href');
    await logout(page);
    await login(page, OTHER_GOPS);
    const res = await page.goto(href!);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Nie znaleziono strony (404)' })).toBeVisible();
    await checkA11y(page);
  });
});
