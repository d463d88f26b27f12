import type { Metadata } from 'next';
import Link from 'next/link';
import { ProfileView, TrainingsList } from '@/components/staff/ProfileView';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { staffProfile } from '@/lib/staff/staff';

export const metadata: Metadata = { title: 'Profil zawodowy — Kadra OPS' };

export default async function StaffProfilePage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requireActor();
  const person = await guard(staffProfile(actor, userId));
  const back = `/kadra?gmina=${person.roles[0].gminaId}`;
  return (
    <>
      <PageHeader title={`Profil zawodowy: ${person.name}`} lead={[person.jobTitle, person.institutionName].filter(Boolean).join(' · ')} />
      <p className="mb-4">
        <Link href={back} className={linkClass}>
          Wróć do listy Kadra OPS
        </Link>
      </p>
      <section aria-labelledby="role" className="mb-8">
        <h2 id="role" className="mb-2 text-lg font-semibold">
          Role w OPS
        </h2>
        <ul className="list-disc pl-6">
          {person.roles.map((r) => (
            <li key={`${r.role}:${r.gminaId}`}>
              {r.label} — {r.gmina}
            </li>
          ))}
        </ul>
      </section>
      <ProfileView profile={person.profile} />
      <TrainingsList trainings={person.trainings} headingId="szkolenia" />
    </>
  );
}
