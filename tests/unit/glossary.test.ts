import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** The "Nie piszemy" column of docs/glossary.md: every `code` span in the table's third column. */
function bannedVariants(): string[] {
  const md = readFileSync(path.join(root, 'docs/glossary.md'), 'utf8');
  return md
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('| ---') && !l.startsWith('| Pojęcie'))
    .flatMap((l) => {
      const cells = l.split('|').slice(1, -1);
      return [...(cells[2] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    });
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('docs/glossary.md: one word per thing', () => {
  const banned = bannedVariants();

  it('lists the banned variants (the table is read)', () => {
    expect(banned).toEqual(expect.arrayContaining(['konto osoby', 'Zespoły PZK', 'ds. Modelu', 'Kalkulator Społeczny', 'Animator OPS', 'nie rozpoczęty']));
  });

  it('no text in app/, components/, lib/ or the README uses a banned variant', () => {
    const files = [...['app', 'components', 'lib'].flatMap((d) => sources(path.join(root, d))), path.join(root, 'README.md')];
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => banned.filter((b) => line.includes(b)).map((b) => `${path.relative(root, f)}:${i + 1}: „${b}”`)),
    );
    expect(hits).toEqual([]);
  });

  it('the demo data shown in the UI follows it too (agreement templates excepted: "Model" is a defined term there)', () => {
    const files = ['catalogue-data.ts', 'demo.ts', 'demo-cases.ts', 'demo-school.ts', 'demo-practices.ts', 'demo-evaluation.ts'].map((f) => path.join(root, 'db/seed', f));
    const hits = files.flatMap((f) => banned.filter((b) => readFileSync(f, 'utf8').includes(b)).map((b) => `${path.relative(root, f)}: „${b}”`));
    expect(hits).toEqual([]);
  });
});
