import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from '@/lib/documents/template';
import { getTemplateForEdit } from '@/lib/documents/templates';
import { guard } from '@/lib/page-guard';
import { formatDateTime } from '@/lib/text';
import { TemplateEditor } from './TemplateEditor';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

const isKind = (k: string): k is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(k);

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }): Promise<Metadata> {
  const { kind } = await params;
  return { title: isKind(kind) ? `Wzór: ${DOCUMENT_KIND_LABELS[kind]}` : 'Wzór dokumentu' };
}

export default async function TemplatePage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  if (!isKind(kind)) notFound();
  const actor = await requireActor();
  const { mode, current, history } = await guard(getTemplateForEdit(actor, kind));
  const label = DOCUMENT_KIND_LABELS[kind];
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/wzory" className={linkClass}>
          ← Wszystkie wzory dokumentów
        </Link>
      </p>
      <PageHeader
        title={`Wzór: ${label}`}
        lead={
          mode === 'save' ? (
            <>
              Bieżąca wersja: <strong>{current.version}</strong> (z {formatDateTime(current.createdAt)}). Zapisanie zmian utworzy wersję {current.version + 1}; dokumenty już
              utworzone zachowają swoją wersję wzoru.
            </>
          ) : (
            <>
              Bieżąca wersja: <strong>{current.version}</strong> (z {formatDateTime(current.createdAt)}). Wzór jest wspólny dla całego kraju: Twoje zmiany trafią do
              administratora krajowego modelu jako propozycja; po jej przyjęciu powstanie wersja {current.version + 1}.
            </>
          )
        }
      />
      <TemplateEditor kind={kind} version={current.version} body={current.body} mode={mode} />
      <section aria-labelledby="historia" className="mt-10">
        <h2 id="historia" className="mb-3 text-xl font-semibold text-brand-900">
          Historia wersji
        </h2>
        <ResponsiveTable label={`Wersje wzoru: ${label}, od najnowszej`}>
          <table className={tableClass}>
            <caption className="sr-only">Wersje wzoru: {label}, od najnowszej</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Wersja</th>
                <th scope="col" className={thClass}>Data</th>
                <th scope="col" className={thClass}>Opis zmiany</th>
                <th scope="col" className={thClass}>Tytuł dokumentu</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td className={tdClass}>
                    {h.version}
                    {h.version === current.version && <span className="block text-slate-600">(bieżąca)</span>}
                  </td>
                  <td className={tdClass}>{formatDateTime(h.createdAt)}</td>
                  <td className={tdClass}>{h.changeNote || '—'}</td>
                  <td className={tdClass}>{h.title || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResponsiveTable>
      </section>
    </>
  );
}
