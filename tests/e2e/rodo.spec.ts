import { DEMO_CASE } from '../../db/seed/demo-numbers';
import { clock } from '../../lib/clock';
import type { Page } from '@playwright/test';
import { checkA11y, expect, expectHeading, login, logout, test } from './fixtures';
import { menuLink } from './menu';

/*
 * Issue 16: the data lifecycle as the ROPS administrator of podlaskie lives it. Krystyna Wróbel,
 * whose case R/2026/0004 was closed when she withdrew her consent, asks what data the platform
 * holds (art. 15) and then asks for her data to be erased; erasure is refused under art. 17(3)(b)
 * (the archiving duty) and restriction is placed instead — the key worker sees the case frozen; the
 * administrator tells her before lifting it. The retention overview shows when her case's B10
 * period ends and takes a legal hold; the audit log's chains verify; /konto shows one's own logins.
 */

const CASE = DEMO_CASE.closed;
/** The form of a new request (the header has its own case search). */
const newRequest = (page: Page) => page.getByRole('form', { name: 'Nowe żądanie' });
const today = () => clock.today().split('-').reverse().join('.');

test('administrator ROPS prowadzi żądania osoby (RODO), ogranicza przetwarzanie sprawy, widzi retencję i sprawdza dziennik', async ({ page }) => {
  await test.step('rejestr żądań i żądanie dostępu (art. 15) z informacją o konsultacjach danych', async () => {
    await login(page, 'rops.admin@kooperacja.test');
    await (await menuLink(page, 'Żądania RODO')).click();
    await expectHeading(page, 'Żądania osób (RODO)');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Zarejestruj żądanie' }).click();
    await checkA11y(page);
    // Nothing filled: every required field says what is missing, and nothing is registered.
    await page.getByRole('button', { name: 'Zarejestruj żądanie' }).click();
    await expect(newRequest(page).getByLabel('Kto złożył żądanie')).toHaveAttribute('aria-invalid', 'true');
    await newRequest(page).getByLabel('Rodzaj żądania').selectOption({ label: 'dostęp (art. 15)' });
    await newRequest(page).getByLabel('Kto złożył żądanie').fill('Krystyna Wróbel');
    await newRequest(page).getByLabel('Kontakt do odpowiedzi').fill('ul. Lipowa 3, 16-200 Dąbrowa Białostocka');
    await newRequest(page).getByLabel('Data wpływu').fill(clock.today());
    await newRequest(page).getByLabel('Numer sprawy').fill('R/1999/9999');
    await page.getByRole('button', { name: 'Zarejestruj żądanie' }).click();
    await expect(page.getByText('nie znaleziono sprawy o tym numerze')).toBeVisible();
    await newRequest(page).getByLabel('Numer sprawy').fill(CASE);
    await page.getByRole('button', { name: 'Zarejestruj żądanie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/RODO\/\d{4}\/\d{4}/);
    await expect(page.getByText(/zostało (2[89]|3[01]) dni/).first()).toBeVisible();
    await checkA11y(page);
    // The readable summary: a PDF with the case and the consultations of the data.
    const pdf = await page.request.get((await page.getByRole('link', { name: 'Informacja dla osoby (PDF)' }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const json = await page.request.get((await page.getByRole('link', { name: 'Eksport danych (JSON)' }).getAttribute('href'))!);
    expect(json.status()).toBe(200);
    expect(await json.text()).toContain('Wróbel');
    // The request waits in the administrator's work, with its deadline, never with the person's name.
    await (await menuLink(page, 'Pulpit')).click();
    const item = page.getByRole('listitem').filter({ hasText: /RODO\/\d{4}\/\d{4}/ }).first();
    await expect(item).toContainText('dostęp');
    await expect(item).not.toContainText('Wróbel');
  });

  await test.step('żądanie usunięcia: odmowa z podstawą art. 17 ust. 3 lit. b i ograniczenie przetwarzania zamiast usunięcia', async () => {
    await page.goto('/admin/rodo/nowe');
    await newRequest(page).getByLabel('Rodzaj żądania').selectOption({ label: 'usunięcie (art. 17)' });
    await newRequest(page).getByLabel('Kto złożył żądanie').fill('Krystyna Wróbel');
    await newRequest(page).getByLabel('Data wpływu').fill(clock.today());
    await newRequest(page).getByLabel('Numer sprawy').fill(CASE);
    await page.getByRole('button', { name: 'Zarejestruj żądanie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/RODO\/\d{4}\/\d{4}/);
    const refusal = page.getByRole('form', { name: 'Odmowa usunięcia danych' });
    await refusal.getByLabel(/art. 17 ust. 3 lit. b/).check();
    // The case was closed this year: its files are kept (B10) until 01.01.2037, so erasure is not due.
    await expect(page.getByText('Akta sprawy przechowuje się do 01.01.2037 (kategoria archiwalna B10)', { exact: false })).toBeVisible();
    await refusal.getByRole('button', { name: 'Odmów usunięcia' }).click();
    await expect(page.getByText('Decyzja: odmówiono')).toBeVisible();
    const restrict = page.getByRole('form', { name: 'Ograniczenie przetwarzania' });
    await restrict.getByRole('button', { name: 'Ogranicz przetwarzanie' }).click();
    await expect(page.getByText('Ograniczono przetwarzanie danych sprawy')).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('pracownik kluczowy widzi sprawę tylko do odczytu', async () => {
    await login(page, 'gops.dabrowa@kooperacja.test');
    await page.goto('/sprawy');
    await page.getByRole('link', { name: CASE }).click();
    const banner = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Przetwarzanie danych ograniczone (RODO art. 18)' }) });
    await expect(banner).toContainText(`Od ${today()}`);
    await expect(page.getByRole('link', { name: /PDF/ })).toHaveCount(0);
    await checkA11y(page);
    await logout(page);
  });

  await test.step('zniesienie ograniczenia dopiero po poinformowaniu osoby', async () => {
    await login(page, 'rops.admin@kooperacja.test');
    await page.goto('/admin/rodo?stan=all');
    await page.getByRole('row').filter({ hasText: 'usunięcie' }).getByRole('link').click();
    await page.getByRole('form', { name: 'Poinformowanie o zniesieniu ograniczenia' }).getByRole('button', { name: 'Poinformowano osobę o zniesieniu' }).click();
    await expect(page.getByText('Poinformowano osobę o planowanym zniesieniu ograniczenia')).toBeVisible();
    await page.getByRole('form', { name: 'Zniesienie ograniczenia' }).getByRole('button', { name: 'Znieś ograniczenie' }).click();
    await expect(page.getByText('Zniesiono ograniczenie przetwarzania')).toBeVisible();
    await checkA11y(page);
  });

  await test.step('retencja: termin brakowania sprawy (B10) i blokada prawna', async () => {
    await (await menuLink(page, 'Retencja i brakowanie akt')).click();
    await expectHeading(page, 'Retencja i brakowanie akt');
    await checkA11y(page);
    // Closed on 12.11.2026, category B10: kept until 1 January of 2027 + 10 years.
    const row = page.getByRole('row').filter({ hasText: CASE });
    await expect(row).toContainText('B10');
    await expect(row).toContainText('01.01.2037');
    await row.getByRole('button', { name: 'Załóż blokadę' }).click();
    const hold = page.getByRole('form', { name: `Blokada prawna sprawy ${CASE}` });
    await hold.getByRole('button', { name: 'Załóż blokadę' }).click();
    await expect(hold.getByLabel('Powód blokady')).toHaveAttribute('aria-invalid', 'true');
    await hold.getByLabel('Powód blokady').fill('Postępowanie sądowe w toku');
    await hold.getByLabel('Blokada do dnia').fill(`${clock.year() + 2}-06-30`);
    await hold.getByRole('button', { name: 'Załóż blokadę' }).click();
    await expect(page.getByRole('row').filter({ hasText: CASE })).toContainText('Postępowanie sądowe w toku');
    await checkA11y(page);
    // Lifting asks once more.
    await page.getByRole('button', { name: `Zdejmij blokadę prawną sprawy ${CASE}` }).click();
    await page.getByRole('group', { name: `Potwierdź zdjęcie blokady sprawy ${CASE}` }).getByRole('button', { name: 'Tak, zdejmij' }).click();
    await expect(page.getByRole('row').filter({ hasText: CASE })).not.toContainText('Postępowanie sądowe w toku');
  });

  await test.step('dziennik zdarzeń: łańcuch sprawdzony, głowy do pobrania', async () => {
    await (await menuLink(page, 'Dziennik zdarzeń')).click();
    await page.getByRole('button', { name: 'Sprawdź teraz' }).click();
    await expect(page.getByText(/Łańcuchy nienaruszone/).first()).toBeVisible();
    const heads = await page.request.get('/admin/audyt/glowy.json');
    expect(heads.status()).toBe(200);
    expect(JSON.stringify(await heads.json())).toMatch(/[0-9a-f]{64}/);
    await checkA11y(page);
  });

  await test.step('moje konto: moje dane i historia logowań', async () => {
    await (await menuLink(page, 'Moje konto')).click();
    await expect(page.getByRole('heading', { name: 'Moje dane' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Historia logowań' }).first();
    await expect(history).toContainText(today());
    await checkA11y(page);
  });
});
