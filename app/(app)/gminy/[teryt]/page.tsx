import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InstitutionTable } from '@/components/InstitutionTable';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { canOpen } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import { getGminaPage } from '@/lib/territory/queries';
import { isValidTerytGmina } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Gmina' };

export default async function GminaPage({ params }: { params: Promise<{ teryt: string }> }) {
  const { teryt } = await params;
  if (!isValidTerytGmina(teryt)) notFound();
  const actor = await requireActor();
  const { gmina, institutions } = await guard(getGminaPage(actor, teryt));
  return (
    <>
      <PageHeader
        title={`Gmina ${gmina.name}`}
        lead={
          <>
            {GMINA_KIND_LABELS[gmina.kind]}, kod TERYT {gmina.teryt},{' '}
            {canOpen(actor, 'territory.view', { voivodeshipId: gmina.voivodeshipId, powiatId: gmina.powiatId, gminaId: null }) ? (
              <Link href={`/powiaty/${gmina.powiatTeryt}`} className={linkClass}>
                powiat {gmina.powiatName}
              </Link>
            ) : (
              `powiat ${gmina.powiatName}`
            )}
            , województwo {gmina.voivodeshipName}
          </>
        }
      />
      <section aria-labelledby="instytucje-gminy">
        <h2 id="instytucje-gminy" className="mb-3 text-xl font-semibold">
          Instytucje w gminie
        </h2>
        <InstitutionTable rows={institutions} empty="W rejestrze nie ma jeszcze instytucji z tej gminy." />
      </section>
    </>
  );
}
