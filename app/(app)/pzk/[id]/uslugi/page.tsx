import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { intParam, param } from '@/lib/search-params';
import { LIST_VIEW, townOf } from '@/lib/services/list-view';
import { listPzkServices } from '@/lib/services/services';
import { AREAS, AREA_KEYS, TARGET_GROUPS, TARGET_GROUP_KEYS, isArea, isTargetGroup } from '@/lib/services/vocabulary';
import { count, thereIs, WORDS } from '@/lib/plural';
import { ConfirmButton, RunButton } from '@/components/services/EntryButtons';
import { GapTable } from '@/components/services/GapTable';
import { Pagination, withParams } from '@/components/services/Pagination';
import { ServiceEntries } from '@/components/services/ServiceEntries';
import { approvePzkServiceAction, deletePzkServiceAction } from './actions';

// The list's name depends on the variant (Lokalny Koszyk Usług in 3D); the tab says what it holds.
export const metadata: Metadata = { title: 'Usługi i aktywności PZK' };

type Search = Record<string, string | string[] | undefined>;

const NOTICES: Record<string, string> = {
  dodano: 'Dodano usługę do listy.',
  zaproponowano: 'Wysłano propozycję. Zobaczy ją na tej stronie {approver}, który zdecyduje, czy dodać ją do listy.',
  zapisano: 'Zapisano zmiany.',
  usunieto: 'Usunięto wpis.',
};

export default async function PzkServicesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const sp = await searchParams;
  const actor = await requireActor();
  const group = param(sp, 'grupa');
  const area = param(sp, 'obszar');
  const filter = {
    q: param(sp, 'szukaj', 200),
    group: isTargetGroup(group) ? group : undefined,
    area: isArea(area) ? area : undefined,
    page: intParam(sp, 'strona'),
  };
  const { pzk, canManage, canPropose, results, proposals, gaps, publishedCount } = await guard(listPzkServices(actor, Number(id), filter));
  const base = `/pzk/${pzk.id}/uslugi`;
  const query = { szukaj: filter.q, grupa: filter.group, obszar: filter.area };
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));
  const filtered = Boolean(filter.q || filter.group || filter.area);
  const remove = deletePzkServiceAction.bind(null, pzk.id);
  const approve = approvePzkServiceAction.bind(null, pzk.id);
  const view = LIST_VIEW[pzk.variant];
  const printCard = (e: { id: number; name: string }) => (
    <a href={`${base}/${e.id}/karta.pdf`} className={linkClass}>
      Drukuj kartę (PDF)<span className="sr-only"> „{e.name}”</span>
    </a>
  );

  return (
    <>
      <p className="mb-2">
        <Link href={`/pzk/${pzk.id}`} className={linkClass}>
          ← {pzk.name}
        </Link>
      </p>
      <PageHeader
        title={pzk.words.serviceList}
        lead={`${pzk.name} (${townOf(pzk)}): ${view.about} — krok 6.3 modelu.`}
        actions={
          <div className="flex flex-wrap gap-3">
            {(canManage || canPropose) && (
              <Link href={`${base}/nowa`} className={buttonClass}>
                {canManage ? 'Dodaj usługę' : 'Zaproponuj usługę'}
              </Link>
            )}
            {canManage && (
              <Link href={`${base}/import`} className={buttonClass}>
                Import z CSV
              </Link>
            )}
            <a href={`${base}/lku.pdf`} className={buttonClass}>
              Drukuj {view.printWhat} (PDF)
            </a>
            <a href={`${base}/eksport.csv`} className={buttonClass} download>
              Pobierz CSV
            </a>
          </div>
        }
      />
      <PzkNav pzk={pzk} current="/uslugi" />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice].replace('{approver}', view.approver.nom)}
        </p>
      )}

      <FilterForm label="Wyszukiwanie na liście usług">
        <FilterInput id="f-szukaj" name="szukaj" label="Szukaj (słowa z nazwy, opisu, dostawcy, miejsca)" defaultValue={filter.q} type="search" />
        <FilterSelect id="f-grupa" name="grupa" label="Grupa odbiorców" defaultValue={filter.group} options={TARGET_GROUP_KEYS.map((k) => ({ value: k, label: TARGET_GROUPS[k] }))} />
        <FilterSelect id="f-obszar" name="obszar" label="Obszar wsparcia" defaultValue={filter.area} options={AREA_KEYS.map((k) => ({ value: k, label: AREAS[k] }))} />
      </FilterForm>

      <section aria-labelledby="uslugi" className="mb-10">
        <h2 id="uslugi" className="mb-2 text-xl font-semibold">
          Usługi na liście
        </h2>
        <p className="mb-4" role="status">
          {filtered
            ? `Znaleziono ${count(results.total, WORDS.serviceAcc)}${results.searched ? ' (najlepiej pasujące najpierw)' : ''}.`
            : `Na liście ${thereIs(publishedCount, WORDS.service)}.`}{' '}
          {filtered && (
            <Link href={base} className={linkClass}>
              Pokaż całą listę
            </Link>
          )}
        </p>
        {results.rows.length === 0 ? (
          <p>{filtered ? 'Żadna usługa nie spełnia tych warunków. Spróbuj krótszych słów lub usuń filtr.' : 'Lista jest jeszcze pusta.'}</p>
        ) : (
          <ServiceEntries
            entries={results.rows}
            layout={view.layout}
            actions={(e) => (
              <div className="mt-3 flex flex-wrap items-start gap-3">
                {printCard(e)}
                {canManage && (
                  <>
                    <Link href={`${base}/${e.id}/edycja`} className={linkClass}>
                      Edytuj<span className="sr-only"> „{e.name}”</span>
                    </Link>
                    <ConfirmButton action={remove} entry={{ id: e.id, version: e.version }} label="Usuń" question={`Usunąć z listy „${e.name}”?`} confirmLabel="Tak, usuń" doneHref={`${base}?usunieto=1`} />
                  </>
                )}
              </div>
            )}
          />
        )}
        <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={(p) => withParams(base, { ...query, strona: p })} />
      </section>

      {pzk.access !== 'guest' && (
        <section aria-labelledby="propozycje" className="mb-10">
          <h2 id="propozycje" className="mb-2 text-xl font-semibold">
            Propozycje czekające na zatwierdzenie
          </h2>
          {proposals.length === 0 ? (
            <p>Brak propozycji.{canPropose && ` Członkowie zespołu mogą zaproponować usługę — zatwierdza ją ${view.approver.nom}.`}</p>
          ) : (
            <ServiceEntries
              entries={proposals}
              layout={view.layout}
              actions={(p) => {
                const ref = { id: p.id, version: p.version };
                if (canManage) {
                  return (
                    <div className="mt-3 flex flex-wrap items-start gap-3">
                      <RunButton action={approve} entry={ref} label="Zatwierdź" />
                      <Link href={`${base}/${p.id}/edycja`} className={linkClass}>
                        Popraw przed zatwierdzeniem<span className="sr-only"> „{p.name}”</span>
                      </Link>
                      <ConfirmButton action={remove} entry={ref} label="Odrzuć" question={`Odrzucić propozycję „${p.name}”? Zostanie usunięta.`} confirmLabel="Tak, odrzuć" />
                    </div>
                  );
                }
                return p.mine ? (
                  <div className="mt-3">
                    <p className="mb-2 text-sm text-slate-700">Twoja propozycja — czeka na {view.approver.gen}.</p>
                    <ConfirmButton action={remove} entry={ref} label="Wycofaj propozycję" question={`Wycofać propozycję „${p.name}”?`} confirmLabel="Tak, wycofaj" />
                  </div>
                ) : null;
              }}
            />
          )}
        </section>
      )}

      <section aria-labelledby="brakujace" className="mb-10">
        <h2 id="brakujace" className="mb-2 text-xl font-semibold">
          Brakujące usługi
        </h2>
        <GapTable gaps={gaps} hrefFor={(g, a) => withParams(base, { grupa: g, obszar: a })} />
      </section>
    </>
  );
}
