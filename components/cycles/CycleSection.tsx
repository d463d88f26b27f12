import Link from 'next/link';
import { linkClass } from '@/components/ui/PageHeader';
import type { cycleView } from '@/lib/cycles/cycles';
import { decisionSummary } from '@/lib/cycles/rules';
import type { CycleDecisionInput } from '@/lib/cycles/schemas';
import type { ActionResult } from '@/lib/action-result';
import { formatDate, formatDateTime } from '@/lib/text';
import { CycleDecisionForm } from './CycleDecisionForm';

type View = Awaited<ReturnType<typeof cycleView>>;

/**
 * "Decyzja PZK o kontynuacji prac (krok 9.2)" on a gmina's schedule: the decision taken (with the
 * cases left at the end), the form once the cycle reached 9.2, or nothing before that.
 */
export function CycleSection({ view, today, action }: { view: View; today: string; action: (input: CycleDecisionInput) => Promise<ActionResult<unknown>> }) {
  const d = view.decision;
  if (!d && !view.formOpen && !view.notYet) return null;
  return (
    <section aria-labelledby="decyzja-9-2" className="mb-8 rounded border border-slate-200 bg-white p-4">
      <h2 id="decyzja-9-2" className="mb-3 text-xl font-semibold">
        Decyzja PZK o kontynuacji prac (krok 9.2)
      </h2>
      {d ? (
        <>
          <p className="text-lg font-semibold">{decisionSummary({ decision: d.decision, decidedOn: d.decidedOn, cycle: view.track.cycle, openCases: d.openCases })}</p>
          <p className="text-sm text-slate-700">
            Decyzja z {formatDate(d.decidedOn)}
            {d.basis && <> — {d.basis}</>}
            {d.createdByName && <>; zapisał(a): {d.createdByName}</>}
            {view.track.closedAt && <>; cykl zamknięty {formatDateTime(view.track.closedAt)}</>}.
          </p>
          {view.nextTrackId && (
            <p className="mt-2">
              <Link href={`/wdrozenia/${view.nextTrackId}`} className={linkClass}>
                Bieżący cykl ({view.nextCycle})
              </Link>
            </p>
          )}
          {d.decision === 'end' && d.openCases.length > 0 && (
            <table className="mt-3 w-full border-collapse text-left text-sm">
              <caption className="mb-1 text-left font-semibold">Sprawy w toku w chwili zakończenia</caption>
              <thead>
                <tr>
                  <th scope="col" className="border-b-2 border-slate-300 px-2 py-1">Numer</th>
                  <th scope="col" className="border-b-2 border-slate-300 px-2 py-1">Pracownik kluczowy</th>
                  <th scope="col" className="border-b-2 border-slate-300 px-2 py-1">Dalej prowadzi</th>
                </tr>
              </thead>
              <tbody>
                {d.openCases.map((c) => (
                  <tr key={c.caseId}>
                    <td className="border-b border-slate-200 px-2 py-1">{c.number}</td>
                    <td className="border-b border-slate-200 px-2 py-1">{c.keyWorkerName ?? '—'}</td>
                    <td className="border-b border-slate-200 px-2 py-1">{c.handedTo ?? 'GOPS'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : view.formOpen ? (
        <>
          <p className="mb-4">
            Kontynuacja rozpoczyna nowy cykl od kroku 2.2 według bieżącej wersji katalogu; ten harmonogram zostanie zamknięty i pozostanie dostępny do odczytu wraz z raportami.
            Zakończenie zamyka wdrożenie w gminie — gmina może później zostać zgłoszona ponownie.
          </p>
          <CycleDecisionForm
            defaults={{ trackId: view.track.id, decision: 'continue', decidedOn: today, meetingId: undefined, documentId: undefined, basis: '', handovers: view.openCases.map((c) => ({ caseId: c.caseId, handedTo: '' })) }}
            minDate={view.track.startDate}
            maxDate={today}
            meetings={view.meetings.map((m) => ({ value: String(m.id), label: `Spotkanie ${formatDateTime(m.startsAt)}` }))}
            documents={view.documents.map((x) => ({ value: String(x.id), label: `${x.number} — ${x.title}` }))}
            openCases={view.openCases}
            action={action}
          />
        </>
      ) : (
        <p>{view.notYet}</p>
      )}
    </section>
  );
}
