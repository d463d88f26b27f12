import type { Metadata } from 'next';
import Link from 'next/link';
import { DashboardTable } from '@/components/model/DashboardTable';
import { StageChart } from '@/components/model/StageChart';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { canOpen, mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { dashboardPowiats, dashboardRows, ownImplementations, regionalTrackId, stageCounts } from '@/lib/implementations/dashboard';
import { dashboardFilterFromParams, dashboardParamsOf } from '@/lib/implementations/dashboard-params';
import { ROMAN } from '@/lib/model/labels';
import { guard } from '@/lib/page-guard';
import { count, plural, VERBS, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'Wdrożenia modelu' };

export default async function ImplementationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!mayEver(actor.scope, 'dashboard.view')) {
    const rows = await guard(ownImplementations(actor));
    return (
      <>
        <PageHeader title="Moje wdrożenia" lead={`Wdrożenia Modelu Kooperacji w Twoim obszarze: ${actor.scope.scopeLabel}.`} />
        {rows.length === 0 ? <p>W Twoim obszarze nie ma jeszcze przyjętych wdrożeń.</p> : <DashboardTable rows={rows} filter={{ sort: 'gmina' }} basePath="/wdrozenia" />}
      </>
    );
  }
  const filter = dashboardFilterFromParams(await searchParams);
  const filtered = filter.powiatId !== undefined || filter.stage !== undefined || filter.overdueOnly;
  const [rows, unfiltered, powiats, regional] = await guard(
    Promise.all([dashboardRows(actor, filter), filtered ? dashboardRows(actor, {}) : null, dashboardPowiats(actor), regionalTrackId(actor)]),
  );
  const all = unfiltered ?? rows;
  const exportQuery = dashboardParamsOf(filter).toString();
  return (
    <>
      <PageHeader title="Postęp wdrożeń w województwie" lead={`${count(all.length, WORDS.gmina)} ${plural(all.length, VERBS.implements)} Model Kooperacji.`} />
      <StageChart counts={stageCounts(all)} />
      <FilterForm label="Filtry wdrożeń">
        <FilterSelect
          id="f-powiat"
          name="powiat"
          label="Powiat"
          defaultValue={filter.powiatId ? String(filter.powiatId) : undefined}
          options={powiats.map((p) => ({ value: p.id, label: p.isCity ? `${p.name} (miasto)` : `powiat ${p.name}` }))}
        />
        <FilterSelect
          id="f-etap"
          name="etap"
          label="Etap"
          defaultValue={filter.stage !== undefined ? String(filter.stage) : undefined}
          options={[1, 2, 3, 4].map((s) => ({ value: s, label: `Etap ${ROMAN[s]}` })).concat([{ value: 0, label: 'zakończone' }])}
        />
        <div className="flex items-center gap-2 pb-2">
          <input id="f-zalegle" type="checkbox" name="zalegle" value="1" defaultChecked={filter.overdueOnly} className="h-5 w-5" />
          <label htmlFor="f-zalegle">Tylko z zaległościami</label>
        </div>
        {filter.sort && <input type="hidden" name="sort" value={filter.sort} />}
        {filter.desc && <input type="hidden" name="kierunek" value="malejaco" />}
      </FilterForm>
      <p className="mb-3 flex flex-wrap gap-4">
        <span role="status">
          Wyświetlono {rows.length} {plural(rows.length, WORDS.gminaAcc)}.
        </span>
        <a href={`/wdrozenia/eksport.csv?${exportQuery}`} className={linkClass}>
          Pobierz CSV
        </a>
        <a href={`/wdrozenia/eksport.pdf?${exportQuery}`} className={linkClass}>
          Pobierz PDF
        </a>
        {canOpen(actor, 'notification.view') && (
          <Link href="/zgloszenia" className={linkClass}>
            Zgłoszenia do ROPS
          </Link>
        )}
        {regional && (
          <Link href={`/wdrozenia/${regional}`} className={linkClass}>
            Zadania wojewódzkie (etap I, WZK, promocja)
          </Link>
        )}
      </p>
      {rows.length === 0 ? <p>Brak wdrożeń spełniających kryteria.</p> : <DashboardTable rows={rows} filter={filter} basePath="/wdrozenia" />}
    </>
  );
}
