/** A piece of a post: plain text, or an http(s) link recognised in it. */
export type LinkPart = { type: 'text'; text: string } | { type: 'link'; text: string; href: string };

// A URL starts with http:// or https:// not glued to a preceding word, and runs to whitespace or a
// character that cannot appear unescaped in one.
const URL_RE = /(?<![\p{L}\p{N}_])https?:\/\/[^\s<>"]+/giu;
// Characters that end a sentence rather than a URL when they are its last.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', ')', ']', '}', '…', '*']);

const count = (s: string, c: string) => s.split(c).length - 1;

/** Drops trailing punctuation; a closing bracket stays when it closes one opened inside the URL. */
function trimUrl(url: string): string {
  let u = url;
  while (u.length > 0 && TRAILING.has(u[u.length - 1])) {
    const last = u[u.length - 1];
    const open = last === ')' ? '(' : last === ']' ? '[' : last === '}' ? '{' : null;
    if (open && count(u, open) >= count(u, last)) break;
    u = u.slice(0, -1);
  }
  return u;
}

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Splits plain text into text and http(s) link parts. Nothing else is interpreted: the parts are
 * rendered as React text nodes and <a> elements, so markup in a post is shown as typed.
 */
export function linkify(text: string): LinkPart[] {
  const parts: LinkPart[] = [];
  let pos = 0;
  const push = (t: string) => {
    if (!t) return;
    const prev = parts[parts.length - 1];
    if (prev?.type === 'text') prev.text += t;
    else parts.push({ type: 'text', text: t });
  };
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    const start = m.index;
    if (!isHttpUrl(url)) continue;
    push(text.slice(pos, start));
    parts.push({ type: 'link', text: url, href: url });
    pos = start + url.length;
  }
  push(text.slice(pos));
  return parts;
}
