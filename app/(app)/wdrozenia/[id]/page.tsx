import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Timeline, timelineDataFromTrack } from '@/components/model/Timeline';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { trackName } from '@/lib/implementations/identifiers';
import { getTrack } from '@/lib/implementations/tracks';
import { VARIANT_LABELS } from '@/lib/model/catalogue';
import { ITEM_STATUS_LABELS, ROMAN, stageLabel } from '@/lib/model/labels';
import { checklistView } from '@/lib/model/checklist';
import { formatWindow } from '@/lib/model/dates';
import { isOverdue } from '@/lib/model/progress';
import { CITY_WITH_POWIAT_RIGHTS_NOTE } from '@/lib/model/variant';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { plural, WORDS } from '@/lib/plural';
import type { ItemStatus } from '@/db/schema';
import { CheckItem, EvidenceForm, OccurrenceToggle, StatusForm } from './ItemControls';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { CycleSection } from '@/components/cycles/CycleSection';
import { cycleView } from '@/lib/cycles/cycles';
import { decideCycleAction } from '../actions';

export const metadata: Metadata = { title: 'Wdrożenie w gminie' };

/** "nie dotyczy — miasto na prawach powiatu": the reason a sub-step does not apply, in the item's summary line. */
const notApplicableText = (reason: string) => (reason.startsWith('nie dotyczy') ? reason : `nie dotyczy — ${reason}`);

export default async function TrackPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const t = await guard(getTrack(actor, Number(id)));
  const { progress, place, catalogue, today } = t;
  const cycle = t.track.kind === 'gmina' ? await guard(cycleView(actor, t.track.id)) : null;
  const title = trackName({ kind: t.track.kind, gminaName: place.gminaName, voivodeshipName: place.voivodeshipName });
  const current = progress.current ? t.items.filter((i) => i.substep.stepNumber === progress.current!.step) : [];
  const openOccurrences = t.occurrences.filter((o) => o.status === 'planned');
  const overdueOcc = openOccurrences.filter((o) => o.dueDate < today);
  const upcoming = openOccurrences.filter((o) => o.dueDate >= today).slice(0, 6);

  return (
    <>
      <PageHeader
        title={title}
        lead={
          <>
            {place.powiatName && <>powiat {place.powiatName}, </>}województwo {place.voivodeshipName} · {VARIANT_LABELS[catalogue.variant]} (katalog w wersji {catalogue.version}) · początek{' '}
            {formatDate(t.track.startDate)}
            {t.track.cycle > 1 && <> · cykl {t.track.cycle}</>}
          </>
        }
        actions={
          <div className="flex flex-wrap gap-4">
            {t.track.implementationId && (
              <Link href={`/dokumenty?wdrozenie=${t.track.implementationId}`} className={linkClass}>
                Dokumenty i porozumienia
              </Link>
            )}
            {t.regionalTrackId && (
              <Link href={`/wdrozenia/${t.regionalTrackId}`} className={linkClass}>
                Zadania wojewódzkie (WZK, promocja Modelu)
              </Link>
            )}
            <a href={`/wdrozenia/${t.track.id}/raport.pdf`} className={linkClass}>
              Raport postępu (PDF)
            </a>
            {cycle?.previousTrackId && (
              <Link href={`/wdrozenia/${cycle.previousTrackId}`} className={linkClass}>
                Poprzedni cykl ({cycle.previousCycle})
              </Link>
            )}
          </div>
        }
      />
      {t.track.closedAt && (
        <p role="note" className="mb-6 rounded border border-amber-700 bg-amber-50 p-3">
          Cykl {t.track.cycle} jest zamknięty decyzją PZK (krok 9.2) — harmonogram jest tylko do odczytu.
          {cycle?.nextTrackId && (
            <>
              {' '}
              <Link href={`/wdrozenia/${cycle.nextTrackId}`} className={linkClass}>
                Przejdź do bieżącego cyklu ({cycle.nextCycle})
              </Link>
            </>
          )}
        </p>
      )}
      {cycle && <CycleSection view={cycle} today={today} action={decideCycleAction} />}
      <section aria-labelledby="stan" className="mb-6 grid gap-4 sm:grid-cols-3">
        <h2 id="stan" className="sr-only">
          Stan wdrożenia
        </h2>
        <p className="rounded border border-slate-200 bg-white p-4">
          <span className="block text-sm text-slate-600">Bieżący etap i krok</span>
          <span className="text-lg font-semibold">{progress.current ? `${stageLabel(progress.stage)}, krok ${progress.step}` : 'Harmonogram zakończony'}</span>
        </p>
        <p className="rounded border border-slate-200 bg-white p-4">
          <span className="block text-sm text-slate-600">Wykonano</span>
          <span className="text-lg font-semibold">{progress.percentDone}% podkroków</span>
        </p>
        <p className="rounded border border-slate-200 bg-white p-4">
          <span className="block text-sm text-slate-600">Po terminie</span>
          <span className={`text-lg font-semibold ${progress.overdue.length + overdueOcc.length ? 'text-red-800' : ''}`}>
            {progress.overdue.length} {plural(progress.overdue.length, WORDS.subStep)}, {overdueOcc.length} {plural(overdueOcc.length, WORDS.recurringTask)}
          </span>
        </p>
      </section>
      {progress.outOfOrder.length > 0 && (
        <p role="note" className="mb-6 rounded border border-amber-700 bg-amber-50 p-3">
          Praca poza kolejnością: {progress.outOfOrder.map((i) => `${i.code} — ${i.outOfOrderReason}`).join('; ')}
        </p>
      )}

      <section aria-labelledby="harmonogram" className="mb-8">
        <h2 id="harmonogram" className="mb-3 text-xl font-semibold">
          Harmonogram
        </h2>
        <Timeline data={timelineDataFromTrack(t)} />
      </section>

      {progress.current && (
        <section aria-labelledby="biezacy" className="mb-8">
          <h2 id="biezacy" className="mb-3 text-xl font-semibold">
            Bieżący krok {progress.current.step}: lista kontrolna
          </h2>
          {current.map((i) => (
            <div key={i.id} className="mb-4 rounded border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                {i.substep.code} {i.substep.name} <span className="font-normal text-slate-600">— {ITEM_STATUS_LABELS[i.status]}, termin {formatDate(i.plannedStart)} – {formatDate(i.plannedEnd)}</span>
              </h3>
              <Checklist item={i} disabled={!t.canUpdate} />
            </div>
          ))}
        </section>
      )}

      <section aria-labelledby="podkroki" className="mb-8">
        <h2 id="podkroki" className="mb-3 text-xl font-semibold">
          Wszystkie podkroki
        </h2>
        {catalogue.stages
          .filter((s) => t.items.some((i) => i.substep.stageNumber === s.number))
          .map((stage) => (
            <div key={stage.id} className="mb-6">
              <h3 className="mb-2 text-lg font-semibold">
                Etap {ROMAN[stage.number]}. {stage.name}
              </h3>
              <ul className="space-y-2">
                {t.items
                  .filter((i) => i.substep.stageNumber === stage.number)
                  .map((i) => {
                    const late = isOverdue({ status: i.status, plannedEnd: i.plannedEnd }, today);
                    return (
                      <li key={i.id} className="rounded border border-slate-200 bg-white p-3">
                        <details>
                          <summary className="cursor-pointer">
                            <span className="font-medium">
                              {i.substep.code} {i.substep.name}
                            </span>{' '}
                            — {i.status === 'not_applicable' && i.naReason ? notApplicableText(i.naReason) : ITEM_STATUS_LABELS[i.status]}
                            {i.actualEnd && `, wykonano ${formatDate(i.actualEnd)}`}, termin {formatDate(i.plannedStart)} – {formatDate(i.plannedEnd)}
                            {late && <strong className="ml-1 text-red-800">(po terminie)</strong>}
                          </summary>
                          <div className="mt-2">
                            <p className="text-slate-700">{i.substep.description}</p>
                            <p className="text-sm">Odpowiedzialni: {i.substep.responsible.join(', ')}</p>
                            {i.substep.evidence !== 'none' && <p className="text-sm">Wymagany dowód: {i.substep.evidenceLabel}</p>}
                            {i.notes && <p className="text-sm">Uwagi: {i.notes}</p>}
                            <h4 className="mt-2 font-medium">{checklistView({ status: i.status, checks: i.checks, evidence: i.substep.evidence }).heading}</h4>
                            <Checklist item={i} disabled={!t.canUpdate} />
                            {i.evidence.length > 0 && (
                              <>
                                <h4 className="mt-2 font-medium">Dowody</h4>
                                <ul className="list-inside list-disc">
                                  {i.evidence.map((e) => (
                                    <li key={e.id}>
                                      {e.fileId ? (
                                        <a href={`/wdrozenia/pliki/${e.fileId}`} className={linkClass}>
                                          {e.title}
                                        </a>
                                      ) : (
                                        e.title
                                      )}{' '}
                                      <span className="text-sm text-slate-600">({formatDateTime(e.createdAt)})</span>
                                    </li>
                                  ))}
                                </ul>
                              </>
                            )}
                            {t.canUpdate && (
                              <>
                                <StatusForm
                                  code={i.substep.code}
                                  initial={{
                                    itemId: i.id,
                                    version: i.version,
                                    status: i.status,
                                    actualStart: i.actualStart ?? '',
                                    actualEnd: i.actualEnd ?? '',
                                    naReason: i.naReason ?? '',
                                    outOfOrderReason: i.outOfOrderReason ?? '',
                                    notes: i.notes ?? '',
                                  }}
                                />
                                {i.substep.evidence !== 'none' && i.substep.evidence !== 'notification' && !(i.status === 'not_applicable' && i.naReason === CITY_WITH_POWIAT_RIGHTS_NOTE) && (
                                  <EvidenceForm itemId={i.id} code={i.substep.code} />
                                )}
                              </>
                            )}
                          </div>
                        </details>
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
      </section>

      <section aria-labelledby="cykliczne" className="mb-8">
        <h2 id="cykliczne" className="mb-3 text-xl font-semibold">
          Zadania cykliczne
        </h2>
        {overdueOcc.length > 0 && (
          <>
            <h3 className="font-semibold text-red-800">Po terminie</h3>
            <ul className="mb-3 space-y-1">
              {overdueOcc.map((o) => (
                <li key={o.id}>
                  <OccurrenceToggle occurrenceId={o.id} done={false} disabled={!t.canUpdate} label={`${o.task.name}: ${formatWindow(o.periodStart, o.dueDate)}`} />
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="font-semibold">Najbliższe</h3>
        <ul className="mb-3 space-y-1">
          {upcoming.map((o) => (
            <li key={o.id}>
              <OccurrenceToggle occurrenceId={o.id} done={false} disabled={!t.canUpdate} label={`${o.task.name}: ${formatWindow(o.periodStart, o.dueDate)}`} />
            </li>
          ))}
        </ul>
        <details>
          <summary className="cursor-pointer">Wszystkie terminy ({t.occurrences.length})</summary>
          <ResponsiveTable label="Terminy zadań cyklicznych">
          <table className={`${tableClass} mt-2`}>
            <caption className="sr-only">Terminy zadań cyklicznych</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Zadanie</th>
                <th scope="col" className={thClass}>Okres</th>
                <th scope="col" className={thClass}>Stan</th>
              </tr>
            </thead>
            <tbody>
              {t.occurrences.map((o) => (
                <tr key={o.id}>
                  <td className={tdClass}>{o.task.name}</td>
                  <td className={tdClass}>{formatWindow(o.periodStart, o.dueDate)}</td>
                  <td className={tdClass}>{o.status === 'done' ? `wykonane${o.doneOn ? ` ${formatDate(o.doneOn)}` : ''}` : o.dueDate < today ? 'po terminie' : 'zaplanowane'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </ResponsiveTable>
        </details>
      </section>

      <section aria-labelledby="historia">
        <h2 id="historia" className="mb-3 text-xl font-semibold">
          Historia zmian
        </h2>
        <ol className="space-y-1">
          {t.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-600">{formatDateTime(e.at)}</span> · {e.userName ?? 'system'}: {e.text}
            </li>
          ))}
        </ol>
        <p className="mt-4">
          <Link href="/wdrozenia" className={linkClass}>
            ← Wszystkie wdrożenia
          </Link>
        </p>
      </section>
    </>
  );
}

/**
 * A sub-step's checklist; each box saves as soon as it is ticked. Beside a closed sub-step it is
 * advisory (lib/model/checklist.ts): the count and why the unticked points do not block.
 */
function Checklist({ item, disabled }: { item: { id: number; status: ItemStatus; checks: { id: number; text: string; done: boolean }[]; substep: { code: string; evidence: string; evidenceLabel: string | null } }; disabled: boolean }) {
  const view = checklistView({ status: item.status, checks: item.checks, evidence: item.substep.evidence, evidenceLabel: item.substep.evidenceLabel });
  return (
    <>
      <p className="mt-1 text-sm text-slate-700" data-checklist={item.substep.code} data-advisory={view.advisory ? 'true' : undefined}>
        {view.advisory && <span className="font-medium">{view.heading}: </span>}
        {view.count}
        {view.note && <> — {view.note}</>}
      </p>
      <ul className="mt-2 space-y-1">
        {item.checks.map((c) => (
          <CheckItem key={c.id} itemId={item.id} checklistItemId={c.id} text={c.text} done={c.done} disabled={disabled} />
        ))}
      </ul>
    </>
  );
}
