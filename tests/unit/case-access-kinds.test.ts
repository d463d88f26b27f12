import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_ACCESS_KINDS, caseAccessKindLabel } from '@/lib/audit-labels';
import { readAccessLogFilters } from '@/lib/cases/schemas';

/*
 * The access log of a case names every kind of opening in Polish (issue 14, item 14): no raw code
 * such as "(pdf:ipp)". openCase takes only the keys of CASE_ACCESS_KINDS (a type error otherwise);
 * this test also reads lib/ for every kind the code passes to it, and checks the filters' parsing
 * of the page's GET parameters.
 */

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Every kind lib/ can write: openCase's third argument, the print kinds, the `what` unions, and the three the log derives itself. */
function kindsInCode(): Set<string> {
  const found = new Set(['konto', 'eksport', 'cel-dostepu']);
  for (const file of sources(path.join(root, 'lib'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/openCase\([^,()]+,[^,()]+,\s*'([^']+)'\)/g)) found.add(m[1]);
    for (const m of text.matchAll(/'(pdf:[a-z-]+)'/g)) found.add(m[1]);
    for (const m of text.matchAll(/\bwhat\??:\s*((?:'[^']+'\s*\|?\s*)+)/g)) for (const k of m[1].matchAll(/'([^']+)'/g)) found.add(k[1]);
  }
  return found;
}

describe('Polish names of the access kinds', () => {
  it('every kind the code can write has a Polish name', () => {
    const kinds = kindsInCode();
    // The scan finds the pages and the prints (a broken scan would find almost nothing).
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    for (const k of kinds) expect(Object.keys(CASE_ACCESS_KINDS), k).toContain(k);
  });

  it('no name is a raw code', () => {
    for (const [k, label] of Object.entries(CASE_ACCESS_KINDS)) {
      expect(label, k).not.toBe(k);
      expect(label, k).not.toMatch(/pdf:|[a-z]+-[a-z]+|\(\s*\)/);
      expect(label.length, k).toBeGreaterThan(3);
    }
    expect(caseAccessKindLabel('pdf:ipp')).toBe('Wydruk IPP (PDF)');
    // An entry older than the list is named generically, never shown raw.
    const generic = caseAccessKindLabel('stara-strona');
    expect(generic).toMatch(/^Otwarcie \p{L}+ \(inna strona\)$/u);
    expect(caseAccessKindLabel(null)).toBe(generic);
  });
});

describe('the access log filters from the address', () => {
  const uuid = '0b1a5f0e-2c51-4c3e-9d3a-1e2f3a4b5c6d';

  it('valid parameters become the filter', () => {
    expect(readAccessLogFilters({ kto: uuid, rola: 'rops_adviser', rodzaj: 'pdf:ipp', spoza: '1', od: '2027-02-01', do: '2027-02-28', strona: '3' })).toEqual({
      values: { kto: uuid, rola: 'rops_adviser', rodzaj: 'pdf:ipp', spoza: true, od: '2027-02-01', do: '2027-02-28', strona: 3 },
      errors: {},
    });
    expect(readAccessLogFilters({})).toEqual({ values: { spoza: false, od: undefined, do: undefined }, errors: {} });
    // Blank fields of a submitted form mean "no filter"; a repeated parameter counts once.
    expect(readAccessLogFilters({ kto: '', rola: '', rodzaj: ' ', od: '', do: '', strona: ['2', '5'] }).values).toMatchObject({ kto: undefined, strona: 2 });
  });

  it.each([
    [{ kto: 'nie-uuid' }, 'kto', 'Wybierz osobę z listy.'],
    [{ rola: 'hacker' }, 'rola', 'Wybierz rolę z listy.'],
    [{ rodzaj: "pdf:ipp' or 1=1" }, 'rodzaj', 'Wybierz rodzaj z listy.'],
    [{ od: '2027-02-30' }, 'od', 'Podaj poprawną datę (dd.mm.rrrr).'],
    [{ do: 'wczoraj' }, 'do', 'Podaj poprawną datę (dd.mm.rrrr).'],
    [{ od: '2027-03-01', do: '2027-02-01' }, 'do', 'Data „do dnia” nie może być wcześniejsza niż „od dnia”.'],
    [{ strona: 'abc' }, 'strona', 'Numer strony to liczba od 1.'],
    [{ strona: '0' }, 'strona', 'Numer strony to liczba od 1.'],
  ])('a bad parameter %j gets a Polish message beside its field and is dropped', (sp, field, message) => {
    const { values, errors } = readAccessLogFilters({ ...sp, rodzaj: (sp as Record<string, string>).rodzaj ?? 'ipp' });
    expect(errors).toEqual({ [field]: message });
    expect((values as Record<string, unknown>)[field]).toBeUndefined();
    // The other filters still apply.
    if (field !== 'rodzaj') expect(values.rodzaj).toBe('ipp');
  });
});
