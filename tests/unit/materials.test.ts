import { describe, expect, it } from 'vitest';
import { bodyBlocks, codesOfStep, compareStepCodes, materialSearchText, parseTags, tagsText } from '@/lib/materials/text';
import { materialSchema } from '@/lib/materials/schemas';
import { itemsOf, practiceSearchText } from '@/lib/practices/text';

describe('material body', () => {
  it('turns "## " lines into headings, URLs into links, "- " lines into lists', () => {
    const blocks = bodyBlocks('## Wstęp\nPierwsza linia,\nzobacz https://example.org/a.\n\n- punkt pierwszy\n- punkt https://x.pl\n##Nie nagłówek\n## ');
    expect(blocks).toEqual([
      { type: 'heading', text: 'Wstęp' },
      {
        type: 'paragraph',
        lines: [
          [{ type: 'text', text: 'Pierwsza linia,' }],
          [
            { type: 'text', text: 'zobacz ' },
            { type: 'link', text: 'https://example.org/a', href: 'https://example.org/a' },
            { type: 'text', text: '.' },
          ],
        ],
      },
      {
        type: 'list',
        items: [
          [{ type: 'text', text: 'punkt pierwszy' }],
          [
            { type: 'text', text: 'punkt ' },
            { type: 'link', text: 'https://x.pl', href: 'https://x.pl' },
          ],
        ],
      },
      { type: 'paragraph', lines: [[{ type: 'text', text: '##Nie nagłówek' }]] },
    ]);
  });

  it('keeps markup as text and handles Windows line ends', () => {
    expect(bodyBlocks('<b>x</b>\r\n## Tytuł\r\n')).toEqual([
      { type: 'paragraph', lines: [[{ type: 'text', text: '<b>x</b>' }]] },
      { type: 'heading', text: 'Tytuł' },
    ]);
    expect(bodyBlocks('\n\n')).toEqual([]);
  });
});

describe('tags', () => {
  it('splits on commas, trims, drops empty and repeated tags (ignoring case and Polish letters)', () => {
    expect(parseTags(' rodzina,  Rodzina ,, współpraca ; wspolpraca\nszkolenie   podstawowe ')).toEqual(['rodzina', 'współpraca', 'szkolenie podstawowe']);
    expect(parseTags('')).toEqual([]);
    expect(tagsText(['a', 'b'])).toBe('a, b');
  });

  it('the form schema parses tags and limits them', () => {
    const ok = materialSchema.parse({ title: 'T', body: 'B', visibility: 'public', tags: 'a, b, a', steps: '4' });
    expect(ok.tags).toEqual(['a', 'b']);
    expect(ok.steps).toEqual(['4']);
    expect(materialSchema.safeParse({ title: 'T', body: 'B', visibility: 'public', tags: 'x'.repeat(51) }).success).toBe(false);
    expect(materialSchema.safeParse({ title: 'T', body: 'B', visibility: 'public', tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(',') }).success).toBe(false);
    expect(materialSchema.safeParse({ title: 'T', body: 'B', visibility: 'secret' }).success).toBe(false);
  });
});

describe('search text and steps', () => {
  it('normalises Polish letters', () => {
    expect(materialSearchText({ title: 'Współpraca', summary: 'Łódź', body: '## Źródła', tags: ['Rodzina'] })).toBe('wspolpraca lodz rodzina zrodla');
    expect(practiceSearchText({ name: 'Żółw', level: '', area: '', description: '', conditions: '', process: ['Krok'], solution: '', swotStrengths: '', swotWeaknesses: '', swotOpportunities: '', swotThreats: '', measures: '', contact: '' })).toBe('zolw krok');
  });

  it('finds the codes of a step and orders codes as the model does', () => {
    const codes = ['10.1', '4', '6.1', '6.2', '1.1', '7.2'];
    expect(codesOfStep(6, codes)).toEqual(['6.1', '6.2']);
    expect(codesOfStep(1, codes)).toEqual(['1.1']);
    expect(codesOfStep(4, codes)).toEqual(['4']);
    expect([...codes].sort(compareStepCodes)).toEqual(['1.1', '4', '6.1', '6.2', '7.2', '10.1']);
  });

  it('splits SWOT and measures into items without their numbers', () => {
    expect(itemsOf('1. Pierwsze\n\n2) Drugie\n- Trzecie\nCzwarte 5. nie')).toEqual(['Pierwsze', 'Drugie', 'Trzecie', 'Czwarte 5. nie']);
  });
});
