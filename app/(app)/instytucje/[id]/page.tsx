import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { InstitutionClassForm } from '@/components/retention/RuleForms';
import { Disclosure } from '@/components/ui/Disclosure';
import { PageHeader, buttonClass, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { getInstitution } from '@/lib/institutions/institutions';
import { INSTITUTION_TYPES } from '@/lib/institutions/types';
import { guard } from '@/lib/page-guard';
import { getInstitutionRetention } from '@/lib/retention/retention';
import { param } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Instytucja' };

const NOTICES: Record<string, string> = { dodano: 'Dodano instytucję.', zapisano: 'Zapisano zmiany.' };

export default async function InstitutionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { institution: i, canManage } = await guard(getInstitution(actor, Number(id)));
  const retention = await guard(getInstitutionRetention(actor, i.id));
  const sp = await searchParams;
  const notice = Object.keys(NOTICES).find((k) => param(sp, k));
  const rows: [string, string | null][] = [
    ['Rodzaj', INSTITUTION_TYPES[i.type]],
    ['Obszar działania', i.areaLabel],
    ['Adres', `${i.street}, ${i.postalCode} ${i.city}`],
    ['NIP', i.nip],
    ['REGON', i.regon],
    ['E-mail', i.email],
    ['Telefon', i.phone],
  ];
  return (
    <>
      <p className="mb-2">
        <Link href="/instytucje" className={linkClass}>
          ← Instytucje
        </Link>
      </p>
      <PageHeader
        title={i.name}
        lead={INSTITUTION_TYPES[i.type]}
        actions={
          canManage && (
            <Link href={`/instytucje/${i.id}/edycja`} className={buttonClass}>
              Edytuj
            </Link>
          )
        }
      />
      {notice && (
        <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {NOTICES[notice]}
        </p>
      )}
      <dl className="grid max-w-2xl grid-cols-1 gap-x-4 gap-y-1 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[10rem_1fr] sm:gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="mb-2 break-words sm:mb-0">{value || '—'}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="kategoria-archiwalna" className="mt-8 max-w-3xl">
        <h2 id="kategoria-archiwalna" className="mb-2 text-xl font-semibold">
          Kategoria archiwalna akt spraw
        </h2>
        <p className="mb-3">
          {retention.own
            ? `Własna kategoria instytucji: ${retention.own.label}${retention.own.basis ? ` (${retention.own.basis})` : ''}. Obowiązuje zakończone sprawy, których pracownik kluczowy jest pracownikiem tej instytucji.`
            : `Instytucja nie ustaliła własnej kategorii — zakończone sprawy jej pracowników kluczowych mają kategorię domyślną${retention.national ? ` ${retention.national.label}` : ''} (jednolity rzeczowy wykaz akt).`}
        </p>
        {retention.canEdit && (
          <Disclosure label="Zmień kategorię archiwalną">
            <InstitutionClassForm
              institutionId={i.id}
              nationalLabel={retention.national?.label ?? 'B10'}
              initial={{ version: retention.own?.version ?? 0, category: retention.own?.category ?? null, years: retention.own?.years ?? null, symbol: retention.own?.symbol ?? '', basis: retention.own?.basis ?? '' }}
            />
          </Disclosure>
        )}
      </section>
    </>
  );
}
