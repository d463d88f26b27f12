import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { PROPOSAL_KIND_LABELS, PROPOSAL_STATUS_LABELS } from '@/lib/model/labels';
import { getProposal } from '@/lib/model/proposals';
import { guard } from '@/lib/page-guard';
import { param } from '@/lib/search-params';
import { formatDateTime } from '@/lib/text';
import { DecisionForm } from './DecisionForm';

export const metadata: Metadata = { title: 'Propozycja zmiany modelu' };

const box = 'whitespace-pre-wrap break-words rounded border p-3';

export default async function ProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { proposal: p, changes, note, base, stale, canDecide } = await guard(getProposal(actor, Number(id)));
  const sent = param(await searchParams, 'wyslano') !== undefined;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/propozycje" className={linkClass}>
          ← Wszystkie propozycje zmian
        </Link>
      </p>
      <PageHeader title={`Propozycja zmiany modelu z ${formatDateTime(p.proposedAt)}`} lead={p.summary} />
      <div role="status" className="mb-4">
        {sent && p.status === 'pending' && (
          <p className="max-w-3xl rounded border border-green-800 bg-green-50 p-3 font-medium text-green-900">
            Wysłano propozycję. Czeka na decyzję administratora krajowego modelu — dostaniesz e-mail, gdy ją przyjmie albo zwróci.
          </p>
        )}
      </div>
      {p.status === 'pending' && stale && (
        <p className="mb-4 max-w-3xl rounded border border-amber-700 bg-amber-50 p-3">
          Od złożenia tej propozycji powstała nowsza wersja, więc nie można jej już przyjąć.{' '}
          {canDecide ? 'Zwróć ją autorowi z prośbą o przygotowanie zmiany na aktualnej wersji.' : 'Administrator krajowy zwróci ją; nową propozycję przygotuj na aktualnej wersji.'}
        </p>
      )}
      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[12rem_1fr] sm:gap-y-2">
        <dt className="font-medium">Czego dotyczy</dt>
        <dd className="mb-2 sm:mb-0">{PROPOSAL_KIND_LABELS[p.kind] ?? p.kind}</dd>
        <dt className="font-medium">Autor</dt>
        <dd className="mb-2 sm:mb-0">
          {p.proposerName ?? '—'}
          {p.voivodeshipName && `, ROPS — województwo ${p.voivodeshipName}`}
        </dd>
        <dt className="font-medium">Złożona</dt>
        <dd className="mb-2 sm:mb-0">{formatDateTime(p.proposedAt)}</dd>
        <dt className="font-medium">Złożona na podstawie</dt>
        <dd className="mb-2 sm:mb-0">
          {base ? (
            <Link href={base.href} className={linkClass}>
              {base.label}
            </Link>
          ) : (
            '—'
          )}
        </dd>
        <dt className="font-medium">Uzasadnienie autora</dt>
        <dd className="mb-2 sm:mb-0">{note || '—'}</dd>
        <dt className="font-medium">Stan</dt>
        <dd className="mb-2 font-semibold sm:mb-0">{PROPOSAL_STATUS_LABELS[p.status]}</dd>
        {p.decidedAt && (
          <>
            <dt className="font-medium">Decyzja</dt>
            <dd className="mb-2 sm:mb-0">
              {formatDateTime(p.decidedAt)}
              {p.deciderName && `, ${p.deciderName} (administrator krajowy modelu)`}
            </dd>
            <dt className="font-medium">{p.status === 'returned' ? 'Powód zwrotu' : 'Komentarz do decyzji'}</dt>
            <dd className="whitespace-pre-wrap">{p.decisionNote || '—'}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="zmiany" className="mb-8 max-w-5xl">
        <h2 id="zmiany" className="mb-3 text-xl font-semibold">
          Co się zmienia
        </h2>
        {changes.length === 0 ? (
          <p>Nie można pokazać różnic względem wersji, na której złożono propozycję.</p>
        ) : (
          <ul className="space-y-4">
            {changes.map((c, i) => (
              <li key={i}>
                <section aria-labelledby={`zmiana-${i}`} className="rounded border border-slate-200 bg-white p-4">
                  <h3 id={`zmiana-${i}`} className="mb-2 font-semibold">
                    {c.label}
                  </h3>
                  <div className="grid gap-3 md:grid-cols-2">
                    <div>
                      <p className="mb-1 text-sm font-medium text-slate-700">Przed zmianą</p>
                      <p className={`${box} border-slate-300 bg-slate-50`}>{c.before || '(puste)'}</p>
                    </div>
                    <div>
                      <p className="mb-1 text-sm font-medium text-slate-700">Po zmianie</p>
                      <p className={`${box} border-green-800 bg-green-50`}>{c.after || '(puste)'}</p>
                    </div>
                  </div>
                </section>
              </li>
            ))}
          </ul>
        )}
      </section>

      {canDecide && (
        <section aria-labelledby="decyzja" className="mb-8">
          <h2 id="decyzja" className="mb-3 text-xl font-semibold">
            Decyzja
          </h2>
          <DecisionForm id={p.id} stale={stale} />
        </section>
      )}
    </>
  );
}
