import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { utcToWarsawLocal } from '@/lib/pzk/meeting-schemas';
import { getMeeting } from '@/lib/pzk/meetings';
import { kindsFor } from '@/lib/pzk/meeting-kinds';
import { MeetingForm } from '../../MeetingForm';

export const metadata: Metadata = { title: 'Zmiana spotkania' };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const { id, meetingId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(meetingId)) notFound();
  const actor = await requireActor();
  const { pzk, canRun, meeting: m } = await guard(getMeeting(actor, Number(id), Number(meetingId)));
  if (!canRun) forbidden();
  return (
    <>
      <PageHeader title={`Zmiana spotkania — ${pzk.name}`} />
      <PzkNav pzk={pzk} current="/spotkania" />
      <MeetingForm
        kinds={kindsFor(pzk.variant)}
        defaults={{
          pzkId: pzk.id,
          meetingId: m.id,
          version: m.version,
          occurrenceId: m.occurrenceId ?? undefined,
          kind: m.kind,
          startsAt: utcToWarsawLocal(m.startsAt),
          durationMinutes: m.durationMinutes,
          place: m.place,
          onlineUrl: m.onlineUrl,
          agendaResources: m.agendaResources,
          agendaCases: m.agendaCases,
          agendaMethods: m.agendaMethods,
          agendaDone: m.agendaDone,
        }}
      />
    </>
  );
}
