import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InstitutionTable } from '@/components/InstitutionTable';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import { getPowiatPage } from '@/lib/territory/queries';

export const metadata: Metadata = { title: 'Powiat' };

export default async function PowiatPage({ params }: { params: Promise<{ teryt: string }> }) {
  const { teryt } = await params;
  if (!/^\d{4}$/.test(teryt)) notFound();
  const actor = await requireActor();
  const { powiat, gminas, institutions } = await guard(getPowiatPage(actor, teryt));
  return (
    <>
      <PageHeader
        title={powiat.isCity ? `Miasto na prawach powiatu ${powiat.name}` : `Powiat ${powiat.name}`}
        lead={`Kod TERYT ${powiat.teryt}, województwo ${powiat.voivodeshipName}`}
      />
      <section aria-labelledby="gminy-powiatu" className="mb-8">
        <h2 id="gminy-powiatu" className="mb-3 text-xl font-semibold">
          Gminy powiatu
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-3">
          {gminas.map((g) => (
            <li key={g.id}>
              <Link href={`/gminy/${g.teryt}`} className={linkClass}>
                {g.name}
              </Link>{' '}
              <span className="text-sm text-slate-600">({GMINA_KIND_LABELS[g.kind]})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="instytucje-powiatu">
        <h2 id="instytucje-powiatu" className="mb-3 text-xl font-semibold">
          Instytucje powiatowe
        </h2>
        <InstitutionTable rows={institutions} empty="W rejestrze nie ma jeszcze instytucji powiatowych." />
      </section>
    </>
  );
}
