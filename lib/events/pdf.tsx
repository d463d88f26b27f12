import 'server-only';
import { AttendanceListPdf } from '@/components/pdf/AttendanceListPdf';
import type { Actor } from '@/lib/auth/actor';
import { clock } from '@/lib/clock';
import { renderPdf } from '@/lib/pdf/render';
import type { PdfFile } from '@/lib/pdf/reports';
import { formatDateTime } from '@/lib/text';
import { attendanceList } from './events';

/** The attendance list of an event (confirmed registrations) with a signature column, for ROPS. */
export async function attendancePdf(actor: Actor, eventId: number): Promise<PdfFile> {
  const { event, voivodeshipName, rows } = await attendanceList(actor, eventId);
  const subtitle = `${event.title} — ${formatDateTime(event.startsAt)}${event.place ? `, ${event.place}` : ''} (województwo ${voivodeshipName})`;
  const data = { title: 'Lista obecności', subtitle, rows: rows.map((r) => ({ name: r.name, institution: r.institution, gminaName: r.gminaName })), printedAt: clock.now() };
  const pdf = await renderPdf(<AttendanceListPdf data={data} />);
  return { pdf, filename: `lista-obecnosci-${event.id}.pdf` };
}
