import { clock } from '@/lib/clock';
import { agendaPointsOf, kindTitle, type MeetingKind } from './meeting-kinds';
/*
 * iCalendar (RFC 5545) for PZK meetings — pure, no I/O. What goes out is deliberately little: a
 * calendar feed URL ends up in third-party calendars (Google, Outlook), so an event carries the
 * time, the place and the agenda areas only — never minutes, attendance, consultations or
 * anything about a family.
 */

export interface IcsMeeting {
  id: number;
  pzkId: number;
  kind: MeetingKind;
  gminaName: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  onlineUrl: string;
  agendaResources: string;
  agendaCases: string;
  agendaMethods: string;
  /** The meeting's version: the event's SEQUENCE, so calendars replace an edited event. */
  version: number;
}

export interface IcsOptions {
  calendarName: string;
  /** The app's origin, e.g. "https://kooperacja.example.pl" — for each event's URL. */
  baseUrl: string;
  /** DTSTAMP; the time the calendar was generated. */
  now?: Date;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newlines. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const octets = (ch: string) => {
  const c = ch.codePointAt(0)!;
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
};

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): continuation lines start with one space, which
 * counts towards their 75. Splits only between characters, never inside a multi-byte UTF-8 one.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20270315T090000Z */
export function icsUtc(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export const meetingUid = (id: number) => `pzk-meeting-${id}@kooperacja`;

export function meetingSummary(m: Pick<IcsMeeting, 'kind' | 'gminaName'>): string {
  return m.kind === 'regular' ? `Spotkanie PZK gminy ${m.gminaName}` : `${kindTitle(m.kind)} PZK gminy ${m.gminaName}`;
}

/** The kind's own agenda points (3D forming meetings), then the agenda areas, each under its heading; empty areas are left out. */
export function meetingDescription(m: Pick<IcsMeeting, 'agendaResources' | 'agendaCases' | 'agendaMethods'> & { kind?: MeetingKind }): string {
  const points = m.kind ? agendaPointsOf(m.kind).map((p) => `- ${p.label}`) : [];
  const areas: [string, string][] = [
    ['Własne umiejętności i zasoby', m.agendaResources],
    ['Konsultacje przypadków', m.agendaCases],
    ['Praca metodyczna z osobami i rodzinami', m.agendaMethods],
  ];
  const filled = areas.filter(([, v]) => v.trim());
  if (!filled.length && !points.length) return '';
  return ['Porządek spotkania:', ...(points.length ? [points.join('\n')] : []), ...filled.map(([label, v]) => `${label}:\n${v.trim()}`)].join('\n\n');
}

export function meetingUrl(baseUrl: string, m: Pick<IcsMeeting, 'id' | 'pzkId'>): string {
  return `${baseUrl.replace(/\/+$/, '')}/pzk/${m.pzkId}/spotkania/${m.id}`;
}

export function meetingsToIcs(meetings: IcsMeeting[], opts: IcsOptions): string {
  const stamp = icsUtc(opts.now ?? clock.now());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Kooperacja//Spotkania PZK//PL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(opts.calendarName)}`];
  for (const m of meetings) {
    const end = new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
    const location = [m.place, m.onlineUrl].filter(Boolean).join(' — ');
    const description = meetingDescription(m);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${meetingUid(m.id)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsUtc(m.startsAt)}`,
      `DTEND:${icsUtc(end)}`,
      `SEQUENCE:${m.version}`,
      `SUMMARY:${escapeText(meetingSummary(m))}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `URL:${meetingUrl(opts.baseUrl, m)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A calendar response: attachment (per meeting) or inline (a subscribed feed); never cached by others. */
export function icsResponse(body: string, filename: string, opts: { attachment?: boolean } = {}): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${opts.attachment ? 'attachment' : 'inline'}; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
