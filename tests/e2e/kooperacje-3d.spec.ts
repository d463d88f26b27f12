import { clock } from '../../lib/clock';
import { addDays } from '../../lib/model/dates';
import { checkA11y, expect, expectHeading, login, logout, pdfText, test, visit } from './fixtures';
import { menuLink } from './menu';

/*
 * Issue 17: Kooperacje 3D runs. Suwałki (a city with powiat rights) has decided: its network worker
 * notifies ROPS, ROPS accepts (step 3 does not apply there), the formalising meeting of the new PZK
 * is recorded and a service card of its Lokalny Koszyk Usług printed. In Białystok (running 3D
 * since the demo began) the family's key worker records a ZZK meeting with the family, and the
 * 9.2 report counts it.
 */

const SUWALKI_NETWORK = 'siec.suwalki@kooperacja.test';
const ROPS = 'rops.doradca@kooperacja.test';
const KEY_WORKER = 'mopr@kooperacja.test';

test.describe.configure({ timeout: 240_000 });

test('Kooperacje 3D: pracownik ds. sieci zgłasza miasto, ROPS przyjmuje, spotkanie formalizujące, karta usługi, spotkanie ZZK z rodziną w raporcie', async ({ page }) => {
  const start = addDays(clock.today(), 30);
  let notificationPath = '';

  await test.step('pracownik ds. sieci z Suwałk zgłasza wdrożenie Kooperacji 3D w swoim mieście', async () => {
    await login(page, SUWALKI_NETWORK);
    await (await menuLink(page, 'Zgłoszenia')).click();
    await page.getByRole('link', { name: 'Nowe zgłoszenie' }).click();
    await expectHeading(page, /^Zgłoszenie do ROPS/);
    // The variant is fixed for a network worker, and only its own town is offered.
    await expect(page.getByText('Pracownik ds. sieci zgłasza wdrożenie w swojej gminie (mieście).')).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(1);
    await checkA11y(page);
    await page.getByLabel('Planowany początek wdrożenia').fill(start);
    await page.getByRole('checkbox', { name: /Suwałki/ }).check();
    const names = page.getByLabel('Imię i nazwisko');
    for (let i = 0; i < (await names.count()); i++) if (!(await names.nth(i).inputValue())) await names.nth(i).fill(i === 0 ? 'Agnieszka Sieciowa' : 'Radny Miasta Suwałki');
    await page.getByRole('button', { name: 'Wyślij zgłoszenie do ROPS' }).click();
    await expect(page).toHaveURL(/\/zgloszenia\/ZG-\d{4}-\d{4}$/);
    notificationPath = new URL(page.url()).pathname;
    await expect(page.getByText('Stan: czeka na decyzję ROPS.')).toBeVisible();
    await expect(page.getByText('Kooperacje 3D', { exact: false }).first()).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('ROPS przyjmuje zgłoszenie; w mieście na prawach powiatu krok 3 nie dotyczy', async () => {
    await login(page, ROPS);
    await page.goto(notificationPath);
    await page.getByLabel('Przyjmij zgłoszenie i utwórz harmonogramy wdrożenia').check();
    await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(page.getByText('Stan: przyjęte.')).toBeVisible();
    await page.getByRole('link', { name: 'gmina Suwałki' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Suwałki — ścieżka wdrożenia' })).toBeVisible();
    await expect(page.getByText('nie dotyczy — miasto na prawach powiatu').first()).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('pracownik ds. sieci odnotowuje spotkanie formalizujące PZK z porządkiem Kooperacji 3D', async () => {
    await login(page, SUWALKI_NETWORK);
    await (await menuLink(page, 'Partnerskie Zespoły Kooperacji')).click();
    await page.getByRole('link', { name: /Suwałki/ }).first().click();
    const tabs = page.getByRole('navigation', { name: 'Strony zespołu' });
    // The list of services is the Lokalny Koszyk Usług in 3D.
    await expect(tabs.getByRole('link', { name: 'Lokalny Koszyk Usług' })).toBeVisible();
    await tabs.getByRole('link', { name: 'Spotkania' }).click();
    await expect(page.getByText(/Tworzenie PZK: spotkania inicjujące 0 z 2/)).toBeVisible();
    await page.getByRole('link', { name: 'Zaplanuj spotkanie' }).click();
    await page.getByLabel('spotkanie formalizujące').check();
    await page.getByLabel('Data i godzina rozpoczęcia').fill(`${addDays(clock.today(), 7)}T10:00`);
    await page.getByLabel('Miejsce').fill('Sala narad MOPS, ul. Świerkowa 44, Suwałki');
    await page.getByLabel('Omówienie podpisanych deklaracji przystąpienia do PZK').check();
    await page.getByLabel('Prezentacja kart usług partnerów (Lokalny Koszyk Usług)').check();
    await page.getByLabel('Wskazanie osób koordynujących współpracę u partnerów').check();
    await page.getByLabel('Rozpoczęcie prac nad planem działań PZK').check();
    await checkA11y(page);
    await page.getByRole('button', { name: 'Zaplanuj spotkanie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /spotkanie formalizujące/i })).toBeVisible();
    await page.getByLabel('Protokół — przebieg spotkania').fill('Partnerzy omówili podpisane deklaracje, przedstawili karty usług i wskazali koordynatorów współpracy.');
    await page.getByRole('button', { name: 'Opublikuj protokół' }).click();
    await expect(page.getByRole('button', { name: 'Opublikuj ponownie' })).toBeVisible();
    await checkA11y(page);
    await page.getByRole('navigation', { name: 'Strony zespołu' }).getByRole('link', { name: 'Spotkania' }).click();
    await expect(page.getByText(/spotkanie formalizujące 1 z 1/)).toBeVisible();
  });

  await test.step('pracownik ds. sieci dodaje kartę usługi do LKU i drukuje ją', async () => {
    await page.getByRole('navigation', { name: 'Strony zespołu' }).getByRole('link', { name: 'Lokalny Koszyk Usług' }).click();
    await expectHeading(page, /Lokalny Koszyk Usług/);
    await page.getByRole('link', { name: 'Dodaj usługę' }).click();
    await page.getByLabel('Nazwa usługi lub aktywności').fill('Poradnictwo rodzinne dla rodziców nastolatków');
    await page.getByLabel('Opis').fill('Spotkania indywidualne z psychologiem rodzinnym, raz w tygodniu.');
    await page.getByLabel('Rodziny z dziećmi').check();
    await page.getByLabel('Rodzinny', { exact: true }).check();
    await page.getByLabel('Nazwa dostawcy spoza rejestru').fill('Poradnia Rodzinna „Źródło” w Suwałkach');
    await page.getByLabel('Kontakt').fill('tel. 87 565 12 34');
    await page.getByLabel('Koordynator u partnera').fill('Małgorzata Żółkiewska, psycholog');
    await page.getByRole('button', { name: 'Dodaj do listy' }).click();
    await expectHeading(page, /Lokalny Koszyk Usług/);
    const card = page.getByRole('link', { name: /Drukuj kartę \(PDF\).*Poradnictwo rodzinne/ });
    const text = await pdfText(page, (await card.getAttribute('href'))!);
    expect(text).toContain('Poradnictwo rodzinne dla rodziców nastolatków');
    expect(text).toContain('Małgorzata Żółkiewska, psycholog');
    expect(text).toContain('Poradnia Rodzinna „Źródło” w Suwałkach');
    await checkA11y(page);
    await logout(page);
  });

  await test.step('pracownik kluczowy z Białegostoku odnotowuje spotkanie ZZK z udziałem rodziny', async () => {
    await login(page, KEY_WORKER);
    await (await menuLink(page, 'Sprawy osób i rodzin')).click();
    await page.getByRole('link', { name: /^R\/\d{4}\/\d{4}$/ }).first().click();
    await page.getByRole('navigation', { name: 'Części sprawy' }).getByRole('link', { name: 'Spotkania ZZK' }).click();
    await expect(page.getByText(/^3 spotkania, w tym 1 z udziałem rodziny\.$/)).toBeVisible();
    await page.getByText('Odnotuj spotkanie').click();
    const form = page.getByRole('form', { name: 'Nowe spotkanie' });
    await form.getByLabel('Data spotkania').fill(clock.today());
    await form.getByLabel('Tak — z udziałem osoby lub rodziny').check();
    await form.getByRole('checkbox').first().check();
    await form.getByLabel('Przebieg spotkania i omówione sprawy').fill('Rodzina opowiedziała o postępach; ustalono zajęcia wyrównawcze dla córki.');
    await checkA11y(page);
    await form.getByRole('button', { name: 'Odnotuj spotkanie' }).click();
    await expect(page.getByText(/^4 spotkania, w tym 2 z udziałem rodziny\.$/)).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });

  await test.step('raport 9.2 Białegostoku liczy spotkanie ZZK z rodziną', async () => {
    await login(page, ROPS);
    await visit(page, '/ewaluacja', /Ewaluacja/);
    await page.getByRole('link', { name: /Białystok/ }).first().click();
    const section = page.getByRole('region', { name: 'Kooperacje 3D', exact: true });
    await expect(section).toContainText('Spotkania ZZK: 4, w tym 2 z udziałem rodziny');
    await checkA11y(page);
    await logout(page);
  });
});
