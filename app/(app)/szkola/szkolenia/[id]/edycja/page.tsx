import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { TrainingForm } from '@/components/school/TrainingForm';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { formatHours } from '@/lib/school/hours';
import { getTraining, trainingFormOptions } from '@/lib/school/trainings';

export const metadata: Metadata = { title: 'Zmiana szkolenia' };

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { training: t, canManage, closed } = await guard(getTraining(actor, Number(id)));
  if (!canManage) forbidden();
  const { implementations } = await guard(trainingFormOptions(actor));
  return (
    <>
      <PageHeader title={`Zmiana szkolenia — ${t.topic}`} />
      <p className="mb-4">
        <Link href={`/szkola/szkolenia/${t.id}`} className={linkClass}>
          ← Szkolenie
        </Link>
      </p>
      {closed ? (
        <p role="status" className="rounded border border-amber-700 bg-amber-50 p-3">
          Lista obecności jest zamknięta, a zaświadczenia wydane — szkolenia nie można już zmieniać.
        </p>
      ) : (
        <TrainingForm
          implementations={implementations}
          defaults={{
            trainingId: t.id,
            version: t.version,
            kind: t.kind,
            topic: t.topic,
            heldOn: t.heldOn,
            hours: t.hours == null ? '' : formatHours(t.hours),
            place: t.place,
            trainer: t.trainer,
            description: t.description,
            implementationId: t.implementationId ?? undefined,
            step: t.step ?? undefined,
          }}
        />
      )}
    </>
  );
}
