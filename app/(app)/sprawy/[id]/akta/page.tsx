import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttachmentForm } from '@/components/cases/AttachmentForm';
import { AttachmentList } from '@/components/cases/AttachmentList';
import { CaseHeader } from '@/components/cases/CaseNav';
import { FROZEN_PRINT_NOTE } from '@/components/cases/CaseFreezeBanner';
import { linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getAttachmentsPage } from '@/lib/cases/attachments';
import { clock } from '@/lib/clock';
import { guard } from '@/lib/page-guard';

export const metadata: Metadata = { title: 'Akta sprawy' };

const h2 = 'mb-3 mt-8 text-xl font-semibold';

/** The papers to print for the family (filled from the case) — whoever may open the case prints them. */
function Prints({ caseId, printable }: { caseId: number; printable: { qualification: boolean; monitoringSheet: boolean } }) {
  const prints = [
    { href: 'zgoda', label: 'Zgoda na współpracę i przekazywanie danych z klauzulą informacyjną RODO' },
    ...(printable.qualification ? [{ href: 'decyzja-kwalifikacja', label: 'Decyzja o kwalifikacji' }] : []),
    ...(printable.monitoringSheet ? [{ href: 'karta-monitoringu', label: 'Karta monitoringu celów bieżącego IPP (skala 0–10 do zaznaczenia na spotkaniu)' }] : []),
    { href: 'prawa-obowiazki', label: 'Prawa i obowiązki osoby/rodziny w modelu' },
  ];
  return (
    <ul className="list-disc space-y-1 pl-6">
      {prints.map((p) => (
        <li key={p.href}>
          <a href={`/sprawy/${caseId}/pdf/${p.href}`} className={linkClass}>
            {p.label} (PDF)
          </a>
        </li>
      ))}
    </ul>
  );
}

export default async function AttachmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const p = await guard(getAttachmentsPage(actor, Number(id)));
  const c = p.case;
  const stepLabel = (a: { consentId?: number | null; ippId?: number | null }) =>
    a.consentId ? (p.stepLabels[`consent:${a.consentId}`] ?? null) : a.ippId ? (p.stepLabels[`ipp:${a.ippId}`] ?? null) : null;
  return (
    <>
      <CaseHeader c={c} current="/akta" title="Akta sprawy" />
      <p className="mb-4 max-w-3xl">
        Skany i pliki dokumentów sprawy: podpisane zgody, podpisane IPP i kontrakty, opinie instytucji, genogram. Każde pobranie pliku jest zapisywane w dzienniku dostępu sprawy.
      </p>
      <section aria-labelledby="dokumenty">
        <h2 id="dokumenty" className={h2}>
          Dokumenty w aktach
        </h2>
        {p.total === 0 ? (
          <p>W aktach nie ma jeszcze dokumentów.</p>
        ) : (
          p.groups
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <section key={g.kind} aria-labelledby={`rodzaj-${g.kind}`} className="mb-6">
                <h3 id={`rodzaj-${g.kind}`} className="mb-2 text-lg font-semibold">
                  {g.label} ({g.items.length})
                </h3>
                <AttachmentList caseId={c.id} items={g.items} canRemove={p.canRemove} stepLabel={stepLabel} />
              </section>
            ))
        )}
      </section>
      {p.canAdd ? (
        <section aria-labelledby="dodaj">
          <h2 id="dodaj" className={h2}>
            Dodaj dokument
          </h2>
          <AttachmentForm caseId={c.id} today={clock.today()} steps={p.steps} />
        </section>
      ) : (
        c.access === 'write' && !c.freeze && <p className="mt-6 rounded border border-slate-500 bg-slate-100 p-3">Sprawa nie jest już prowadzona — do akt nie dodaje się nowych dokumentów. Dokument dodany omyłkowo można nadal usunąć.</p>
      )}
      <section aria-labelledby="wydruki">
        <h2 id="wydruki" className={h2}>
          Dokumenty do wydruku i podpisu
        </h2>
        {c.freeze ? <p>{FROZEN_PRINT_NOTE}</p> : <Prints caseId={c.id} printable={p.printable} />}
      </section>
    </>
  );
}
