import type { Metadata } from 'next';
import Link from 'next/link';
import { DashboardTable } from '@/components/model/DashboardTable';
import { StageChart } from '@/components/model/StageChart';
import { Pagination } from '@/components/services/Pagination';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { canOpen, mayEver } from '@/lib/auth/policy';
import { requireActor } from '@/lib/auth/session';
import { dashboardPage, dashboardPowiats, ownImplementations, regionalTrackId } from '@/lib/implementations/dashboard';
import { dashboardFilterFromParams, dashboardHref, dashboardPageFromParams, dashboardParamsOf } from '@/lib/implementations/dashboard-params';
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
  const params = await searchParams;
  const filter = dashboardFilterFromParams(params);
  // One page of rows is drawn; the counts above, the CSV and the PDF cover all of them.
  const [view, powiats, regional] = await guard(Promise.all([dashboardPage(actor, filter, dashboardPageFromParams(params)), dashboardPowiats(actor), regionalTrackId(actor)]));
  const { rows, total } = view;
  const exportQuery = dashboardParamsOf(filter).toString();
  return (
    <>
      <PageHeader title="Postęp wdrożeń w województwie" lead={`${count(view.all, WORDS.gmina)} ${plural(view.all, VERBS.implements)} Model Kooperacji.`} />
      <StageChart counts={view.counts} />
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
          {view.pages > 1
            ? `Wyświetlono ${rows.length} ${plural(rows.length, WORDS.gminaAcc)} z ${total} — pozycje ${view.first}–${view.first + rows.length - 1}, strona ${view.page} z ${view.pages}.`
            : `Wyświetlono ${total} ${plural(total, WORDS.gminaAcc)}.`}
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
      <Pagination page={view.page} total={total} pageSize={view.pageSize} hrefFor={(p) => dashboardHref('/wdrozenia', filter, p)} />
    </>
  );
}
