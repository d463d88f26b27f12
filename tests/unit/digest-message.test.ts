import { describe, expect, it } from 'vitest';
import type { InboxItem } from '@/lib/inbox/types';
import { DIGEST_LIST_LIMIT, DIGEST_SOURCE_LABELS, composeDigest } from '@/lib/notifications/digest-message';
import { appUrl } from '@/lib/notifications/outbox';

const item = (n: number, over: Partial<InboxItem> = {}): InboxItem => ({
  key: `k${n}`,
  source: 'ipp_task',
  what: `Zadanie z IPP: leczenie odwykowe pana Nowaka ${n}`,
  where: `Sprawa R/2027/${String(n).padStart(4, '0')}`,
  dueOn: '2027-03-10',
  href: `/sprawy/${n}/zadania`,
  nav: '/sprawy',
  ...over,
});

const daily = { period: 'daily', key: '2027-03-31', from: '2027-03-31' } as const;

describe('the digest e-mail', () => {
  it('names every item by a fixed label of its source, never by its own text', () => {
    const sources = Object.keys(DIGEST_SOURCE_LABELS) as InboxItem['source'][];
    // In digests of at most DIGEST_LIST_LIMIT items each, so no item is cut off the list.
    for (let k = 0; k < sources.length; k += DIGEST_LIST_LIMIT) {
      const some = sources.slice(k, k + DIGEST_LIST_LIMIT);
      const m = composeDigest(daily, '2027-03-31', some.map((source, i) => item(i, { source })), []);
      expect(m.body).not.toContain('leczenie odwykowe');
      expect(m.body).not.toContain('Nowaka');
      for (const s of some) expect(m.body).toContain(`- ${DIGEST_SOURCE_LABELS[s]} — `);
    }
  });

  it('counts with Polish plural forms and dates as dd.mm.rrrr; a dateless item says so', () => {
    const one = composeDigest(daily, '2027-03-31', [item(1)], []);
    expect(one.body).toContain('Do zrobienia: 1 zadanie (zaległe: 1, w tym tygodniu: 0, później: 0).');
    const few = composeDigest(daily, '2027-03-31', [item(1), item(2, { dueOn: null }), item(3, { dueOn: '2027-04-30' })], []);
    expect(few.body).toContain('Do zrobienia: 3 zadania (zaległe: 1, w tym tygodniu: 1, później: 1).');
    expect(few.body).toContain('— Sprawa R/2027/0002 — bez terminu');
    expect(few.body).toContain('— Sprawa R/2027/0003 — termin 30.04.2027');
    expect(composeDigest(daily, '2027-03-31', [1, 2, 3, 4, 5].map((n) => item(n)), []).body).toContain('Do zrobienia: 5 zadań');
  });

  it('lists a long group up to the limit, counts the rest and links the full list', () => {
    const many = Array.from({ length: DIGEST_LIST_LIMIT + 4 }, (_, i) => item(i + 1));
    const m = composeDigest(daily, '2027-03-31', many, []);
    expect(m.body.match(/^- Zadanie z IPP/gm)).toHaveLength(DIGEST_LIST_LIMIT);
    expect(m.body).toContain('  … i jeszcze: 4');
    expect(m.body).toContain(`Pełna lista: ${appUrl('/pulpit')}`);
  });

  it('a weekly digest names its week; changes are listed with their links', () => {
    const m = composeDigest({ period: 'weekly', key: '2026-W53', from: '2026-12-28' }, '2027-01-01', [], [
      { subject: 'PZK w gminie Janów: nowe spotkanie', link: 'http://localhost:3000/pzk/1/spotkania/2' },
      { subject: 'Zmiana listy usług', link: '' },
    ]);
    expect(m.subject).toBe('Podsumowanie tygodnia 28.12.2026–03.01.2027 — Platforma Modelu Kooperacji');
    expect(m.body).toContain('Nie masz teraz nic do zrobienia na platformie.');
    expect(m.body).toContain('- PZK w gminie Janów: nowe spotkanie\n  http://localhost:3000/pzk/1/spotkania/2\n- Zmiana listy usług');
  });
});
