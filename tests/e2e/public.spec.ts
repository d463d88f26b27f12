import { checkA11y, expect, expectFitsPhone, expectHeading, fillLogin, login, mainNav, PHONE, test, visit } from './fixtures';
import { menuLink } from './menu';

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

  test('model bez logowania: opis, etapy, kroki i strona kroku; nagłówek dla gościa', async ({ page }) => {
    await page.goto('/');
    await (await menuLink(page, 'Model')).click();
    await expect(page).toHaveURL(/\/model\/rural$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Model');
    await expect(page.getByRole('heading', { level: 2, name: /^Etap I\. / })).toBeVisible();
    // The 18-month schedule: every step with its months.
    const schedule = page.getByRole('table', { name: /Kroki modelu w kolejnych miesiącach/ });
    await expect(schedule.getByRole('row')).toHaveCount(11);
    await expect(schedule.getByRole('row').last()).toContainText(/mies\. \d+–18/);
    await expect(mainNav(page).getByRole('link', { name: 'Model' })).toHaveAttribute('aria-current', 'true');
    // A visitor sees the public header, and no way to edit the model.
    await expect(page.getByRole('banner').getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Edytuj/ })).toHaveCount(0);
    await checkA11y(page);
    await expectFitsPhone(page);

    await page.getByRole('link', { name: /^Krok 3\. / }).click();
    await expectHeading(page, /^Krok 3: /);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('listitem').first()).toBeVisible();
    await checkA11y(page);
    await expectFitsPhone(page);
  });

  test('kalkulator bez logowania: obliczenie ze stawkami województwa i PDF', async ({ page }) => {
    await visit(page, '/kalkulator', 'Kalkulator kosztów zaniechania');
    await expect(page.getByRole('main')).toContainText('Stawki domyślne');
    await checkA11y(page);
    await page.getByLabel('Stawki województwa').selectOption({ label: 'podlaskie' });
    await page.getByLabel(/^Liczba osób w domu pomocy społecznej/).fill('1');
    await page.getByRole('button', { name: 'Oblicz koszty' }).click();
    await expect(page.getByRole('heading', { name: 'Wynik na 7 lat' })).toBeVisible();
    await expect(page).toHaveURL(/[?&]woj=\d+/);
    await expect(page.getByRole('main')).toContainText('Stawki województwa podlaskie');
    await checkA11y(page);
    await expectFitsPhone(page);
    const href = await page.getByRole('link', { name: 'Pobierz PDF' }).getAttribute('href');
    expect(href).toMatch(/woj=\d+/);
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // The rates and their sources are public too; changing one is not.
    await page.getByRole('link', { name: 'stawki i ich źródła' }).click();
    await expectHeading(page, 'Stawki kalkulatora kosztów zaniechania');
    await expect(page.getByRole('link', { name: /^Zmień/ })).toHaveCount(0);
    await checkA11y(page);
    await page.goto('/kalkulator/stawki/dps_month');
    await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fkalkulator%2Fstawki%2Fdps_month$/);
  });

  test('po zalogowaniu wraca na stronę, o którą proszono — tylko w obrębie serwisu', async ({ page }) => {
    await page.goto('/sprawy');
    await expect(page).toHaveURL(/\/logowanie\?callbackUrl=%2Fsprawy$/);
    await checkA11y(page);
    await fillLogin(page, 'gops@kooperacja.test', 'Kooperacja2026!');
    await expect(page).toHaveURL(/\/sprawy$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Wyloguj' }).click();
    await expect(page).toHaveURL(/\/logowanie$/);

    for (const evil of ['//evil.example/pulpit', 'https://evil.example/', '/\\evil.example', '%2F%2Fevil.example', '/%5Cevil.example']) {
      await page.goto(`/logowanie?callbackUrl=${encodeURIComponent(evil)}`);
      await fillLogin(page, 'gops@kooperacja.test', 'Kooperacja2026!');
      await expect(page, `callbackUrl=${evil}`).toHaveURL(/^http:\/\/localhost:\d+\/pulpit$/);
      await page.getByRole('button', { name: 'Wyloguj' }).click();
      await expect(page).toHaveURL(/\/logowanie$/);
    }
  });

  test('strona 404 i 403 w aplikacji: jeden nagłówek, jedno menu, jedna stopka', async ({ page }) => {
    const once = async () => {
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Główna' })).toHaveCount(1);
    };
    const missing = await page.goto('/nie-ma-takiej-strony');
    expect(missing?.status()).toBe(404);
    await expectHeading(page, 'Nie znaleziono strony (404)');
    await once();
    await checkA11y(page);

    await login(page, 'gops@kooperacja.test');
    for (const path of ['/sprawy/999999999', '/nie-ma-takiej-strony', '/model/rural/kroki/99', '/dobre-praktyki/999999999']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expectHeading(page, 'Nie znaleziono strony (404)');
      await once();
    }
    await checkA11y(page);
    const refused = await page.goto('/admin/uzytkownicy');
    expect(refused?.status()).toBe(403);
    await expectHeading(page, 'Brak dostępu (403)');
    await once();
    await checkA11y(page);
  });
});
