import { E2E_SMTP_PORT } from '../../playwright.config';
import { checkA11y, expect, expectHeading, login, logout, startSmtp, test } from './fixtures';
import { menuLink } from './menu';

const TEAM = 'PZK gminy Dąbrowa Białostocka';

test('PZK: animator PCPR dodaje osobę, animator GOPS proponuje, kontakty i tabela podmiotów tylko dla członków', async ({ page }) => {
  const smtp = await startSmtp(E2E_SMTP_PORT);
  // The team's address, read from the page (never a database id written in here).
  let teamPath = '';
  await test.step('animator PCPR dodaje osobę do zespołu Dąbrowy Białostockiej', async () => {
    await login(page, 'pcpr@kooperacja.test');
    await (await menuLink(page, 'Partnerskie Zespoły Kooperacji')).click();
    await expectHeading(page, 'Partnerskie Zespoły Kooperacji');
    await checkA11y(page);
    await page.getByRole('link', { name: TEAM }).click();
    await expectHeading(page, TEAM);
    teamPath = new URL(page.url()).pathname;
    expect(teamPath).toMatch(/^\/pzk\/\d+$/);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect(row('st. asp. Łukasz Bielski')).toContainText('pełny członek');
    await expect(row('Marta Kozłowska')).toContainText('zaproszony — bez podpisanego porozumienia');
    await checkA11y(page);
    await page.getByLabel('Imię i nazwisko').fill('Zofia Świątek');
    await page.getByLabel('Stanowisko / funkcja').fill('Pielęgniarka środowiskowa');
    await page.getByLabel('Rola w zespole').selectOption({ label: 'Członek zaproszony' });
    await page.getByLabel('Służbowy e-mail').fill('to nie jest e-mail');
    await page.getByRole('button', { name: 'Dodaj do zespołu' }).click();
    await expect(page.getByText('Podaj poprawny adres e-mail.')).toBeVisible();
    await page.getByLabel('Służbowy e-mail').fill('z.swiatek@oz.dabrowa.pl');
    await page.getByRole('button', { name: 'Dodaj do zespołu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dodano osobę do zespołu.' })).toBeVisible();
    await expect(row('Zofia Świątek')).toContainText('Pielęgniarka środowiskowa');
    await page.getByRole('link', { name: 'Kontakty' }).click();
    await expectHeading(page, `Kontakty — ${TEAM}`);
    await expect(page.getByRole('cell', { name: 'z.swiatek@oz.dabrowa.pl' })).toBeVisible();
    await checkA11y(page);
    const pdf = await page.request.get(page.url() + '/pdf');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.getByRole('link', { name: 'Plan pracy' }).click();
    await page.getByLabel('Cele dla podmiotów, gminy i powiatu').fill('Wspólna diagnoza potrzeb rodzin z dziećmi w gminie.');
    await page.getByLabel('Terminy i miejsca spotkań').fill('Każdy drugi wtorek miesiąca, 10:00–13:00, sala OPS w Dąbrowie Białostockiej.');
    await page.getByRole('button', { name: 'Zapisz plan pracy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano plan pracy (wersja 1).' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Wersja 1' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Cele dla podmiotów, gminy i powiatu')).toHaveValue('Wspólna diagnoza potrzeb rodzin z dziećmi w gminie.');
    await checkA11y(page);
    const plan = await page.request.get(`${teamPath}/plan/pdf`);
    expect(plan.status()).toBe(200);
    expect(plan.headers()['content-type']).toBe('application/pdf');
    await test.step('spotkanie: planowanie, obecność, ustalenie, protokół (PDF)', async () => {
      await page.getByRole('navigation', { name: 'Strony zespołu' }).getByRole('link', { name: 'Spotkania' }).click();
      await expectHeading(page, `Spotkania — ${TEAM}`);
      await checkA11y(page);
      await page.getByRole('link', { name: 'Zaplanuj spotkanie' }).click();
      await expectHeading(page, `Zaplanuj spotkanie — ${TEAM}`);
      await page.getByLabel('spotkanie comiesięczne').check();
      await page.getByLabel('Data i godzina rozpoczęcia').fill('2026-12-08T10:00');
      await page.getByLabel('Miejsce').fill('Sala OPS, ul. Łąkowa 2, Dąbrowa Białostocka');
      await checkA11y(page);
      await page.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
      await expect(page).toHaveURL(/\/spotkania\/\d+$/);
      await page.getByRole('form', { name: 'Lista obecności' }).getByLabel(/Tomasz Lewandowski/).check();
      await page.getByRole('form', { name: 'Lista obecności' }).getByLabel(/Zofia Świątek/).check();
      await page.getByRole('button', { name: 'Zapisz listę obecności' }).click();
      await expect(page.getByText(/Zapisano listę obecności: obecnych 2/)).toBeVisible();
      await page.getByLabel(/^Ustalenie/).fill('Przygotować wspólną ofertę zajęć dla seniorów.');
      await page.getByLabel('Odpowiedzialny').selectOption({ label: 'Zofia Świątek' });
      await page.getByRole('form', { name: 'Nowe ustalenie' }).getByLabel('Termin').fill('2027-01-15');
      await page.getByRole('button', { name: 'Dodaj ustalenie' }).click();
      const decision = page.getByRole('table', { name: 'Ustalenia ze spotkania' }).getByRole('row').filter({ hasText: 'Przygotować wspólną ofertę zajęć dla seniorów.' });
      await expect(decision).toContainText('Zofia Świątek');
      await expect(decision).toContainText('15.01.2027');
      await expect(decision).toContainText('otwarte');
      await page.getByLabel('Protokół — przebieg spotkania').fill('Omówiono ofertę usług dla osób starszych w gminie.');
      await page.getByRole('button', { name: 'Opublikuj protokół' }).click();
      await expect(page.getByRole('button', { name: 'Opublikuj ponownie' })).toBeVisible();
      await checkA11y(page);
      const minutes = await page.request.get(page.url() + '/protokol.pdf');
      expect(minutes.status()).toBe(200);
      expect(minutes.headers()['content-type']).toBe('application/pdf');
      const ics = await page.request.get(page.url() + '/spotkanie.ics');
      expect(ics.status()).toBe(200);
      expect(await ics.text()).toContain('BEGIN:VEVENT');
      // The team is told by e-mail (sent by the background worker through the test SMTP server).
      await expect
        .poll(() => smtp.messages.filter((m) => m.to.includes('gops.dabrowa@kooperacja.test') && /rotok/.test(m.raw)).length, { timeout: 20_000 })
        .toBeGreaterThan(0);
    });
    await page.getByRole('link', { name: 'Tabela prezentacji podmiotów' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej' })).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('animator GOPS proponuje osobę — decyzja należy do animatora PCPR', async () => {
    await login(page, 'gops.dabrowa@kooperacja.test');
    await page.goto('/pzk');
    await page.getByRole('link', { name: TEAM }).click();
    await expectHeading(page, TEAM);
    await page.getByLabel('Imię i nazwisko').fill('Grażyna Łoś');
    await page.getByLabel('Stanowisko / funkcja').fill('Psycholog');
    await page.getByRole('button', { name: 'Zaproponuj' }).click();
    await expect(page.getByText('Wysłano propozycję — animator PCPR zdecyduje o włączeniu tej osoby do zespołu.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Grażyna Łoś' })).toContainText('zaproponowany');
    await checkA11y(page);
    // As an animator of the gmina, he adds a service to the team's list.
    await page.getByRole('navigation', { name: 'Strony zespołu' }).getByRole('link', { name: 'Lista aktywności i usług' }).click();
    await expectHeading(page, 'Lista aktywności i usług');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Dodaj usługę' }).click();
    await expectHeading(page, 'Dodaj usługę');
    await page.getByLabel(/^Nazwa usługi lub aktywności/).fill('Gimnastyka dla seniorów w świetlicy wiejskiej');
    await page.getByLabel(/^Opis/).fill('Zajęcia ruchowe dla osób starszych, dwa razy w tygodniu, prowadzi fizjoterapeutka.');
    await page.getByRole('group', { name: /Grupy odbiorców/ }).getByLabel('Osoby starsze').check();
    await page.getByRole('group', { name: /Obszary wsparcia/ }).getByLabel('Zdrowie').check();
    await page.getByLabel('Instytucja z rejestru').selectOption({ label: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej' });
    await checkA11y(page);
    await page.getByRole('button', { name: 'Dodaj do listy' }).click();
    await expect(page).toHaveURL(`${teamPath}/uslugi?dodano=1`);
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Dodano usługę do listy.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Usługi na liście' }).getByRole('article', { name: 'Gimnastyka dla seniorów w świetlicy wiejskiej' })).toBeVisible();
    await logout(page);
  });

  await test.step('gość bez logowania znajduje tę usługę na liście wojewódzkiej, pisząc bez polskich znaków', async () => {
    await page.goto('/uslugi');
    await page.getByLabel('Województwo').selectOption({ label: 'podlaskie' });
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await page.getByLabel('Szukaj (np. zdrowie psychiczne)').fill('gimnastyka seniorow swietlicy');
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await expect(page.getByText('Gimnastyka dla seniorów w świetlicy wiejskiej')).toBeVisible();
    await checkA11y(page);
  });

  await test.step('animator GOPS innej gminy nie widzi zespołu', async () => {
    await login(page, 'gops@kooperacja.test');
    await page.goto('/pzk');
    await expect(page.getByRole('link', { name: TEAM })).toHaveCount(0);
    // The team exists (the PCPR animator opened it above), yet to him it is not there at all.
    const res = await page.goto(teamPath);
    expect(res?.status()).toBe(404);
    await expectHeading(page, 'Nie znaleziono strony (404)');
    await expect(page.getByText(TEAM)).toHaveCount(0);
    const contacts = await page.request.get(`${teamPath}/kontakty/pdf`);
    expect(contacts.status()).toBe(404);
  });
  await smtp.close();
});
