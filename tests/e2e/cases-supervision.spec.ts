import { checkA11y, expect, expectHeading, login, logout, mainNav, test } from './fixtures';

test('superwizja ROPS: cel dostępu przed otwarciem konta, wgląd tylko do odczytu, pracownik kluczowy widzi kto i po co otwierał', async ({ page }) => {
  const purpose = 'Superwizja pracy z rodziną na wniosek animatora PCPR (listopad 2026)';
  await test.step('doradca ROPS podaje cel dostępu', async () => {
    await login(page, 'rops.doradca@kooperacja.test');
    await mainNav(page).getByRole('link', { name: 'Osoby i rodziny' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Osoby i rodziny' })).toBeVisible();
    // ROPS sees numbers and places, never names, in the list.
    await expect(page.getByRole('row').filter({ hasText: 'R/2026/0001' })).not.toContainText('Halina');
    await checkA11y(page);
    await page.getByRole('table', { name: /^Sprawy/ }).getByRole('link', { name: 'R/2026/0001' }).click();
    await expect(page).toHaveURL(/\/sprawy\/\d+\/cel-dostepu$/);
    await expectHeading(page, 'Cel dostępu do konta osoby/rodziny');
    await checkA11y(page);
    await page.getByRole('textbox', { name: /^Cel dostępu/ }).fill('bo tak');
    await page.getByRole('button', { name: 'Otwórz konto w celu superwizji' }).click();
    await expect(page.getByText('Opisz cel dostępu (co najmniej 10 znaków).')).toBeVisible();
    await page.getByRole('textbox', { name: /^Cel dostępu/ }).fill(purpose);
    await page.getByRole('button', { name: 'Otwórz konto w celu superwizji' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sprawa R/2026/0001' })).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: purpose })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Halina Zięba' }).or(page.getByRole('rowheader', { name: 'Halina Zięba' }))).toBeVisible();
    // Read-only: no forms, no access log tab.
    await expect(page.getByRole('form')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Dziennik dostępu' })).toHaveCount(0);
    await checkA11y(page);
    await mainNav(page).getByRole('link', { name: 'Obciążenie pracowników kluczowych' }).click();
    await expect(page.getByRole('row').filter({ hasText: 'Dąbrowa Białostocka' })).toBeVisible();
    await checkA11y(page);
    await logout(page);
  });
  await test.step('pracownik kluczowy widzi wpis z celem w dzienniku dostępu', async () => {
    await login(page, 'gops.dabrowa@kooperacja.test');
    await mainNav(page).getByRole('link', { name: 'Osoby i rodziny' }).click();
    await page.getByRole('table', { name: /^Sprawy/ }).getByRole('link', { name: 'R/2026/0001' }).click();
    await page.getByRole('link', { name: 'Dziennik dostępu' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Marek Wiśniewski' }).first();
    await expect(row).toContainText(purpose);
    await expect(row).toContainText('Otwarcie konta osoby/rodziny');
    await checkA11y(page);
  });
});
