import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsUtc, meetingsToIcs, type IcsMeeting } from '@/lib/pzk/ics';
import { meetingSchema, utcToWarsawLocal, warsawLocalToUtc } from '@/lib/pzk/meeting-schemas';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const meeting = (over: Partial<IcsMeeting> = {}): IcsMeeting => ({
  id: 42,
  pzkId: 7,
  kind: 'regular',
  gminaName: 'Szumowo',
  startsAt: new Date('2027-03-15T09:00:00Z'),
  durationMinutes: 120,
  place: 'Urząd Gminy, sala 12; ul. Główna 1, Szumowo',
  onlineUrl: '',
  agendaResources: 'Szkolenie: praca z rodziną',
  agendaCases: 'Omówienie zgłoszeń z ostatniego miesiąca',
  agendaMethods: '',
  version: 3,
  ...over,
});

describe('ICS builder (RFC 5545)', () => {
  it('uses CRLF line endings only and wraps the events in a published calendar', () => {
    const ics = meetingsToIcs([meeting()], { calendarName: 'PZK gminy Szumowo', baseUrl: 'https://kooperacja.example.pl/', now: new Date('2027-03-01T12:00:00Z') });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toEqual(expect.arrayContaining(['VERSION:2.0', 'METHOD:PUBLISH', 'X-WR-CALNAME:PZK gminy Szumowo', 'UID:pzk-meeting-42@kooperacja', 'DTSTAMP:20270301T120000Z', 'DTSTART:20270315T090000Z', 'DTEND:20270315T110000Z', 'SEQUENCE:3', 'SUMMARY:Spotkanie PZK gminy Szumowo', 'URL:https://kooperacja.example.pl/pzk/7/spotkania/42']));
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const ics = meetingsToIcs([meeting()], { calendarName: 'x', baseUrl: 'https://a.pl' });
    expect(ics).toContain('LOCATION:Urząd Gminy\\, sala 12\\; ul. Główna 1\\, Szumowo');
  });

  it('folds at 75 octets without splitting a Polish letter', () => {
    const line = `DESCRIPTION:${'źdźbło żółć ąę '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(bytes(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // No replacement characters: each part is valid UTF-8 on its own.
    for (const p of parts) expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    // Short lines are left alone; a line of exactly 75 octets is not folded.
    expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76)).split('\r\n')).toEqual(['A'.repeat(75), ' A']);
    // A two-octet letter that would straddle the limit moves to the next line.
    expect(foldLine(`${'A'.repeat(74)}ą`).split('\r\n')).toEqual(['A'.repeat(74), ' ą']);
  });

  it('every line of a whole calendar with long Polish agendas stays within 75 octets', () => {
    const ics = meetingsToIcs([meeting({ agendaMethods: 'Praca metodyczna: łączenie zasobów instytucji, wsparcie rodzin w kryzysie; ćwiczenia z genogramem i ekomapą. '.repeat(5) })], { calendarName: 'Spotkania PZK — Kooperacja', baseUrl: 'https://a.pl' });
    for (const l of ics.split('\r\n')) expect(bytes(l)).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain('Praca metodyczna z osobami i rodzinami:\\nPraca metodyczna: łączenie zasobów instytucji\\, wsparcie');
  });

  it('writes times in UTC across the DST changes', () => {
    expect(icsUtc(new Date('2027-01-10T09:00:00Z'))).toBe('20270110T090000Z');
    // 10:00 Polish time is 09:00Z in winter and 08:00Z in summer.
    expect(warsawLocalToUtc('2027-01-10T10:00')!.toISOString()).toBe('2027-01-10T09:00:00.000Z');
    expect(warsawLocalToUtc('2027-07-10T10:00')!.toISOString()).toBe('2027-07-10T08:00:00.000Z');
    // The day of the spring change (28 March 2027): 01:30 is still winter, 03:30 summer.
    expect(warsawLocalToUtc('2027-03-28T01:30')!.toISOString()).toBe('2027-03-28T00:30:00.000Z');
    expect(warsawLocalToUtc('2027-03-28T03:30')!.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // 02:30 does not exist that day: taken as 03:30 summer time.
    expect(warsawLocalToUtc('2027-03-28T02:30')!.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    // The autumn change (31 October 2027): 02:30 happens twice, the first (summer) one is used.
    expect(warsawLocalToUtc('2027-10-31T02:30')!.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(warsawLocalToUtc('2027-10-31T12:00')!.toISOString()).toBe('2027-10-31T11:00:00.000Z');
    expect(utcToWarsawLocal(new Date('2027-07-10T08:00:00Z'))).toBe('2027-07-10T10:00');
    expect(warsawLocalToUtc('2027-02-30T10:00')).toBeNull();
    expect(warsawLocalToUtc('nie data')).toBeNull();
    // An event across the spring change lasts its real duration.
    const ics = meetingsToIcs([meeting({ startsAt: warsawLocalToUtc('2027-03-28T01:00')!, durationMinutes: 180 })], { calendarName: 'x', baseUrl: 'https://a.pl' });
    expect(ics).toContain('DTSTART:20270328T000000Z\r\nDTEND:20270328T030000Z');
  });

  it('tells intervention meetings apart and carries nothing but the agenda', () => {
    const m = meeting({ kind: 'intervention', onlineUrl: 'https://meet.example.pl/abc', place: '' }) as IcsMeeting & { minutes: string };
    m.minutes = 'Rodzina Kowalskich — przemoc';
    const ics = meetingsToIcs([m], { calendarName: 'x', baseUrl: 'https://a.pl' });
    expect(ics).toContain('SUMMARY:Spotkanie interwencyjne PZK gminy Szumowo');
    expect(ics).toContain('LOCATION:https://meet.example.pl/abc');
    expect(ics).not.toContain('Kowalskich');
  });
});

describe('meeting form schema', () => {
  const base = { pzkId: 1, version: 0, kind: 'regular', startsAt: '2027-03-15T10:00', durationMinutes: '120', place: '', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '' };
  it('needs a place or an https link', () => {
    expect(meetingSchema.safeParse({ ...base, place: 'Sala' }).success).toBe(true);
    expect(meetingSchema.safeParse({ ...base, onlineUrl: 'https://teams.example.pl/x' }).success).toBe(true);
    const http = meetingSchema.safeParse({ ...base, onlineUrl: 'http://teams.example.pl/x' });
    expect(http.success).toBe(false);
    expect(http.error!.issues[0].path).toEqual(['onlineUrl']);
    expect(meetingSchema.safeParse({ ...base, onlineUrl: 'javascript:alert(1)' }).success).toBe(false);
    const none = meetingSchema.safeParse(base);
    expect(none.error!.issues[0]).toMatchObject({ path: ['place'] });
  });
});
