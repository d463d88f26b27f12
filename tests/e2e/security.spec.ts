import { expect, test, visit } from './fixtures';
import { menuLink } from './menu';

// Issue 12 in the browser: the national model changes only through a proposal the national
// administrator accepts; "wyloguj ze wszystkich urządzeń" ends every session of the user.

test('administrator ROPS proponuje zmianę kroku modelu, administrator krajowy ją przyjmuje', async ({ page, browser, login, a11y }) => {
  const newName = `Budowanie zespołu miejskiego ${Date.now()}`;
  await login('rops.admin@kooperacja.test');
  await visit(page, '/model/urban_3d/kroki/2', /^Krok 2: /);
  await a11y();
  const oldName = await page.getByLabel(/^Nazwa kroku/).inputValue();
  expect(oldName).not.toBe('');
  const stepHeading = (p: typeof page, name: string) => p.getByRole('heading', { level: 3, name: `Krok 2. ${name}`, exact: true });
  await page.getByLabel(/^Nazwa kroku/).fill(newName);
  await page.getByLabel(/^Uzasadnienie propozycji/).fill('Nazwa lepiej oddaje pracę w mieście.');
  await page.getByRole('button', { name: 'Zaproponuj zmianę' }).click();
  await expect(page).toHaveURL(/\/admin\/propozycje\/\d+\?wyslano=1$/);
  await expect(page.getByRole('status')).toContainText('Czeka na decyzję administratora krajowego modelu');
  await expect(page.getByText('czeka na decyzję', { exact: true })).toBeVisible();
  await expect(page.getByText(newName)).toBeVisible();
  // A ROPS administrator cannot decide.
  await expect(page.getByRole('button', { name: 'Zapisz decyzję' })).toHaveCount(0);
  await a11y();
  const proposalUrl = new URL(page.url()).pathname;

  // Until accepted, the catalogue keeps the old name.
  const catalogue = await page.goto('/model/urban_3d');
  expect(catalogue?.status()).toBe(200);
  await expect(stepHeading(page, oldName)).toBeVisible();
  await expect(page.getByText(newName)).toHaveCount(0);

  const ctx = await browser.newContext();
  try {
    const national = await ctx.newPage();
    await national.goto('/logowanie');
    await national.getByLabel('Adres e-mail').fill('krajowy.admin@kooperacja.test');
    await national.getByLabel('Hasło').fill('Kooperacja2026!');
    await national.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(national).toHaveURL(/\/pulpit$/);
    await (await menuLink(national, 'Propozycje zmian modelu')).click();
    await expect(national.getByRole('heading', { level: 1, name: /Propozycje zmian modelu/ })).toBeVisible();
    await test.info().attach('propozycje', { body: await national.screenshot(), contentType: 'image/png' });
    await national.goto(proposalUrl);
    await national.getByRole('radio', { name: /^Przyjmij/ }).check();
    await national.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(national.getByText('przyjęta', { exact: true })).toBeVisible();
    await visit(national, '/model/urban_3d', (await page.getByRole('heading', { level: 1 }).innerText()).trim());
    await expect(stepHeading(national, newName)).toBeVisible();
    await expect(stepHeading(national, oldName)).toHaveCount(0);
  } finally {
    await ctx.close();
  }
});

test('„Wyloguj ze wszystkich urządzeń” kończy też sesję w innej przeglądarce', async ({ page, browser, login, a11y }) => {
  const email = 'ekspert@kooperacja.test';
  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await second.goto('/logowanie');
    await second.getByLabel('Adres e-mail').fill(email);
    await second.getByLabel('Hasło').fill('Kooperacja2026!');
    await second.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(second).toHaveURL(/\/pulpit$/);

    await login(email);
    await (await menuLink(page, 'Moje konto')).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moje konto' })).toBeVisible();
    // Both sessions are listed, this one marked.
    await expect(page.getByRole('region', { name: /Gdzie jesteś zalogowany/ }).getByRole('listitem')).toHaveCount(2);
    await expect(page.getByText('to urządzenie')).toHaveCount(1);
    await a11y();
    await page.getByRole('button', { name: 'Wyloguj ze wszystkich urządzeń' }).click();
    await expect(page).toHaveURL(/\/logowanie\?wylogowano=wszedzie$/);
    await expect(page.getByRole('status')).toContainText('Wylogowano Cię ze wszystkich urządzeń.');
    await a11y();

    // The other browser's token is worthless now.
    await second.goto('/pulpit');
    await expect(second).toHaveURL(/\/logowanie$/);
  } finally {
    await other.close();
  }
});
