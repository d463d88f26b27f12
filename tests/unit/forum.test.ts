import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PostBody } from '@/components/forum/PostBody';
import { linkify } from '@/lib/forum/linkify';
import { postSchema, threadSchema } from '@/lib/forum/schemas';

const link = (href: string) => ({ type: 'link', text: href, href });
const text = (t: string) => ({ type: 'text', text: t });

describe('linkify', () => {
  it.each([
    ['plain text only', [text('plain text only')]],
    ['', []],
    ['http://example.com', [link('http://example.com')]],
    ['Zobacz https://gov.pl/web/rodzina?x=1&y=2#a tutaj', [text('Zobacz '), link('https://gov.pl/web/rodzina?x=1&y=2#a'), text(' tutaj')]],
    ['Strona: https://example.com.', [text('Strona: '), link('https://example.com'), text('.')]],
    ['https://a.pl, https://b.pl; i tyle', [link('https://a.pl'), text(', '), link('https://b.pl'), text('; i tyle')]],
    ['(zob. https://example.com/doc)', [text('(zob. '), link('https://example.com/doc'), text(')')]],
    ['https://pl.wikipedia.org/wiki/Kooperacja_(socjologia)', [link('https://pl.wikipedia.org/wiki/Kooperacja_(socjologia)')]],
    ['(https://pl.wikipedia.org/wiki/A_(b)).', [text('('), link('https://pl.wikipedia.org/wiki/A_(b)'), text(').')]],
    ['Czy https://example.com/?', [text('Czy '), link('https://example.com/'), text('?')]],
    ['HTTPS://EXAMPLE.COM', [link('HTTPS://EXAMPLE.COM')]],
    ['wiersz 1\nhttps://a.pl\nwiersz 3', [text('wiersz 1\n'), link('https://a.pl'), text('\nwiersz 3')]],
  ])('%j', (input, expected) => {
    expect(linkify(input)).toEqual(expected);
  });

  it('links only http and https', () => {
    for (const s of ['javascript:alert(1)', 'JavaScript://example.com/%0Aalert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com', 'mailto:a@b.pl', 'www.example.com', 'xhttps://example.com', 'https://', 'http:// spacja']) {
      expect(linkify(s).every((p) => p.type === 'text'), s).toBe(true);
      expect(linkify(s).map((p) => p.text).join('')).toBe(s);
    }
  });

  it('keeps markup as text, around links too', () => {
    expect(linkify('<b>pogrubienie</b> <script>alert(1)</script>')).toEqual([text('<b>pogrubienie</b> <script>alert(1)</script>')]);
    expect(linkify('<a href="https://zly.pl">klik</a>')).toEqual([text('<a href="'), link('https://zly.pl'), text('">klik</a>')]);
    expect(linkify('https://a.pl/<script>')).toEqual([link('https://a.pl/'), text('<script>')]);
  });

  it('loses no character of the text', () => {
    const s = 'Spotkanie (https://meet.example.com/abc-def), potem https://a.pl/x?y=1. Koniec!';
    expect(linkify(s).map((p) => p.text).join('')).toBe(s);
  });
});

describe('forum schemas', () => {
  it('trim, require and bound the texts, with Polish messages for every field', () => {
    const r = threadSchema.safeParse({ title: '   ', body: 'x'.repeat(10_001) });
    expect(r.success).toBe(false);
    const errors = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(errors).toEqual({ title: 'To pole jest wymagane.', body: 'Maksymalnie 10000 znaków.' });
    expect(threadSchema.parse({ title: ' Tytuł ', body: ' <b>treść</b> ' })).toEqual({ title: 'Tytuł', body: '<b>treść</b>' });
    expect(threadSchema.safeParse({ title: 'x'.repeat(201), body: 'x' }).success).toBe(false);
    expect(postSchema.parse({ threadId: '7', body: 'ok' })).toEqual({ threadId: 7, body: 'ok' });
  });
});

describe('PostBody', () => {
  it('renders markup as text and only http(s) addresses as links', () => {
    const html = renderToStaticMarkup(createElement(PostBody, { text: '<script>alert(1)</script> javascript:alert(1) https://example.com/a?b=1&c=2.' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) ');
    expect(html).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow"');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toMatch(/<\/a>\.<\/div>$/);
  });
});
