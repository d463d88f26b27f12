import { redirect } from 'next/navigation';
import { requireActor } from '@/lib/auth/session';

/** The regional list is edited from its public page, which shows the editing links to ROPS. */
export default async function RegionalServicesHome() {
  const actor = await requireActor();
  redirect(`/uslugi?woj=${actor.scope.voivodeshipId}`);
}
