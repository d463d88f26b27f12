import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm, FilterSelect } from '@/components/ui/FilterForm';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { creationTargets, listDocuments } from '@/lib/documents/documents';
import { DOCUMENT_STATUSES, STATUS_LABELS } from '@/lib/documents/lifecycle';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '@/lib/documents/template';
import { guard } from '@/lib/page-guard';
import { formatDate, formatDateTime } from '@/lib/text';
import { CreateDocumentForm } from './DocumentControls';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Dokumenty i porozumienia' };

type Search = { rodzaj?: string; stan?: string; wdrozenie?: string };

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const actor = await requireActor();
  await guard(authorize(actor, 'document.view'));
  const kind = DOCUMENT_KINDS.includes(sp.rodzaj as DocumentKind) ? (sp.rodzaj as DocumentKind) : undefined;
  const status = DOCUMENT_STATUSES.find((s) => s === sp.stan);
  const implementationId = /^\d{1,9}$/.test(sp.wdrozenie ?? '') ? Number(sp.wdrozenie) : undefined;
  const [rows, targets] = await Promise.all([listDocuments(actor, { kind, status, implementationId }), creationTargets(actor)]);
  const where = (r: (typeof rows)[number]) => [r.powiatName && `powiat ${r.powiatName}`, r.gminaNames && `${r.gminaNames.includes(',') ? 'gminy' : 'gmina'} ${r.gminaNames}`].filter(Boolean).join('; ') || 'województwo';
  return (
    <>
      <PageHeader title="Dokumenty i porozumienia" lead="Porozumienia, deklaracje i oświadczenia: projekt online, wydruk PDF, skan podpisanego dokumentu, aneksy." />
      <CreateDocumentForm
        regional={targets.regional}
        powiat={targets.powiat.map((t) => ({ implementationId: t.implementationId, gminaId: t.gminaId, gminaName: t.gminaName, powiatName: t.powiatName, powiatIsCity: t.powiatIsCity, startDate: t.startDate }))}
        gmina={targets.gmina.map((t) => ({ implementationId: t.implementationId, gminaId: t.gminaId, gminaName: t.gminaName, powiatName: t.powiatName, powiatIsCity: t.powiatIsCity, startDate: t.startDate }))}
      />
      <FilterForm label="Filtry dokumentów">
        <FilterSelect id="f-rodzaj" label="Rodzaj" name="rodzaj" defaultValue={kind} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: DOCUMENT_KIND_LABELS[k] }))} />
        <FilterSelect id="f-stan" label="Stan" name="stan" defaultValue={status} options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))} />
        {implementationId && <input type="hidden" name="wdrozenie" value={implementationId} />}
      </FilterForm>
      {rows.length === 0 ? (
        <p>Brak dokumentów{kind || status || implementationId ? ' spełniających wybrane warunki' : ''}.</p>
      ) : (
        <ResponsiveTable label="Dokumenty">
          <table className={tableClass}>
            <caption className="sr-only">Dokumenty</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Numer</th>
                <th scope="col" className={thClass}>Rodzaj</th>
                <th scope="col" className={thClass}>Dotyczy</th>
                <th scope="col" className={thClass}>Stan</th>
                <th scope="col" className={thClass}>Obowiązuje od</th>
                <th scope="col" className={thClass}>Ostatnia zmiana</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={tdClass}>
                    <Link href={`/dokumenty/${r.id}`} className={linkClass}>
                      {r.number}
                    </Link>
                  </td>
                  <td className={tdClass}>{DOCUMENT_KIND_LABELS[r.kind]}</td>
                  <td className={tdClass}>{where(r)}</td>
                  <td className={tdClass}>{STATUS_LABELS[r.status]}</td>
                  <td className={tdClass}>{r.effectiveOn ? formatDate(r.effectiveOn) : '—'}</td>
                  <td className={tdClass}>{formatDateTime(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      )}
    </>
  );
}
