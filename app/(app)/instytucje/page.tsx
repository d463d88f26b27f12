import type { Metadata } from 'next';
import Link from 'next/link';
import { InstitutionTable } from '@/components/InstitutionTable';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass } from '@/components/ui/PageHeader';
import type { InstitutionType } from '@/db/schema';
import { requireActor } from '@/lib/auth/session';
import { listInstitutions } from '@/lib/institutions/institutions';
import { INSTITUTION_TYPES, INSTITUTION_TYPE_VALUES } from '@/lib/institutions/types';
import { guard } from '@/lib/page-guard';
import { param } from '@/lib/search-params';
import { plural, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'Instytucje' };

export default async function InstitutionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const type = param(sp, 'rodzaj');
  const filter = { q: param(sp, 'szukaj', 100), type: INSTITUTION_TYPE_VALUES.includes(type as InstitutionType) ? (type as InstitutionType) : undefined };
  const { rows, canManage } = await guard(listInstitutions(actor, filter));
  return (
    <>
      <PageHeader
        title="Instytucje"
        lead={`Rejestr instytucji w Twoim obszarze: ${actor.scope.scopeLabel}.`}
        actions={
          canManage && (
            <Link href="/instytucje/nowa" className={buttonClass}>
              Dodaj instytucję
            </Link>
          )
        }
      />
      <FilterForm label="Wyszukiwanie instytucji">
        <FilterInput id="f-szukaj" name="szukaj" label="Nazwa" defaultValue={filter.q} />
        <FilterSelect
          id="f-rodzaj"
          name="rodzaj"
          label="Rodzaj"
          defaultValue={filter.type}
          options={INSTITUTION_TYPE_VALUES.map((t) => ({ value: t, label: INSTITUTION_TYPES[t] }))}
        />
      </FilterForm>
      <p className="mb-2" role="status">
        Znaleziono {rows.length} {plural(rows.length, WORDS.institutionAcc)}.
      </p>
      <InstitutionTable rows={rows} empty="Brak instytucji spełniających kryteria." showArea />
    </>
  );
}
