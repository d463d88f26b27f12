import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { MaterialBody } from '@/components/materials/MaterialBody';
import { withParams } from '@/components/services/Pagination';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { getActor } from '@/lib/auth/session';
import { getMaterial } from '@/lib/materials/materials';
import { guard } from '@/lib/page-guard';
import { param } from '@/lib/search-params';
import { formatDate } from '@/lib/text';

export const metadata: Metadata = { title: 'Materiał e-szkoły' };

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024)).toLocaleString('pl-PL')} KB`;

export default async function MaterialPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await getActor();
  const { material: m, files, canManage } = await guard(getMaterial(actor, Number(id)));
  const saved = param(await searchParams, 'zapisano');
  return (
    <>
      <p className="mb-2">
        <Link href={withParams('/e-szkola', { woj: m.voivodeshipId })} className={linkClass}>
          ← e-szkoła — województwo {m.voivodeshipName}
        </Link>
      </p>
      <PageHeader
        title={m.title}
        lead={`${m.visibility === 'members' ? 'Materiał tylko dla zalogowanych' : 'Materiał publiczny'} · aktualizacja ${formatDate(m.updatedAt)}`}
        actions={
          canManage && (
            <Link href={`/e-szkola/${m.id}/edycja`} className={buttonClass}>
              Edytuj materiał
            </Link>
          )
        }
      />
      {saved && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          Zapisano zmiany.
        </p>
      )}
      {m.summary && <p className="mb-6 max-w-3xl text-lg">{m.summary}</p>}
      <MaterialBody body={m.body} />

      <section aria-labelledby="pliki" className="mt-8 max-w-3xl">
        <h2 id="pliki" className="mb-2 text-xl font-semibold">
          Pliki do pobrania
        </h2>
        {files.length === 0 ? (
          <p>Do materiału nie dołączono plików.</p>
        ) : (
          <ul className="ml-6 list-disc space-y-1">
            {files.map((f) => (
              <li key={f.fileId}>
                <a href={`/e-szkola/pliki/${f.fileId}`} className={linkClass} download>
                  {f.title}
                </a>{' '}
                <span className="text-sm text-slate-600">
                  ({f.mime === 'application/pdf' ? 'PDF' : f.mime === 'image/png' ? 'PNG' : 'JPEG'}, {kb(f.size)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="opis" className="mt-8 max-w-3xl">
        <h2 id="opis" className="mb-2 text-xl font-semibold">
          Tagi i kroki modelu
        </h2>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Tagi</dt>
          <dd>
            {m.tags.length === 0
              ? 'brak'
              : m.tags.map((t) => (
                  <Link key={t} href={withParams('/e-szkola', { woj: m.voivodeshipId, tag: t })} className="mr-2 inline-block rounded bg-slate-100 px-2 py-0.5 text-slate-800 underline">
                    {t}
                  </Link>
                ))}
          </dd>
          <dt className="font-medium">Kroki modelu</dt>
          <dd>
            {m.steps.length === 0 ? (
              'nie przypisano'
            ) : (
              <ul>
                {m.steps.map((s) => (
                  <li key={s.code}>
                    {s.code} {s.name}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
    </>
  );
}
