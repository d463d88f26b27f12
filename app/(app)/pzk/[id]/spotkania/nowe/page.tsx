import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { listMeetings } from '@/lib/pzk/meetings';
import { formatWindow } from '@/lib/model/dates';
import { kindsFor } from '@/lib/pzk/meeting-kinds';
import { MeetingForm } from '../MeetingForm';

export const metadata: Metadata = { title: 'Zaplanuj spotkanie' };

export default async function NewMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ termin?: string }> }) {
  const { id } = await params;
  const { termin } = await searchParams;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, canRun, scheduleSlots } = await guard(listMeetings(actor, Number(id)));
  if (!canRun) forbidden();
  const slot = termin ? scheduleSlots.find((s) => String(s.id) === termin) : undefined;
  // From the schedule: 10:00 on the occurrence's due date, to be adjusted.
  const startsAt = slot ? `${slot.dueDate}T10:00` : '';
  return (
    <>
      <PageHeader title={`Zaplanuj spotkanie — ${pzk.name}`} />
      <PzkNav pzk={pzk} current="/spotkania" />
      <MeetingForm
        kinds={kindsFor(pzk.variant)}
        scheduleNote={slot ? `Spotkanie z harmonogramu: ${slot.name}, okres: ${formatWindow(slot.periodStart, slot.dueDate)}. Opublikowanie protokołu oznaczy je w harmonogramie jako wykonane.` : undefined}
        defaults={{ pzkId: pzk.id, version: 0, occurrenceId: slot?.id, kind: 'regular', startsAt, durationMinutes: 120, place: '', onlineUrl: '', agendaResources: '', agendaCases: '', agendaMethods: '', agendaDone: [] }}
      />
    </>
  );
}
