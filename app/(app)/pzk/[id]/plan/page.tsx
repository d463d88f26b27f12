import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { getWorkPlan } from '@/lib/pzk/work-plan';
import { WORK_PLAN_SECTIONS, type WorkPlanKey } from '@/lib/pzk/work-plan-sections';
import { formatDateTime } from '@/lib/text';
import { WorkPlanForm } from './WorkPlanForm';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Plan pracy PZK' };

export default async function WorkPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ wersja?: string }> }) {
  const { id } = await params;
  const { wersja } = await searchParams;
  if (!/^\d{1,9}$/.test(id) || (wersja !== undefined && !/^\d{1,6}$/.test(wersja))) notFound();
  const actor = await requireActor();
  const w = await guard(getWorkPlan(actor, Number(id), wersja ? Number(wersja) : undefined));
  const content = (w.shown?.content ?? w.plan?.content ?? {}) as Partial<Record<WorkPlanKey, string>>;
  const pdfHref = `/pzk/${w.pzk.id}/plan/pdf${w.shown ? `?wersja=${w.shown.version}` : ''}`;
  return (
    <>
      <PageHeader
        title={`Plan pracy — ${w.pzk.name}`}
        lead={w.plan ? `Wersja ${w.shown?.version ?? w.plan.version} z ${formatDateTime(w.shown?.createdAt ?? w.plan.updatedAt)}` : 'Plan pracy nie został jeszcze zapisany (krok 6.2).'}
        actions={w.plan && <a href={pdfHref} className={linkClass}>Plan pracy (PDF)</a>}
      />
      <PzkNav pzk={w.pzk} current="/plan" />
      {w.shown && (
        <p role="note" className="mb-4 rounded border border-amber-700 bg-amber-50 p-3">
          Oglądasz wersję archiwalną {w.shown.version}.{' '}
          <Link href={`/pzk/${w.pzk.id}/plan`} className={linkClass}>
            Wróć do bieżącej wersji
          </Link>
        </p>
      )}
      {w.canEdit && !w.shown ? (
        <WorkPlanForm pzkId={w.pzk.id} version={w.plan?.version ?? 0} content={content} />
      ) : (
        <div className="space-y-4 rounded border border-slate-200 bg-white p-4">
          {WORK_PLAN_SECTIONS.map((s) => (
            <section key={s.key} aria-labelledby={`plan-${s.key}`}>
              <h2 id={`plan-${s.key}`} className="text-lg font-semibold">
                {s.label}
              </h2>
              <p className="whitespace-pre-line">{content[s.key] || '—'}</p>
            </section>
          ))}
        </div>
      )}
      {w.history.length > 0 && (
        <section aria-labelledby="plan-historia" className="mt-8">
          <h2 id="plan-historia" className="mb-2 text-lg font-semibold">
            Historia zmian planu
          </h2>
          <ResponsiveTable label="Wersje planu pracy">
          <table className={tableClass}>
            <caption className="sr-only">Wersje planu pracy</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Wersja</th>
                <th scope="col" className={thClass}>Kiedy</th>
                <th scope="col" className={thClass}>Kto</th>
              </tr>
            </thead>
            <tbody>
              {w.history.map((h) => (
                <tr key={h.version}>
                  <td className={tdClass}>
                    <Link href={`/pzk/${w.pzk.id}/plan?wersja=${h.version}`} className={linkClass}>
                      Wersja {h.version}
                    </Link>
                  </td>
                  <td className={tdClass}>{formatDateTime(h.createdAt)}</td>
                  <td className={tdClass}>{h.createdByName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ResponsiveTable>
        </section>
      )}
    </>
  );
}
