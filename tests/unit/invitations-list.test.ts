import { describe, expect, it } from 'vitest';
import { MAX_INVITATION_ROWS, acceptInvitationSchema, readInvitationList } from '@/lib/accounts/invitation-schemas';

/* Reading a pasted list or CSV file of people to invite (issue 15, item 5): every wrong row named with its line. */

const INSTITUTIONS = [
  { id: 11, name: 'Szkoła Podstawowa w Janowie' },
  { id: 12, name: 'Ośrodek Zdrowia w Janowie' },
];

describe('readInvitationList', () => {
  it('reads `;` and `,` separated lists, with or without a BOM and a header, and CRLF or LF lines', () => {
    const semicolons = readInvitationList('e-mail;imię i nazwisko;stanowisko;instytucja\nA@Szkola.pl; Anna Nowak ;Pedagog;Szkoła Podstawowa w Janowie\n', INSTITUTIONS);
    const commas = readInvitationList('\uFEFFa@szkola.pl,Anna Nowak,Pedagog,11\r\n', INSTITUTIONS);
    const expected = { email: 'a@szkola.pl', name: 'Anna Nowak', jobTitle: 'Pedagog', institutionId: 11 };
    expect(semicolons).toEqual({ rows: [{ line: 2, ...expected }], errors: [] });
    expect(commas).toEqual({ rows: [{ line: 1, ...expected }], errors: [] });
  });

  it('matches an institution by name whatever the case and spacing, or by its number; an empty cell takes the list’s institution', () => {
    const { rows, errors } = readInvitationList('a@x.pl;A A;P;  ośrodek   ZDROWIA w janowie\nb@x.pl;B B;P;\nc@x.pl;C C;P;12', INSTITUTIONS, 11);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.institutionId)).toEqual([12, 11, 12]);
  });

  it('names every wrong row with its line and what is wrong, in Polish', () => {
    const text = [
      'e-mail;imię i nazwisko;stanowisko;instytucja',
      'zly-adres;Jan Kowal;Pedagog;11', // 2
      ';Jan Kowal;Pedagog;11', // 3
      'a@x.pl;;;11', // 4
      'b@x.pl;Jan;Pedagog;Urząd Skarbowy', // 5
      'c@x.pl;Jan;Pedagog;99', // 6
      '', // 7 blank: skipped
      'd@x.pl;Jan;Pedagog;11', // 8
      'D@x.pl;Janina;Pedagog;11', // 9
      'e@x.pl;Jan;Pedagog;11;nadmiar', // 10
      'f@x.pl;Jan;Pedagog', // 11: no institution and none chosen
    ].join('\n');
    const { rows, errors } = readInvitationList(text, INSTITUTIONS);
    expect(rows.map((r) => r.line)).toEqual([8]);
    expect(errors).toEqual([
      { line: 2, message: 'Wiersz 2: niepoprawny adres e-mail „zly-adres”.' },
      { line: 3, message: 'Wiersz 3: brak adresu e-mail.' },
      { line: 4, message: 'Wiersz 4: brak imienia i nazwiska; brak stanowiska.' },
      { line: 5, message: 'Wiersz 5: nieznana instytucja „Urząd Skarbowy” — nie należy do tego zespołu.' },
      { line: 6, message: 'Wiersz 6: nieznana instytucja „99” — nie należy do tego zespołu.' },
      { line: 9, message: 'Wiersz 9: adres e-mail powtórzony (pierwszy raz w wierszu 8).' },
      { line: 10, message: 'Wiersz 10: za dużo kolumn (oczekiwane: e-mail; imię i nazwisko; stanowisko; instytucja).' },
      { line: 11, message: 'Wiersz 11: brak instytucji (podaj ją w czwartej kolumnie albo wybierz instytucję dla całej listy).' },
    ]);
  });

  it('keeps delimiters and quotes inside quoted cells; an unclosed quote is an error of the whole list', () => {
    expect(readInvitationList('a@x.pl;"Nowak; Anna";"Pedagog ""starszy""";11', INSTITUTIONS).rows[0]).toMatchObject({ name: 'Nowak; Anna', jobTitle: 'Pedagog "starszy"' });
    expect(readInvitationList('a@x.pl;"Nowak;Pedagog;11', INSTITUTIONS)).toEqual({ rows: [], errors: [{ line: 0, message: 'Niezamknięty cudzysłów w wierszu 1.' }] });
  });

  it('accepts up to 200 people; more, or none at all, is refused as a whole', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.pl;Osoba ${i};Pedagog;11`).join('\n');
    expect(readInvitationList(lines(MAX_INVITATION_ROWS), INSTITUTIONS).rows).toHaveLength(200);
    expect(readInvitationList(`e-mail;imię\n${lines(201)}`, INSTITUTIONS).errors).toEqual([{ line: 0, message: 'Lista ma 201 osób — jednorazowo można zaprosić najwyżej 200. Podziel ją na części.' }]);
    expect(readInvitationList('e-mail;imię i nazwisko\n\n', INSTITUTIONS).errors).toEqual([{ line: 0, message: 'Lista nie zawiera żadnej osoby.' }]);
  });
});

describe('acceptInvitationSchema', () => {
  const token = 'A'.repeat(43);
  it('uses the account rules: at least 10 characters, both entries the same', () => {
    expect(acceptInvitationSchema.safeParse({ token, name: 'Anna', password: 'bardzo-tajne', passwordConfirm: 'bardzo-tajne' }).success).toBe(true);
    const r = acceptInvitationSchema.safeParse({ token, name: 'Anna', password: 'krótkie', passwordConfirm: 'krótkie' });
    expect(r.success).toBe(false);
    const mismatch = acceptInvitationSchema.safeParse({ token, name: 'Anna', password: 'bardzo-tajne', passwordConfirm: 'bardzo-tajne!' });
    expect(mismatch.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['passwordConfirm', 'Hasła nie są takie same.']]);
  });
  it('refuses a token that is not 32 bytes of base64url', () => {
    for (const bad of ['', 'A'.repeat(42), 'A'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}/`]) {
      expect(acceptInvitationSchema.safeParse({ token: bad, name: 'Anna', password: 'bardzo-tajne', passwordConfirm: 'bardzo-tajne' }).success, bad).toBe(false);
    }
  });
});
