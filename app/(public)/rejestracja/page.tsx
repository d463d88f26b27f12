import type { Metadata } from 'next';
import { REQUESTABLE_ROLES, ROLES } from '@/lib/auth/roles';
import { publicVoivodeships } from '@/lib/territory/queries';
import { RequestAccountForm } from './RequestAccountForm';

export const metadata: Metadata = { title: 'Wniosek o konto' };

export default async function RequestAccountPage() {
  const voivodeships = await publicVoivodeships();
  const roles = REQUESTABLE_ROLES.map((r) => ({ value: r, label: ROLES[r].label, levels: [...ROLES[r].levels] }));
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="mb-2 text-2xl font-bold">Wniosek o konto</h1>
      <p className="mb-6 text-slate-700">
        Wniosek rozpatruje administrator ROPS wybranego województwa. Do czasu zatwierdzenia nie można się zalogować.
      </p>
      <RequestAccountForm voivodeships={voivodeships.map((v) => ({ value: v.id, label: v.name }))} roles={roles} />
    </div>
  );
}
