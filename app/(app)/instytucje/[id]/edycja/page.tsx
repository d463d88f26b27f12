import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { PageHeader, linkClass } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { areaGroups } from '@/lib/institutions/area-groups';
import { areaOptions, getInstitution } from '@/lib/institutions/institutions';
import { guard } from '@/lib/page-guard';
import { InstitutionForm } from '../../InstitutionForm';

export const metadata: Metadata = { title: 'Edycja instytucji' };

export default async function EditInstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { institution: i, canManage } = await guard(getInstitution(actor, Number(id)));
  if (!canManage) forbidden();
  const options = await guard(areaOptions(actor));
  return (
    <>
      <p className="mb-2">
        <Link href={`/instytucje/${i.id}`} className={linkClass}>
          ← {i.name}
        </Link>
      </p>
      <PageHeader title={`Edycja: ${i.name}`} />
      <InstitutionForm
        areaGroups={areaGroups(options)}
        initial={{
          id: i.id,
          version: i.version,
          name: i.name,
          type: i.type,
          area: i.area,
          street: i.street,
          postalCode: i.postalCode,
          city: i.city,
          nip: i.nip ?? '',
          regon: i.regon ?? '',
          email: i.email ?? '',
          phone: i.phone ?? '',
        }}
      />
    </>
  );
}
