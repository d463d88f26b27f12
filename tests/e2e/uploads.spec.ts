import { checkA11y, expect, login, test } from './fixtures';
import { TINY_PDF } from '../upload-fixtures';

const PCPR = 'pcpr@kooperacja.test';
const TOO_LARGE = 'Plik jest za duży — najwyżej 10 MB.';

test('dowód wykonania: plik 11 MB jest odrzucony w przeglądarce, bez wysyłania i bez zawieszenia formularza', async ({ page }) => {
  await login(page, PCPR);
  await page.goto('/wdrozenia');
  await page.getByRole('link', { name: 'Korycin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Korycin — ścieżka wdrożenia' })).toBeVisible();
  await page.locator('summary', { hasText: /^3 Zawarcie porozumienia powiat–gmina/ }).click();
  const form = page.getByRole('form', { name: 'Dowód wykonania podkroku 3' });
  const file = form.getByLabel('Plik (PDF, JPEG lub PNG, do 10 MB)');

  // Every POST from now on would be a server action carrying the file.
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });

  await form.getByLabel('Nazwa dowodu').fill('Skan porozumienia (za duży)');
  const big = Buffer.alloc(11 * 1024 * 1024, 0x20);
  big.set(TINY_PDF);
  await file.setInputFiles({ name: 'porozumienie.pdf', mimeType: 'application/pdf', buffer: big });
  // The message is next to the field as soon as the file is chosen, and tied to it for screen readers.
  const message = form.getByText(TOO_LARGE);
  await expect(message).toBeVisible();
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(file).toHaveAccessibleDescription(TOO_LARGE);

  await form.getByRole('button', { name: 'Dołącz dowód' }).click();
  await expect(form.getByRole('alert')).toContainText('Formularz zawiera błędy');
  await expect(message).toBeVisible();
  await expect(file).toBeFocused();
  // Not stuck: the button is enabled and says what it does, not "Zapisywanie…".
  await expect(form.getByRole('button', { name: 'Dołącz dowód' })).toBeEnabled();
  await expect(form.getByRole('button', { name: 'Zapisywanie…' })).toHaveCount(0);
  expect(posts, 'no request may carry the too-large file').toEqual([]);
  await checkA11y(page);

  // A file that fits clears the message.
  await file.setInputFiles({ name: 'porozumienie.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
  await expect(message).toHaveCount(0);
  await expect(file).not.toHaveAttribute('aria-invalid', 'true');
});
