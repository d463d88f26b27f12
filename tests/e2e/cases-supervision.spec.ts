import { checkA11y, expect, expectHeading, login, logout, mainNav, test } from './fixtures';
import { DEMO_CASE } from '../../db/seed/demo-numbers';
import { menuLink } from './menu';

test('superwizja ROPS: cel dostępu przed otwarciem sprawy, wgląd tylko do odczytu, pracownik kluczowy widzi kto i po co otwierał', async ({ page }) => {
  const purpose = 'Superwizja pracy z rodziną na wniosek animatora PCPR (listopad 2026)';
  await test.step('doradca ROPS podaje cel dostępu', async () => {
    await login(page, 'rops.doradca@kooperacja.test');
    await (await menuLink(page, 'Sprawy osób i rodzin')).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sprawy osób i rodzin' })).toBeVisible();
    // ROPS sees numbers and places, never names, in the list.
    await expect(page.getByRole('row').filter({ hasText: DEMO_CASE.study })).not.toContainText('Halina');
    await checkA11y(page);
    await page.getByRole('table', { name: /^Sprawy/ }).getByRole('link', { name: DEMO_CASE.study }).click();
    await expect(page).toHaveURL(/\/sprawy\/\d+\/cel-dostepu$/);
    await expectHeading(page, 'Cel dostępu do sprawy');
    await checkA11y(page);
    await page.getByRole('textbox', { name: /^Cel dostępu/ }).fill('bo tak');
    await page.getByRole('button', { name: 'Otwórz sprawę w celu superwizji' }).click();
    await expect(page.getByText('Opisz cel dostępu (co najmniej 10 znaków).')).toBeVisible();
    await page.getByRole('textbox', { name: /^Cel dostępu/ }).fill(purpose);
    await page.getByRole('button', { name: 'Otwórz sprawę w celu superwizji' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Sprawa ${DEMO_CASE.study}` })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: purpose })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Halina Zięba' }).or(page.getByRole('rowheader', { name: 'Halina Zięba' }))).toBeVisible();
    // Read-only: no forms, no access log tab.
    await expect(page.getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Dziennik dostępu' })).toHaveCount(0);
    await checkA11y(page);
    await (await menuLink(page, 'Obciążenie pracowników kluczowych')).click();
    await expect(page.getByRole('row').filter({ hasText: 'Dąbrowa Białostocka' })).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });
  await test.step('pracownik kluczowy widzi wpis z celem w dzienniku dostępu', async () => {
    await login(page, 'gops.dabrowa@kooperacja.test');
    await (await menuLink(page, 'Sprawy osób i rodzin')).click();
    await page.getByRole('table', { name: /^Sprawy/ }).getByRole('link', { name: DEMO_CASE.study }).click();
    await page.getByRole('link', { name: 'Dziennik dostępu' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Marek Wiśniewski' }).filter({ hasNotText: 'Podanie celu dostępu' }).first();
    await expect(row).toContainText(purpose);
    // Named in Polish (no raw code), and marked in words as an opening from outside the case team.
    await expect(row).not.toContainText('(konto)');
    await expect(row).toContainText('Spoza zespołu sprawy');
    await checkA11y(page);
    // Only the openings from outside the team: the key worker's own views are filtered out.
    await page.getByLabel('Tylko osoby spoza zespołu sprawy (ROPS)').check();
    await page.getByRole('button', { name: 'Filtruj' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Marek Wiśniewski' }).first()).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Tomasz Lewandowski' })).toHaveCount(0);
    // A bad filter typed into the address: a Polish message beside its field, not an error page.
    await page.goto(`${new URL(page.url()).pathname}?od=2026-13-45`);
    await expect(page.getByLabel('Od dnia')).toHaveAccessibleDescription('Podaj poprawną datę (dd.mm.rrrr).');
    await checkA11y(page);
  });
});
