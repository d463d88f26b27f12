import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/PageHeader';
import { authorize } from '@/lib/auth/authorize';
import { requireActor } from '@/lib/auth/session';
import { areaGroups } from '@/lib/institutions/area-groups';
import { areaOptions } from '@/lib/institutions/institutions';
import { guard } from '@/lib/page-guard';
import { InstitutionForm } from '../InstitutionForm';

export const metadata: Metadata = { title: 'Nowa instytucja' };

export default async function NewInstitutionPage() {
  const actor = await requireActor();
  await guard(authorize(actor, 'institution.manage', actor.scope));
  const options = await areaOptions(actor);
  return (
    <>
      <PageHeader title="Nowa instytucja" />
      <InstitutionForm areaGroups={areaGroups(options)} />
    </>
  );
}
