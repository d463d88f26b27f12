import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { PracticeSheet } from '@/components/practices/PracticeSheet';
import { PublishButton } from '@/components/practices/PublishButton';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { placeLabel } from '@/lib/practices/text';
import { getPractice } from '@/lib/practices/practices';
import { param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';
import { publishPracticeAction } from '../actions';

export const metadata: Metadata = { title: 'Dobra praktyka' };

const NOTICES: Record<string, string> = { zapisano: 'Zapisano zmiany.', opublikowano: 'Opublikowano dobrą praktykę — jest teraz w publicznym katalogu.' };

export default async function PracticePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await getActor();
  const { practice: p, canEdit, canPublish } = await guard(getPractice(actor, Number(id)));
  const sp = await searchParams;
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));
  return (
    <>
      <p className="mb-2">
        <Link href={p.status === 'proposed' && canPublish ? '/dobre-praktyki/propozycje' : '/dobre-praktyki'} className={linkClass}>
          {p.status === 'proposed' && canPublish ? '← Propozycje dobrych praktyk' : '← Katalog dobrych praktyk'}
        </Link>
      </p>
      <PageHeader
        title={p.name}
        lead={p.status === 'published' ? `Dobra praktyka${p.publishedAt ? `, opublikowana ${formatDate(p.publishedAt)}` : ''}.` : `Propozycja z ${formatDate(p.createdAt)} — widzą ją tylko autor i doradca ROPS, dopóki nie zostanie opublikowana.`}
        actions={
          <div className="flex flex-wrap items-start gap-3">
            <a href={`/dobre-praktyki/${p.id}/pdf`} className={buttonClass}>
              Pobierz PDF
            </a>
            {canEdit && (
              <Link href={`/dobre-praktyki/${p.id}/edycja`} className={buttonClass}>
                Edytuj
              </Link>
            )}
            {canPublish && <PublishButton action={publishPracticeAction} entry={{ id: p.id, version: p.version }} name={p.name} doneHref={`/dobre-praktyki/${p.id}?opublikowano=1`} />}
          </div>
        }
      />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice]}
        </p>
      )}
      <PracticeSheet p={{ ...p, place: placeLabel(p) }} />
    </>
  );
}
