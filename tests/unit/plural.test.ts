import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { count, plural, pluralCategory, thereIs, VERBS, WORDS, type Forms } from '../../lib/plural';

// Written out by hand from the rule (1 / 2–4 except 12–14 / the rest), not computed.
const CATEGORY: [number, 0 | 1 | 2][] = [
  [0, 2],
  [1, 0],
  [2, 1],
  [4, 1],
  [5, 2],
  [12, 2],
  [13, 2],
  [14, 2],
  [21, 2],
  [22, 1],
  [25, 2],
  [112, 2],
  [122, 1],
];

describe('pluralCategory', () => {
  it.each(CATEGORY)('%i → form %i', (n, form) => {
    expect(pluralCategory(n)).toBe(['one', 'few', 'many'][form]);
  });
});

describe('every counted word', () => {
  const words = Object.entries(WORDS) as [string, Forms][];
  it.each(words)('%s counts 0, 1, 2, 4, 5, 12–14, 21, 22, 25, 112', (_key, forms) => {
    for (const [n, form] of CATEGORY) expect(count(n, forms)).toBe(`${n} ${forms[form]}`);
  });
  it.each(words)('%s has three distinct non-empty forms where Polish has them', (_key, forms) => {
    for (const f of forms) expect(f.trim()).not.toBe('');
    expect(forms[0]).not.toBe(forms[2]);
  });
});

describe('count sentences', () => {
  it.each([
    [1, WORDS.goodPractice, 'jest 1 dobra praktyka'],
    [2, WORDS.material, 'są 2 materiały'],
    [3, WORDS.service, 'są 3 usługi'],
    [5, WORDS.service, 'jest 5 usług'],
    [0, WORDS.service, 'jest 0 usług'],
    [12, WORDS.goodPractice, 'jest 12 dobrych praktyk'],
    [22, WORDS.material, 'są 22 materiały'],
    [112, WORDS.material, 'jest 112 materiałów'],
  ] as const)('thereIs(%i) → %s', (n, forms, expected) => {
    expect(thereIs(n, forms)).toBe(expected);
  });

  it('the waiting verb agrees with its subject', () => {
    expect(`${count(1, WORDS.accountRequest)} ${plural(1, VERBS.waits)}`).toBe('1 wniosek o konto czeka');
    expect(`${count(3, WORDS.gminaNotification)} ${plural(3, VERBS.waits)}`).toBe('3 zgłoszenia gmin czekają');
    expect(`${count(13, WORDS.gmina)} ${plural(13, VERBS.implements)}`).toBe('13 gmin wdraża');
  });

  it('finds in the accusative', () => {
    expect(`Znaleziono ${count(1, WORDS.goodPracticeAcc)}`).toBe('Znaleziono 1 dobrą praktykę');
    expect(`Znaleziono ${count(1, WORDS.serviceAcc)}`).toBe('Znaleziono 1 usługę');
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('no hand-made count sentences in app/, components/, lib/', () => {
  const root = path.resolve(__dirname, '../..');
  const files = ['app', 'components', 'lib'].flatMap((d) => sources(path.join(root, d))).filter((f) => !f.endsWith(path.join('lib', 'plural.ts')));
  const offending = (re: RegExp) =>
    files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (re.test(line) ? [`${path.relative(root, f)}:${i + 1}: ${line.trim()}`] : [])),
    );

  it('plural() takes its forms from WORDS or VERBS, never from literals', () => {
    expect(offending(/\bplural\([^,()]+(\([^()]*\))?[^,()]*,\s*['"`]/)).toEqual([]);
  });

  it('a verb is never typed before a counted number ("jest {n} …" — use thereIs)', () => {
    expect(offending(/\b(jest|są|Jest|Są)(['"`]\})?\s*(\$\{|\{)(?!['"`])/)).toEqual([]);
  });

  it('a number is never followed by a typed plural form ("${n} lat", "{n} dni" — use count)', () => {
    const forms = 'lat|latach|godzin|miesięcy|minut|dni|osób|znaków|usług|gmin|spraw|rodzin|instytucji|zadań|celów|członków|uczestników|spotkań|wierszy|plików|dokumentów|stron|pozycji|praktyk|materiałów';
    expect(offending(new RegExp(`\\{[^{}]+\\}\\s(${forms})\\b`))).toEqual([]);
  });

  it('there is one plural rule: no other module defines or imports one', () => {
    expect(offending(/function plural\b|const plural\s*=/)).toEqual([]);
    expect(offending(/import \{[^}]*\bplural\b[^}]*\} from '(?!@\/lib\/plural')/)).toEqual([]);
  });
});
