import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoachingSessionForm } from '@/components/coaching/CoachingSessionForm';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { clock } from '@/lib/clock';
import { coachingSessionForEdit } from '@/lib/coaching/coaching';
import { formatHours } from '@/lib/coaching/schemas';
import { guard } from '@/lib/page-guard';
import { saveCoachingSessionAction } from '../../actions';

export const metadata: Metadata = { title: 'Zmiana sesji coachingu lub superwizji' };

export default async function EditCoachingSessionPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await params;
  if (!/^\d{1,9}$/.test(id) || !/^\d{1,9}$/.test(sessionId)) notFound();
  const actor = await requireActor();
  const { pzk, session: s, implementationStart } = await guard(coachingSessionForEdit(actor, Number(id), Number(sessionId)));
  return (
    <>
      <PageHeader title={`Zmiana sesji — ${pzk.name}`} />
      <PzkNav pzk={pzk} current="/coaching" />
      <p className="mb-4">
        <Link href={`/pzk/${pzk.id}/coaching`} className={linkClass}>
          Wróć do listy sesji
        </Link>
      </p>
      <CoachingSessionForm
        action={saveCoachingSessionAction}
        minDate={implementationStart}
        maxDate={clock.today()}
        defaults={{
          pzkId: pzk.id,
          sessionId: s.id,
          version: s.version,
          kind: s.kind,
          heldOn: s.heldOn,
          hours: formatHours(s.hours),
          leader: s.leader,
          participants: s.participants,
          participantCount: String(s.participantCount),
          topic: s.topic,
        }}
      />
    </>
  );
}
