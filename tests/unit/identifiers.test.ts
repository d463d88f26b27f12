import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  gminaTrackName,
  implementationLabel,
  implementationName,
  implementationTitle,
  powiatName,
  regionalTrackName,
  trackName,
} from '@/lib/implementations/identifiers';
import { STEP_LEGEND, stepCsvCell, stepStrip, stepStripText } from '@/lib/implementations/step-strip';

describe('one human-readable name per concept', () => {
  it('an implementation is named by its powiat and start', () => {
    const sokolski = { powiatName: 'sokólski', startDate: '2027-01-04' };
    expect(implementationName(sokolski)).toBe('powiat sokólski, od 04.01.2027');
    expect(implementationTitle(sokolski)).toBe('Wdrożenie — powiat sokólski, od 04.01.2027');
    expect(implementationName({ powiatName: 'Białystok', powiatIsCity: true, startDate: '2026-03-01' })).toBe('Białystok (miasto na prawach powiatu), od 01.03.2026');
  });

  it('with its gminas in Polish alphabetical order, for lists and reports', () => {
    expect(implementationLabel({ powiatName: 'sokólski', startDate: '2026-09-01', gminas: ['Korycin', 'Dąbrowa Białostocka'] })).toBe('powiat sokólski, od 01.09.2026 (Dąbrowa Białostocka, Korycin)');
    expect(implementationLabel({ powiatName: 'sokólski', startDate: '2026-11-02', gminas: ['Sidra', 'Łomża', 'Zawady'] })).toBe('powiat sokólski, od 02.11.2026 (Łomża, Sidra, Zawady)');
    expect(implementationLabel({ powiatName: 'sokólski', startDate: '2026-11-02', gminas: [] })).toBe('powiat sokólski, od 02.11.2026');
  });

  it("a gmina's track by its gmina, the regional track by its województwo", () => {
    expect(gminaTrackName({ gminaName: 'Dąbrowa Białostocka' })).toBe('Dąbrowa Białostocka — ścieżka wdrożenia');
    expect(regionalTrackName({ voivodeshipName: 'podlaskie' })).toBe('Zadania wojewódzkie — województwo podlaskie');
    expect(trackName({ kind: 'gmina', gminaName: 'Korycin', voivodeshipName: 'podlaskie' })).toBe('Korycin — ścieżka wdrożenia');
    expect(trackName({ kind: 'regional', gminaName: null, voivodeshipName: 'podlaskie' })).toBe('Zadania wojewódzkie — województwo podlaskie');
    expect(powiatName({ name: 'białostocki' })).toBe('powiat białostocki');
  });
});

describe('the strip of steps', () => {
  const own = [
    { step: 2, state: 'done', openEnd: null },
    { step: 3, state: 'started', openEnd: '2027-03-31' },
    { step: 4, state: 'todo', openEnd: '2027-02-28' },
    { step: 5, state: 'todo', openEnd: '2027-04-30' },
  ] as const;
  const regional = [{ step: 1, state: 'started', openEnd: '2027-02-28' }] as const;

  it.each([
    // today, statuses of steps 1..5
    ['2027-01-10', ['in_progress', 'done', 'in_progress', 'not_started', 'not_started']],
    // The day a sub-step is planned to end it is not yet late; the day after, it is.
    ['2027-02-28', ['in_progress', 'done', 'in_progress', 'not_started', 'not_started']],
    ['2027-03-01', ['overdue', 'done', 'in_progress', 'overdue', 'not_started']],
    ['2027-04-01', ['overdue', 'done', 'overdue', 'overdue', 'not_started']],
  ])('on %s', (today, expected) => {
    const cells = stepStrip([...own], [...regional], today);
    expect(cells.map((c) => c.step)).toEqual([1, 2, 3, 4, 5]);
    expect(cells.map((c) => c.status)).toEqual(expected);
    expect(cells.map((c) => c.regional)).toEqual([true, false, false, false, false]);
  });

  it('a step of the gmina track wins over the regional one; a done step is never overdue', () => {
    const cells = stepStrip([{ step: 1, state: 'done', openEnd: null }], [{ step: 1, state: 'todo', openEnd: '2020-01-01' }], '2027-01-01');
    expect(cells).toEqual([{ step: 1, status: 'done', regional: false }]);
  });

  it('has a text alternative and CSV cells in words', () => {
    const cells = stepStrip([...own], [...regional], '2027-03-01');
    expect(stepStripText(cells)).toBe('Krok 1 (wojewódzki): po terminie, Krok 2: zakończony, Krok 3: w toku, Krok 4: po terminie, Krok 5: nierozpoczęty');
    expect([1, 2, 3, 4, 5, 6].map((n) => stepCsvCell(cells, n))).toEqual(['po terminie', 'zakończony', 'w toku', 'po terminie', 'nierozpoczęty', '']);
    expect(STEP_LEGEND).toBe('Z — zakończony, W — w toku, P — po terminie, N — nierozpoczęty');
  });
});

describe('no database id shown to users as a number', () => {
  // "nr ${x.id}", "Nr {row.id}", "#${implementationId}" in text of pages, PDFs, CSVs and e-mails; and
  // any "wdrożenie nr …" at all. URLs (href, appUrl, redirects) may keep ids.
  const ID_AS_NUMBER = /(?:\b[Nn]r\.?|#)\s*\$?\{\s*[\w.!?]*\b(?:id|[a-z]+Id)\s*\}/;
  const IMPLEMENTATION_NR = /wdro[żz]eni[a-ząęe]*\s+(?:nr|numer|#)\s*[\d${]/i;
  const roots = ['app', 'components', 'lib', 'db/seed'];

  function* sources(dir: string): Generator<string> {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) yield* sources(p);
      else if (/\.(ts|tsx)$/.test(e.name)) yield p;
    }
  }

  it('no source prints an id after "nr" or "#", nor "wdrożenie nr"', () => {
    const offending: string[] = [];
    for (const root of roots) {
      for (const file of sources(path.resolve(root))) {
        fs.readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (ID_AS_NUMBER.test(line) || IMPLEMENTATION_NR.test(line)) offending.push(`${path.relative(process.cwd(), file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offending).toEqual([]);
  });

  it('the patterns catch what they are meant to', () => {
    expect(ID_AS_NUMBER.test('title={`Zgłoszenie nr ${n.id}`}')).toBe(true);
    expect(ID_AS_NUMBER.test('<span>Propozycja nr {r.id}</span>')).toBe(true);
    expect(ID_AS_NUMBER.test('`wdrożenie #${t.implementationId}`')).toBe(true);
    expect(IMPLEMENTATION_NR.test('label: `powiat ${p} — wdrożenie nr ${t.implementationId}`')).toBe(true);
    expect(IMPLEMENTATION_NR.test('Wdrożenie nr 34')).toBe(true);
    expect(ID_AS_NUMBER.test('`${doc.title} nr ${doc.number}`')).toBe(false);
    expect(ID_AS_NUMBER.test('`IPP nr ${ipp.sequence}`')).toBe(false);
    expect(ID_AS_NUMBER.test('href={`/wdrozenia/${r.trackId}`}')).toBe(false);
  });
});
