import { E2E_SMTP_PORT } from '../../playwright.config';
import { clock } from '../../lib/clock';
import { checkA11y, expect, expectHeading, login, logout, startSmtp, test, uniqueEmail } from './fixtures';
import { DEMO_CASE } from '../../db/seed/demo-numbers';
import { menuLink } from './menu';
import { TINY_PDF } from '../upload-fixtures';

/*
 * Issue 15: every partner acts. The PCPR animator invites a school pedagogue (no queue at ROPS); she
 * sets her password from the e-mailed link, finds the school's IPP task of the family in her inbox
 * ("Moja praca") and marks it done with a note; the key worker finds her report in his inbox and on
 * the monitoring page. The demo's case R/2026/0001 has the school on its team and a task for it.
 */

const TEAM = 'PZK gminy Dąbrowa Białostocka';
const SCHOOL = 'Szkoła Podstawowa nr 1 w Dąbrowie Białostockiej';
const TASK = 'Zajęcia komputerowe w pracowni szkolnej dwa razy w tygodniu';
const NOTE = 'Łukasz uczestniczy w zajęciach od 1 grudnia; bardzo zaangażowany.';

/** The body of a message as text: quoted-printable soft line breaks and escapes undone. */
const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

test('pedagog szkolny zaproszony przez animatora PCPR wykonuje zadanie z IPP, pracownik kluczowy widzi to w „Moja praca” i w monitoringu', async ({ page }) => {
  const smtp = await startSmtp(E2E_SMTP_PORT);
  const pedagogue = { email: uniqueEmail('pedagog'), name: 'Agnieszka Kalinowska', password: 'Pedagog-Szkolny-2026!' };
  try {
    await test.step('animator PCPR zaprasza pedagoga szkoły, członka zespołu', async () => {
      await login(page, 'pcpr@kooperacja.test');
      await (await menuLink(page, 'Partnerskie Zespoły Kooperacji')).click();
      await page.getByRole('link', { name: TEAM }).click();
      await expectHeading(page, TEAM);
      await page.getByRole('link', { name: 'Zaproś osoby' }).click();
      await checkA11y(page);
      await page.getByLabel('Służbowy adres e-mail').fill('to nie adres');
      await page.getByLabel('Imię i nazwisko').first().fill(pedagogue.name);
      await page.getByLabel('Stanowisko').fill('Pedagog szkolny');
      // The form for one person comes first; the list form's select is "Instytucja dla wierszy bez instytucji".
      await page.getByLabel(/^Instytucja/).first().selectOption({ label: SCHOOL });
      await page.getByRole('button', { name: 'Wyślij zaproszenie', exact: true }).click();
      await expect(page.getByLabel('Służbowy adres e-mail')).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel('Służbowy adres e-mail').fill(pedagogue.email);
      await page.getByRole('button', { name: 'Wyślij zaproszenie', exact: true }).click();
      await expect(page.getByRole('row').filter({ hasText: pedagogue.email })).toContainText('oczekuje');
      await checkA11y(page);
      await logout(page);
    });

    let link = '';
    await test.step('pedagog ustawia hasło z linku w e-mailu', async () => {
      await expect.poll(() => smtp.messages.filter((m) => m.to.includes(pedagogue.email)).length, { timeout: 30_000 }).toBe(1);
      const body = decoded(smtp.messages.find((m) => m.to.includes(pedagogue.email))!.raw);
      link = new URL(body.match(/https?:\/\/[^\s]+\/zaproszenie\/[A-Za-z0-9_-]+/)![0]).pathname;
      await page.goto(link);
      await expect(page.getByText(SCHOOL).first()).toBeVisible();
      await checkA11y(page);
      await page.getByLabel(/^Hasło/).fill(pedagogue.password);
      await page.getByLabel('Powtórz hasło').fill('inne-haslo-2026');
      await page.getByRole('button', { name: 'Ustaw hasło i załóż konto' }).click();
      await expect(page.getByLabel('Powtórz hasło')).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel('Powtórz hasło').fill(pedagogue.password);
      await page.getByRole('button', { name: 'Ustaw hasło i załóż konto' }).click();
      await expectHeading(page, 'Konto założone');
      await checkA11y(page);
      // The link is single-use.
      await page.goto(link);
      await expect(page.getByRole('button', { name: 'Ustaw hasło i załóż konto' })).toHaveCount(0);
      await checkA11y(page);
    });

    await test.step('pedagog widzi zadanie szkoły w „Moja praca” i oznacza je jako wykonane', async () => {
      await login(page, pedagogue.email, pedagogue.password);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: 'Moja praca' })).toBeVisible();
      const item = main.getByRole('link', { name: new RegExp(`Zadanie z IPP: ${TASK}`) });
      await expect(item).toBeVisible();
      await expect(main.getByText(DEMO_CASE.study).first()).toBeVisible();
      await checkA11y(page);
      await item.click();
      await expectHeading(page, /Zadania zespołu/);
      const casePath = new URL(page.url()).pathname.replace(/\/zadania$/, '');
      expect(casePath).toMatch(/^\/sprawy\/\d+$/);
      await checkA11y(page);
      const task = page.getByRole('article').filter({ has: page.getByRole('heading', { name: TASK }) });
      await task.getByLabel('wykonane').check();
      await task.getByLabel('Data').fill(clock.today());
      await task.getByLabel('Notatka').fill(NOTE);
      await task.getByRole('button', { name: 'Zapisz informację o zadaniu' }).click();
      // The latest report: day, status, who and for which institution, and the note.
      await expect(task.getByText(new RegExp(`wykonane · ${pedagogue.name}, ${SCHOOL}`))).toBeVisible();
      await expect(task.getByText(NOTE)).toBeVisible();
      await checkA11y(page);
      // Done work leaves the inbox; the rest of the case stays closed to the partner.
      await page.goto('/pulpit');
      await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`Zadanie z IPP: ${TASK}`) })).toHaveCount(0);
      const closed = await page.goto(casePath);
      expect(closed?.status()).toBe(404);
      await logout(page);
    });

    await test.step('pracownik kluczowy widzi informację w „Moja praca” i na stronie monitoringu', async () => {
      await login(page, 'gops.dabrowa@kooperacja.test');
      const entry = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Partner zgłosił postęp zadania: wykonane' }) });
      await expect(entry).toContainText(`Sprawa ${DEMO_CASE.study}`);
      await checkA11y(page);
      await entry.getByRole('link').click();
      await expectHeading(page, /Monitoring/);
      const reports = page.getByRole('table', { name: /Ostatnia informacja o każdym zadaniu/ });
      const row = reports.getByRole('row').filter({ hasText: TASK });
      await expect(row).toContainText('wykonane');
      await expect(row).toContainText(NOTE);
      await expect(row).toContainText(pedagogue.name);
      await checkA11y(page);
      await logout(page);
    });
  } finally {
    await smtp.close();
  }
});

test('akta sprawy: pracownik kluczowy dodaje skan genogramu, widzi go przy diagnozie i pobiera; zły plik odrzucony', async ({ page }) => {
  await login(page, 'gops.dabrowa@kooperacja.test');
  await (await menuLink(page, 'Sprawy osób i rodzin')).click();
  await page.getByRole('link', { name: DEMO_CASE.study }).first().click();
  await page.getByRole('link', { name: 'Akta sprawy' }).first().click();
  await expectHeading(page, /Akta sprawy/);
  await checkA11y(page);
  const form = page.getByRole('form', { name: 'Nowy dokument w aktach sprawy' });
  await form.getByLabel('Rodzaj dokumentu').selectOption('genogram');
  await form.getByLabel('Data dokumentu').fill(clock.today());
  await form.getByLabel('Opis').fill('Genogram rodziny Ziębów z warsztatu diagnostycznego');
  // A text file named .pdf is refused by its content, and nothing is stored.
  await form.getByLabel(/^Plik/).setInputFiles({ name: 'genogram.pdf', mimeType: 'application/pdf', buffer: Buffer.from('to nie jest PDF') });
  await form.getByRole('button', { name: 'Dodaj do akt' }).click();
  await expect(form.getByLabel(/^Plik/)).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel(/^Plik/).setInputFiles({ name: 'genogram-zięba.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
  await form.getByRole('button', { name: 'Dodaj do akt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dodano dokument do akt sprawy.' })).toBeVisible();
  await checkA11y(page);

  // Shown on the step it belongs to, and downloaded (never shown inline).
  await page.getByRole('link', { name: 'Diagnoza' }).first().click();
  const genogram = page.getByRole('region', { name: 'Genogram w aktach sprawy' });
  const link = genogram.getByRole('link', { name: /Genogram \(skan\) z .* pobierz plik genogram-zięba\.pdf/ });
  await expect(link).toBeVisible();
  const res = await page.request.get((await link.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-disposition']).toMatch(/^attachment;/);
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await checkA11y(page);

  // The printable papers for the family open as PDFs.
  await page.getByRole('link', { name: 'Akta sprawy' }).first().click();
  for (const name of [/Zgoda na współpracę/, /Karta monitoringu/, /Prawa i obowiązki/]) {
    const href = await page.getByRole('link', { name }).first().getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status(), String(name)).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }
});
