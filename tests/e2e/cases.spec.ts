import type { Page } from '@playwright/test';
import { checkA11y, expect, expectHeading, login, mainNav, pdfText, test } from './fixtures';
import { menuLink } from './menu';

/** A tab of the case account. */
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Części sprawy' }).getByRole('link', { name, exact: true });

const saved = (page: Page, text: string) => expect(page.getByRole('status').filter({ hasText: text })).toBeVisible();

/** The line under a case page's title: kind · status · PZK · key worker (CaseHeader). */
const caseLead = (page: Page) => page.getByRole('main').locator('h1 + p');

/** The value of a saved record's field on a read-only page (a <dt> and its <dd>). */
const shown = (page: Page, term: string) =>
  page
    .getByRole('main')
    .locator('dt')
    .filter({ hasText: new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]');

test.describe.configure({ timeout: 240_000 });

test('praca z rodziną: studium przypadku od karty oczekiwań do listu gratulacyjnego', async ({ page }) => {
  await login(page, 'gops.dabrowa@kooperacja.test');
  let caseUrl = '';

  await test.step('karta oczekiwań: zgłoszenie rodziny i założenie sprawy', async () => {
    await (await menuLink(page, 'Sprawy osób i rodzin')).click();
    await expectHeading(page, 'Sprawy osób i rodzin');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Zgłoś osobę lub rodzinę' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Zgłoszenie osoby lub rodziny' })).toBeVisible();
    await page.getByLabel('Rodzina', { exact: true }).check();
    await page.getByLabel(/^Pracownik kluczowy/).selectOption({ label: 'Tomasz Lewandowski (Animator GOPS)' });
    await page.getByLabel('Instytucja zgłaszająca (z zespołu)').selectOption({ label: 'Ośrodek Pomocy Społecznej w Dąbrowie Białostockiej' });
    // A mistyped year: a referral dated in the future is refused beside its field.
    await page.getByLabel(/^Data zgłoszenia/).fill('2099-06-01');
    await page.getByLabel(/^Kogo dotyczy zgłoszenie/).fill('Wielopokoleniowa rodzina: kobieta (54 l.) i dorosły syn (28 l.), po hospitalizacji zakwalifikowani do DPS.');
    await page.getByLabel(/^Dlaczego zgłaszamy/).fill('Brak zgody rodziny na DPS; dziadek przeciążony opieką.');
    await checkA11y(page);
    await page.getByRole('button', { name: 'Zgłoś i załóż sprawę' }).click();
    // Nothing is created while the card is incomplete: the two empty fields say why, the form stays.
    await expect(page.getByLabel(/^Czego oczekujemy/)).toHaveAccessibleDescription(/To pole jest wymagane\.$/);
    await expect(page.getByLabel(/^Od kogo oczekujemy działań/)).toHaveAccessibleDescription(/To pole jest wymagane\.$/);
    await expect(page.getByLabel(/^Data zgłoszenia/)).toHaveAccessibleDescription(/Data zgłoszenia nie może być późniejsza niż dziś \(\d\d\.\d\d\.\d{4}\)\.$/);
    await expectHeading(page, 'Zgłoszenie osoby lub rodziny');
    await page.getByLabel(/^Data zgłoszenia/).fill('2026-06-01');
    await page.getByLabel(/^Czego oczekujemy/).fill('Zabezpieczenie opieki w domu, aktywizacja w ŚDS i WTZ.');
    await page.getByLabel(/^Od kogo oczekujemy działań/).fill('OPS, PCPR, WTZ, ŚDS, stowarzyszenie');
    await page.getByRole('button', { name: 'Zgłoś i załóż sprawę' }).click();
    await expectHeading(page, /^Sprawa R\/2026\/\d{4}$/);
    await expect(caseLead(page)).toContainText('Rodzina · Zgłoszona (karta oczekiwań) · PZK gminy Dąbrowa Białostocka · pracownik kluczowy: Tomasz Lewandowski');
    caseUrl = new URL(page.url()).pathname;
    await checkA11y(page);
    await tab(page, 'Karta oczekiwań').click();
    await expect(page.getByRole('form', { name: 'Karta oczekiwań' }).getByLabel(/^Dlaczego zgłaszamy/)).toHaveValue('Brak zgody rodziny na DPS; dziadek przeciążony opieką.');
    await checkA11y(page);
    await tab(page, 'Sprawa').click();
  });

  await test.step('gospodarstwo domowe (PESEL sprawdzany) i zgody', async () => {
    const addPerson = async (first: string, last: string, year: string, relation: string, pesel = '') => {
      await page.getByRole('button', { name: 'Dodaj osobę do gospodarstwa domowego', expanded: false }).click();
      const form = page.getByRole('form', { name: 'Nowa osoba w gospodarstwie domowym' });
      await form.getByLabel(/^Imię/).fill(first);
      await form.getByLabel(/^Nazwisko/).fill(last);
      await form.getByLabel('Rok urodzenia').fill(year);
      await form.getByLabel(/^Relacja w rodzinie/).fill(relation);
      await form.getByLabel('PESEL (opcjonalnie)').fill(pesel);
      await form.getByRole('button', { name: 'Dodaj osobę' }).click();
      return form;
    };
    const form = await addPerson('Halina', 'Zięba', '1972', 'matka', '72030512340');
    await expect(form.getByText(/Nieprawidłowy PESEL/)).toBeVisible();
    await form.getByLabel('PESEL (opcjonalnie)').fill('');
    await form.getByRole('button', { name: 'Dodaj osobę' }).click();
    await expect(page.getByRole('rowheader', { name: 'Halina Zięba' })).toBeVisible();
    await page.reload();
    await addPerson('Łukasz', 'Zięba', '1998', 'syn');
    await expect(page.getByRole('rowheader', { name: 'Łukasz Zięba' })).toBeVisible();
    const consents = page.getByRole('region', { name: 'Zgody' });
    for (const kind of ['Zgoda na współpracę w modelu', 'Zgoda na przekazywanie danych między wskazanymi instytucjami']) {
      await page.reload();
      await page.getByRole('button', { name: 'Odnotuj zgodę', expanded: false }).click();
      const consent = page.getByRole('form', { name: 'Odnotowanie zgody' });
      await consent.getByLabel(kind).check();
      await consent.getByLabel(/^Data wyrażenia zgody/).fill('2026-06-05');
      await consent.getByLabel('pisemnie').check();
      await consent.getByLabel(/^Kto wyraził zgodę/).fill('Halina Zięba');
      await consent.getByLabel('Instytucje, między którymi można przekazywać dane').fill('OPS, PCPR, WTZ, ŚDS');
      await consent.getByRole('button', { name: 'Odnotuj zgodę' }).click();
      await expect(consents.getByRole('listitem').filter({ hasText: kind })).toContainText('05.06.2026, pisemnie, wyraził(a): Halina Zięba');
    }
    // Both are stored (read back after a reload), neither withdrawn.
    await page.reload();
    await expect(consents.getByRole('listitem').filter({ has: page.getByText('05.06.2026, pisemnie, wyraził(a): Halina Zięba') })).toHaveCount(2);
    await expect(consents.getByText(/^Wycofana/)).toHaveCount(0);
    await checkA11y(page);
  });

  await test.step('kwalifikacja: niemożliwa bez wszystkich warunków, potem zakwalifikowanie', async () => {
    await tab(page, 'Kwalifikacja').click();
    await expectHeading(page, /^Kwalifikacja — sprawa R\/2026\/\d{4}$/);
    await checkA11y(page);
    const form = page.getByRole('form', { name: 'Decyzja o kwalifikacji' });
    await form.getByLabel('Zakwalifikowanie do współpracy w modelu').check();
    await form.getByLabel(/^Data decyzji/).fill('2026-06-15');
    await form.getByRole('button', { name: 'Zapisz decyzję' }).click();
    // The consents are recorded; the server refuses naming each of the four other missing conditions
    // (lib/cases/qualification-rules.ts), in main — not Next's route announcer, also role=alert.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Sprawy nie można zakwalifikować. ' +
        'Brak pozytywnej opinii co najmniej jednej instytucji (która instytucja i dlaczego). ' +
        'Brak daty weryfikacji w systemie pomocy społecznej przez animatora GOPS. ' +
        'Brak daty konsultacji z animatorem PCPR w zespole. ' +
        'Nie wskazano kryterium kwalifikacji z modelu (co najmniej jedno).',
    );
    await expect(form.getByLabel(/^Data konsultacji z animatorem PCPR/)).toHaveAccessibleDescription('Brak daty konsultacji z animatorem PCPR w zespole.');
    // Nothing was recorded: after a reload the case is still referred and the decision still open.
    await page.reload();
    await expect(caseLead(page)).toContainText(' · Zgłoszona (karta oczekiwań) · ');
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
    await form.getByLabel('Zakwalifikowanie do współpracy w modelu').check();
    await form.getByLabel(/^Data decyzji/).fill('2026-06-15');
    await form.getByLabel('Opinia 1 — instytucja z PZK').selectOption({ label: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce' });
    await form.getByLabel(/^Opinia 1 — uzasadnienie/).fill('Możliwe pilne ponowne orzeczenie syna — realna szansa na pozostanie w domu.');
    await form.getByLabel(/^Data weryfikacji w systemie pomocy społecznej/).fill('2026-06-10');
    await form.getByLabel(/^Data konsultacji z animatorem PCPR/).fill('2026-06-12');
    await form.getByLabel('Dotychczasowa pomoc nie przynosi efektów').check();
    await form.getByLabel('Potrzebne rozwiązanie międzysektorowe lub szybka interwencja').check();
    await form.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(shown(page, 'Decyzja')).toHaveText('Zakwalifikowano do współpracy w modelu');
    // Stored: read back after a reload.
    await page.reload();
    await expect(caseLead(page)).toContainText(' · W realizacji · ');
    await expect(form).toHaveCount(0);
    await expect(shown(page, 'Data decyzji')).toHaveText('15.06.2026');
    await expect(shown(page, 'Pozytywne opinie instytucji')).toHaveText('Powiatowe Centrum Pomocy Rodzinie w Sokółce — Możliwe pilne ponowne orzeczenie syna — realna szansa na pozostanie w domu.');
    await expect(shown(page, 'Weryfikacja w systemie pomocy społecznej (animator GOPS)')).toHaveText('10.06.2026');
    await expect(shown(page, 'Konsultacja z animatorem PCPR w zespole')).toHaveText('12.06.2026');
    await expect(shown(page, 'Kryteria kwalifikacji z modelu').getByRole('listitem')).toHaveText(['Dotychczasowa pomoc nie przynosi efektów', 'Potrzebne rozwiązanie międzysektorowe lub szybka interwencja']);
    await checkA11y(page);
  });

  await test.step('diagnoza wielowymiarowa z analizą SWOT ze studium przypadku', async () => {
    await tab(page, 'Diagnoza').click();
    await expectHeading(page, /^Diagnoza wielowymiarowa — sprawa R\/2026\/\d{4}$/);
    const form = page.getByRole('form', { name: 'Diagnoza wielowymiarowa' });
    await form.getByLabel(/^Przyczyny i źródła trudności/).fill('Przewlekła choroba psychiczna matki i syna, nawroty po odstawieniu leków, izolacja.');
    await form.getByLabel('SWOT — mocne strony').fill('rodzina ma uregulowaną sytuację mieszkaniową\nsilna więź emocjonalna');
    await form.getByLabel('SWOT — słabe strony').fill('nieufność wobec specjalistów\nniska samoocena');
    await form.getByLabel('SWOT — szanse').fill('asystent osoby niepełnosprawnej\nbogata oferta WTZ i ŚDS');
    await form.getByLabel('SWOT — zagrożenia').fill('zaprzestanie przyjmowania leków\nbrak wskazania do WTZ w orzeczeniu');
    await form.getByLabel('Wywiad środowiskowy').check();
    await form.getByLabel('Genogram').check();
    await checkA11y(page);
    await form.getByRole('button', { name: 'Zapisz diagnozę' }).click();
    await saved(page, 'Zapisano diagnozę.');
    const text = await pdfText(page, `${caseUrl}/pdf/diagnoza`);
    for (const word of ['Mocne strony', 'Zagrożenia', 'więź emocjonalna', 'Dane wrażliwe — poufne']) expect(text).toContain(word);
  });

  await test.step('nowy IPP: kliknięcie decyzji rodziny tuż po błędnej dacie końca zaznacza i zapisuje wybraną opcję', async () => {
    await tab(page, 'IPP').click();
    await expectHeading(page, /^Indywidualne programy pomocy — sprawa R\/2026\/\d{4}$/);
    await checkA11y(page);
    const start = page.getByRole('form', { name: 'Nowy IPP 1' });
    const inPerson = start.getByLabel('Rodzina uczestniczy osobiście w spotkaniach PZK');
    const throughWorker = start.getByLabel('Rodzina nie uczestniczy w spotkaniach PZK — pracuje z pracownikiem kluczowym');
    await expect(throughWorker).toBeChecked();
    await start.getByLabel(/^Początek IPP/).fill('2026-06-17');
    // 3 months and 1 day, and the pointer goes straight from the end date to the other option: the
    // press takes the focus off the date field, the release comes a moment later, as a person's
    // click does. An error shown on blur would push the radio buttons down under the pointer.
    await start.getByLabel(/^Koniec IPP/).fill('2026-09-17');
    await inPerson.scrollIntoViewIfNeeded();
    const box = (await inPerson.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(150);
    await page.mouse.up();
    await expect(inPerson).toBeChecked();
    await expect(throughWorker).not.toBeChecked();
    expect(await inPerson.boundingBox()).toEqual(box);
    await start.getByRole('button', { name: 'Rozpocznij IPP 1' }).click();
    // Refused on submit with the limit spelled out; the choice stays as made.
    await expect(page.getByRole('main').getByText('IPP obejmuje najwyżej 3 miesiące — przy początku 17.06.2026 może trwać najpóźniej do 16.09.2026.').first()).toBeVisible();
    await expect(page.getByRole('form', { name: 'IPP 1', exact: true })).toHaveCount(0);
    await expect(inPerson).toBeChecked();
    await start.getByLabel(/^Koniec IPP/).fill('2026-09-16');
    await start.getByRole('button', { name: 'Rozpocznij IPP 1' }).click();
    const ipp = page.getByRole('form', { name: 'IPP 1', exact: true });
    await expect(ipp).toBeVisible();
    // Saved as chosen (read back after a reload).
    await page.reload();
    await expect(ipp.getByLabel('Rodzina uczestniczy osobiście w spotkaniach PZK')).toBeChecked();
    await expect(ipp.getByLabel('Rodzina nie uczestniczy w spotkaniach PZK — pracuje z pracownikiem kluczowym')).not.toBeChecked();
  });

  await test.step('IPP z celami dla matki i syna', async () => {
    await expect(page.getByRole('form', { name: 'IPP 1', exact: true })).toBeVisible();
    const goals = [
      { area: 'Społeczno-integracyjny', title: 'Udział matki w zajęciach ŚDS', effect: 'Matka uczestniczy w ŚDS 3 razy w tygodniu.', task: 'Wizyta adaptacyjna w ŚDS z asystentem' },
      { area: 'Prozawodowy', title: 'Przygotowanie syna do zajęć WTZ', effect: 'Syn uzyskuje wskazanie do WTZ i rozpoczyna zajęcia.', task: 'Pilne ponowne orzeczenie o niepełnosprawności' },
    ];
    for (const [i, g] of goals.entries()) {
      await page.getByRole('button', { name: 'Dodaj cel', exact: true }).click();
      const goal = page.getByRole('group', { name: `Cel ${i + 1}`, exact: true });
      await goal.getByLabel(/^Obszar wsparcia/).selectOption({ label: g.area });
      await goal.getByLabel(/^Nazwa celu/).fill(g.title);
      await goal.getByLabel(/^Oczekiwany efekt/).fill(g.effect);
      await goal.getByLabel(/^Skala na początku/).fill('2');
      await goal.getByLabel(/^Wartość docelowa/).fill('8');
      const task = goal.getByRole('group', { name: 'Zadanie 1' });
      await task.getByLabel(/^Opis zadania/).fill(g.task);
      await task.getByLabel('Instytucja odpowiedzialna (z zespołu)').selectOption({ label: 'Powiatowe Centrum Pomocy Rodzinie w Sokółce' });
      await task.getByLabel(/^Osoba odpowiedzialna/).fill('Małgorzata Nowak');
      await task.getByLabel(/^Termin realizacji/).fill('2026-07-31');
    }
    await expect(page.getByRole('group', { name: 'Cel 2', exact: true }).getByLabel(/^Osoba, której dotyczy cel/)).toHaveValue(/\d+/);
    await checkA11y(page);
    await page.getByRole('button', { name: 'Zapisz IPP' }).click();
    await saved(page, 'Zapisano IPP 1.');
    const ippUrl = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Kontrakt do IPP 1' }).click();
    await expect(page.getByRole('form', { name: 'Kontrakt' }).getByLabel(/^Zobowiązania rodziny/)).toHaveValue(/Udział matki w zajęciach ŚDS/);
    await page.getByRole('form', { name: 'Kontrakt' }).getByLabel(/^Data zawarcia kontraktu/).fill('2026-06-17');
    await page.getByRole('button', { name: 'Zapisz kontrakt' }).click();
    await saved(page, 'Zapisano kontrakt.');
    await checkA11y(page);
    await page.goto(ippUrl);
    const text = await pdfText(page, new URL(page.url()).pathname.replace(/\/ipp\/(\d+)$/, '/pdf/ipp/$1'));
    for (const word of ['Halina Zięba', 'Łukasz Zięba', 'Udział matki w zajęciach ŚDS', 'Dane wrażliwe — poufne']) expect(text).toContain(word);
  });

  await test.step('trzy comiesięczne spotkania monitorujące i wykres postępu', async () => {
    await tab(page, 'Monitoring').click();
    await expectHeading(page, /^Monitoring — sprawa R\/2026\/\d{4}$/);
    await checkA11y(page);
    const entries = [
      { on: '2026-07-15', mother: '4', son: '3' },
      { on: '2026-08-14', mother: '6', son: '5' },
      { on: '2026-09-14', mother: '8', son: '8' },
    ];
    for (const e of entries) {
      const form = page.getByRole('form', { name: 'Nowe spotkanie monitorujące' });
      await form.getByLabel(/^Data spotkania/).fill(e.on);
      await form.getByLabel(/^Skala: Udział matki w zajęciach ŚDS \(Halina Zięba\)/).fill(e.mother);
      await form.getByLabel(/^Skala: Przygotowanie syna do zajęć WTZ \(Łukasz Zięba\)/).fill(e.son);
      await form.getByLabel(/^Zadowolenie rodziny ze zmian/).fill('8');
      await form.getByLabel(/^Notatki ze spotkania/).fill(`Spotkanie w domu rodziny ${e.on}.`);
      await form.getByRole('button', { name: 'Zapisz spotkanie monitorujące' }).click();
      await saved(page, 'Zapisano spotkanie monitorujące.');
      await page.reload();
    }
    await expect(page.getByRole('img', { name: /Postęp celu: Udział matki w zajęciach ŚDS/ })).toBeVisible();
    await page.getByText('Tabela wartości: Przygotowanie syna do zajęć WTZ').click();
    await expect(page.getByRole('table', { name: /Wartości skali — Przygotowanie syna do zajęć WTZ/ })).toContainText('14.09.2026');
    await checkA11y(page);
  });

  await test.step('ewaluacja końcowa: cele osiągnięte, plan po zakończeniu wsparcia, list gratulacyjny', async () => {
    await tab(page, 'Ewaluacja końcowa').click();
    await expectHeading(page, /^Ewaluacja końcowa — sprawa R\/2026\/\d{4}$/);
    await checkA11y(page);
    const form = page.getByRole('form', { name: 'Ewaluacja końcowa' });
    await form.getByLabel(/^Data ewaluacji/).fill('2026-09-16');
    await expect(form.getByLabel(/^Osiągnięta wartość: Udział matki w zajęciach ŚDS/)).toHaveValue('8');
    await form.getByLabel('Cele osiągnięte').check();
    // Choices first: a field's error appearing on blur moves what is below it.
    await form.getByLabel('co 2 miesiące').check();
    await form.getByLabel(/^Kontakt z rodziną do dnia/).fill('2027-01-16');
    await form.getByLabel(/^„Apteczka pierwszej pomocy”/).fill('W kryzysie: telefon do pracownika kluczowego, potem do ŚDS; leki w stałym miejscu.');
    await form.getByLabel(/^Ekspert rodzinny/).fill('Halina Sołtys');
    await form.getByLabel(/^Podsumowanie ewaluacji/).fill('Matka uczestniczy w ŚDS, syn w WTZ; rodzina uniknęła umieszczenia w DPS.');
    await form.getByRole('button', { name: 'Zapisz ewaluację końcową' }).click();
    // Contact after support lasts at least 6 months after the evaluation: 16.09.2026 + 6 months.
    // (The hint under the field always names the 6 months; the refusal is the field's error.)
    const contactUntil = form.getByLabel(/^Kontakt z rodziną do dnia/);
    await expect(contactUntil).toHaveAttribute('aria-invalid', 'true');
    await expect(contactUntil).toHaveAccessibleDescription(/Kontakt z rodziną trwa co najmniej 6 miesięcy po ewaluacji — najwcześniej do 16\.03\.2027\.$/);
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano ewaluację końcową.' })).toHaveCount(0);
    await contactUntil.fill('2027-03-16');
    await form.getByRole('button', { name: 'Zapisz ewaluację końcową' }).click();
    await saved(page, 'Zapisano ewaluację końcową.');
    // Stored as typed, and the case moved to after-care (read back after a reload).
    await page.reload();
    await expect(caseLead(page)).toContainText(' · Po zakończeniu wsparcia (monitoring trwałości) · ');
    await expect(page.getByText('Zapisana ewaluacja z 16.09.2026: cele osiągnięte. Ponowny zapis zastępuje poprzednią wersję.')).toBeVisible();
    await expect(form.getByLabel(/^Kontakt z rodziną do dnia/)).toHaveValue('2027-03-16');
    await expect(form.getByLabel('co 2 miesiące')).toBeChecked();
    await expect(form.getByLabel(/^Ekspert rodzinny/)).toHaveValue('Halina Sołtys');
    await checkA11y(page);
    const letter = await pdfText(page, `${caseUrl}/pdf/list-gratulacyjny`);
    for (const word of ['Zięba', 'Udział matki w zajęciach ŚDS', 'Dane wrażliwe — poufne', 'Kod weryfikacyjny']) expect(letter).toContain(word);
    await page.goto(caseUrl);
    await expectHeading(page, /^Sprawa R\/2026\/\d{4}$/);
    await expect(caseLead(page)).toContainText(' · Po zakończeniu wsparcia (monitoring trwałości) · ');
    await checkA11y(page);
  });
});
