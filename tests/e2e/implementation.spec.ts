import { checkA11y, expect, expectHeading, login, logout, test, visit } from './fixtures';
import { menuLink } from './menu';

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
    await (await menuLink(page, 'Zgłoszenia')).click();
    await page.getByRole('link', { name: 'Nowe zgłoszenie' }).click();
    await expectHeading(page, 'Zgłoszenie do ROPS (krok 2.4)');
    // A gmina that already implements the model is shown, marked, and cannot be chosen (issue 14, item 8).
    await expect(page.getByRole('checkbox', { name: /Dąbrowa Białostocka.*już wdraża/ })).toBeDisabled();
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
    // Addressed and titled by its number, never by the database id (issue 14, item 7).
    await expect(page).toHaveURL(/\/zgloszenia\/ZG-\d{4}-\d{4}$/);
    notificationPath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1, name: /^Zgłoszenie ZG\/\d{4}\/\d{4} — powiat/ })).toBeVisible();
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
    // Who decided, in which role, and when (issue 14, item 8).
    await expect(page.getByText(/^przyjęte: .+ \(.+\), \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)).toBeVisible();
    await page.getByRole('link', { name: 'gmina Janów' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Janów — ścieżka wdrożenia' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Harmonogram wdrożenia/ })).toBeVisible();
    // Recurring tasks are shown by their window, not by its last day (issue 14, item 4).
    await page.getByText(/^Wszystkie terminy/).click();
    const terms = page.getByRole('table', { name: 'Terminy zadań cyklicznych' });
    await expect(terms.getByRole('row').filter({ hasText: 'Spotkanie PZK' }).filter({ hasText: 'od 04.04.2027 do 03.05.2027' })).toBeVisible();
    await checkA11y(page);
    await visit(page, '/wdrozenia', 'Postęp wdrożeń w województwie');
    await checkA11y(page);
    percentBefore = await percentOf(page, 'Janów');
    await logout(page);
  });

  await test.step('animator GOPS z Janowa odhacza listę kontrolną i kończy podkrok 2.1', async () => {
    await login(page, GOPS);
    await (await menuLink(page, 'Wdrożenia')).click();
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
    // 2.4 was completed by the accepted notification: its checklist is advisory, not "0 of n" to do (item 6).
    await expect(current.getByText(/Lista kontrolna \(pomocnicza\): zaznaczono 0 z \d+ — Podkrok wykonany na podstawie dowodu/)).toBeVisible();
    await checkA11y(page);
    // The województwo's regional track is linked for the animator, opens, and reaches Janów's stage IV (item 1).
    await page.getByRole('link', { name: 'Zadania wojewódzkie (WZK, promocja Modelu)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Zadania wojewódzkie/ })).toBeVisible();
    await page.getByText(/^Wszystkie terminy/).click();
    const regionalTerms = page.getByRole('table', { name: 'Terminy zadań cyklicznych' });
    await expect(regionalTerms.getByRole('row').filter({ hasText: 'Spotkanie WZK' }).filter({ hasText: 'III kwartał 2028' })).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('wiersz Janowa na pulpicie ROPS pokazuje postęp', async () => {
    await login(page, ROPS);
    await page.goto('/wdrozenia?zalegle=&sort=gmina');
    expect(await percentOf(page, 'Janów')).toBeGreaterThan(percentBefore);
    // The strip of steps 1–10 with its text alternative (issue 14, item 3): step 2 is under way.
    const janowRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Janów', exact: true }) });
    await expect(janowRow).toContainText(/Krok 1 \(wojewódzki\): [^,]+, Krok 2: (w toku|po terminie), Krok 3: /);
    await expect(janowRow).toContainText('Krok 10: ');
    await expect(page.getByText('Kroki 1–10 (krok 1 to zadania wojewódzkie):')).toBeVisible();
    const csv = await page.request.get('/wdrozenia/eksport.csv');
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('Janów');
    expect(body.toString('utf8').split('\r\n')[0]).toContain(';Krok 1;Krok 2;Krok 3;Krok 4;Krok 5;Krok 6;Krok 7;Krok 8;Krok 9;Krok 10');
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
