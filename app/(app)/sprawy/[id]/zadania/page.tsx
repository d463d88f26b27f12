import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TaskReportForm } from '@/components/cases/TaskReportForm';
import { TeamWorkHeader } from '@/components/cases/TeamWorkHeader';
import { requireActor } from '@/lib/auth/session';
import { getTeamTasks, type TeamTasksView } from '@/lib/cases/team-work';
import { TASK_PROGRESS_LABELS } from '@/lib/cases/vocabulary';
import { guard } from '@/lib/page-guard';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Zadania zespołu' };

const statusClass: Record<string, string> = {
  not_started: 'border-slate-500 bg-slate-100',
  in_progress: 'border-blue-700 bg-blue-50',
  done: 'border-green-700 bg-green-50',
  problem: 'border-red-700 bg-red-50',
};

export default async function TeamTasksPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const v = await guard(getTeamTasks(actor, Number(id)));
  const c = v.case;
  return (
    <>
      <TeamWorkHeader c={c} title="Zadania zespołu" current="/zadania" />
      {!v.ipp ? (
        <p className="max-w-3xl">W tej sprawie nie ma jeszcze IPP — zadania pojawią się po jego zapisaniu.</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">
            IPP nr {v.ipp.sequence}: {formatDate(v.ipp.startsOn)} – {formatDate(v.ipp.endsOn)}.
            {c.role === 'partner' && ' Poniżej zadania Twojej instytucji.'}
          </p>
          {v.goals.length === 0 ? (
            <p className="max-w-3xl">{c.role === 'partner' ? 'Twoja instytucja nie ma zadań w bieżącym IPP.' : 'Bieżący IPP nie ma jeszcze zadań.'}</p>
          ) : (
            v.goals.map((g) => (
              <section key={g.key} aria-labelledby={`cel-${g.key}`} className="mb-8 max-w-4xl">
                <h2 id={`cel-${g.key}`} className="mb-3 text-xl font-semibold">
                  Cel: {g.title}
                </h2>
                <ul className="space-y-4">
                  {g.tasks.map((t) => (
                    <Task key={t.key} t={t} v={v} />
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </>
  );
}

/** How many tasks on the page the reader may report on. */
const reportable = (v: TeamTasksView) => v.goals.reduce((n, g) => n + g.tasks.filter((t) => t.canReport).length, 0);

function Task({ t, v }: { t: TeamTasksView['goals'][number]['tasks'][number]; v: TeamTasksView }) {
  const overdue = t.status !== 'done' && t.dueOn < v.today;
  const [latest, ...older] = t.reports;
  return (
    <li className="rounded border border-slate-200 bg-white p-4">
      <article aria-labelledby={`zadanie-${t.key}`}>
        <h3 id={`zadanie-${t.key}`} className="text-lg font-semibold">
          {t.description}
        </h3>
        <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Odpowiada</dt>
          <dd>{[t.institutionName, t.person].filter(Boolean).join(', ') || '—'}</dd>
          <dt className="font-medium">Termin</dt>
          <dd className={overdue ? 'font-semibold text-red-800' : undefined}>
            {formatDate(t.dueOn)}
            {overdue && ' — po terminie'}
          </dd>
          <dt className="font-medium">Stan</dt>
          <dd>
            <span className={`inline-block rounded border px-2 ${statusClass[t.status]}`}>{TASK_PROGRESS_LABELS[t.status]}</span>
          </dd>
        </dl>
        {latest ? (
          <div className="mt-2">
            <h4 className="font-medium">Ostatnia informacja</h4>
            <p>
              {formatDate(latest.notedOn)} · {TASK_PROGRESS_LABELS[latest.status]} · {[latest.userName, latest.institutionName].filter(Boolean).join(', ')}
            </p>
            {latest.note && <p className="whitespace-pre-line">{latest.note}</p>}
            {older.length > 0 && (
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-800 underline">Wcześniejsze informacje ({older.length})</summary>
                <ul className="mt-1 list-disc pl-6">
                  {older.map((r) => (
                    <li key={r.id}>
                      {formatDate(r.notedOn)} · {TASK_PROGRESS_LABELS[r.status]} · {[r.userName, r.institutionName].filter(Boolean).join(', ')}
                      {r.note && <span className="block whitespace-pre-line">{r.note}</span>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        ) : (
          <p className="mt-2 text-slate-700">Brak informacji o postępie.</p>
        )}
        {t.canReport && v.ipp && (
          // With many tasks (the key worker sees them all) each form folds away; a partner's one or two stay open.
          <details open={reportable(v) <= 2} className="mt-3">
            <summary className="cursor-pointer font-medium text-brand-800 underline">Dodaj informację o postępie</summary>
            <TaskReportForm caseId={v.case.id} ippId={v.ipp.id} taskKey={t.key} version={t.version} status={t.status} today={v.today} minDate={v.ipp.startsOn} taskLabel={t.description} />
          </details>
        )}
      </article>
    </li>
  );
}
