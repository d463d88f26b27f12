import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { intParam, param } from '@/lib/search-params';
import { regionalManageScope, searchRegionalServices } from '@/lib/services/services';
import { AREAS, AREA_KEYS, TARGET_GROUPS, TARGET_GROUP_KEYS, isArea, isTargetGroup } from '@/lib/services/vocabulary';
import { publicPowiats, publicVoivodeships } from '@/lib/territory/queries';
import { count, thereIs, WORDS } from '@/lib/plural';
import { Pagination, withParams } from '@/components/services/Pagination';
import { ServiceEntries } from '@/components/services/ServiceEntries';

export const metadata: Metadata = { title: 'Wojewódzka lista aktywności i usług' };

type Search = Record<string, string | string[] | undefined>;

const NOTICES: Record<string, string> = { dodano: 'Dodano usługę do listy.', zapisano: 'Zapisano zmiany.', usunieto: 'Usunięto wpis.' };

/**
 * The regional list of each województwo, kept by ROPS: public, no account needed (it holds no
 * personal data). Searching ignores Polish letters and case; filters by group, area and powiat.
 */
export default async function RegionalServicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const sp = await searchParams;
  const actor = await getActor();
  const regions = await publicVoivodeships();
  const asked = intParam(sp, 'woj') ?? actor?.scope.voivodeshipId;
  const region = regions.find((r) => r.id === asked);
  const powiats = region ? await publicPowiats(region.id) : [];
  const powiatId = intParam(sp, 'powiat');
  const group = param(sp, 'grupa');
  const area = param(sp, 'obszar');
  const filter = {
    q: param(sp, 'szukaj', 200),
    powiatId: powiats.some((p) => p.id === powiatId) ? powiatId : undefined,
    group: isTargetGroup(group) ? group : undefined,
    area: isArea(area) ? area : undefined,
    page: intParam(sp, 'strona'),
  };
  const results = region ? await searchRegionalServices({ ...filter, voivodeshipId: region.id }) : null;
  const canManage = region !== undefined && regionalManageScope(actor) === region.id;
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));
  const query = { woj: region?.id, szukaj: filter.q, powiat: filter.powiatId, grupa: filter.group, obszar: filter.area };
  const filtered = Boolean(filter.q || filter.powiatId || filter.group || filter.area);

  return (
    <>
      <PageHeader
        title={region ? `Lista aktywności i usług — województwo ${region.name}` : 'Wojewódzka lista aktywności i usług'}
        lead="Usługi i aktywności instytucji i organizacji dla dzieci i młodzieży, rodzin, osób dorosłych i starszych. Listę prowadzi regionalny ośrodek polityki społecznej; przeglądanie nie wymaga logowania."
        actions={
          region && (
            <div className="flex flex-wrap gap-3">
              {canManage && (
                <>
                  <Link href="/uslugi-regionalne/nowa" className={buttonClass}>
                    Dodaj usługę
                  </Link>
                  <Link href="/uslugi-regionalne/import" className={buttonClass}>
                    Import z CSV
                  </Link>
                </>
              )}
              <a href={`/uslugi/eksport.csv?woj=${region.id}`} className={buttonClass} download>
                Pobierz CSV
              </a>
            </div>
          )
        }
      />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice]}
        </p>
      )}

      <FilterForm label="Wyszukiwanie usług">
        <div>
          <label htmlFor="f-woj" className="block text-sm font-medium">
            Województwo
          </label>
          <select id="f-woj" name="woj" defaultValue={region?.id ?? ''} className="mt-1 rounded border border-slate-500 px-2 py-2">
            <option value="">— wybierz —</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {region && (
          <FilterSelect id="f-powiat" name="powiat" label="Powiat (i usługi dla całego województwa)" defaultValue={filter.powiatId ? String(filter.powiatId) : undefined} options={powiats.map((p) => ({ value: p.id, label: p.name }))} />
        )}
        <FilterInput id="f-szukaj" name="szukaj" label="Szukaj (np. zdrowie psychiczne)" defaultValue={filter.q} type="search" />
        <FilterSelect id="f-grupa" name="grupa" label="Grupa odbiorców" defaultValue={filter.group} options={TARGET_GROUP_KEYS.map((k) => ({ value: k, label: TARGET_GROUPS[k] }))} />
        <FilterSelect id="f-obszar" name="obszar" label="Obszar wsparcia" defaultValue={filter.area} options={AREA_KEYS.map((k) => ({ value: k, label: AREAS[k] }))} />
      </FilterForm>

      {!region || !results ? (
        <p>Wybierz województwo i naciśnij „Filtruj”, aby zobaczyć jego listę usług.</p>
      ) : (
        <section aria-labelledby="wyniki">
          <h2 id="wyniki" className="mb-2 text-xl font-semibold">
            Usługi
          </h2>
          <p className="mb-4" role="status">
            {filtered ? `Znaleziono ${count(results.total, WORDS.serviceAcc)}` : `Na liście ${thereIs(results.total, WORDS.service)}`}
            {results.searched ? ' (najlepiej pasujące najpierw)' : ''}.{' '}
            {filtered && (
              <Link href={withParams('/uslugi', { woj: region.id })} className={linkClass}>
                Pokaż całą listę
              </Link>
            )}
          </p>
          {results.rows.length === 0 ? (
            <p>{filtered ? 'Żadna usługa nie spełnia tych warunków. Spróbuj krótszych słów lub usuń filtr.' : 'Lista tego województwa jest jeszcze pusta.'}</p>
          ) : (
            <ServiceEntries
              entries={results.rows}
              showPowiat
              actions={
                canManage
                  ? (e) =>
                      e.scope === 'regional' && (
                      <p className="mt-3">
                        <Link href={`/uslugi-regionalne/${e.id}/edycja`} className={linkClass}>
                          Edytuj lub usuń<span className="sr-only"> „{e.name}”</span>
                        </Link>
                      </p>
                    )
                  : undefined
              }
            />
          )}
          <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={(p) => withParams('/uslugi', { ...query, strona: p })} />
        </section>
      )}
    </>
  );
}
