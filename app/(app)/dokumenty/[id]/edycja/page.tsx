import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getDocument, partyOptions } from '@/lib/documents/documents';
import { STATUS_LABELS } from '@/lib/documents/lifecycle';
import { DOCUMENT_KIND_LABELS } from '@/lib/documents/template';
import { guard } from '@/lib/page-guard';
import { DocumentEditor } from './DocumentEditor';

export const metadata: Metadata = { title: 'Edycja dokumentu' };

export default async function EditDocumentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  // Coming from "Uzupełnij i przekaż do podpisu": what is missing is shown beside its field at once.
  const checkReady = (await searchParams)['do-podpisu'] === '1';
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const d = await guard(getDocument(actor, Number(id)));
  const doc = d.document;
  const title = `${DOCUMENT_KIND_LABELS[doc.kind]} nr ${doc.number}`;
  if (doc.status !== 'draft' || !d.canManage) {
    return (
      <>
        <PageHeader title={title} />
        <p>
          Ten dokument ma stan „{STATUS_LABELS[doc.status]}” — {doc.status === 'draft' ? 'nie masz uprawnień do jego edycji' : 'jego treść jest zamrożona; zmiany w podpisanym porozumieniu wprowadza się aneksem'}.{' '}
          <Link href={`/dokumenty/${doc.id}`} className={linkClass}>
            Wróć do dokumentu
          </Link>
        </p>
      </>
    );
  }
  const options = await guard(partyOptions(actor, doc.id));
  return (
    <>
      <PageHeader title={`Edycja: ${title}`} lead="Projekt — zapisuj zmiany na bieżąco. Podgląd obok pokazuje treść tak, jak zostanie wydrukowana." />
      <DocumentEditor documentId={doc.id} version={doc.version} template={d.template.body} meta={d.meta} content={doc.content} institutions={options.institutions} gminas={options.gminas} checkReady={checkReady} />
    </>
  );
}
