import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { RequestDeadline, RequestStatusBadge } from '@/components/rodo/RequestDeadline';
import { CompleteForm, DecideForm, EraseForm, ExtendForm, LiftForm, NoticeForm, RefuseErasureForm, RestrictForm } from '@/components/rodo/RequestStepForms';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { latestExtension } from '@/lib/rodo/deadlines';
import { REQUEST_DECISIONS, REQUEST_KINDS } from '@/lib/rodo/request-schemas';
import { getRequest } from '@/lib/rodo/requests';
import { param } from '@/lib/search-params';
import { formatDate, formatDateTime } from '@/lib/text';

export const metadata: Metadata = { title: 'Żądanie RODO' };

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-6 rounded border border-slate-200 bg-white p-4">
      <h3 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

export default async function DataRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { request: r, case: c, member, restriction, today, can, erasureBlocker, timeline } = await guard(getRequest(actor, Number(id)));
  const registered = param(await searchParams, 'zarejestrowano') !== undefined;
  const base = { id: r.id, version: r.version };
  const anyStep = Object.values(can).some(Boolean);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/rodo" className={linkClass}>
          ← Rejestr żądań
        </Link>
      </p>
      <PageHeader title={`Żądanie ${r.number}`} lead={REQUEST_KINDS[r.kind]} />
      <div role="status" className="mb-4">
        {registered && <p className="max-w-3xl rounded border border-green-800 bg-green-50 p-3 font-medium text-green-900">Zarejestrowano żądanie {r.number}. Termin odpowiedzi: {formatDate(r.dueOn)}.</p>}
      </div>
      {restriction && (
        <p className="mb-4 max-w-3xl rounded border border-amber-700 bg-amber-50 p-3">
          Przetwarzanie danych sprawy {c?.number} jest ograniczone od {formatDateTime(restriction.since)}: {restriction.reason}.
          {restriction.noticeGivenOn ? ` Osobę poinformowano o zniesieniu ${formatDate(restriction.noticeGivenOn)}.` : ' Przed zniesieniem ograniczenia poinformuj osobę.'}
        </p>
      )}
      {c?.anonymisedAt && <p className="mb-4 max-w-3xl rounded border border-slate-500 bg-slate-50 p-3">Dane sprawy {c.number} zostały zanonimizowane {formatDateTime(c.anonymisedAt)}.</p>}

      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[14rem_1fr] sm:gap-y-2">
        <dt className="font-medium">Stan</dt>
        <dd className="mb-2 sm:mb-0">
          <RequestStatusBadge status={r.status} />
        </dd>
        <dt className="font-medium">Kto złożył</dt>
        <dd className="mb-2 break-words sm:mb-0">{r.requesterName}</dd>
        <dt className="font-medium">Kontakt</dt>
        <dd className="mb-2 break-words sm:mb-0">{r.requesterContact || '—'}</dd>
        <dt className="font-medium">Sprawa</dt>
        <dd className="mb-2 sm:mb-0">{c ? c.number : '—'}</dd>
        <dt className="font-medium">Osoba z gospodarstwa</dt>
        <dd className="mb-2 sm:mb-0">{member?.label ?? '—'}</dd>
        <dt className="font-medium">Czego dotyczy</dt>
        <dd className="mb-2 whitespace-pre-wrap break-words sm:mb-0">{r.subject || '—'}</dd>
        <dt className="font-medium">Data wpływu</dt>
        <dd className="mb-2 sm:mb-0">{formatDate(r.receivedOn)}</dd>
        <dt className="font-medium">Termin odpowiedzi</dt>
        <dd className="mb-2 sm:mb-0">
          <RequestDeadline deadline={r.deadline} daysLeft={r.daysLeft} extended={!!r.extendedUntil} />
          {r.extendedUntil && <span className="block text-sm text-slate-700">Pierwotny termin: {formatDate(r.dueOn)}. Przyczyna przedłużenia: {r.extensionReason}</span>}
        </dd>
        <dt className="font-medium">Decyzja</dt>
        <dd className="mb-2 sm:mb-0">
          {r.decision ? `${REQUEST_DECISIONS[r.decision]} (${formatDate(r.decidedOn!)})` : '—'}
          {r.legalBasis && <span className="block text-sm">Podstawa prawna: {r.legalBasis}</span>}
          {r.decisionNote && <span className="block whitespace-pre-wrap text-sm">{r.decisionNote}</span>}
        </dd>
        <dt className="font-medium">Zrealizowano</dt>
        <dd>{r.doneOn ? formatDate(r.doneOn) : '—'}</dd>
      </dl>

      <section aria-labelledby="przebieg" className="mb-8 max-w-3xl">
        <h2 id="przebieg" className="mb-3 text-xl font-semibold">
          Przebieg
        </h2>
        <ol className="space-y-2 border-l-2 border-slate-300 pl-4">
          {timeline.map((t, i) => (
            <li key={i}>
              <span className="font-medium">{formatDate(t.on)}</span> — {t.step}
            </li>
          ))}
        </ol>
      </section>

      {anyStep && (
        // Keyed by the version: after a step the forms start again from the saved request (its new version).
        <section key={r.version} aria-labelledby="kroki" className="mb-8 max-w-3xl">
          <h2 id="kroki" className="mb-3 text-xl font-semibold">
            Realizacja
          </h2>
          {can.export && (
            <Step id="krok-dostep" title="Dostęp do danych (art. 15)">
              <p className="mb-3">Przekaż osobie kopię jej danych i informację o celach i datach konsultacji jej danych.</p>
              <p className="flex flex-wrap gap-3">
                <a href={`/admin/rodo/${r.id}/informacja.pdf`} className={buttonClass}>
                  Informacja dla osoby (PDF)
                </a>
                <a href={`/admin/rodo/${r.id}/eksport`} className={buttonClass}>
                  Eksport danych (JSON)
                </a>
              </p>
            </Step>
          )}
          {r.kind === 'erasure' && can.refuseErasure && (
            <Step id="krok-odmowa" title="Odmowa usunięcia (art. 17 ust. 3)">
              <p className="mb-3">Akta spraw pomocy społecznej przechowuje się przez okres z jednolitego rzeczowego wykazu akt; do tego czasu usunięcie zwykle nie przysługuje. Po odmowie możesz ograniczyć przetwarzanie zamiast usunięcia.</p>
              <RefuseErasureForm {...base} today={today} />
            </Step>
          )}
          {r.kind === 'erasure' && c && r.decision === null && !r.doneOn && (
            <Step id="krok-anonimizacja" title="Usunięcie danych przez anonimizację">
              {can.erase ? (
                <>
                  <p className="mb-3">Sprawa jest zakończona i nie ma na niej blokady prawnej — usunięcie może być wykonane. Dane liczone w ewaluacji pozostaną.</p>
                  <EraseForm {...base} />
                </>
              ) : (
                <p>{erasureBlocker}</p>
              )}
            </Step>
          )}
          {can.restrict && (
            <Step id="krok-ograniczenie" title={r.kind === 'erasure' ? 'Ograniczenie przetwarzania zamiast usunięcia' : 'Ograniczenie przetwarzania (art. 18)'}>
              <p className="mb-3">Sprawa pozostanie zapisana, ale tylko do odczytu: bez nowych czynności, z widocznym banerem.</p>
              <RestrictForm {...base} offered={r.kind === 'erasure'} />
            </Step>
          )}
          {can.notice && (
            <Step id="krok-informacja" title="Poinformowanie osoby przed zniesieniem ograniczenia">
              <NoticeForm {...base} today={today} />
            </Step>
          )}
          {can.lift && (
            <Step id="krok-zniesienie" title="Zniesienie ograniczenia">
              <LiftForm {...base} />
            </Step>
          )}
          {can.extend && (
            <Step id="krok-przedluzenie" title="Przedłużenie terminu (art. 12 ust. 3)">
              <ExtendForm {...base} today={today} latest={latestExtension(r.dueOn)} />
            </Step>
          )}
          {can.decide && (r.kind !== 'erasure' || !c) && (
            <Step id="krok-decyzja" title="Decyzja">
              {(r.kind === 'rectification' || r.kind === 'objection') && <p className="mb-3">Dane poprawia w samej sprawie jej pracownik kluczowy lub animator; tu zapisz decyzję i notatkę, co zrobiono.</p>}
              <DecideForm {...base} today={today} />
            </Step>
          )}
          {can.complete && (
            <Step id="krok-zakonczenie" title="Zakończenie">
              <CompleteForm {...base} today={today} />
            </Step>
          )}
        </section>
      )}
    </>
  );
}
