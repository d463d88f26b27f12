import { clock } from '@/lib/clock';
import { escapeText, foldLine, icsUtc } from '@/lib/pzk/ics';

/*
 * One WZK meeting as iCalendar (RFC 5545), built with the PZK calendar's escaping, folding and time
 * helpers. Like a PZK meeting's, an event carries the time, the place and the agenda — never the
 * minutes, the attendance or the decisions.
 */

export interface WzkIcsMeeting {
  id: number;
  voivodeshipName: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  onlineUrl: string;
  agenda: string;
  /** SEQUENCE: calendars replace an edited event. */
  version: number;
}

export const wzkMeetingUid = (id: number) => `wzk-meeting-${id}@kooperacja`;
export const wzkMeetingPath = (id: number) => `/wzk/spotkania/${id}`;

export function wzkMeetingToIcs(m: WzkIcsMeeting, opts: { baseUrl: string; now?: Date }): string {
  const end = new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
  const location = [m.place, m.onlineUrl].filter(Boolean).join(' — ');
  const description = m.agenda.trim() ? `Porządek spotkania:\n\n${m.agenda.trim()}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kooperacja//Spotkania WZK//PL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`WZK — województwo ${m.voivodeshipName}`)}`,
    'BEGIN:VEVENT',
    `UID:${wzkMeetingUid(m.id)}`,
    `DTSTAMP:${icsUtc(opts.now ?? clock.now())}`,
    `DTSTART:${icsUtc(m.startsAt)}`,
    `DTEND:${icsUtc(end)}`,
    `SEQUENCE:${m.version}`,
    `SUMMARY:${escapeText(`Spotkanie Wojewódzkiego Zespołu Kooperacji (województwo ${m.voivodeshipName})`)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${opts.baseUrl.replace(/\/+$/, '')}${wzkMeetingPath(m.id)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
