import { describe, expect, it } from 'vitest';
import { csvResponse, toCsv } from '@/lib/csv';
import { parseCsv } from '@/lib/services/csv';

const cellsOf = (csv: string) => parseCsv(csv, ';');

describe('toCsv', () => {
  it('writes UTF-8 with a BOM, `;` between cells, CRLF between records and the header first', () => {
    const csv = toCsv(['Gmina', 'Wartość'], [['Janów', 'zażółć; gęślą'], ['Korycin', 'dwa\nwiersze']]);
    expect(csv).toBe('\uFEFFGmina;Wartość\r\nJanów;"zażółć; gęślą"\r\nKorycin;"dwa\nwiersze"\r\n');
    expect(cellsOf(csv)).toEqual([
      ['Gmina', 'Wartość'],
      ['Janów', 'zażółć; gęślą'],
      ['Korycin', 'dwa\nwiersze'],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://x")'],
    ['+1'],
    ['-1+1'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['=1+1;2'],
    // Full-width forms, which Apple Numbers folds into the ASCII ones.
    ['＝1+1'],
    ['＋1'],
    ['－1'],
    ['＠SUM(A1)'],
  ])('prefixes an apostrophe to text starting like a formula: %j', (value) => {
    const csv = toCsv(['Tekst'], [[value]]);
    expect(cellsOf(csv)[1]).toEqual([`'${value}`]);
  });

  it('leaves other text alone, also a formula character later in the cell', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [['Porady', 'a=b', ' =1', "'=1", '']]);
    expect(cellsOf(csv)[1]).toEqual(['Porady', 'a=b', ' =1', "'=1", '']);
  });

  it('writes numbers as numbers, negative ones unescaped, with a decimal comma; numbers typed as text are escaped', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e'], [[-2, 1.5, 0, -0.5, '-2']]);
    expect(csv.split('\r\n')[1]).toBe("-2;1,5;0;-0,5;'-2");
  });

  it('writes null and undefined as empty cells', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 'x']]).split('\r\n')[1]).toBe(';;x');
  });

  it('escapes the header as well', () => {
    expect(cellsOf(toCsv(['=A1', 'B'], []))[0]).toEqual(["'=A1", 'B']);
  });

  it('refuses a row that does not match the columns instead of cutting it short', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2', '3']])).toThrow(/row 1 has 3 cells for 2 columns/);
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['1']])).toThrow(/row 2/);
  });
});

describe('csvResponse', () => {
  it('is a non-cached download with the BOM kept and a file name safe for every browser', async () => {
    const res = csvResponse(toCsv(['Gmina'], [['Kuźnica']]), 'ewaluacja-województwo-łódzkie (1).csv');
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Content-Disposition')).toBe(
      `attachment; filename="ewaluacja-wojewodztwo-lodzkie_1_.csv"; filename*=UTF-8''ewaluacja-wojew%C3%B3dztwo-%C5%82%C3%B3dzkie%20%281%29.csv`,
    );
    expect(res.headers.get('Cache-Control')).toBe('private, no-store');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    const body = new Uint8Array(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(body)).toBe('Gmina\r\nKuźnica\r\n');
  });
});
