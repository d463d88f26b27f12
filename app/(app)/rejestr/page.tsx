import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { intParam, param } from '@/lib/search-params';
import { GMINA_KIND_LABELS } from '@/lib/territory/labels';
import { listRegistry } from '@/lib/territory/queries';
import { formatDate } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Rejestr terytorialny' };

export default async function RegistryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const filter = { powiatId: intParam(sp, 'powiat'), q: param(sp, 'szukaj', 100) };
  const data = await guard(listRegistry(actor, filter));
  return (
    <>
      <PageHeader
        title={`Rejestr terytorialny — województwo ${data.voivodeship?.name ?? ''}`}
        lead={
          <>
            Powiaty i gminy według rejestru TERC (TERYT){data.voivodeship?.registerDate ? `, stan na ${formatDate(data.voivodeship.registerDate)}` : ''}:{' '}
            {data.powiats.length} {plural(data.powiats.length, WORDS.powiat)}.
          </>
        }
      />
      <FilterForm label="Wyszukiwanie w rejestrze">
        <FilterSelect
          id="f-powiat"
          name="powiat"
          label="Powiat"
          defaultValue={filter.powiatId ? String(filter.powiatId) : undefined}
          options={data.powiats.map((p) => ({ value: p.id, label: p.isCity ? `${p.name} (miasto na prawach powiatu)` : `powiat ${p.name}` }))}
        />
        <FilterInput id="f-szukaj" name="szukaj" label="Nazwa gminy lub kod TERYT" defaultValue={filter.q} />
      </FilterForm>
      <p className="mb-2" role="status">
        Znaleziono {data.total} {plural(data.total, WORDS.gminaAcc)}.
      </p>
      <ResponsiveTable label="Gminy województwa">
        <table className={tableClass}>
          <caption className="sr-only">Gminy województwa</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Kod TERYT</th>
              <th scope="col" className={thClass}>Gmina</th>
              <th scope="col" className={thClass}>Rodzaj</th>
              <th scope="col" className={thClass}>Powiat</th>
            </tr>
          </thead>
          <tbody>
            {data.gminas.map((g) => (
              <tr key={g.id}>
                <td className={`${tdClass} font-mono`}>{g.teryt}</td>
                <td className={tdClass}>
                  <Link href={`/gminy/${g.teryt}`} className={linkClass}>
                    {g.name}
                  </Link>
                  {!g.inRegister && <span className="block text-sm text-amber-900">nie występuje w aktualnym rejestrze</span>}
                </td>
                <td className={tdClass}>{GMINA_KIND_LABELS[g.kind]}</td>
                <td className={tdClass}>
                  <Link href={`/powiaty/${g.powiatTeryt}`} className={linkClass}>
                    {g.powiatName}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ResponsiveTable>
    </>
  );
}
