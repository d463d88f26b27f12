import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireActor } from '@/lib/auth/session';
import { areaGroups } from '@/lib/institutions/area-groups';
import { areaOptions, getInstitution } from '@/lib/institutions/institutions';
import { INSTITUTION_TYPES } from '@/lib/institutions/types';
import { guard } from '@/lib/page-guard';
import { InstitutionForm } from '../InstitutionForm';

export const metadata: Metadata = { title: 'Instytucja' };

export default async function InstitutionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const actor = await requireActor();
  const { institution: i, canManage } = await guard(getInstitution(actor, Number(id)));
  if (canManage) {
    const options = await areaOptions(actor);
    return (
      <>
        <PageHeader title={i.name} lead="Edycja danych instytucji. Pola oznaczone gwiazdką (*) są wymagane." />
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
  return (
    <>
      <PageHeader title={i.name} lead={INSTITUTION_TYPES[i.type]} />
      <dl className="grid max-w-2xl grid-cols-[10rem_1fr] gap-2 rounded border border-slate-200 bg-white p-4">
        <dt className="font-medium">Adres</dt>
        <dd>
          {i.street}, {i.postalCode} {i.city}
        </dd>
        {i.nip && (
          <>
            <dt className="font-medium">NIP</dt>
            <dd>{i.nip}</dd>
          </>
        )}
        {i.regon && (
          <>
            <dt className="font-medium">REGON</dt>
            <dd>{i.regon}</dd>
          </>
        )}
        {i.email && (
          <>
            <dt className="font-medium">E-mail</dt>
            <dd>{i.email}</dd>
          </>
        )}
        {i.phone && (
          <>
            <dt className="font-medium">Telefon</dt>
            <dd>{i.phone}</dd>
          </>
        )}
      </dl>
    </>
  );
}
