import { describe, expect, it } from 'vitest';
import { CsvError, chunkRecords, csvDate, decodeCsv, detectDelimiter, parseCsv, readServiceTable, recordToInput, rowErrors, serviceToCells, type ExportableService } from '@/lib/services/csv';
import { servicesCsv } from '@/lib/services/csv-export';
import { gapCounts, missingPairs } from '@/lib/services/gaps';
import { buildTsQuery, normalizeSearch, serviceSearchText, slug } from '@/lib/services/normalize';
import { regionalServiceSchema, serviceSchema } from '@/lib/services/schemas';
import { fieldErrorsOf } from '@/lib/validation/parse';

describe('normalizeSearch', () => {
  it.each([
    ['Łódź', 'lodz'],
    ['osób starszych', 'osob starszych'],
    ['Zdrowie PSYCHICZNE', 'zdrowie psychiczne'],
    ['ZAŻÓŁĆ gęślą jaźń', 'zazolc gesla jazn'],
    ['Społeczno-integracyjny', 'spoleczno integracyjny'],
    ['  „Klub Seniora”  (Ośrodek) ', 'klub seniora osrodek'],
    ['500+ dla rodzin', '500 dla rodzin'],
    ['tel. 85 711-00-00; e-mail: gops@janow.pl', 'tel 85 711 00 00 e mail gops janow pl'],
    ['Ćwiczenia\tśródmieście\nŹródło', 'cwiczenia srodmiescie zrodlo'],
    ['', ''],
    ['&|!():*', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSearch(input)).toBe(expected);
  });
});

describe('buildTsQuery', () => {
  it.each([
    ['osób starszych', 'osob:* & starszych:*'],
    ['Zdrowie psychiczne', 'zdrowie:* & psychiczne:*'],
    ['terapia', 'terapia:*'],
    // Operators and quotes typed by the user are not operators.
    ["a & b | !c", 'a:* & b:* & c:*'],
    ["'); drop table services; --", 'drop:* & table:* & services:*'],
    ['zdrowie:* <-> (psych)', 'zdrowie:* & psych:*'],
    ["o'reilly\\", 'o:* & reilly:*'],
    ['terapia terapia TERAPIA', 'terapia:*'],
    ['', null],
    ['   ', null],
    ['!&|:*()<>', null],
  ])('%j → %j', (input, expected) => {
    expect(buildTsQuery(input)).toBe(expected);
  });

  it('keeps at most 8 words of at most 40 letters', () => {
    const q = buildTsQuery(`${'x'.repeat(100)} b c d e f g h i j`)!;
    expect(q.split(' & ')).toHaveLength(8);
    expect(q.startsWith(`${'x'.repeat(40)}:*`)).toBe(true);
  });
});

describe('serviceSearchText and slug', () => {
  it('holds the words of the name, description, provider, place and the labels', () => {
    const text = serviceSearchText({
      name: 'Grupa wsparcia',
      description: 'Dla osób starszych',
      providerName: 'Ośrodek Pomocy Społecznej w Łomży',
      place: 'ul. Żwirki 5',
      targetGroups: ['seniorzy'],
      areas: ['zdrowie', 'sport_kultura'],
    });
    expect(text).toBe('grupa wsparcia dla osob starszych osrodek pomocy spolecznej w lomzy ul zwirki 5 osoby starsze zdrowie sport i kultura');
  });

  it('makes ASCII file names', () => {
    expect(slug('Dąbrowa Białostocka')).toBe('dabrowa-bialostocka');
    expect(slug('ŁÓDZKIE')).toBe('lodzkie');
    expect(slug('!!!')).toBe('lista');
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    const text = 'a;b;c\r\n"x;y";"He said ""hi""";"line 1\nline 2"\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'He said "hi"', 'line 1\nline 2'],
    ]);
  });

  it('accepts LF, CR, a BOM, a missing final newline and empty cells', () => {
    expect(parseCsv('\uFEFFa;b\rc;\n;d')).toEqual([
      ['a', 'b'],
      ['c', ''],
      ['', 'd'],
    ]);
    expect(parseCsv('')).toEqual([]);
  });

  it('keeps a quote inside an unquoted cell, and names the row of an unclosed quote', () => {
    expect(parseCsv('ab"c;d')).toEqual([['ab"c', 'd']]);
    expect(() => parseCsv('a;b\nc;"never closed\n\n')).toThrow(new CsvError('Niezamknięty cudzysłów w wierszu 2.'));
  });

  it('detects the delimiter from the header line', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('a,b,"c;d"\n')).toBe(',');
    expect(detectDelimiter('a\tb\n')).toBe('\t');
    expect(detectDelimiter('only')).toBe(';');
    expect(parseCsv('a,b\n"1,5",2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('decodes UTF-8 with BOM, and Windows-1250 from older Excel', () => {
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Łódź')]))).toBe('Łódź');
    // "Łódź" in Windows-1250: Ł=A3, ó=F3, d, ź=9F
    expect(decodeCsv(new Uint8Array([0xa3, 0xf3, 0x64, 0x9f]))).toBe('Łódź');
  });
});

const HEADER = 'organization.name;service.name;service.description;service.eligibility_description;service.taxonomy_terms;service.access_conditions;service.fees_description;location.address;contact.phone_or_email;service.application_process;service.assured_date';

describe('readServiceTable', () => {
  it('keys cells by column, numbers rows as a spreadsheet does and skips blank rows', () => {
    const text = `${HEADER};uwagi\nGOPS;Porady;"Opis\nw dwóch liniach";Rodziny z dziećmi;Socjalny;;;;;;;notatka\n;;;;;;;;;;\nPCPR;Terapia;Opis;Dorośli;Zdrowie;;;;;;\n`;
    const t = readServiceTable(text, 'pzk');
    expect(t.ignoredColumns).toEqual(['uwagi']);
    expect(t.records.map((r) => r.row)).toEqual([2, 4]);
    expect(t.records[0].values['service.description']).toBe('Opis\nw dwóch liniach');
    expect(t.records[0].values).not.toHaveProperty('uwagi');
  });

  it('refuses a file without the required header', () => {
    expect(() => readServiceTable('', 'pzk')).toThrow(/pusty/);
    expect(() => readServiceTable('nazwa;opis\nA;B', 'pzk')).toThrow(/Brak wymaganych kolumn.*organization\.name/);
    expect(() => readServiceTable(`${HEADER};service.name`, 'pzk')).toThrow(/dwa razy/);
  });

  it('accepts upper-case headers and service.last_modified for the review date; location.powiat only on the regional list', () => {
    const header = HEADER.toUpperCase().replace('SERVICE.ASSURED_DATE', 'service.last_modified') + ';location.powiat';
    const pzk = readServiceTable(`${header}\nA;B;C;Dorośli;Zdrowie;;;;;;01.02.2026;sokólski`, 'pzk');
    expect(pzk.records[0].values['service.assured_date']).toBe('01.02.2026');
    expect(pzk.ignoredColumns).toEqual(['location.powiat']);
    const regional = readServiceTable(`${header}\nA;B;C;Dorośli;Zdrowie;;;;;;01.02.2026;sokólski`, 'regional');
    expect(regional.records[0].values['location.powiat']).toBe('sokólski');
  });
});

describe('a CSV row through the form schema', () => {
  const values = (over: Record<string, string> = {}) => ({
    'organization.name': 'Gminny Ośrodek Pomocy Społecznej w Janowie',
    'service.name': 'Grupa wsparcia dla seniorów',
    'service.description': 'Spotkania raz w tygodniu.',
    'service.eligibility_description': 'osoby starsze, Dorośli',
    'service.taxonomy_terms': 'Zdrowie; społeczno-integracyjny | sport_kultura',
    'service.assured_date': '3.2.2026',
    ...over,
  });

  it('maps labels (any case, with or without diacritics) and keys to the vocabulary, and Polish dates to ISO', () => {
    const r = serviceSchema.safeParse(recordToInput(values({ 'service.eligibility_description': 'osoby starsze, OSOBY DOROSLE, rodziny' })).input);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ targetGroups: ['seniorzy', 'dorosli', 'rodziny'], areas: ['zdrowie', 'spoleczno_integracyjny', 'sport_kultura'], lastReviewedOn: '2026-02-03', cost: '' });
  });

  it('reports every field error of a bad row, in Polish, with the column', () => {
    const r = serviceSchema.safeParse(
      recordToInput(values({ 'organization.name': '', 'service.name': ' ', 'service.eligibility_description': 'Młodzież szkolna', 'service.taxonomy_terms': '', 'service.assured_date': '31.02.2026' })).input,
    );
    expect(r.success).toBe(false);
    const report = rowErrors(7, fieldErrorsOf(r.error!));
    expect(report).toEqual(
      expect.arrayContaining([
        { row: 7, column: 'service.name', field: 'Nazwa usługi lub aktywności', message: 'To pole jest wymagane.' },
        { row: 7, column: 'service.eligibility_description', field: 'Grupy odbiorców', message: 'Nieznana grupa odbiorców: „Młodzież szkolna”.' },
        { row: 7, column: 'service.taxonomy_terms', field: 'Obszary wsparcia', message: 'Zaznacz co najmniej jeden obszar wsparcia.' },
        { row: 7, column: 'service.assured_date', field: 'Data ostatniej weryfikacji', message: 'Podaj datę w formacie dd.mm.rrrr.' },
        { row: 7, column: 'organization.name', field: 'Dostawca', message: 'Wybierz instytucję z rejestru albo wpisz nazwę dostawcy.' },
      ]),
    );
    expect(report).toHaveLength(5);
  });

  it('refuses over-long text and review dates in the future', () => {
    const r = serviceSchema.safeParse(recordToInput(values({ 'service.fees_description': 'x'.repeat(301), 'service.assured_date': '2999-01-01' })).input);
    const errors = fieldErrorsOf(r.error!);
    expect(errors.cost).toEqual(['Maksymalnie 300 znaków.']);
    expect(errors.lastReviewedOn).toEqual(['Data weryfikacji nie może być z przyszłości.']);
  });

  it('reads dates as Excel writes them', () => {
    expect(csvDate('03.02.2026')).toBe('2026-02-03');
    expect(csvDate('2026-02-03')).toBe('2026-02-03');
    expect(csvDate(' 1.12.2025 ')).toBe('2025-12-01');
    expect(csvDate('luty 2026')).toBe('luty 2026');
  });
});

describe('the form schema', () => {
  const base = { name: 'Porady', description: 'Opis', targetGroups: ['rodziny'], areas: ['prawny'], providerName: 'Punkt NPP' };

  it('takes a lone ticked box as a string and an unticked group as false (react-hook-form)', () => {
    expect(serviceSchema.parse({ ...base, targetGroups: 'rodziny' }).targetGroups).toEqual(['rodziny']);
    expect(fieldErrorsOf(serviceSchema.safeParse({ ...base, areas: false }).error!).areas).toEqual(['Zaznacz co najmniej jeden obszar wsparcia.']);
  });

  it('needs a provider: a registry institution or a typed name', () => {
    expect(serviceSchema.safeParse({ ...base, providerName: '', providerInstitutionId: '12' }).data?.providerInstitutionId).toBe(12);
    expect(serviceSchema.safeParse({ ...base, providerName: '', providerInstitutionId: '' }).success).toBe(false);
  });

  it('regional entries may name a powiat or none', () => {
    expect(regionalServiceSchema.parse({ ...base, powiatId: '' }).powiatId).toBeUndefined();
    expect(regionalServiceSchema.parse({ ...base, powiatId: '7' }).powiatId).toBe(7);
  });
});

describe('export cells', () => {
  const entry: ExportableService = {
    providerName: 'Fundacja "Razem"',
    name: '=HYPERLINK("http://zly.example")',
    description: 'Opis; z średnikiem\ni nową linią',
    targetGroups: ['dzieci_mlodziez', 'rodziny'],
    areas: ['rodzinny'],
    conditions: '',
    cost: 'bezpłatnie',
    place: 'Janów',
    contact: '+48 85 711 00 00',
    referral: '@skierowanie',
    lastReviewedOn: '2026-01-15',
    powiatName: 'sokólski',
  };

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = servicesCsv([{ ...entry, name: '=1+1', description: '-2+3+cmd', place: 'Porady' }], 'pzk');
    expect(csv).toContain(";'=1+1;'-2+3+cmd;");
    expect(csv).toContain(';Porady;');
    expect(serviceToCells(entry, 'pzk')).toHaveLength(12); // with the coordinator at the partner (issue 17)
    expect(serviceToCells(entry, 'regional')).toHaveLength(12);
  });

  it('round-trips: export → parse → the same form values', () => {
    const csv = servicesCsv([entry], 'regional');
    expect(csv.startsWith('\uFEFForganization.name;service.name;')).toBe(true);
    expect(csv).toContain('\r\n');
    const t = readServiceTable(csv, 'regional');
    const { input, powiat } = recordToInput(t.records[0].values);
    expect(powiat).toBe('sokólski');
    expect(serviceSchema.parse(input)).toMatchObject({
      providerName: entry.providerName,
      name: entry.name,
      description: entry.description,
      targetGroups: entry.targetGroups,
      areas: entry.areas,
      contact: entry.contact,
      referral: entry.referral,
      lastReviewedOn: entry.lastReviewedOn,
    });
  });
});

describe('chunkRecords', () => {
  const rec = (row: number, size = 1) => ({ row, values: { 'service.name': 'x'.repeat(size) } });
  it('splits by row count and by size, never leaving a chunk empty', () => {
    const records = Array.from({ length: 450 }, (_, i) => rec(i + 2));
    expect(chunkRecords(records, 200).map((c) => c.length)).toEqual([200, 200, 50]);
    expect(chunkRecords([rec(2, 60), rec(3, 60), rec(4, 500)], 200, 100).map((c) => c.map((r) => r.row))).toEqual([[2], [3], [4]]);
    expect(chunkRecords([], 200)).toEqual([]);
  });
});

describe('gapCounts', () => {
  it('counts every group × area pair of every entry; zeros are the missing services', () => {
    const table = gapCounts([
      { targetGroups: ['seniorzy'], areas: ['zdrowie', 'socjalny'] },
      { targetGroups: ['seniorzy', 'dorosli'], areas: ['zdrowie'] },
      { targetGroups: ['seniorzy', 'seniorzy'], areas: ['zdrowie', 'zdrowie'] },
      { targetGroups: ['nieznana'], areas: ['zdrowie'] },
    ]);
    expect(table.seniorzy.zdrowie).toBe(3);
    expect(table.seniorzy.socjalny).toBe(1);
    expect(table.dorosli.zdrowie).toBe(1);
    expect(table.rodziny.zdrowie).toBe(0);
    expect(missingPairs(table)).toHaveLength(4 * 8 - 3);
    expect(missingPairs(gapCounts([]))).toHaveLength(32);
  });
});
