import 'server-only';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { EventEmailKind } from '@/lib/notifications/kinds';
import { appUrl } from '@/lib/notifications/outbox';
import { formatDateTime } from '@/lib/text';

/*
 * E-mails of the calendar. The outbox sends plain text without attachments, so the event's
 * calendar file (.ics) is a link (/wydarzenia/<id>/wydarzenie.ics), next to the event's page and,
 * for a registration, the cancellation link. People registered need no account: no opt-outs apply.
 */

const FOOTER = '\n\n—\nWiadomość z Platformy Modelu Kooperacji, wysłana w związku z wydarzeniem z kalendarza województwa.';

export interface MailEvent {
  id: number;
  voivodeshipId: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  onlineUrl: string;
}

export const eventPath = (id: number) => `/wydarzenia/${id}`;
export const icsPath = (id: number) => `/wydarzenia/${id}/wydarzenie.ics`;
export const cancelPath = (token: string) => `/wydarzenia/rezygnacja/${token}`;

function eventLines(e: MailEvent) {
  const where = [e.place, e.onlineUrl].filter(Boolean).join(' — ');
  return [`Wydarzenie: ${e.title}`, `Termin: ${formatDateTime(e.startsAt)} – ${formatDateTime(e.endsAt)}`, ...(where ? [`Miejsce: ${where}`] : []), '', `Strona wydarzenia: ${appUrl(eventPath(e.id))}`, `Dodaj do kalendarza (plik .ics): ${appUrl(icsPath(e.id))}`];
}

async function send(tx: DbOrTx, e: MailEvent, toEmail: string, kind: EventEmailKind, subject: string, body: string) {
  await tx.insert(emailOutbox).values({ voivodeshipId: e.voivodeshipId, toEmail, toUserId: null, kind, subject: subject.slice(0, 300), body: body + FOOTER });
}

/** After the form: a confirmed place or the waiting list, with the cancellation link. */
export function registrationMail(tx: DbOrTx, e: MailEvent, to: { email: string; name: string }, status: 'confirmed' | 'waiting', token: string) {
  const head =
    status === 'confirmed'
      ? `Dzień dobry ${to.name},\n\npotwierdzamy zapis na wydarzenie. Masz zarezerwowane miejsce.`
      : `Dzień dobry ${to.name},\n\nwszystkie miejsca są już zajęte — jesteś na liście rezerwowej. Jeśli ktoś zrezygnuje, dostaniesz wiadomość z potwierdzeniem miejsca.`;
  const body = [head, '', ...eventLines(e), '', `Jeśli nie możesz przyjść, zrezygnuj: ${appUrl(cancelPath(token))}`].join('\n');
  return send(tx, e, to.email, 'event_registration', `${status === 'confirmed' ? 'Potwierdzenie zapisu' : 'Lista rezerwowa'}: ${e.title}`, body);
}

/** A place freed and the first waiting person got it; a new cancellation link replaces the old one. */
export function promotedMail(tx: DbOrTx, e: MailEvent, to: { email: string; name: string }, token: string) {
  const body = [`Dzień dobry ${to.name},\n\nzwolniło się miejsce — Twój zapis z listy rezerwowej jest teraz potwierdzony.`, '', ...eventLines(e), '', `Jeśli nie możesz przyjść, zrezygnuj: ${appUrl(cancelPath(token))}`, '(Poprzedni link rezygnacji przestał działać.)'].join('\n');
  return send(tx, e, to.email, 'event_registration', `Masz miejsce na wydarzeniu: ${e.title}`, body);
}

/** The confirmation of one's own cancellation. */
export function cancelledMail(tx: DbOrTx, e: MailEvent, to: { email: string; name: string }) {
  const body = [`Dzień dobry ${to.name},\n\nprzyjęliśmy rezygnację z udziału w wydarzeniu. Miejsce przekazaliśmy innym osobom.`, '', ...eventLines(e)].join('\n');
  return send(tx, e, to.email, 'event_registration', `Rezygnacja przyjęta: ${e.title}`, body);
}

/** ROPS cancelled the event: to everyone registered or on the waiting list, with the reason. */
export function eventCancelledMail(tx: DbOrTx, e: MailEvent, to: { email: string; name: string }, reason: string) {
  const body = [`Dzień dobry ${to.name},\n\nwydarzenie, na które się zapisano, zostało odwołane przez organizatora. Twój zapis wygasł — nie trzeba z niego rezygnować.`, '', `Powód: ${reason}`, '', ...eventLines(e)].join('\n');
  return send(tx, e, to.email, 'event_registration', `Wydarzenie odwołane: ${e.title}`, body);
}

/** ROPS invites an institution of the registry. */
export function invitationMail(tx: DbOrTx, e: MailEvent, to: { email: string; institution: string }, voivodeshipName: string) {
  const body = [`Szanowni Państwo,\n\nRegionalny Ośrodek Polityki Społecznej (${voivodeshipName}) zaprasza przedstawicieli instytucji ${to.institution} na wydarzenie.`, '', ...eventLines(e)].join('\n');
  return send(tx, e, to.email, 'event_invitation', `Zaproszenie: ${e.title}`, body);
}
