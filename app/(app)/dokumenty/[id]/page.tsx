import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DocumentPreview } from '@/components/documents/DocumentPreview';
import { PageHeader, buttonClass, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getDocument } from '@/lib/documents/documents';
import { ANNEXABLE, isInForce, STATUS_LABELS } from '@/lib/documents/lifecycle';
import { DOCUMENT_KIND_LABELS } from '@/lib/documents/template';
import { guard } from '@/lib/page-guard';
import { formatVerificationCode } from '@/lib/pdf/verification';
import { formatDate, formatDateTime } from '@/lib/text';
import { createDocumentAction, markReadyAction, reopenAction } from '../actions';
import { ActionButton, SignForm, TerminateForm } from '../DocumentControls';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dokument' };

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('pl-PL')} kB`;

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const d = await guard(getDocument(actor, Number(id)));
  const doc = d.document;
  const ids = { documentId: doc.id, version: doc.version };
  const signRoles = new Map(d.template.body.parties.map((r) => [r.role, r.signs]));
  return (
    <>
      <PageHeader
        title={`${DOCUMENT_KIND_LABELS[doc.kind]} nr ${doc.number}`}
        lead={<>Stan: <strong>{STATUS_LABELS[doc.status]}</strong> · wzór w wersji {d.template.version}</>}
        actions={
          <div className="flex flex-wrap gap-3">
            {d.canManage && doc.status === 'draft' && (
              <Link href={`/dokumenty/${doc.id}/edycja`} className={buttonClass}>
                Edytuj projekt
              </Link>
            )}
            <a href={`/dokumenty/${doc.id}/pdf`} className={linkClass}>
              Pobierz PDF{doc.status === 'draft' ? ' (projekt)' : ''}
            </a>
          </div>
        }
      />
      <section aria-labelledby="dane" className="mb-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="dane" className="mb-2 text-lg font-semibold">
          Dane dokumentu
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">Tytuł</dt>
          <dd>{doc.title}</dd>
          {d.meta.powiatName && (
            <>
              <dt className="font-medium">Powiat</dt>
              <dd>{d.meta.powiatName}</dd>
            </>
          )}
          {d.meta.gminaNames.length > 0 && (
            <>
              <dt className="font-medium">{d.meta.gminaNames.length > 1 ? 'Gminy' : 'Gmina'}</dt>
              <dd>{d.meta.gminaNames.join(', ')}</dd>
            </>
          )}
          {d.meta.parent && doc.parentId && (
            <>
              <dt className="font-medium">Dotyczy</dt>
              <dd>
                <Link href={`/dokumenty/${doc.parentId}`} className={linkClass}>
                  {d.meta.parent.title} nr {d.meta.parent.number}
                </Link>
              </dd>
            </>
          )}
          {doc.effectiveOn && (
            <>
              <dt className="font-medium">Obowiązuje od</dt>
              <dd>{formatDate(doc.effectiveOn)}</dd>
            </>
          )}
          {doc.terminatedOn && (
            <>
              <dt className="font-medium">Rozwiązany z dniem</dt>
              <dd>
                {formatDate(doc.terminatedOn)} — {doc.terminationReason}
              </dd>
            </>
          )}
          <dt className="font-medium">Kod weryfikacyjny</dt>
          <dd>
            <Link href={`/weryfikacja/${formatVerificationCode(d.verificationCode)}`} className={linkClass}>
              {formatVerificationCode(d.verificationCode)}
            </Link>
          </dd>
          {d.scan && (
            <>
              <dt className="font-medium">Skan podpisanego dokumentu</dt>
              <dd>
                <a href={`/dokumenty/${doc.id}/skan`} className={linkClass}>
                  {d.scan.name}
                </a>{' '}
                ({kb(d.scan.size)}, SHA-256 <code className="break-all text-xs">{d.scan.sha256}</code>)
              </dd>
            </>
          )}
        </dl>
      </section>

      {d.canManage && (
        <section aria-label="Czynności" className="mb-6 grid gap-4 lg:grid-cols-2">
          {doc.status === 'draft' && (
            <div className="rounded border border-slate-200 bg-white p-4">
              <h2 className="mb-2 text-lg font-semibold">Przekazanie do podpisu</h2>
              <p className="mb-3 text-sm text-slate-700">Po przekazaniu treść zostaje zamrożona; wydruk nie ma już napisu „PROJEKT”.</p>
              {d.readyProblems ? (
                <>
                  <p id="braki" className="mb-2 font-medium">
                    Przed przekazaniem do podpisu uzupełnij w projekcie:
                  </p>
                  <ul aria-labelledby="braki" className="mb-3 list-disc pl-5 text-sm">
                    {d.readyProblems.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                  <Link href={`/dokumenty/${doc.id}/edycja?do-podpisu=1`} className={buttonClass}>
                    Uzupełnij i przekaż do podpisu
                  </Link>
                </>
              ) : (
                <ActionButton action={markReadyAction} values={ids} label="Przekaż do podpisu" />
              )}
            </div>
          )}
          {doc.status === 'ready' && (
            <>
              <SignForm documentId={doc.id} version={doc.version} parties={doc.content.parties.map((p, index) => ({ index, label: p.name, signs: !!signRoles.get(p.role) }))} />
              <div className="rounded border border-slate-200 bg-white p-4">
                <h2 className="mb-2 text-lg font-semibold">Poprawki przed podpisaniem</h2>
                <ActionButton action={reopenAction} values={ids} label="Cofnij do edycji" secondary />
              </div>
            </>
          )}
          {isInForce(doc.status) && (
            <>
              <div className="rounded border border-slate-200 bg-white p-4">
                <h2 className="mb-2 text-lg font-semibold">Zmiany i przystąpienia</h2>
                <p className="mb-3 text-sm text-slate-700">Podpisanego dokumentu nie można edytować — zmiany wprowadza aneks.</p>
                <div className="flex flex-wrap gap-3">
                  {ANNEXABLE.includes(doc.kind) && <ActionButton action={createDocumentAction} values={{ kind: 'annex', parentId: doc.id }} label="Sporządź aneks" redirectTo="/dokumenty/{id}/edycja" secondary />}
                  {doc.kind === 'agreement_pzk' && <ActionButton action={createDocumentAction} values={{ kind: 'pzk_accession', parentId: doc.id }} label="Deklaracja przystąpienia do PZK" redirectTo="/dokumenty/{id}/edycja" secondary />}
                </div>
              </div>
              {ANNEXABLE.includes(doc.kind) && <TerminateForm documentId={doc.id} version={doc.version} />}
            </>
          )}
        </section>
      )}

      {d.annexes.length > 0 && (
        <section aria-labelledby="aneksy" className="mb-6">
          <h2 id="aneksy" className="mb-2 text-lg font-semibold">
            Aneksy i deklaracje
          </h2>
          <ul className="list-disc pl-6">
            {d.annexes.map((a) => (
              <li key={a.id}>
                <Link href={`/dokumenty/${a.id}`} className={linkClass}>
                  {DOCUMENT_KIND_LABELS[a.kind]} nr {a.number}
                </Link>{' '}
                — {STATUS_LABELS[a.status]}
                {a.effectiveOn ? `, od ${formatDate(a.effectiveOn)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="tresc-dokumentu" className="mb-6">
        <h2 id="tresc-dokumentu" className="mb-2 text-lg font-semibold">
          Treść
        </h2>
        <DocumentPreview doc={d.composed} signedOn={doc.signedOn} headingLevel={3} />
      </section>

      <section aria-labelledby="wersje" className="mb-6">
        <h2 id="wersje" className="mb-2 text-lg font-semibold">
          Historia wersji treści
        </h2>
        <ResponsiveTable label="Wersje treści">
          <table className={tableClass}>
            <caption className="sr-only">Wersje treści</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Wersja</th>
                <th scope="col" className={thClass}>Kiedy</th>
                <th scope="col" className={thClass}>Kto</th>
                <th scope="col" className={thClass}>Zmiana</th>
                <th scope="col" className={thClass}>Wydruk</th>
              </tr>
            </thead>
            <tbody>
              {d.revisions.map((r) => (
                <tr key={r.revision}>
                  <td className={tdClass}>
                    {r.revision}
                    {r.revision === doc.revision ? ' (bieżąca)' : ''}
                  </td>
                  <td className={tdClass}>{formatDateTime(r.createdAt)}</td>
                  <td className={tdClass}>{r.createdByName ?? '—'}</td>
                  <td className={tdClass}>{r.note}</td>
                  <td className={tdClass}>
                    <a href={`/dokumenty/${doc.id}/pdf?wersja=${r.revision}`} className={linkClass}>
                      PDF wersji {r.revision}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      </section>

      <section aria-labelledby="historia">
        <h2 id="historia" className="mb-2 text-lg font-semibold">
          Historia zdarzeń
        </h2>
        <ul className="space-y-1">
          {d.events.map((e) => (
            <li key={e.id}>
              <span className="text-slate-600">{formatDateTime(e.at)}</span> {e.userName && <span className="font-medium">{e.userName}:</span>} {e.text}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
