import { describe, expect, it } from 'vitest';
import { figureErrors, parseFigure, readFiguresCsv } from '@/lib/diagnosis/figures';
import { diagnosisSaveSchema } from '@/lib/diagnosis/schemas';

const GMINAS = [
  { id: 1, teryt: '2011022', name: 'Janów' },
  { id: 2, teryt: '2011013', name: 'Dąbrowa Białostocka' },
];

describe('parseFigure', () => {
  it.each([
    ['', null],
    ['  ', null],
    [null, null],
    ['0', 0],
    ['1234', 1234],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['12.345', 12345],
    [42, 42],
  ])('%j → %j', (input, expected) => expect(parseFigure(input)).toBe(expected));

  it.each(['-1', '12,5', '12.5', '1.2345', 'dużo', '1e3', -3, 2.5])('%j is not a count', (input) => expect(parseFigure(input)).toBeNaN());
});

describe('figureErrors', () => {
  it('accepts empty figures and consistent ones', () => {
    expect(figureErrors({}).errors).toEqual({});
    expect(figureErrors({ population: '5 200', beneficiaries: '410', families: '150', elderly: '1100' })).toEqual({
      figures: { population: 5200, beneficiaries: 410, families: 150, fosterFamilies: null, disabled: null, elderly: 1100, violenceCases: null, unemployed: null },
      errors: {},
    });
  });

  it('names each bad figure in Polish', () => {
    const { errors } = figureErrors({ population: '100', beneficiaries: '250', families: 'abc', elderly: '-3', unemployed: '3000000' });
    expect(errors).toEqual({
      beneficiaries: 'Osoby korzystające z pomocy społecznej: nie może być więcej niż mieszkańców gminy (100).',
      families: 'Rodziny objęte pomocą: podaj liczbę całkowitą nie mniejszą niż 0 albo zostaw puste pole.',
      elderly: 'Osoby 65+: podaj liczbę całkowitą nie mniejszą niż 0 albo zostaw puste pole.',
      unemployed: expect.stringMatching(/^Osoby bezrobotne: liczba jest zbyt duża/),
    });
  });

  it('refuses more families helped than people helped', () => {
    expect(figureErrors({ beneficiaries: '10', families: '11' }).errors.families).toMatch(/^Rodziny objęte pomocą: rodzin objętych pomocą nie może być więcej/);
  });

  it('the save schema puts each error on its own field', () => {
    const r = diagnosisSaveSchema.safeParse({ diagnosisId: 1, version: 1, title: 'D', madeOn: '2027-01-20', gminas: [{ gminaId: 1, figures: { population: 'x' } }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['gminas.0.figures.population']);
  });
});

describe('readFiguresCsv', () => {
  it('reads the template headers (Polish, with diacritics) separated by semicolons', () => {
    const text = '\uFEFFTERYT;Gmina;Liczba mieszkańców;Osoby 65+;Procedury „Niebieskie Karty”\r\n2011022;Janów;5 200;1100;12\r\n2011013;Dąbrowa Białostocka;10432;;3\r\n';
    expect(readFiguresCsv(text, GMINAS)).toEqual({
      rows: [
        { gminaId: 1, figures: { population: 5200, elderly: 1100, violenceCases: 12 } },
        { gminaId: 2, figures: { population: 10432, elderly: null, violenceCases: 3 } },
      ],
      errors: [],
    });
  });

  it('accepts headers without diacritics, short Polish names, commas, and gminas by name', () => {
    const text = 'gmina,liczba mieszkancow,bezrobotni,rodziny zastepcze\nDąbrowa Białostocka,10432,400,7\n';
    expect(readFiguresCsv(text, GMINAS).rows).toEqual([{ gminaId: 2, figures: { population: 10432, unemployed: 400, fosterFamilies: 7 } }]);
  });

  it('lists every bad line and returns no rows', () => {
    const text = ['TERYT;Liczba mieszkańców;Osoby bezrobotne', '2011022;100;abc', '1401022;5;1', '2011022;1;1', ';;'].join('\n');
    expect(readFiguresCsv(text, GMINAS)).toEqual({
      rows: [],
      errors: [
        'Wiersz 2 (Janów): Osoby bezrobotne: podaj liczbę całkowitą nie mniejszą niż 0 albo zostaw puste pole.',
        'Wiersz 3: brak kodu TERYT 1401022 w tej diagnozie.',
        'Wiersz 4: gmina Janów była już w wierszu 2.',
      ],
    });
  });

  it('refuses a file without a gmina column, with unknown columns, or empty', () => {
    expect(readFiguresCsv('Liczba mieszkańców\n100', GMINAS).errors).toEqual(['Wiersz 1: brak kolumny „TERYT” ani „Gmina” — nie wiadomo, której gminy dotyczy wiersz.']);
    expect(readFiguresCsv('TERYT;Liczba psów\n2011022;3', GMINAS).errors[0]).toBe('Wiersz 1: nieznane kolumny „Liczba psów”. Użyj nagłówków z szablonu CSV.');
    expect(readFiguresCsv('', GMINAS).errors[0]).toMatch(/^Plik jest pusty/);
    expect(readFiguresCsv('TERYT;Gmina;"Liczba mieszkańców\n2011022;Janów;5', GMINAS).errors[0]).toMatch(/^Niezamknięty cudzysłów/);
  });
});
