import { describe, expect, it } from 'vitest';
import { loginHref, safeReturnPath } from '@/lib/auth/return-path';

describe('safeReturnPath: back to the page asked for, on this site only', () => {
  it.each([
    ['/sprawy', '/sprawy'],
    ['/sprawy/12/ipp?wersja=2', '/sprawy/12/ipp?wersja=2'],
    ['/kalkulator?dzieci=2#wynik', '/kalkulator?dzieci=2#wynik'],
    ['/model/rural/kroki/3', '/model/rural/kroki/3'],
    ['/szko%C5%82a', '/szko%C5%82a'],
    ['/a/../pulpit', '/pulpit'],
  ])('keeps %s', (raw, want) => {
    expect(safeReturnPath(raw)).toBe(want);
  });

  it.each([
    '//evil.example',
    '//evil.example/sprawy',
    'https://evil.example',
    'http://evil.example/pulpit',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2Fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%255Cevil.example',
    '%252F%252Fevil.example',
    '/pulpit\\..\\..\\evil',
    '/\tevil.example',
    '/\n/evil.example',
    ' /pulpit',
    'pulpit',
    '',
    '/%E0%A4%A',
    'x'.repeat(10) + '/'.repeat(3000),
  ])('rejects %j', (raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it('rejects what is not a string', () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(['/pulpit'])).toBeNull();
  });
});

describe('loginHref', () => {
  it('carries the page to return to', () => {
    expect(loginHref('/sprawy/7')).toBe('/logowanie?callbackUrl=%2Fsprawy%2F7');
  });
  it('is the plain login page without a page worth returning to', () => {
    for (const p of [null, undefined, '/', '/pulpit', '/logowanie', '//evil.example', 'https://evil.example']) expect(loginHref(p)).toBe('/logowanie');
  });
});
