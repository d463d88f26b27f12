import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldFrame } from '../../components/forms/fields';
import { byPolish, comparePl, inParentheses } from '../../lib/text';

describe('inParentheses: a remark in parentheses never nests another pair', () => {
  it.each([
    ['matka (klientka)', '(matka, klientka)'],
    ['dziadek (ojciec klientki)', '(dziadek, ojciec klientki)'],
    ['syn', '(syn)'],
    ['  córka  ', '(córka)'],
  ])('%s → %s', (relation, expected) => {
    expect(inParentheses(relation)).toBe(expected);
    expect(`Halina Zięba ${inParentheses(relation)}`).not.toMatch(/\([^)]*\(/);
  });
});

describe('Polish alphabetical order in JS', () => {
  it('puts Ł after L, Ś after S, Ż and Ź after Z, case aside', () => {
    const names = ['Zawady', 'Łomża', 'lubuskie', 'łódzkie', 'śląskie', 'Sokółka', 'Żary', 'źródło', 'zachodniopomorskie', 'małopolskie'];
    expect([...names].sort(comparePl)).toEqual(['lubuskie', 'Łomża', 'łódzkie', 'małopolskie', 'Sokółka', 'śląskie', 'zachodniopomorskie', 'Zawady', 'źródło', 'Żary']);
    expect([{ name: 'Łapy' }, { name: 'Zabłudów' }, { name: 'Lipsk' }].sort(byPolish((r) => r.name)).map((r) => r.name)).toEqual(['Lipsk', 'Łapy', 'Zabłudów']);
  });
});

describe('field layout', () => {
  it('puts the hint below the control, so that fields side by side keep their controls in line', () => {
    const html = renderToStaticMarkup(createElement(FieldFrame, { id: 'f', label: 'Kod pocztowy', hint: 'Np. 16-130', required: true, children: createElement('input', { id: 'f' }) }));
    expect(html.indexOf('<input')).toBeLessThan(html.indexOf('Np. 16-130'));
    expect(html.indexOf('<label')).toBeLessThan(html.indexOf('<input'));
  });
});
