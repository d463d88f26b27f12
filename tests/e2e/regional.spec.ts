import { E2E_SMTP_PORT } from '../../playwright.config';
import { clock } from '../../lib/clock';
import { addDays } from '../../lib/model/dates';
import { checkA11y, expect, expectFitsPhone, expectHeading, login, logout, pdfText, startSmtp, test, uniqueEmail } from './fixtures';
import { menuLink } from './menu';

/*
 * Issue 18: the regional level and the ends of the cycle. ROPS publishes an info meeting in the
 * województwo's calendar, a visitor registers without an account and receives the confirmation; ROPS
 * holds a WZK meeting and publishes its minutes. The PCPR animator gives out the family questionnaire
 * by link until five families have answered — only then does the 9.2 report show the results — and
 * the PZK of Szudziałowo (18 months on, in the demo) decides to continue: cycle 2 on the dashboard.
 */

const ROPS = 'rops.doradca@kooperacja.test';
const PCPR = 'pcpr@kooperacja.test';
const FAMILY_QUESTIONNAIRE = 'Ankieta dla rodzin i osób korzystających ze wsparcia';

/** The body of a message as text: quoted-printable soft line breaks and escapes (UTF-8 bytes) undone. */
const decoded = (raw: string) =>
  Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
/** "2027-02-17" → "17.02.2027". */
const polishDate = (iso: string) => iso.split('-').reverse().join('.');

test.describe.configure({ timeout: 300_000 });

test('ROPS: spotkanie informacyjne w kalendarzu województwa, zapis gościa bez konta z e-mailem, spotkanie WZK z protokołem', async ({ page }) => {
  const smtp = await startSmtp(E2E_SMTP_PORT);
  const title = `Spotkanie informacyjne o Modelu Kooperacji — Sokółka ${Date.now() % 100_000}`;
  const guest = { name: 'Halina Zawadzka', institution: 'Starostwo Powiatowe w Sokółce', email: uniqueEmail('starostwo') };
  try {
    await test.step('ROPS dodaje publiczne spotkanie informacyjne z zapisami', async () => {
      await login(page, ROPS);
      await (await menuLink(page, 'Kalendarz wojewódzki')).click();
      await expectHeading(page, 'Kalendarz wojewódzki');
      await page.getByRole('link', { name: 'Zarządzaj kalendarzem województwa' }).click();
      await page.getByRole('link', { name: 'Nowe wydarzenie' }).click();
      await checkA11y(page);
      await page.getByRole('radio', { name: 'Spotkanie informacyjne' }).check();
      await page.getByLabel('Tytuł').fill(title);
      const day = addDays(clock.today(), 45);
      await page.getByLabel('Początek').fill(`${day}T10:00`);
      await page.getByLabel('Koniec').fill(`${day}T14:00`);
      await page.getByLabel('Miejsce').fill('Starostwo Powiatowe w Sokółce, ul. Marszałka Józefa Piłsudskiego 8, sala sesyjna');
      await page.getByRole('checkbox', { name: 'Wydarzenie publiczne (widoczne bez logowania)' }).check();
      await page.getByRole('checkbox', { name: 'Zapisy przez formularz publiczny' }).check();
      await page.getByLabel('Liczba miejsc').fill('25');
      await page.getByRole('button', { name: 'Dodaj wydarzenie' }).click();
      await expect(page).toHaveURL(/\/kalendarz\/wydarzenia\/\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
      await checkA11y(page);
      await logout(page);
    });

    await test.step('gość bez konta zapisuje się na spotkanie i dostaje potwierdzenie z linkiem rezygnacji', async () => {
      await page.goto('/wydarzenia');
      await expectHeading(page, 'Kalendarz wojewódzki');
      await checkA11y(page);
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
      await page.getByRole('button', { name: 'Zapisz się' }).click();
      await expect(page.getByLabel('Imię i nazwisko')).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel('Imię i nazwisko').fill(guest.name);
      await page.getByLabel('Instytucja').fill(guest.institution);
      await page.getByLabel('E-mail').fill(guest.email);
      await page.getByLabel('Gmina').selectOption({ label: 'Sokółka (powiat sokólski)' });
      await page.getByRole('button', { name: 'Zapisz się' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Zapisano.' })).toBeVisible();
      await checkA11y(page);
      await expectFitsPhone(page);
      await expect.poll(() => smtp.messages.filter((m) => m.to.includes(guest.email)).length, { timeout: 30_000 }).toBe(1);
      const body = decoded(smtp.messages.find((m) => m.to.includes(guest.email))!.raw);
      expect(body).toContain(title);
      expect(body).toMatch(/\/wydarzenia\/\d+\/wydarzenie\.ics/);
      const cancel = new URL(body.match(/https?:\/\/[^\s]+\/wydarzenia\/rezygnacja\/[A-Za-z0-9_-]+/)![0]).pathname;
      // Opening the link changes nothing; the page asks first.
      await page.goto(cancel);
      await expect(page.getByRole('button', { name: 'Rezygnuję z udziału' })).toBeVisible();
      await checkA11y(page);
    });

    await test.step('ROPS widzi zgłoszenie na liście', async () => {
      await login(page, ROPS);
      await page.goto('/kalendarz/wydarzenia');
      await page.getByRole('link', { name: title }).click();
      const row = page.getByRole('table', { name: 'Zgłoszenia na wydarzenie' }).getByRole('row').filter({ hasText: guest.name });
      await expect(row).toContainText(guest.institution);
      // Opening the cancellation link did not cancel.
      await expect(row).toContainText('potwierdzone');
      await checkA11y(page);
    });

    await test.step('ROPS odwołuje spotkanie — gość dostaje wiadomość z powodem, strona wydarzenia mówi, że odwołane', async () => {
      const form = page.getByRole('form', { name: 'Odwołanie wydarzenia' });
      await form.getByRole('button', { name: 'Odwołaj wydarzenie' }).click();
      await expect(form.getByLabel('Powód odwołania')).toHaveAttribute('aria-invalid', 'true');
      await form.getByLabel('Powód odwołania').fill('Sala sesyjna jest zajęta — nowy termin podamy w kalendarzu.');
      await form.getByRole('button', { name: 'Odwołaj wydarzenie' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Wydarzenie odwołane' })).toBeVisible();
      await expect(page.getByRole('form', { name: 'Odwołanie wydarzenia' })).toHaveCount(0);
      await checkA11y(page);
      await expect.poll(() => smtp.messages.filter((m) => m.to.includes(guest.email)).length, { timeout: 30_000 }).toBe(2);
      const body = decoded(smtp.messages.filter((m) => m.to.includes(guest.email))[1].raw);
      expect(body).toContain('Powód: Sala sesyjna jest zajęta');
      expect(body).toContain(title);
      await page.getByRole('link', { name: 'Strona wydarzenia' }).click();
      await expect(page.getByText('Wydarzenie zostało odwołane.', { exact: true })).toBeVisible();
    });

    await test.step('ROPS zapisuje własną wersję ankiety dla rodzin i ją wyłącza — wydawana jest znów wersja Modelu', async () => {
      await page.goto('/ankiety');
      await expectHeading(page, 'Wzory ankiet ewaluacyjnych');
      const familyRow = () => page.getByRole('table', { name: 'Wzory i ich wersje' }).getByRole('row').filter({ hasText: 'wzór Modelu' }).filter({ hasText: 'Ankieta dla rodzin' });
      await familyRow().getByRole('link', { name: /^Nowa wersja/ }).click();
      await page.getByRole('button', { name: 'Zapisz nową wersję' }).click();
      await expect(page).toHaveURL(/\/ankiety$/);
      const own = page.getByRole('table', { name: 'Wzory i ich wersje' }).getByRole('row').filter({ hasText: 'wzór ROPS' }).first();
      await expect(own).toContainText('(wydawana)');
      await own.getByRole('button', { name: /^Wyłącz wersję/ }).click();
      await own.getByRole('button', { name: 'Tak, wyłącz' }).click();
      await expect(own).toContainText('(wyłączona)');
      await expect(familyRow()).toContainText('(wydawana)');
      await expect(own.getByRole('button', { name: /^Włącz wersję/ })).toBeVisible();
      await checkA11y(page);
      await expectFitsPhone(page);
    });

    await test.step('ROPS odbywa spotkanie WZK: lista obecności, ustalenie, opublikowany protokół (PDF)', async () => {
      await (await menuLink(page, 'Wojewódzki Zespół Kooperacji')).click();
      await expectHeading(page, /Wojewódzki Zespół Kooperacji/);
      await expect(page.getByText('Komenda Wojewódzka Policji w Białymstoku').first()).toBeVisible();
      await checkA11y(page);
      await page.getByRole('link', { name: 'Zaplanuj spotkanie' }).click();
      const held = addDays(clock.today(), -3);
      await page.getByLabel('Data i godzina rozpoczęcia').fill(`${held}T10:00`);
      await page.getByLabel('Miejsce').fill('ROPS w Białymstoku, ul. Wiejska 35, sala konferencyjna');
      await page.getByLabel('Porządek spotkania').fill('Postępy PZK w powiecie sokólskim; kolejna edycja Szkoły Kooperacji.');
      await page.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
      await expect(page).toHaveURL(/\/wzk\/spotkania\/\d+$/);
      const meetingPath = new URL(page.url()).pathname;

      const attendance = page.getByRole('form', { name: 'Lista obecności WZK' });
      await attendance.getByRole('checkbox').first().check();
      await attendance.getByLabel('Kto reprezentował').first().fill('Anna Kowalska, dyrektor ROPS');
      await attendance.getByRole('button', { name: 'Zapisz listę obecności' }).click();
      await expect(attendance.getByRole('status')).toContainText(/Zapisano/);

      const decision = page.getByRole('form', { name: 'Nowe ustalenie WZK' });
      await decision.getByLabel('Ustalenie (zadanie)').fill('Przygotować rekomendacje do OZPS z wnioskami z powiatu sokólskiego');
      await decision.getByLabel('Odpowiedzialny członek WZK').selectOption({ index: 1 });
      await decision.getByLabel('Termin').fill(addDays(clock.today(), 30));
      await decision.getByRole('button', { name: 'Dodaj ustalenie' }).click();
      await expect(page.getByText('Przygotować rekomendacje do OZPS z wnioskami z powiatu sokólskiego').first()).toBeVisible();

      const minutes = page.getByRole('form', { name: 'Protokół spotkania WZK' });
      await minutes.getByLabel('Protokół — przebieg spotkania').fill('Omówiono postępy zespołów w Dąbrowie Białostockiej i Korycinie; ustalono termin kolejnego szkolenia.');
      await minutes.getByRole('button', { name: 'Opublikuj protokół' }).click();
      await expect(minutes.getByRole('status')).toContainText('Protokół opublikowany.');
      await checkA11y(page);
      await expectFitsPhone(page);
      const text = await pdfText(page, `${meetingPath}/protokol.pdf`);
      expect(text).toContain('Omówiono postępy zespołów w Dąbrowie Białostockiej i Korycinie');
      expect(text).toContain(polishDate(held));
      await logout(page);
    });
  } finally {
    await smtp.close();
  }
});

test('PCPR: ankieta dla rodzin przez link — wyniki w raporcie 9.2 od piątej odpowiedzi; PZK Szudziałowa kontynuuje — cykl 2 na pulpicie wdrożeń', async ({ page, browser }) => {
  await login(page, PCPR);

  await test.step('animator wydaje ankietę dla rodzin linkami; rodziny odpowiadają bez logowania', async () => {
    await (await menuLink(page, 'Ewaluacja (etap IV)')).click();
    await page.getByRole('row').filter({ hasText: 'Krynki' }).getByRole('link').first().click();
    await page.getByRole('link', { name: /Wydawanie ankiet/ }).click();
    await checkA11y(page);
    const family = page.getByRole('form', { name: `Nowy link: ${FAMILY_QUESTIONNAIRE}` });
    const guest = await browser.newContext();
    const visitor = await guest.newPage();
    try {
      let previous = '';
      for (let i = 0; i < 5; i++) {
        await family.getByRole('button', { name: 'Utwórz link do ankiety' }).click();
        const link = family.getByRole('status').getByRole('link');
        await expect(link).toHaveText(new RegExp(`/ankieta/[A-Za-z0-9_-]+$`));
        // Each click gives a new link.
        await expect(link).not.toHaveText(previous);
        previous = (await link.textContent())!;
        const url = new URL(previous);
        await visitor.goto(url.pathname);
        await expect(visitor.getByRole('heading', { level: 1 })).toContainText(FAMILY_QUESTIONNAIRE);
        if (i === 0) await checkA11y(visitor);
        for (const q of [/^1\. Na ile wsparcie pomogło/, /Jak oceniacie kontakt z osobami/]) await visitor.getByRole('group', { name: q }).getByRole('radio').nth(3 + (i % 2)).check();
        await visitor.getByRole('button', { name: 'Wyślij ankietę' }).click();
        await expect(visitor.getByRole('status')).toContainText('Dziękujemy! Odpowiedź została zapisana.');
        // The link takes one answer.
        await visitor.goto(url.pathname);
        await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Ankieta została już wypełniona');

        if (i === 3) {
          await page.goto(page.url().replace(/\/ankiety$/, ''));
          const section = page.getByRole('region', { name: FAMILY_QUESTIONNAIRE });
          await expect(section.getByRole('status')).toContainText('Wyniki pokażemy po zebraniu co najmniej 5 odpowiedzi (teraz są 4 odpowiedzi).');
          await expect(section.getByText('Średnia:')).toHaveCount(0);
          await page.goBack();
        }
      }
    } finally {
      await guest.close();
    }
  });

  await test.step('po piątej odpowiedzi raport 9.2 pokazuje wyniki (średnia, rozkład z tabelą)', async () => {
    await page.goto(page.url().replace(/\/ankiety$/, ''));
    const section = page.getByRole('region', { name: FAMILY_QUESTIONNAIRE });
    await expect(section.getByText('Liczba odpowiedzi: 5. Odpowiedzi są anonimowe.')).toBeVisible();
    // Answers 4, 5, 4, 5, 4 on the first scale: mean 4,4.
    await expect(section.getByText(/Średnia: 4,4 \(skala 1–5\)/).first()).toBeVisible();
    await expect(section.getByRole('table').first()).toBeVisible();
    await checkA11y(page);
    await expectFitsPhone(page);
  });

  await test.step('PZK Szudziałowa decyduje o kontynuacji prac; nowy cykl na pulpicie wdrożeń', async () => {
    await (await menuLink(page, 'Wdrożenia')).click();
    await page.getByRole('link', { name: 'Szudziałowo', exact: true }).click();
    const section = page.getByRole('region', { name: 'Decyzja PZK o kontynuacji prac (krok 9.2)' });
    await expect(section).toBeVisible();
    await checkA11y(page);
    await section.getByRole('radio', { name: 'kontynuacja prac — nowy cykl od kroku 2.2' }).check();
    await section.getByLabel('Opis').fill('Uchwała PZK nr 4/2026 z posiedzenia podsumowującego');
    await section.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(section.getByText(`Cykl 2 od ${polishDate(clock.today())}`)).toBeVisible();
    await checkA11y(page);
    // The closed cycle stays readable; the current one is cycle 2, from step 2.2.
    await section.getByRole('link', { name: 'Bieżący cykl (2)' }).click();
    await expect(page.getByRole('link', { name: 'Poprzedni cykl (1)' })).toBeVisible();
    await checkA11y(page);
    await (await menuLink(page, 'Wdrożenia')).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Szudziałowo', exact: true }) });
    await expect(row).toContainText('cykl 2');
    await logout(page);
  });

  await test.step('ROPS widzi cykl 2 Szudziałowa na pulpicie wdrożeń województwa', async () => {
    await login(page, ROPS);
    await page.goto('/wdrozenia?sort=gmina');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Szudziałowo', exact: true }) });
    await expect(row).toContainText('cykl 2');
    await checkA11y(page);
  });
});
