import type { Metadata } from 'next';
import Link from 'next/link';
import { DiagnosisCreateForm } from '@/components/diagnosis/DiagnosisCreateForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { clock } from '@/lib/clock';
import { diagnosisFormOptions } from '@/lib/diagnosis/diagnoses';
import { guard } from '@/lib/page-guard';
import { createDiagnosisAction } from '../actions';

export const metadata: Metadata = { title: 'Nowa diagnoza lokalna' };

export default async function NewDiagnosisPage() {
  const actor = await requireActor();
  const options = await guard(diagnosisFormOptions(actor));
  return (
    <>
      <p className="mb-2">
        <Link href="/diagnozy" className={linkClass}>
          ← Diagnozy lokalne
        </Link>
      </p>
      <PageHeader title="Nowa diagnoza lokalna" lead={`Powiat ${options.powiat.name}. Dostępne usługi i braki wypełnimy wstępnie z list aktywności i usług gmin.`} />
      <DiagnosisCreateForm
        gminas={options.gminas}
        defaults={{ title: `Diagnoza sytuacji — powiat ${options.powiat.name} ${clock.year()}`, madeOn: clock.today(), gminaIds: options.gminas.map((g) => String(g.id)) as unknown as number[] }}
        action={createDiagnosisAction}
      />
    </>
  );
}
