import type { Page } from '@playwright/test';
import { checkA11y, expect, fillLogin, login, logout, mainNav, test, uniqueEmail, userBadge, visit } from './fixtures';
import { menuLink } from './menu';

const ADMIN = 'rops.admin@kooperacja.test';
const INSTITUTION = 'Gminny Ośrodek Pomocy Społecznej w Janowie';

interface Applicant {
  name: string;
  email: string;
  password: string;
}

const applicant = (name: string, prefix: string): Applicant => ({ name, email: uniqueEmail(prefix), password: 'Bezpieczne-Haslo-2026' });

/** Fills /rejestracja as a GOPS animator of gmina Janów (powiat sokólski, podlaskie). */
async function fillRequestForm(page: Page, a: Applicant) {
  await page.getByLabel('Imię i nazwisko').fill(a.name);
  await page.getByLabel('Służbowy adres e-mail').fill(a.email);
  await page.getByLabel('Funkcja / stanowisko').fill('Pracownik socjalny');
  await page.getByLabel(/^Hasło/).fill(a.password);
  await page.getByLabel('Powtórz hasło').fill(a.password);
  await page.getByLabel('Wnioskowana rola').selectOption({ label: 'Animator GOPS' });
  await page.getByLabel('Województwo').selectOption({ label: 'podlaskie' });
  // Each choice loads the next list from /api/terytorium; selectOption waits for the option.
  await page.getByLabel('Powiat').selectOption({ label: 'powiat sokólski' });
  await page.getByLabel(/^Gmina/).selectOption({ label: 'Janów' });
  const institution = page.getByLabel(/^Instytucja/);
  await institution.selectOption({ label: INSTITUTION });
  await expect(institution.locator('option:checked')).toHaveText(INSTITUTION);
}

async function submitRequest(page: Page, a: Applicant) {
  await page.goto('/rejestracja');
  await expect(page.getByRole('heading', { level: 1, name: 'Wniosek o konto' })).toBeVisible();
  await fillRequestForm(page, a);
  await page.getByRole('button', { name: 'Wyślij wniosek' }).click();
  await expect(page).toHaveURL(/\/rejestracja\/wyslano$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wniosek o konto został wysłany' })).toBeVisible();
}

/** Admin: opens "Wnioski o konta" through the main navigation and returns the applicant's row. */
async function openRequests(page: Page, a: Applicant) {
  await (await menuLink(page, 'Wnioski o konta')).click();
  await expect(page).toHaveURL(/\/admin\/wnioski$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wnioski o konta' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: a.email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(a.name);
  await expect(row).toContainText(INSTITUTION);
  await expect(row).toContainText('Animator GOPS');
  return row;
}

test.describe('wniosek o konto i jego rozpatrzenie', () => {
  test('pusty formularz wniosku pokazuje polskie komunikaty przy polach', async ({ page }) => {
    await visit(page, '/rejestracja', 'Wniosek o konto');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Wyślij wniosek' }).click();

    const name = page.getByLabel('Imię i nazwisko');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription('To pole jest wymagane.');
    await expect(page.getByLabel('Służbowy adres e-mail')).toHaveAccessibleDescription('To pole jest wymagane.');
    await expect(page.getByLabel(/^Hasło/)).toHaveAccessibleDescription(/Co najmniej 10 znaków\.\s*Hasło musi mieć co najmniej 10 znaków\./);
    await expect(page.getByLabel('Wnioskowana rola')).toHaveAccessibleDescription('Wybierz rolę.');
    await expect(page.getByLabel('Województwo')).toHaveAccessibleDescription('Wybierz województwo.');
    await expect(page.getByLabel(/^Instytucja/)).toHaveAccessibleDescription(/Wybierz instytucję\.$/);
    await expect(name).toBeFocused();
    await expect(page).toHaveURL(/\/rejestracja$/);
    await checkA11y(page);
  });

  test('nowy animator GOPS: wniosek → oczekiwanie → zatwierdzenie → logowanie', async ({ page }) => {
    const a = applicant('Zażółć Gęślą-Jaźń', 'animator');

    await test.step('osoba składa wniosek', async () => {
      await submitRequest(page, a);
      await checkA11y(page);
    });

    await test.step('przed zatwierdzeniem nie może się zalogować', async () => {
      await page.getByRole('link', { name: 'Przejdź do logowania' }).click();
      await expect(page).toHaveURL(/\/logowanie$/);
      await fillLogin(page, a.email, a.password);
      await expect(page.getByRole('main').getByRole('alert')).toContainText('czeka na zatwierdzenie');
      await expect(page).toHaveURL(/\/logowanie$/);
      await checkA11y(page);
    });

    await test.step('administrator ROPS zatwierdza wniosek', async () => {
      await login(page, ADMIN);
      await checkA11y(page);
      const row = await openRequests(page, a);
      await checkA11y(page);
      await row.getByRole('button', { name: `Zatwierdź: ${a.name}`, exact: true }).click();
      await expect(page.getByRole('row').filter({ hasText: a.email })).toHaveCount(0);
      await checkA11y(page);
      await logout(page);
    });

    await test.step('zatwierdzona osoba loguje się i widzi menu swojej roli', async () => {
      await login(page, a.email, a.password);
      const header = userBadge(page);
      await expect(header).toContainText(a.name);
      await expect(header).toContainText('Animator GOPS');
      const nav = mainNav(page);
      for (const item of ['Pulpit', 'Moja gmina', 'Instytucje']) {
        await expect(nav.getByRole('link', { name: item, exact: true, includeHidden: true })).toHaveCount(1);
      }
      for (const item of ['Wnioski o konta', 'Użytkownicy', 'Dziennik zdarzeń']) {
        await expect(nav.getByRole('link', { name: item, includeHidden: true })).toHaveCount(0);
      }
      await checkA11y(page);

      await (await menuLink(page, 'Moja gmina')).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Gmina Janów' })).toBeVisible();
      await checkA11y(page);
    });
  });

  test('odrzucony wniosek: wnioskodawca widzi powód przy logowaniu', async ({ page }) => {
    const a = applicant('Łukasz Żółtowski-Źrebięcki', 'odrzucony');
    const reason = `Wniosek złożono z prywatnej skrzynki — użyj adresu służbowego (${Date.now()}).`;

    await submitRequest(page, a);
    await login(page, ADMIN);
    const row = await openRequests(page, a);

    const toggle = row.getByRole('button', { name: `Odrzuć: ${a.name}`, exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const reasonField = row.getByLabel('Powód odrzucenia (zobaczy go wnioskodawca)');
    // A rejection needs a reason.
    await row.getByRole('button', { name: 'Odrzuć', exact: true }).click();
    await expect(reasonField).toHaveAccessibleDescription('To pole jest wymagane.');
    await checkA11y(page);
    await reasonField.fill(reason);
    await row.getByRole('button', { name: 'Odrzuć', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: a.email })).toHaveCount(0);
    await logout(page);

    await fillLogin(page, a.email, a.password);
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText('Wniosek o konto został odrzucony');
    await expect(alert).toContainText(reason);
    await expect(page).toHaveURL(/\/logowanie$/);
    await checkA11y(page);
  });
});
