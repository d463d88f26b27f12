import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Form, REQUIRED_NOTE } from '../../components/forms/Form';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return name.endsWith('.tsx') ? [p] : [];
  });
}

/** A required marker: `required` on a component (our fields draw the asterisk), a CheckboxGroup (required unless told), or a hand-drawn asterisk. */
function hasRequiredMarker(text: string): boolean {
  if (/<span className="text-red-800">\s*\*<\/span>/.test(text)) return true;
  if (/<CheckboxGroup\b(?![^>]*required=\{false\})/.test(text)) return true;
  for (const m of text.matchAll(/\brequired\b(?!=\{false\})/g)) {
    const tagStart = text.lastIndexOf('<', m.index);
    if (tagStart >= 0 && /^<[A-Z]/.test(text.slice(tagStart, tagStart + 2))) return true;
  }
  return false;
}

/** Every `<form>…</form>` and `<Form>…</Form>` of a file, with the components of the same file it uses expanded one level. */
function formsOf(source: string) {
  const localComponents = new Map<string, string>();
  for (const m of source.matchAll(/^(?:export )?function ([A-Z]\w*)\b/gm)) {
    const next = source.slice(m.index + 1).search(/^(?:export )?function [A-Z]/m);
    localComponents.set(m[1], next < 0 ? source.slice(m.index) : source.slice(m.index, m.index + 1 + next));
  }
  const forms: { tag: 'form' | 'Form'; line: number; required: boolean }[] = [];
  for (const m of source.matchAll(/<(form|Form)\b/g)) {
    const tag = m[1] as 'form' | 'Form';
    const end = source.indexOf(`</${tag}>`, m.index);
    const body = source.slice(m.index, end < 0 ? undefined : end);
    const used = [...body.matchAll(/<([A-Z]\w*)/g)].map((u) => localComponents.get(u[1]) ?? '');
    forms.push({ tag, line: source.slice(0, m.index).split('\n').length, required: [body, ...used].some(hasRequiredMarker) });
  }
  return forms;
}

describe('the required-fields note', () => {
  it('Form puts the note first, before any field', () => {
    const html = renderToStaticMarkup(createElement(Form, { 'aria-label': 'Test', children: createElement('input', { name: 'x' }) }));
    expect(html).toMatch(new RegExp(`^<form aria-label="Test"><p[^>]*>${REQUIRED_NOTE.replace(/[()*]/g, '\\$&')}</p><input`));
  });

  it('every form in app/ and components/ with a required field is a Form (which shows the note)', () => {
    const files = ['app', 'components'].flatMap((d) => sources(path.join(root, d))).filter((f) => !f.endsWith(path.join('forms', 'Form.tsx')));
    const bare = files.flatMap((f) =>
      formsOf(readFileSync(f, 'utf8'))
        .filter((form) => form.tag === 'form' && form.required)
        .map((form) => `${path.relative(root, f)}:${form.line}`),
    );
    expect(bare).toEqual([]);
  });

  it('no page repeats the note by hand (Form shows it once)', () => {
    const files = ['app', 'components'].flatMap((d) => sources(path.join(root, d))).filter((f) => !f.endsWith(path.join('forms', 'Form.tsx')));
    const repeated = files.filter((f) => /pola oznaczone gwiazdką \(\*\) są wymagane\./i.test(readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
    expect(repeated).toEqual([]);
  });

  it('the scan recognises required fields, hand-drawn asterisks and fields in a local component', () => {
    expect(formsOf('<form><TextField name="a" required /></form>')[0].required).toBe(true);
    expect(formsOf('<form><TextField name="a" /></form>')[0].required).toBe(false);
    expect(formsOf('<form><input name="q" required /></form>')[0].required).toBe(false);
    expect(formsOf('<form><label>Plik<span className="text-red-800"> *</span></label></form>')[0].required).toBe(true);
    expect(formsOf('<form><CheckboxGroup name="a" required={false} /></form>')[0].required).toBe(false);
    expect(formsOf('function Fields() {\n  return <TextField required />;\n}\nexport function F() {\n  return <form><Fields /></form>;\n}\n')[0].required).toBe(true);
  });
});
