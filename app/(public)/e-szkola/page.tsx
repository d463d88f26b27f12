import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { withParams, Pagination } from '@/components/services/Pagination';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { isMemberOf, materialManageScope, searchMaterials } from '@/lib/materials/materials';
import { intParam, param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';
import { publicVoivodeships } from '@/lib/territory/queries';
import { count, thereIs, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'e-szkoła Kooperacji — materiały' };

type Search = Record<string, string | string[] | undefined>;

const NOTICES: Record<string, string> = { usunieto: 'Usunięto materiał.' };

/**
 * e-szkoła: the learning materials of a województwo. Public ones for everyone, without an account;
 * members-only ones also for the signed-in people of the województwo. The województwo is chosen as
 * on the list of services: from the address, else the signed-in user's own.
 */
export default async function MaterialsPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const sp = await searchParams;
  const actor = await getActor();
  const regions = await publicVoivodeships();
  const asked = intParam(sp, 'woj') ?? actor?.scope.voivodeshipId;
  const region = regions.find((r) => r.id === asked);
  const filter = { q: param(sp, 'szukaj', 200), tag: param(sp, 'tag', 60), page: intParam(sp, 'strona') };
  const results = region ? await searchMaterials(actor, { ...filter, voivodeshipId: region.id }) : null;
  const canManage = region !== undefined && materialManageScope(actor) === region.id;
  const member = region !== undefined && isMemberOf(actor, region.id);
  const filtered = Boolean(filter.q || filter.tag);
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));

  return (
    <>
      <PageHeader
        title={region ? `e-szkoła Kooperacji — województwo ${region.name}` : 'e-szkoła Kooperacji'}
        lead={
          member
            ? 'Materiały do nauki pracy Modelem Kooperacji: publiczne oraz dostępne tylko dla zalogowanych osób z województwa.'
            : 'Materiały do nauki pracy Modelem Kooperacji przygotowane przez regionalny ośrodek polityki społecznej. Bez logowania widać materiały publiczne; po zalogowaniu — także materiały dla osób pracujących Modelem.'
        }
        actions={
          canManage && (
            <Link href="/e-szkola/nowy" className={buttonClass}>
              Dodaj materiał
            </Link>
          )
        }
      />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice]}
        </p>
      )}
      <FilterForm label="Wyszukiwanie materiałów">
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
        <FilterInput id="f-szukaj" name="szukaj" label="Szukaj (np. współpraca)" defaultValue={filter.q} type="search" />
        {results && <FilterSelect id="f-tag" name="tag" label="Tag" defaultValue={filter.tag} options={results.tags.map((t) => ({ value: t, label: t }))} />}
      </FilterForm>

      {!region || !results ? (
        <p>Wybierz województwo i naciśnij „Filtruj”, aby zobaczyć jego materiały.</p>
      ) : (
        <section aria-labelledby="wyniki">
          <h2 id="wyniki" className="mb-2 text-xl font-semibold">
            Materiały
          </h2>
          <p className="mb-4" role="status">
            {filtered ? `Znaleziono ${count(results.total, WORDS.material)}` : `W e-szkole ${thereIs(results.total, WORDS.material)}`}
            {results.searched ? ' (najlepiej pasujące najpierw)' : ''}.{' '}
            {filtered && (
              <Link href={withParams('/e-szkola', { woj: region.id })} className={linkClass}>
                Pokaż wszystkie
              </Link>
            )}
          </p>
          {results.rows.length === 0 ? (
            <p>{filtered ? 'Żaden materiał nie spełnia tych warunków. Spróbuj krótszych słów lub usuń filtr.' : 'Nie ma jeszcze materiałów.'}</p>
          ) : (
            <ul className="space-y-4">
              {results.rows.map((m) => (
                <li key={m.id} className="rounded border border-slate-200 bg-white p-4">
                  <h3 className="text-lg font-semibold">
                    <Link href={`/e-szkola/${m.id}`} className={linkClass}>
                      {m.title}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-600">
                    {m.visibility === 'members' ? 'Tylko dla zalogowanych' : 'Publiczny'} · aktualizacja {formatDate(m.updatedAt)}
                    {m.steps.length > 0 && <> · kroki modelu: {m.steps.join(', ')}</>}
                  </p>
                  {m.summary && <p className="mt-1">{m.summary}</p>}
                  {m.tags.length > 0 && (
                    <p className="mt-2 text-sm">
                      <span className="sr-only">Tagi: </span>
                      {m.tags.map((t) => (
                        <Link key={t} href={withParams('/e-szkola', { woj: region.id, tag: t })} className="mr-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-slate-800 underline">
                          {t}
                        </Link>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={(p) => withParams('/e-szkola', { woj: region.id, szukaj: filter.q, tag: filter.tag, strona: p })} />
        </section>
      )}
    </>
  );
}
