import type { Metadata } from 'next';
import Link from 'next/link';
import { StaffProfileForm } from '@/components/staff/StaffProfileForm';
import { TrainingsList } from '@/components/staff/ProfileView';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { myProfile } from '@/lib/staff/staff';
import { formatDateTime } from '@/lib/text';
import { saveMyProfileAction } from './actions';

export const metadata: Metadata = { title: 'Mój profil zawodowy' };

export default async function MyStaffProfilePage() {
  const actor = await requireActor();
  const me = await guard(myProfile(actor));
  const p = me.profile;
  return (
    <>
      <PageHeader
        title="Mój profil zawodowy"
        lead={`${me.name}${me.jobTitle ? ` · ${me.jobTitle}` : ''}. Kwalifikacje, specjalizacja, samoocena kompetencji i indywidualna ścieżka rozwoju — widzą je kierownictwo Twojego OPS, pracownik ds. sieci i ROPS, dobierając osoby do zespołów.`}
      />
      <p className="mb-4">
        <Link href="/konto" className={linkClass}>
          Wróć do strony Moje konto
        </Link>
        {p.updatedAt && <span className="ml-2 text-sm text-slate-700">Ostatnio zapisano {formatDateTime(p.updatedAt)}.</span>}
      </p>
      <div className="mb-8">
        <StaffProfileForm
          action={saveMyProfileAction}
          initial={{ version: p.version, qualifications: p.qualifications, specialisation: p.specialisation, specialisationArea: p.specialisationArea, competences: p.competences, developmentPath: p.developmentPath }}
        />
      </div>
      <TrainingsList trainings={me.trainings} headingId="szkolenia" />
    </>
  );
}
