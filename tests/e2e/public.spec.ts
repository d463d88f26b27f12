import { checkA11y, expect, fillLogin, test } from './fixtures';

test.describe('strony publiczne', () => {
  test('strona startowa: nagłówek, punkty orientacyjne i link „Przejdź do treści”', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Platforma Modelu Kooperacji' })).toBeVisible();
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await checkA11y(page);

    // The skip link is the very first Tab stop and becomes visible when focused.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Przejdź do treści' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();

    // Activating it moves keyboard focus into <main>: either main itself takes focus, or (when main
    // is not focusable) the next Tab stop is the first focusable element inside main, not the header.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#tresc$/);
    const focusInMain = () =>
      page.evaluate(() => {
        const main = document.querySelector('main');
        const active = document.activeElement;
        return !!main && !!active && (active === main || main.contains(active));
      });
    if (!(await focusInMain())) await page.keyboard.press('Tab');
    await expect.poll(focusInMain).toBe(true);
  });

  test('strona logowania jest dostępna', async ({ page }) => {
    await page.goto('/logowanie');
    await expect(page.getByRole('heading', { level: 1, name: 'Logowanie' })).toBeVisible();
    await expect(page.getByLabel('Adres e-mail')).toBeVisible();
    await expect(page.getByLabel('Hasło')).toHaveAttribute('type', 'password');
    await checkA11y(page);
  });

  test('puste pola logowania: komunikaty przy polach', async ({ page }) => {
    await page.goto('/logowanie');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();

    const email = page.getByLabel('Adres e-mail');
    const password = page.getByLabel('Hasło');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('To pole jest wymagane.');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription('To pole jest wymagane.');
    await expect(page.getByText('To pole jest wymagane.')).toHaveCount(2);
    await expect(email).toBeFocused();
    await expect(page).toHaveURL(/\/logowanie$/);
    await checkA11y(page);

    // A malformed address gets its own message next to the e-mail field.
    await email.fill('to-nie-jest-adres');
    await password.fill('cokolwiek');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await expect(email).toHaveAccessibleDescription('Podaj poprawny adres e-mail.');
    await expect(password).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/logowanie$/);
  });

  test('błędne hasło: ogólny komunikat bez zdradzania, czy konto istnieje', async ({ page }) => {
    await page.goto('/logowanie');
    await fillLogin(page, 'gops@kooperacja.test', 'zle-haslo-123');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText('Nieprawidłowy adres e-mail lub hasło.');
    await expect(page).toHaveURL(/\/logowanie$/);
    await checkA11y(page);
  });

  test('konto oczekujące: komunikat o czekaniu na zatwierdzenie', async ({ page }) => {
    await page.goto('/logowanie');
    await fillLogin(page, 'oczekujacy@kooperacja.test', 'Kooperacja2026!');
    await expect(page.getByRole('main').getByRole('alert')).toContainText('czeka na zatwierdzenie');
    await expect(page).toHaveURL(/\/logowanie$/);
    await checkA11y(page);
  });

  test('wojewódzka lista usług bez logowania: wyszukiwanie bez polskich znaków', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Wojewódzka lista usług' }).click();
    await page.getByLabel('Województwo').selectOption({ label: 'podlaskie' });
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await page.getByLabel('Szukaj (np. zdrowie psychiczne)').fill('osob starszych');
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await expect(page.getByText('Klub Seniora „Złota Jesień”')).toBeVisible();
    await expect(page.getByText('Poradnictwo rodzinne i mediacje')).toHaveCount(0);
    await checkA11y(page);
  });
});
