import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActivityForm, DeleteActivityButton } from '@/components/evaluation/ActivityForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { listActivities } from '@/lib/evaluation/evaluation';
import { ACTIVITY_GROUPS, ACTIVITY_KIND_LABELS } from '@/lib/evaluation/labels';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Działania wdrożenia (kroki 7.3 i 10.1)' };

export default async function ActivitiesPage({ params, searchParams }: { params: Promise<{ implementationId: string }>; searchParams: Promise<{ edycja?: string }> }) {
  const { implementationId } = await params;
  const { edycja } = await searchParams;
  if (!/^\d{1,9}$/.test(implementationId)) notFound();
  const actor = await requireActor();
  const { place, label, canManage, activities, gminaOptions } = await guard(listActivities(actor, Number(implementationId)));
  const editing = edycja && /^\d{1,9}$/.test(edycja) ? activities.find((a) => a.id === Number(edycja) && a.canChange) : undefined;
  const base = `/ewaluacja/${place.id}/dzialania`;
  return (
    <>
      <nav aria-label="Okruszki" className="mb-2 text-sm">
        <Link href="/ewaluacja" className={linkClass}>
          Ewaluacja (etap IV)
        </Link>{' '}
        ›{' '}
        <Link href={`/ewaluacja/${place.id}`} className={linkClass}>
          Raport z ewaluacji (krok 9.2)
        </Link>
      </nav>
      <PageHeader
        title={`Działania wdrożenia — ${label}`}
        lead="Krok 7.3: projekty socjalne, akcje na rzecz społeczności i działania promocyjne. Krok 10.1: prezentacje przed władzami (komisje ds. społecznych, sesje rad), nowe usługi i zmiany w programach. Zapisane działania trafiają do wskaźników raportu z ewaluacji."
      />

      <h2 className="mb-3 text-xl font-semibold">Zapisane działania</h2>
      {activities.length ? (
        <ResponsiveTable label="Działania wdrożenia (kroki 7.3 i 10.1)" className="mb-8">
          <table className={tableClass}>
            <caption className="sr-only">Działania wdrożenia (kroki 7.3 i 10.1)</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>
                  Działanie
                </th>
                <th scope="col" className={thClass}>
                  Krok
                </th>
                <th scope="col" className={thClass}>
                  Termin
                </th>
                <th scope="col" className={thClass}>
                  Gmina
                </th>
                <th scope="col" className={thClass}>
                  Partnerzy
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  Uczestnicy
                </th>
                <th scope="col" className={thClass}>
                  Rezultat
                </th>
                <th scope="col" className={thClass}>
                  Załącznik
                </th>
                {canManage && (
                  <th scope="col" className={thClass}>
                    <span className="sr-only">Czynności</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className={`${tdClass} font-normal`}>
                    <span className="block font-medium">{a.title}</span>
                    <span className="text-sm text-slate-700">{ACTIVITY_KIND_LABELS[a.kind]}</span>
                  </th>
                  <td className={tdClass}>{STEP_OF[a.kind]}</td>
                  <td className={tdClass}>{a.endsOn && a.endsOn !== a.startsOn ? `${formatDate(a.startsOn)} – ${formatDate(a.endsOn)}` : formatDate(a.startsOn)}</td>
                  <td className={tdClass}>{a.gminaName ?? 'całe wdrożenie'}</td>
                  <td className={`${tdClass} whitespace-pre-line`}>{a.partners || '—'}</td>
                  <td className={`${tdClass} text-right tabular-nums`}>{a.participants}</td>
                  <td className={`${tdClass} whitespace-pre-line`}>{a.outcome || '—'}</td>
                  <td className={tdClass}>
                    {a.fileId ? (
                      <a href={`${base}/pliki/${a.fileId}`} className={linkClass}>
                        {a.fileName}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                  {canManage && (
                    <td className={tdClass}>
                      {a.canChange && (
                        <span className="flex flex-wrap gap-3">
                          <Link href={`${base}?edycja=${a.id}#formularz`} className={linkClass} aria-label={`Edytuj działanie „${a.title}”`}>
                            Edytuj
                          </Link>
                          <DeleteActivityButton implementationId={place.id} activityId={a.id} title={a.title} />
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      ) : (
        <p className="mb-8 text-slate-700">Nie zapisano jeszcze działań.</p>
      )}

      {canManage && (
        <section id="formularz" aria-labelledby="activity-form-heading">
          <h2 id="activity-form-heading" className="mb-3 text-xl font-semibold">
            {editing ? `Zmiana działania „${editing.title}”` : 'Nowe działanie'}
          </h2>
          {editing && (
            <p className="mb-3">
              <Link href={base} className={linkClass}>
                Anuluj zmianę i dodaj nowe działanie
              </Link>
            </p>
          )}
          <ActivityForm
            key={editing?.id ?? 'new'}
            implementationId={place.id}
            gminas={gminaOptions}
            afterSave={editing ? base : undefined}
            defaults={
              editing
                ? { activityId: editing.id, kind: editing.kind, title: editing.title, startsOn: editing.startsOn, endsOn: editing.endsOn, gminaId: editing.gminaId, partners: editing.partners, participants: editing.participants, outcome: editing.outcome, fileName: editing.fileName }
                : {}
            }
          />
          <p className="mt-3 text-sm text-slate-700">Rodzaje: {ACTIVITY_GROUPS.map((g) => `${g.label.toLowerCase()} (${g.kinds.map((k) => ACTIVITY_KIND_LABELS[k].toLowerCase()).join(', ')})`).join('; ')}.</p>
        </section>
      )}
    </>
  );
}

/** Which step of the model an activity documents. */
const STEP_OF: Record<string, string> = {
  project_group: '7.3',
  project_community: '7.3',
  project_institutional: '7.3',
  community_action: '7.3',
  promotion: '7.3',
  authorities_presentation: '10.1',
  new_service: '10.1',
  programme_change: '10.1',
};
