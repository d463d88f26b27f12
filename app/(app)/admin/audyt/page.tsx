import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, FilterInput, FilterSelect } from '@/components/ui/FilterForm';
import { AUDIT_ACTIONS, auditActionLabel, auditEntityLabel } from '@/lib/audit-labels';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { auditIntegrity, listAuditEntries } from '@/lib/audit-log';
import { VerifyNowButton } from '@/components/audit/VerifyNowButton';
import { plural, WORDS } from '@/lib/plural';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { dateParam, intParam, param } from '@/lib/search-params';
import { formatDateTime } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dziennik zdarzeń' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const filter = { action: param(sp, 'czynnosc'), user: param(sp, 'uzytkownik'), from: dateParam(sp, 'od'), to: dateParam(sp, 'do'), page: intParam(sp, 'strona') };
  const { rows, page, hasNext } = await guard(listAuditEntries(actor, filter));
  const integrity = await guard(auditIntegrity(actor));
  const pageHref = (p: number) => {
    const q = new URLSearchParams(Object.entries({ czynnosc: filter.action, uzytkownik: filter.user, od: filter.from, do: filter.to }).filter((e): e is [string, string] => !!e[1]));
    q.set('strona', String(p));
    return `/admin/audyt?${q}`;
  };
  const exportQuery = new URLSearchParams(Object.entries({ czynnosc: filter.action, uzytkownik: filter.user, od: filter.from, do: filter.to }).filter((e): e is [string, string] => !!e[1]));
  const last = integrity.lastVerification;
  return (
    <>
      <PageHeader title="Dziennik zdarzeń" lead="Kto, kiedy i co zrobił w Twoim województwie, a także zmiany modelu krajowego i próby logowania na nieistniejące konta. Wpisów nie można zmieniać ani usuwać; powtórzenia tego samego zdarzenia są zliczane w jednym wpisie." />
      <section aria-labelledby="integralnosc" className="mb-6 rounded border border-slate-300 p-4">
        <h2 id="integralnosc" className="mb-2 text-xl font-semibold">
          Integralność dziennika
        </h2>
        <p className="mb-3 text-slate-700">
          Każdy wpis zawiera skrót poprzedniego wpisu swojego łańcucha (jeden łańcuch na województwo), więc zmiana lub usunięcie wpisu — nawet bezpośrednio w bazie danych — przerywa łańcuch. Głowy łańcuchów przechowywane poza
          bazą pozwalają wykryć także przepisanie całej historii.
        </p>
        <h3 className="mb-1 font-semibold">Ostatnie sprawdzenie</h3>
        {last ? (
          <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">Kiedy</dt>
            <dd>{formatDateTime(last.at)}</dd>
            <dt className="font-medium">Kto lub co</dt>
            <dd>{last.runByLabel}</dd>
            <dt className="font-medium">Wynik</dt>
            <dd>
              {last.ok ? (
                <span className="font-medium text-green-900">
                  Łańcuchy nienaruszone ({last.entries} {plural(last.entries, WORDS.post)})
                </span>
              ) : (
                <span className="font-medium text-red-800">Łańcuch przerwany — dziennik został zmieniony poza aplikacją</span>
              )}
            </dd>
            {last.problems.length > 0 && (
              <>
                <dt className="font-medium">Pierwsze przerwane ogniwo</dt>
                <dd>
                  <ul className="list-disc pl-5">
                    {last.problems.map((p) => (
                      <li key={p} className="break-words">
                        {p}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="mb-3">Dziennik nie był jeszcze sprawdzany.</p>
        )}
        <h3 className="mb-1 font-semibold">Głowy łańcuchów</h3>
        <ul className="mb-3 space-y-1">
          {integrity.heads.map((h) => (
            <li key={h.chain}>
              <span className="font-medium">{h.name}</span>:{' '}
              {h.seq === 0 ? (
                'brak wpisów'
              ) : (
                <>
                  wpis nr {h.seq}
                  {h.at && <> z {formatDateTime(h.at)}</>}, skrót <code className="break-all text-sm">{h.hash}</code>
                </>
              )}
            </li>
          ))}
        </ul>
        <p className="flex flex-wrap gap-4">
          <a href="/admin/audyt/glowy.json" className={linkClass}>
            Pobierz głowy łańcuchów (JSON)
          </a>
          <a href={`/admin/audyt/eksport.csv${exportQuery.size ? `?${exportQuery}` : ''}`} className={linkClass}>
            Eksport dla kontrolującego (CSV, wpisy według filtrów)
          </a>
        </p>
        <p className="mt-2 text-sm text-slate-700">Pobrane głowy przechowuj poza platformą (np. w systemie kancelaryjnym); sprawdzenie z nimi: npm run audit:verify -- --heads plik.json.</p>
        <VerifyNowButton />
      </section>
      <FilterForm label="Filtry dziennika">
        <FilterSelect
          id="f-czynnosc"
          name="czynnosc"
          label="Czynność"
          defaultValue={filter.action}
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        />
        <FilterInput id="f-uzytkownik" name="uzytkownik" label="E-mail użytkownika" defaultValue={filter.user} />
        <FilterInput id="f-od" name="od" label="Od dnia" type="date" defaultValue={filter.from} />
        <FilterInput id="f-do" name="do" label="Do dnia" type="date" defaultValue={filter.to} />
      </FilterForm>
      {rows.length === 0 ? (
        <p>Brak wpisów spełniających kryteria.</p>
      ) : (
        <ResponsiveTable label="Wpisy dziennika zdarzeń">
          <table className={tableClass}>
            <caption className="sr-only">Wpisy dziennika zdarzeń</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Kiedy</th>
                <th scope="col" className={thClass}>Kto</th>
                <th scope="col" className={thClass}>Czynność</th>
                <th scope="col" className={thClass}>Obiekt</th>
                <th scope="col" className={thClass}>Adres IP</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>{formatDateTime(r.at)}</td>
                  <td className={tdClass}>
                    {r.userEmail ?? '—'}
                    {r.role && <span className="block text-slate-600">{roleLabel(r.role)}</span>}
                  </td>
                  <td className={tdClass}>
                    {auditActionLabel(r.action)}
                    {r.repeats > 0 && <span className="block text-slate-700">i powtórzenia: {r.repeats}</span>}
                  </td>
                  <td className={tdClass}>
                    {auditEntityLabel(r.entityType)}
                    {/* A record that has a number people use (ZG/2026/0004, PG/2026/0003) is named by it, not by its id. */}
                    {typeof r.details?.number === 'string' ? (
                      <span className="block break-all text-slate-600">{r.details.number}</span>
                    ) : (
                      r.entityId && <span className="block break-all text-slate-600">{r.entityId}</span>
                    )}
                    {typeof r.details?.route === 'string' && <span className="block break-all text-slate-600">adres: {r.details.route}</span>}
                  </td>
                  <td className={tdClass}>{r.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
      <nav aria-label="Strony dziennika" className="mt-4 flex gap-4">
        {page > 1 && (
          <Link href={pageHref(page - 1)} className={linkClass}>
            ← Nowsze wpisy
          </Link>
        )}
        {hasNext && (
          <Link href={pageHref(page + 1)} className={linkClass}>
            Starsze wpisy →
          </Link>
        )}
      </nav>
    </>
  );
}
