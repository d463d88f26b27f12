import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PzkNav } from '@/components/pzk/PzkNav';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { getProfiles } from '@/lib/pzk/members';
import { ProfileForm } from './ProfileForm';

export const metadata: Metadata = { title: 'Tabela prezentacji podmiotów' };

export default async function ProfilesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { pzk, rows } = await guard(getProfiles(actor, Number(id)));
  return (
    <>
      <PageHeader title={`Tabela prezentacji podmiotów — ${pzk.name}`} lead="Co każda instytucja zespołu może zaoferować: zakres, kompetencje, ograniczenia prawne, osoba do kontaktu." />
      <PzkNav pzk={pzk} current="/podmioty" />
      {rows.length === 0 && <p>Żadna instytucja nie podpisała jeszcze porozumienia PZK.</p>}
      <div className="space-y-4">
        {rows.map(({ institution, profile, canEdit }) => (
          <section key={institution.id} aria-labelledby={`p-${institution.id}`} className="rounded border border-slate-200 bg-white p-4">
            <h2 id={`p-${institution.id}`} className="text-lg font-semibold">
              {institution.name}
            </h2>
            {profile ? (
              <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-medium">Zakres działania</dt>
                <dd className="whitespace-pre-line">{profile.scope}</dd>
                <dt className="font-medium">Kompetencje</dt>
                <dd className="whitespace-pre-line">{profile.competences}</dd>
                <dt className="font-medium">Ograniczenia prawne</dt>
                <dd className="whitespace-pre-line">{profile.legalLimits}</dd>
                <dt className="font-medium">Osoba do kontaktu</dt>
                <dd>{profile.contactPerson}</dd>
              </dl>
            ) : (
              <p className="mt-1 text-slate-700">Instytucja nie opisała się jeszcze.</p>
            )}
            {canEdit && <ProfileForm pzkId={pzk.id} institutionId={institution.id} institutionName={institution.name} profile={profile} />}
          </section>
        ))}
      </div>
    </>
  );
}
