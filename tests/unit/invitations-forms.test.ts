import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AcceptInvitationForm } from '@/components/invitations/AcceptInvitationForm';
import { InviteListForm, InvitePersonForm } from '@/components/invitations/InviteForms';
import { RevokeInvitationButton } from '@/components/invitations/RevokeInvitationButton';
import { REQUIRED_NOTE } from '@/components/forms/Form';

/*
 * The invitation forms as the server sends them (issue 15, item 5): every control has its label,
 * hints are tied to their controls, the required note comes first, and nothing needs JavaScript to
 * be read. (What the forms do is tested in tests/integration/invitations.test.ts.)
 */

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: () => {}, refresh: () => {} }) }));

const INSTITUTIONS = [
  { id: 11, name: 'Szkoła Podstawowa w Janowie' },
  { id: 12, name: 'Ośrodek Zdrowia w Janowie' },
];
const never = async () => ({ ok: true as const });

/** Every input, select and textarea with the text of the label that names it. */
function labelledControls(html: string) {
  const labels = new Map([...html.matchAll(/<label for="([^"]+)"[^>]*>(.*?)<\/label>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, '')]));
  return [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .filter((m) => !/type="hidden"/.test(m[2]))
    .map((m) => {
      const id = /\bid="([^"]+)"/.exec(m[2])?.[1] ?? '';
      const describedBy = /aria-describedby="([^"]+)"/.exec(m[2])?.[1].split(' ') ?? [];
      return { tag: m[1], label: labels.get(id) ?? null, hintsFound: describedBy.every((d) => html.includes(`id="${d}"`)) };
    });
}

describe('invitation forms', () => {
  it('one person: e-mail, name, job title, institution — each labelled and marked required', () => {
    const html = renderToStaticMarkup(createElement(InvitePersonForm, { pzkId: 5, institutions: INSTITUTIONS, action: never }));
    expect(html).toContain(REQUIRED_NOTE);
    expect(labelledControls(html)).toEqual([
      { tag: 'input', label: 'Służbowy adres e-mail *', hintsFound: true },
      { tag: 'input', label: 'Imię i nazwisko *', hintsFound: true },
      { tag: 'input', label: 'Stanowisko *', hintsFound: true },
      { tag: 'select', label: 'Instytucja *', hintsFound: true },
    ]);
    expect(html).toContain('Szkoła Podstawowa w Janowie');
  });

  it('a list: the file, the pasted list and the institution for rows without one; the format is explained', () => {
    const html = renderToStaticMarkup(createElement(InviteListForm, { pzkId: 5, institutions: INSTITUTIONS, action: never }));
    expect(labelledControls(html)).toEqual([
      { tag: 'input', label: 'Plik CSV (opcjonalnie)', hintsFound: true },
      { tag: 'textarea', label: 'Lista osób *', hintsFound: true },
      { tag: 'select', label: 'Instytucja dla wierszy bez instytucji', hintsFound: true },
    ]);
    expect(html).toContain('e-mail; imię i nazwisko; stanowisko; instytucja');
    expect(html).toContain('Najwyżej 200 osób naraz');
  });

  it('accepting: the login shown, the name and the password twice', () => {
    const html = renderToStaticMarkup(createElement(AcceptInvitationForm, { token: 'A'.repeat(43), name: 'Anna Pedagog', email: 'anna@szkola.pl', action: never as never }));
    expect(html).toContain('<strong>anna@szkola.pl</strong>');
    expect(labelledControls(html).map((c) => c.label)).toEqual(['Imię i nazwisko *', 'Hasło *', 'Powtórz hasło *']);
    expect(html).toMatch(/<input[^>]*type="password"[^>]*autoComplete="new-password"|<input[^>]*autocomplete="new-password"[^>]*type="password"/i);
  });

  it('revoking names the person on the button for screen readers', () => {
    const html = renderToStaticMarkup(createElement(RevokeInvitationButton, { invitationId: 1, who: 'Anna Pedagog (anna@szkola.pl)', accepted: true, action: never }));
    expect(html).toContain('aria-label="Cofnij zaproszenie: Anna Pedagog (anna@szkola.pl)"');
  });
});
