import { describe, it, expect } from 'vitest';
import type { z } from 'zod';
import {
  LIMITS,
  normalizeDigits,
  isValidNip,
  isValidRegon,
  isValidPesel,
  isValidPostalCode,
  isValidTerytGmina,
  maskPesel,
  requiredText,
  optionalText,
  emailField,
  passwordField,
  postalCodeField,
  optionalNipField,
  optionalRegonField,
  optionalPeselField,
  terytGminaField,
  phoneField,
} from '../../lib/validation/fields';

/** First issue message, or undefined when parsing succeeds. */
function firstError(schema: z.ZodType, input: unknown): string | undefined {
  const r = schema.safeParse(input);
  return r.success ? undefined : r.error.issues[0]?.message;
}

function parsed(schema: z.ZodType, input: unknown): unknown {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`expected success, got: ${r.error.issues[0]?.message}`);
  return r.data;
}

describe('normalizeDigits', () => {
  it.each([
    ['526-025-02-74', '5260250274'],
    ['526 025 02 74', '5260250274'],
    [' 12-345 ', '12345'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeDigits(input)).toBe(expected);
  });
});

describe('isValidNip (weights 6,5,7,2,3,4,5,6,7; mod 11)', () => {
  it.each([
    // 5260250274 (cited as the Ministry of Finance's):
    // 5·6+2·5+6·7+0·2+2·3+5·4+0·5+2·6+7·7 = 30+10+42+0+6+20+0+12+49 = 169; 169 mod 11 = 4 ✓
    '5260250274',
    '526-025-02-74',
    '526 025 02 74',
    // 5261040567: 30+10+42+2+0+16+0+30+42 = 172; 172 mod 11 = 7 ✓
    '5261040567',
    // 1234563218: 6+10+21+8+15+24+15+12+7 = 118; 118 mod 11 = 8 ✓
    '1234563218',
  ])('accepts %s', (nip) => {
    expect(isValidNip(nip)).toBe(true);
  });

  it.each([
    ['5260250275', 'control digit changed (4 → 5)'],
    ['5260250374', 'body digit changed, checksum now 169+6 = 175 mod 11 = 10'],
    ['5270250274', 'body digit changed: 169+7 = 176 mod 11 = 0 ≠ 4'],
    // 5·6+2·5+1·7+0+0+0+0+3·6+0 = 65; 65 mod 11 = 10 → never issued, even with control 0
    ['5210000300', 'remainder 10 must not be mapped to 0'],
    ['526025027', 'too short'],
    ['52602502740', 'too long'],
    ['526025027A', 'letter'],
    ['PL5260250274', 'country prefix'],
    ['', 'empty'],
  ])('rejects %s (%s)', (nip) => {
    expect(isValidNip(nip)).toBe(false);
  });
});

describe('isValidRegon', () => {
  it.each([
    // 000002217: weights 8,9,2,3,4,5,6,7 → 2·5+2·6+1·7 = 29; 29 mod 11 = 7 ✓
    '000002217',
    // 123456785: 8+18+6+12+20+30+42+56 = 192; 192 mod 11 = 5 ✓
    '123456785',
    // 000000030: 3·7 = 21; 21 mod 11 = 10 → control 0 (remainder 10 maps to 0 for REGON)
    '000000030',
    // 12345678512347: prefix 123456785 is valid; weights 2,4,8,5,0,9,7,3,6,1,2,4,8 →
    // 2+8+24+20+0+54+49+24+30+1+4+12+32 = 260; 260 mod 11 = 7 ✓
    '12345678512347',
    // 00000221700018: prefix 000002217 valid; 2·9+2·7+1·3+7·6+1·8 = 85; 85 mod 11 = 8 ✓
    '00000221700018',
  ])('accepts %s', (regon) => {
    expect(isValidRegon(regon)).toBe(true);
  });

  it.each([
    ['000002218', 'control digit changed'],
    ['000002227', 'body digit changed: 29+7 = 36 mod 11 = 3 ≠ 7'],
    ['000000031', 'remainder 10 needs control 0'],
    ['12345678512348', '14-digit control digit changed'],
    // 14-digit checksum alone is fine (260−30+36 = 266 mod 11 = 2) but the REGON-9 prefix
    // 123456786 is not (its control must be 5)
    ['12345678612342', 'valid 14-digit checksum, invalid 9-digit prefix'],
    ['00000221', 'too short'],
    ['0000022170', '10 digits'],
    ['00000221A', 'letter'],
    ['000-002-217', 'dashes are not stripped by the pure check'],
    ['', 'empty'],
  ])('rejects %s (%s)', (regon) => {
    expect(isValidRegon(regon)).toBe(false);
  });
});

describe('isValidPesel (weights 1,3,7,9,1,3,7,9,1,3; control = (10 − sum mod 10) mod 10)', () => {
  // All PESELs below are synthetic; none is known to belong to a real person.
  it.each([
    // 1944-05-14: 4+12+0+45+1+12+0+9+3+15 = 101 → (10−1) mod 10 = 9 ✓
    ['44051401359', '1900s'],
    // 2002-07-08 (month 27 = 7+20): 0+6+14+63+0+24+0+27+6+6 = 146 → 4 ✓
    ['02270803624', '2000s'],
    // 1902-07-08: 0+6+0+63+0+24+0+27+6+6 = 132 → 8 ✓
    ['02070803628', '1900s, commonly cited sample'],
    // 2000-02-29 (2000 is a leap year): 0+0+14+18+2+27+7+18+3+12 = 101 → 9 ✓
    ['00222912349', '29 Feb of a leap year'],
    // 1899-12-31 (month 92 = 12+80): 9+27+63+18+3+3+0+0+0+3 = 126 → 4 ✓
    ['99923100014', '1800s'],
    // 2101-01-01 (month 41 = 1+40): 0+3+28+9+0+3+7+18+3+12 = 83 → 7 ✓
    ['01410112347', '2100s'],
  ])('accepts %s (%s)', (pesel) => {
    expect(isValidPesel(pesel)).toBe(true);
  });

  it.each([
    // Sometimes quoted as a valid sample, but the body of 02270803624 sums to 146,
    // which requires control 4, not 8.
    ['02270803628', 'wrong checksum'],
    ['44051401358', 'control digit changed'],
    ['44051401369', 'body digit changed'],
    // Correct checksums, impossible dates:
    // 1999-02-30: 9+27+0+18+3+0+7+18+3+12 = 97 → 3
    ['99023012343', '30 February'],
    // 1900-02-29 (1900 not a leap year): 0+0+0+18+2+27+7+18+3+12 = 87 → 3
    ['00022912343', '29 Feb 1900'],
    // 2001-02-29: 0+3+14+18+2+27+7+18+3+12 = 104 → 6
    ['01222912346', '29 Feb 2001'],
    // 2005-04-31: 0+15+14+36+3+3+7+18+3+12 = 111 → 9
    ['05243112349', '31 April'],
    // month 13: 9+0+7+27+0+3+7+18+3+12 = 86 → 4
    ['90130112344', 'month 13'],
    // month 00: 9+0+0+0+0+3+7+18+3+12 = 52 → 8
    ['90000112348', 'month 00'],
    ['4405140135', 'too short'],
    ['440514013590', 'too long'],
    ['4405140135X', 'letter'],
    ['', 'empty'],
  ])('rejects %s (%s)', (pesel) => {
    expect(isValidPesel(pesel)).toBe(false);
  });
});

describe('isValidPostalCode', () => {
  it.each([
    ['00-950', true],
    ['31-004', true],
    ['00950', false],
    ['00-95', false],
    ['0-0950', false],
    ['00 950', false],
    ['ab-cde', false],
    [' 00-950', false],
  ])('%j → %s', (code, expected) => {
    expect(isValidPostalCode(code)).toBe(expected);
  });
});

describe('isValidTerytGmina', () => {
  it.each([
    ['1465011', true, 'Warszawa, gmina miejska'],
    ['1261011', true, 'Kraków'],
    ['0201022', true, 'RODZ 2 (gmina wiejska)'],
    ['0201033', true, 'RODZ 3 (gmina miejsko-wiejska)'],
    ['3201011', true, 'woj. 32 (zachodniopomorskie)'],
    ['0201044', false, 'RODZ 4 is the town part of a gmina'],
    ['0201055', false, 'RODZ 5 is the rural part of a gmina'],
    ['1465118', false, 'RODZ 8 is a Warsaw district'],
    ['0101011', false, 'odd województwo code'],
    ['0001011', false, 'województwo 00'],
    ['3401011', false, 'województwo 34 does not exist'],
    ['0200011', false, 'powiat 00'],
    ['0201001', false, 'gmina 00'],
    ['146501', false, 'too short'],
    ['14650111', false, 'too long'],
    ['14650l1', false, 'letter'],
  ])('%s → %s (%s)', (code, expected) => {
    expect(isValidTerytGmina(code)).toBe(expected);
  });
});

describe('maskPesel', () => {
  it.each([
    ['44051401359', '*******1359'],
    ['440 514 01359', '*******1359'],
    ['1234', '****'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(maskPesel(input)).toBe(expected);
  });
});

describe('requiredText', () => {
  it('trims the value', () => {
    expect(parsed(requiredText(10), '  Jan  ')).toBe('Jan');
  });

  it.each(['', '   ', undefined, null])('requires a value (%j)', (input) => {
    expect(firstError(requiredText(10), input)).toBe('To pole jest wymagane.');
  });

  it.each([
    [1, 'Maksymalnie 1 znak.'],
    [3, 'Maksymalnie 3 znaki.'],
    [5, 'Maksymalnie 5 znaków.'],
    [12, 'Maksymalnie 12 znaków.'],
    [22, 'Maksymalnie 22 znaki.'],
    [LIMITS.shortText, 'Maksymalnie 200 znaków.'],
    [LIMITS.city, 'Maksymalnie 100 znaków.'],
    [LIMITS.reason, 'Maksymalnie 1000 znaków.'],
  ])('max %i → %j', (max, message) => {
    const schema = requiredText(max);
    expect(parsed(schema, 'a'.repeat(max))).toBe('a'.repeat(max));
    expect(firstError(schema, 'a'.repeat(max + 1))).toBe(message);
  });

  it('measures length after trimming', () => {
    expect(parsed(requiredText(3), '  abc  ')).toBe('abc');
  });

  it('accepts markup as plain text (escaping is the renderer’s job)', () => {
    const input = '<script>alert("x")</script>';
    expect(parsed(requiredText(LIMITS.shortText), input)).toBe(input);
  });

  it('keeps Polish diacritics intact', () => {
    expect(parsed(requiredText(50), 'Zażółć gęślą jaźń')).toBe('Zażółć gęślą jaźń');
  });

  it('attaches the optional label as description', () => {
    expect(requiredText(10, 'Nazwa').description).toBe('Nazwa');
  });
});

describe('optionalText', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    ['  uwagi  ', 'uwagi'],
  ])('%j → %j', (input, expected) => {
    expect(parsed(optionalText(10), input)).toBe(expected);
  });

  it('reports the max length with plural', () => {
    expect(firstError(optionalText(LIMITS.longText), 'a'.repeat(5001))).toBe(
      'Maksymalnie 5000 znaków.',
    );
    expect(firstError(optionalText(24), 'a'.repeat(25))).toBe('Maksymalnie 24 znaki.');
  });
});

describe('emailField', () => {
  it('trims and lowercases', () => {
    expect(parsed(emailField, '  Jan.Kowalski@Gmina.GOV.pl ')).toBe('jan.kowalski@gmina.gov.pl');
  });

  it.each(['jan', 'jan@', '@gmina.pl', 'jan kowalski@gmina.pl', 'jan@gmina'])(
    'rejects %j',
    (input) => {
      expect(firstError(emailField, input)).toBe('Podaj poprawny adres e-mail.');
    },
  );

  it.each(['', '  ', undefined])('requires a value (%j)', (input) => {
    expect(firstError(emailField, input)).toBe('To pole jest wymagane.');
  });

  it('limits length to 254 characters', () => {
    const tooLong = `${'a'.repeat(64)}@${'b'.repeat(187)}.pl`; // 64 + 1 + 187 + 3 = 255 chars
    expect(tooLong).toHaveLength(255);
    expect(firstError(emailField, tooLong)).toBe('Maksymalnie 254 znaki.');
  });
});

describe('passwordField', () => {
  it.each(['', 'krótkie', '123456789'])('rejects %j as too short', (input) => {
    expect(firstError(passwordField, input)).toBe('Hasło musi mieć co najmniej 10 znaków.');
  });

  it('accepts 10 characters and keeps surrounding spaces', () => {
    expect(parsed(passwordField, 'abcdefghij')).toBe('abcdefghij');
    expect(parsed(passwordField, ' hasło 2024 ')).toBe(' hasło 2024 ');
  });

  it('rejects more than 128 characters', () => {
    expect(parsed(passwordField, 'x'.repeat(128))).toHaveLength(128);
    expect(firstError(passwordField, 'x'.repeat(129))).toBe(
      'Hasło może mieć maksymalnie 128 znaków.',
    );
  });
});

describe('postalCodeField', () => {
  it('accepts and trims', () => {
    expect(parsed(postalCodeField, ' 00-950 ')).toBe('00-950');
  });

  it.each(['00950', '0-0950', 'ab-cde', '00-9500'])('rejects %j', (input) => {
    expect(firstError(postalCodeField, input)).toBe('Kod pocztowy w formacie 00-000.');
  });

  it('requires a value', () => {
    expect(firstError(postalCodeField, '')).toBe('To pole jest wymagane.');
  });
});

describe('optionalNipField', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    ['5260250274', '5260250274'],
    [' 526-025-02-74 ', '5260250274'],
    ['526 025 02 74', '5260250274'],
  ])('%j → %j', (input, expected) => {
    expect(parsed(optionalNipField, input)).toBe(expected);
  });

  it.each([
    ['5260250275', 'Nieprawidłowy NIP — sprawdź cyfry (suma kontrolna się nie zgadza).'],
    ['5210000300', 'Nieprawidłowy NIP — sprawdź cyfry (suma kontrolna się nie zgadza).'],
    ['526025027', 'NIP musi składać się z 10 cyfr.'],
    ['PL5260250274', 'NIP musi składać się z 10 cyfr.'],
  ])('%j → %j', (input, message) => {
    expect(firstError(optionalNipField, input)).toBe(message);
  });
});

describe('optionalRegonField', () => {
  it.each([
    ['', undefined],
    [undefined, undefined],
    ['000002217', '000002217'],
    ['000 002 217', '000002217'],
    ['12345678512347', '12345678512347'],
  ])('%j → %j', (input, expected) => {
    expect(parsed(optionalRegonField, input)).toBe(expected);
  });

  it.each([
    ['000002218', 'Nieprawidłowy REGON — sprawdź cyfry (suma kontrolna się nie zgadza).'],
    ['12345678612342', 'Nieprawidłowy REGON — sprawdź cyfry (suma kontrolna się nie zgadza).'],
    ['0000022170', 'REGON musi składać się z 9 lub 14 cyfr.'],
    ['00000221A', 'REGON musi składać się z 9 lub 14 cyfr.'],
  ])('%j → %j', (input, message) => {
    expect(firstError(optionalRegonField, input)).toBe(message);
  });
});

describe('optionalPeselField', () => {
  it.each([
    ['', undefined],
    [undefined, undefined],
    ['44051401359', '44051401359'],
    [' 02270803624 ', '02270803624'],
  ])('%j → %j', (input, expected) => {
    expect(parsed(optionalPeselField, input)).toBe(expected);
  });

  it.each([
    ['02270803628', 'Nieprawidłowy PESEL — sprawdź cyfry (suma kontrolna się nie zgadza).'],
    ['99023012343', 'Nieprawidłowy PESEL — zakodowana data urodzenia nie istnieje.'],
    ['4405140135', 'PESEL musi składać się z 11 cyfr.'],
    ['4405140135X', 'PESEL musi składać się z 11 cyfr.'],
  ])('%j → %j', (input, message) => {
    expect(firstError(optionalPeselField, input)).toBe(message);
  });
});

describe('terytGminaField', () => {
  it('accepts a gmina code', () => {
    expect(parsed(terytGminaField, ' 1465011 ')).toBe('1465011');
  });

  it.each(['0201044', '0101011', '146501'])('rejects %j', (input) => {
    expect(firstError(terytGminaField, input)).toBe(
      'Nieprawidłowy kod TERYT gminy (7 cyfr, np. 1465011).',
    );
  });

  it('requires a value', () => {
    expect(firstError(terytGminaField, '')).toBe('To pole jest wymagane.');
  });
});

describe('phoneField', () => {
  it.each([
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    ['+48 (22) 123-45-67', '+48 (22) 123-45-67'],
    [' 601 234 567 ', '601 234 567'],
  ])('%j → %j', (input, expected) => {
    expect(parsed(phoneField, input)).toBe(expected);
  });

  it.each(['tel. 601 234 567', '601/234/567', '+()-'])('rejects %j', (input) => {
    expect(firstError(phoneField, input)).toBe(
      'Podaj poprawny numer telefonu (cyfry, spacje oraz znaki + - ( )).',
    );
  });

  it('limits length to 30 characters', () => {
    expect(firstError(phoneField, '1'.repeat(31))).toBe('Maksymalnie 30 znaków.');
  });
});
