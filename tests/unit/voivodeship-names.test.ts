import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inVoivodeship, ofVoivodeship, VOIVODESHIP_FORMS, voivodeshipForms } from '../../lib/territory/voivodeship-names';

describe('voivodeship names in their cases', () => {
  it('lists exactly the voivodeships of the TERC register, under their codes and names', () => {
    const csv = readFileSync(path.resolve(__dirname, '../../db/data/terc-2024-01-01.csv'), 'utf8');
    const register = Object.fromEntries(
      csv
        .split('\n')
        .map((l) => l.split(';'))
        .filter((c) => c[5] === 'województwo')
        .map((c) => [c[0], c[4].toLocaleLowerCase('pl')]),
    );
    expect(Object.fromEntries(Object.entries(VOIVODESHIP_FORMS).map(([k, f]) => [k, f.nominative]))).toEqual(register);
  });

  it.each([
    ['podlaskie', 'województwa podlaskiego', 'w województwie podlaskim'],
    ['łódzkie', 'województwa łódzkiego', 'w województwie łódzkim'],
    ['kujawsko-pomorskie', 'województwa kujawsko-pomorskiego', 'w województwie kujawsko-pomorskim'],
    ['śląskie', 'województwa śląskiego', 'w województwie śląskim'],
  ])('%s → %s, %s', (name, genitive, locative) => {
    expect(ofVoivodeship(name)).toBe(genitive);
    expect(inVoivodeship(name)).toBe(locative);
  });

  it('every entry is an adjective in -ie with -iego / -im', () => {
    for (const f of Object.values(VOIVODESHIP_FORMS)) {
      expect(f.genitive).toBe(f.nominative.replace(/ie$/, 'iego'));
      expect(f.locative).toBe(f.nominative.replace(/ie$/, 'im'));
    }
  });

  it('declines a name not in the list (test data) the same way', () => {
    expect(voivodeshipForms('testowe')).toEqual({ nominative: 'testowe', genitive: 'testowego', locative: 'testowym' });
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('no voivodeship name pasted after a declined "województwa"/"województwie"', () => {
  it('app/, components/ and lib/ decline it through ofVoivodeship / inVoivodeship', () => {
    const root = path.resolve(__dirname, '../..');
    const files = ['app', 'components', 'lib'].flatMap((d) => sources(path.join(root, d))).filter((f) => !f.endsWith('voivodeship-names.ts'));
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/(województwa|województwie)\s*['"`]?\s*\}?\s*\$?\{/.test(line) ? [`${path.relative(root, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});
