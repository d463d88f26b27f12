import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { TrainingForm } from '@/components/school/TrainingForm';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { trainingFormOptions } from '@/lib/school/trainings';

export const metadata: Metadata = { title: 'Nowe szkolenie' };

export default async function NewTrainingPage() {
  const actor = await requireActor();
  const { implementations } = await guard(trainingFormOptions(actor));
  return (
    <>
      <PageHeader title="Nowe szkolenie" />
      <p className="mb-4">
        <Link href="/szkola" className={linkClass}>
          ← Szkoła Kooperacji
        </Link>
      </p>
      <TrainingForm
        implementations={implementations}
        defaults={{ version: 0, kind: 'basic', topic: 'Szkolenie podstawowe Szkoły Kooperacji', heldOn: '', hours: '', place: '', trainer: actor.name, description: '', implementationId: undefined, step: undefined }}
      />
    </>
  );
}
