import 'server-only';
import { eq } from 'drizzle-orm';
import type { MinutesPdfData } from '@/components/pdf/MinutesPdf';
import { getDb } from '@/db/client';
import { voivodeships } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { clock, dateInPoland } from '@/lib/clock';
import type { PdfFile } from '@/lib/pdf/reports';
import { printMinutes } from '@/lib/pdf/minutes';
import { formatDate, formatDateTime } from '@/lib/text';
import { wzkMeetingToIcs } from './ics';
import { getWzkMeeting } from './meetings';

async function voivodeshipName(id: number) {
  const [v] = await getDb().select({ name: voivodeships.name }).from(voivodeships).where(eq(voivodeships.id, id));
  return v?.name ?? '';
}

/** One WZK meeting as an .ics file (readers of the WZK). */
export async function wzkMeetingIcs(actor: Actor, meetingId: number, baseUrl: string) {
  const { meeting: m } = await getWzkMeeting(actor, meetingId);
  const ics = wzkMeetingToIcs({ ...m, voivodeshipName: await voivodeshipName(m.voivodeshipId) }, { baseUrl });
  return { ics, filename: `spotkanie-wzk-${dateInPoland(m.startsAt)}.ics` };
}

/** The minutes of a WZK meeting; "PROJEKT" across the pages until they are published. */
export async function wzkMinutesPdf(actor: Actor, meetingId: number, now = clock.now()): Promise<PdfFile> {
  const { meeting: m, attendance, decisions } = await getWzkMeeting(actor, meetingId);
  const data: MinutesPdfData = {
    title: 'Protokół ze spotkania WZK',
    subtitle: `Wojewódzki Zespół Kooperacji, województwo ${await voivodeshipName(m.voivodeshipId)}`,
    kind: 'spotkanie Wojewódzkiego Zespołu Kooperacji',
    date: `${formatDateTime(m.startsAt)} (${m.durationMinutes} min)`,
    place: [m.place, m.onlineUrl && `online: ${m.onlineUrl}`].filter(Boolean).join('; '),
    agenda: [{ label: 'Porządek', text: m.agenda }],
    attendance: attendance.map((a) => ({ name: a.personName || '—', institutionName: a.partyName, present: a.present })),
    decisions: decisions.map((d) => ({ text: d.text, ownerName: d.ownerName || null, dueOn: d.dueOn ? formatDate(d.dueOn) : '—', status: d.status === 'done' ? 'wykonane' : 'otwarte' })),
    minutes: m.minutes,
    publishedAt: m.minutesPublishedAt ? formatDateTime(m.minutesPublishedAt) : null,
    generatedAt: formatDateTime(now),
  };
  const pdf = await printMinutes('wzk-minutes', data);
  return { pdf, filename: `protokol-wzk-${dateInPoland(m.startsAt)}.pdf` };
}
