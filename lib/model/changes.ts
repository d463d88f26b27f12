/**
 * What a change to the national model changes, field by field (before → after), and its one-line
 * summary. Pure: the proposal pages, the domain and the demo data share it.
 */
export interface Change {
  /** The element that changes, e.g. "Nazwa", "§ 3. Przedmiot porozumienia". */
  label: string;
  /** The same in the genitive, for the summary: "nazwy", "terminów". */
  topic: string;
  before: string;
  after: string;
}

export const SUMMARY_MAX = 300;

/** "a", "a i b", "a, b i c". */
function joinPolish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} i ${items.at(-1)}`;
}

/** "Podkrok 6.3 (gminy wiejskie): zmiana terminów i listy kontrolnej". */
export function changeSummary(subject: string, changes: Change[]): string {
  const topics = [...new Set(changes.map((c) => c.topic))];
  const text = `${subject}: zmiana ${joinPolish(topics)}`;
  return text.length <= SUMMARY_MAX ? text : `${text.slice(0, SUMMARY_MAX - 1)}…`;
}

/** A change for each field whose value differs. */
export function fieldChanges(fields: { label: string; topic: string; before: string; after: string }[]): Change[] {
  return fields.filter((f) => f.before !== f.after);
}

/**
 * Changes between two lists of keyed items (template paragraphs, fields, parties): changed,
 * added and removed items, and a change of their order.
 */
export function listChanges<T>(
  before: T[],
  after: T[],
  opts: { key: (x: T) => string; render: (x: T) => string; label: (x: T, position: number) => string; topic: string; orderLabel: string },
): Change[] {
  const out: Change[] = [];
  const old = new Map(before.map((x) => [opts.key(x), x]));
  const now = new Set(after.map(opts.key));
  after.forEach((x, i) => {
    const was = old.get(opts.key(x));
    const text = opts.render(x);
    if (!was) out.push({ label: `${opts.label(x, i)} (nowy)`, topic: opts.topic, before: '—', after: text });
    else if (opts.render(was) !== text) out.push({ label: opts.label(x, i), topic: opts.topic, before: opts.render(was), after: text });
  });
  before.forEach((x, i) => {
    if (!now.has(opts.key(x))) out.push({ label: `${opts.label(x, i)} (usunięty)`, topic: opts.topic, before: opts.render(x), after: '—' });
  });
  const kept = (xs: T[], other: Set<string>) => xs.filter((x) => other.has(opts.key(x)));
  const orderBefore = kept(before, now);
  const orderAfter = kept(after, new Set(old.keys()));
  if (orderBefore.map(opts.key).join('\n') !== orderAfter.map(opts.key).join('\n')) {
    const list = (xs: T[]) => xs.map((x, i) => opts.label(x, i)).join('\n');
    out.push({ label: opts.orderLabel, topic: opts.topic, before: list(orderBefore), after: list(orderAfter) });
  }
  return out;
}
