import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { Pagination, withParams } from '@/components/services/Pagination';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { mayPublish, myProposals, searchPractices } from '@/lib/practices/practices';
import { intParam, param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';
import { publicVoivodeships } from '@/lib/territory/queries';
import { count, thereIs, WORDS } from '@/lib/plural';

export const metadata: Metadata = { title: 'Katalog dobrych praktyk' };

type Search = Record<string, string | string[] | undefined>;

const NOTICES: Record<string, string> = {
  zaproponowano: 'Wysłano propozycję dobrej praktyki. Doradca ROPS sprawdzi ją przed publikacją.',
};

/** The catalogue of published good practices: public, no account needed; search and filters. */
export default async function PracticesPage({ searchParams }: { searchParams: Promise<Search> }) {
  await connection();
  const sp = await searchParams;
  const actor = await getActor();
  const regions = await publicVoivodeships();
  const region = regions.find((r) => r.id === intParam(sp, 'woj'));
  const filter = { voivodeshipId: region?.id, q: param(sp, 'szukaj', 200), level: param(sp, 'poziom', 300), area: param(sp, 'obszar', 300), page: intParam(sp, 'strona') };
  const results = await searchPractices(filter);
  const mine = actor ? await myProposals(actor) : [];
  const reviewer = actor !== null && mayPublish(actor, actor.scope.voivodeshipId);
  const filtered = Boolean(filter.voivodeshipId || filter.q || filter.level || filter.area);
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));
  const query = { woj: filter.voivodeshipId, szukaj: filter.q, poziom: filter.level, obszar: filter.area };

  return (
    <>
      <PageHeader
        title="Katalog dobrych praktyk"
        lead="Sprawdzone rozwiązania we współpracy instytucji, opisane według karty dobrej praktyki: opis, warunki początkowe, proces wdrożenia, rozwiązanie, analiza SWOT i pomiar sukcesu. Przeglądanie nie wymaga logowania."
        actions={
          actor && (
            <div className="flex flex-wrap gap-3">
              <Link href="/dobre-praktyki/nowa" className={buttonClass}>
                Zaproponuj dobrą praktykę
              </Link>
              {reviewer && (
                <Link href="/dobre-praktyki/propozycje" className={buttonClass}>
                  Propozycje do sprawdzenia
                </Link>
              )}
            </div>
          )
        }
      />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice]}
        </p>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="moje" className="mb-6 rounded border border-slate-200 bg-slate-50 p-4">
          <h2 id="moje" className="mb-2 text-lg font-semibold">
            Twoje propozycje czekające na publikację
          </h2>
          <ul className="ml-5 list-disc">
            {mine.map((m) => (
              <li key={m.id}>
                <Link href={`/dobre-praktyki/${m.id}`} className={linkClass}>
                  {m.name}
                </Link>{' '}
                <span className="text-sm text-slate-600">(wysłano {formatDate(m.createdAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <FilterForm label="Wyszukiwanie dobrych praktyk">
        <FilterInput id="f-szukaj" name="szukaj" label="Szukaj (np. współpraca)" defaultValue={filter.q} type="search" />
        <FilterSelect id="f-woj" name="woj" label="Województwo" defaultValue={region ? String(region.id) : undefined} options={regions.map((r) => ({ value: r.id, label: r.name }))} />
        <FilterSelect id="f-poziom" name="poziom" label="Poziom modelu" defaultValue={filter.level} options={results.levels.map((l) => ({ value: l, label: l }))} />
        <FilterSelect id="f-obszar" name="obszar" label="Obszar" defaultValue={filter.area} options={results.areas.map((a) => ({ value: a, label: a }))} />
      </FilterForm>
      <section aria-labelledby="wyniki">
        <h2 id="wyniki" className="mb-2 text-xl font-semibold">
          Dobre praktyki
        </h2>
        <p className="mb-4" role="status">
          {filtered ? `Znaleziono ${count(results.total, WORDS.goodPracticeAcc)}` : `W katalogu ${thereIs(results.total, WORDS.goodPractice)}`}
          {results.searched ? ' (najlepiej pasujące najpierw)' : ''}.{' '}
          {filtered && (
            <Link href="/dobre-praktyki" className={linkClass}>
              Pokaż wszystkie
            </Link>
          )}
        </p>
        {results.rows.length === 0 ? (
          <p>{filtered ? 'Żadna dobra praktyka nie spełnia tych warunków. Spróbuj krótszych słów lub usuń filtr.' : 'Katalog jest jeszcze pusty.'}</p>
        ) : (
          <ul className="space-y-4">
            {results.rows.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 bg-white p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/dobre-praktyki/${p.id}`} className={linkClass}>
                    {p.name}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">
                  Poziom: {p.level} · Obszar: {p.area} · {[p.gminaName && `gmina ${p.gminaName}`, p.powiatName && `powiat ${p.powiatName}`, `woj. ${p.voivodeshipName}`].filter(Boolean).join(', ')}
                  {p.publishedAt && <> · opublikowano {formatDate(p.publishedAt)}</>}
                </p>
                <p className="mt-1 line-clamp-3">{p.description}</p>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={results.page} total={results.total} pageSize={results.pageSize} hrefFor={(pg) => withParams('/dobre-praktyki', { ...query, strona: pg })} />
      </section>
    </>
  );
}
