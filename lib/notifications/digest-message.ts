import { groupInbox } from '@/lib/inbox/group';
import type { InboxItem, InboxSource } from '@/lib/inbox/types';
import { WORDS, count } from '@/lib/plural';
import { formatDate } from '@/lib/text';
import type { DuePeriod } from './digest-rules';
import { addDays } from '@/lib/model/dates';
import { FOOTER, appUrl, type Message } from './outbox';

/**
 * What an inbox item is, in the e-mail. The item's own `what` is never used: for case work it may
 * quote an IPP task or a note (family data), and a request may name its author; a fixed label per
 * source, the place (gmina / PZK / case number) and the link say enough to open it.
 */
export const DIGEST_SOURCE_LABELS: Record<InboxSource, string> = {
  schedule: 'Krok harmonogramu wdrożenia',
  occurrence: 'Zadanie cykliczne harmonogramu',
  meeting: 'Spotkanie zespołu do zaplanowania',
  minutes: 'Protokół spotkania do opublikowania',
  decision: 'Ustalenie ze spotkania dla Ciebie lub Twojej instytucji',
  ipp_task: 'Zadanie z IPP Twojej instytucji',
  ipp_task_update: 'Nowa informacja o realizacji zadania z IPP',
  zzk_decision: 'Ustalenie spotkania zespołu sprawy (ZZK) do wykonania',
  case_reminder: 'Przypomnienie w sprawie',
  document: 'Dokument czekający na Twoją stronę',
  account_request: 'Wniosek o konto do rozpatrzenia',
  membership_proposal: 'Propozycja członkostwa w zespole do rozpatrzenia',
  practice_proposal: 'Propozycja dobrej praktyki do rozpatrzenia',
  notification: 'Zgłoszenie do rozpatrzenia',
  model_proposal: 'Propozycja zmiany modelu do rozpatrzenia',
  evaluation: 'Pytanie ewaluacyjne zespołu bez odpowiedzi',
  data_request: 'Żądanie osoby (RODO) do rozpatrzenia w terminie',
};

/** An event kept for the digest (digest_items): its subject and link. */
export interface DigestChange {
  subject: string;
  link: string;
}

/** At most this many items of each inbox group, and of changes, are listed; the rest are counted. */
export const DIGEST_LIST_LIMIT = 15;

const line = (i: InboxItem) => {
  const label = DIGEST_SOURCE_LABELS[i.source] ?? 'Sprawa do załatwienia';
  const due = i.dueOn ? `termin ${formatDate(i.dueOn)}` : 'bez terminu';
  return `- ${label} — ${i.where} — ${due}\n  ${appUrl(i.href)}`;
};

const more = (n: number) => (n > 0 ? [`  … i jeszcze: ${n}`] : []);

/**
 * The digest e-mail: the person's "Moja praca" counted and listed by group (labels, places, dates
 * and links — never an item's text), then what changed in their teams since the last digest.
 */
export function composeDigest(due: DuePeriod, today: string, inbox: InboxItem[], changes: DigestChange[]): Message {
  const title = due.period === 'daily' ? `Podsumowanie dnia ${formatDate(due.from)}` : `Podsumowanie tygodnia ${formatDate(due.from)}–${formatDate(addDays(due.from, 6))}`;
  const groups = groupInbox(inbox, today);
  const out: string[] = [`${title}`, ''];
  out.push('MOJA PRACA');
  if (inbox.length === 0) out.push('Nie masz teraz nic do zrobienia na platformie.');
  else {
    out.push(`Do zrobienia: ${count(inbox.length, WORDS.task)} (${groups.map((g) => `${g.label.toLowerCase()}: ${g.items.length}`).join(', ')}).`);
    for (const g of groups) {
      if (!g.items.length) continue;
      out.push('', `${g.label}:`, ...g.items.slice(0, DIGEST_LIST_LIMIT).map(line), ...more(g.items.length - DIGEST_LIST_LIMIT));
    }
    out.push('', `Pełna lista: ${appUrl('/pulpit')}`);
  }
  out.push('', 'CO SIĘ ZMIENIŁO W TWOICH ZESPOŁACH OD OSTATNIEGO PODSUMOWANIA');
  if (changes.length === 0) out.push('Nic nowego.');
  else out.push(...changes.slice(0, DIGEST_LIST_LIMIT * 2).map((c) => (c.link ? `- ${c.subject}\n  ${c.link}` : `- ${c.subject}`)), ...more(changes.length - DIGEST_LIST_LIMIT * 2));
  out.push('', `Jak i kiedy dostajesz podsumowania: ${appUrl('/konto/powiadomienia')}`);
  return { subject: `${title} — Platforma Modelu Kooperacji`, body: out.join('\n') + FOOTER };
}
