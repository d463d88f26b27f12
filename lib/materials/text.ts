import { linkify, type LinkPart } from '@/lib/forum/linkify';
import { normalizeSearch } from '@/lib/services/normalize';

/*
 * e-szkoła's plain-text helpers (no database, safe for the browser): how a material's body is
 * shown, how typed tags are read, what a material is found by and which step pages list it.
 */

/** A block of a material's body, ready to render as React nodes (never as HTML). */
export type BodyBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; lines: LinkPart[][] }
  | { type: 'list'; items: LinkPart[][] };

const HEADING = /^##\s+(.*)$/;
const ITEM = /^[-•]\s+(.*)$/;

/**
 * The body as blocks: a line starting with "## " is a heading (h2), lines starting with "- " form a
 * bulleted list, other lines make paragraphs (a blank line ends one; a single line break stays a
 * break). http(s) addresses become links; nothing else is interpreted.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let current: BodyBlock | null = null;
  const flush = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = line === '##' ? ['##', ''] : HEADING.exec(line);
    const item = ITEM.exec(line.trimStart());
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      if (heading[1].trim()) blocks.push({ type: 'heading', text: heading[1].trim() });
    } else if (item) {
      if (current?.type !== 'list') flush();
      current ??= { type: 'list', items: [] };
      (current as Extract<BodyBlock, { type: 'list' }>).items.push(linkify(item[1]));
    } else {
      if (current?.type !== 'paragraph') flush();
      current ??= { type: 'paragraph', lines: [] };
      (current as Extract<BodyBlock, { type: 'paragraph' }>).lines.push(linkify(line.trim()));
    }
  }
  flush();
  return blocks;
}

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/**
 * Tags typed comma-separated (a semicolon or a line break also separates): trimmed, inner spaces
 * collapsed, empty ones dropped, and the same tag twice (ignoring case and Polish letters) kept once,
 * as first written. "rodzina, Rodzina ,, współpraca" → ["rodzina", "współpraca"].
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const tag = part.replace(/\s+/g, ' ').trim();
    const key = normalizeSearch(tag);
    if (!tag || !key || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** Tags back into the form's text field. */
export const tagsText = (tags: readonly string[]) => tags.join(', ');

/** What a material is found by: title, summary, tags and body, without Polish letters or case. */
export function materialSearchText(m: { title: string; summary: string; body: string; tags: readonly string[] }): string {
  return normalizeSearch([m.title, m.summary, m.tags.join(' '), m.body].join(' '));
}

/** Step codes that belong to step `number` of the model: the step itself ("4") and its sub-steps ("4.1"). */
export function codesOfStep(number: number, codes: readonly string[]): string[] {
  const n = String(number);
  return codes.filter((c) => c === n || c.startsWith(`${n}.`));
}

/** Orders step codes as the model does: "4" < "6.1" < "6.2" < "10.1". */
export function compareStepCodes(a: string, b: string): number {
  const [a1, a2 = 0] = a.split('.').map(Number);
  const [b1, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}
