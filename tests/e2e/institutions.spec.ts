import { checkA11y, expect, login, mainNav, test } from './fixtures';
import { menuLink } from './menu';

const PCPR = 'pcpr@kooperacja.test';

test.describe('rejestr instytucji', () => {
  test('walidacja NIP i kodu pocztowego, bezpieczne wyświetlanie nazwy, konflikt edycji', async ({ page, context }) => {
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
    const name = `Klub <script>alert(1)</script> „Sąsiedzi” ${suffix}`;
    const dialogs: string[] = [];
    page.on('dialog', (d) => void dialogs.push(d.message()));

    await login(page, PCPR);
    await (await menuLink(page, 'Instytucje', { exact: true })).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Instytucje' })).toBeVisible();
    await checkA11y(page);

    await page.getByRole('link', { name: 'Dodaj instytucję' }).click();
    await expect(page).toHaveURL(/\/instytucje\/nowa$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Nowa instytucja' })).toBeVisible();
    await checkA11y(page);

    const form = {
      name: page.getByLabel('Pełna nazwa instytucji'),
      type: page.getByLabel('Rodzaj instytucji'),
      area: page.getByLabel('Obszar działania'),
      street: page.getByLabel('Ulica i numer'),
      postalCode: page.getByLabel('Kod pocztowy'),
      city: page.getByLabel('Miejscowość'),
      nip: page.getByLabel('NIP'),
    };
    const submit = page.getByRole('button', { name: 'Dodaj instytucję' });

    await test.step('błędny kod pocztowy i NIP: komunikaty przy polach, nic nie zapisano', async () => {
      await form.name.fill(name);
      await form.type.selectOption({ label: 'Organizacja pozarządowa' });
      await form.area.selectOption({ label: 'powiat sokólski (instytucja powiatowa)' });
      await form.street.fill('ul. Polna 1');
      await form.postalCode.fill('16130');
      await form.city.fill('Sokółka');
      await form.nip.fill('1234567890');
      await submit.click();

      await expect(form.postalCode).toHaveAttribute('aria-invalid', 'true');
      await expect(form.postalCode).toHaveAccessibleDescription(/Kod pocztowy w formacie 00-000\.$/);
      await expect(form.nip).toHaveAttribute('aria-invalid', 'true');
      await expect(form.nip).toHaveAccessibleDescription(/Nieprawidłowy NIP — sprawdź cyfry \(suma kontrolna się nie zgadza\)\.$/);
      await expect(form.name).not.toHaveAttribute('aria-invalid', 'true');
      // Typed values stay; nothing was sent.
      await expect(form.name).toHaveValue(name);
      await expect(page).toHaveURL(/\/instytucje\/nowa$/);
      await checkA11y(page);
    });

    let detailUrl = '';
    await test.step('poprawione dane: instytucja zapisana, nazwa wyświetlona dosłownie', async () => {
      await form.postalCode.fill('16-100');
      await form.nip.fill('526-025-02-74');
      await expect(form.postalCode).not.toHaveAttribute('aria-invalid', 'true');
      await submit.click();
      // The institution opens read-only, with "Edytuj" for those who may change it.
      await expect(page).toHaveURL(/\/instytucje\/\d+\?dodano=1$/);
      detailUrl = page.url().replace(/\?.*$/, '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.getByRole('main').getByRole('status')).toHaveText('Dodano instytucję.');
      await expect(page.getByRole('definition').filter({ hasText: '5260250274' })).toHaveCount(1);
      await expect(page.getByLabel('Pełna nazwa instytucji')).toHaveCount(0);
      await page.getByRole('link', { name: 'Edytuj' }).click();
      await expect(page).toHaveURL(/\/instytucje\/\d+\/edycja$/);
      await expect(page.getByRole('main')).toContainText('Pola oznaczone gwiazdką (*) są wymagane.');
      await expect(page.getByLabel('Pełna nazwa instytucji')).toHaveValue(name);
      await expect(page.getByLabel('NIP')).toHaveValue('5260250274');
      await checkA11y(page);
      // "Anuluj" leaves the form without saving.
      await page.getByLabel('Miejscowość').fill('Niezapisane');
      await page.getByRole('link', { name: 'Anuluj' }).click();
      await expect(page).toHaveURL(detailUrl);
      await expect(page.getByRole('definition').filter({ hasText: 'Niezapisane' })).toHaveCount(0);
      // No <script> element was created from the name.
      expect(await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.trim() === 'alert(1)').length)).toBe(0);
      await checkA11y(page);

      // Exactly one institution was saved (the rejected attempt stored nothing).
      await page.goto(`/instytucje?szukaj=${encodeURIComponent(suffix)}`);
      await expect(page.getByRole('link', { name })).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('status')).toHaveText('Znaleziono 1 instytucję.');
      await checkA11y(page);
    });

    await test.step('równoczesna edycja w dwóch kartach: druga dostaje komunikat o konflikcie', async () => {
      const first = page;
      const second = await context.newPage();
      second.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await first.goto(`${detailUrl}/edycja`);
      await second.goto(`${detailUrl}/edycja`);
      await expect(first.getByLabel('Miejscowość')).toHaveValue('Sokółka');
      await expect(second.getByLabel('Miejscowość')).toHaveValue('Sokółka');

      await first.getByLabel('Ulica i numer').fill('ul. Pierwsza 1');
      await first.getByRole('button', { name: 'Zapisz zmiany' }).click();
      await expect(first).toHaveURL(`${detailUrl}?zapisano=1`);
      await expect(first.getByRole('main').getByRole('status')).toHaveText('Zapisano zmiany.');
      await checkA11y(first);

      await second.getByLabel('Ulica i numer').fill('ul. Druga 2');
      await second.getByRole('button', { name: 'Zapisz zmiany' }).click();
      const alert = second.getByRole('main').getByRole('alert');
      await expect(alert).toContainText(/^Ktoś inny zmienił ten rekord/);
      await expect(second.getByLabel('Ulica i numer')).toHaveValue('ul. Druga 2');
      await expect(second.getByRole('main').getByRole('status')).toHaveCount(0);
      await checkA11y(second);

      // The first save is what is stored.
      await first.goto(`${detailUrl}/edycja`);
      await expect(first.getByLabel('Ulica i numer')).toHaveValue('ul. Pierwsza 1');
      await second.close();
    });

    expect(dialogs, 'no script from the institution name may run').toEqual([]);
  });
});
