import type { Metadata } from 'next';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { listAccounts } from '@/lib/accounts/review';
import { roleLabel } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { disableAction, enableAction } from '../actions';
import { AccountDecision } from '../AccountDecision';

export const metadata: Metadata = { title: 'Użytkownicy' };

const STATUS = { active: 'aktywne', disabled: 'zablokowane', rejected: 'wniosek odrzucony', pending: 'oczekuje' } as const;

export default async function UsersPage() {
  const actor = await requireActor();
  const rows = await guard(listAccounts(actor, ['active', 'disabled', 'rejected']));
  return (
    <>
      <PageHeader title="Użytkownicy" lead="Konta osób pracujących w Twoim województwie." />
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">Użytkownicy województwa</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>Osoba</th>
              <th scope="col" className={thClass}>Instytucja</th>
              <th scope="col" className={thClass}>Role</th>
              <th scope="col" className={thClass}>Stan konta</th>
              <th scope="col" className={thClass}>Działania</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <td className={tdClass}>
                  <span className="font-medium">{u.name}</span>
                  <br />
                  {u.email}
                </td>
                <td className={tdClass}>
                  {u.institutionName}
                  <br />
                  <span className="text-slate-600">{u.jobTitle}</span>
                </td>
                <td className={tdClass}>
                  {u.assignments.map((a) => (
                    <p key={a.id}>
                      {roleLabel(a.role)} — {a.scopeLabel}
                    </p>
                  ))}
                </td>
                <td className={tdClass}>
                  {STATUS[u.status]}
                  {u.statusReason && <span className="block text-slate-600">Powód: {u.statusReason}</span>}
                </td>
                <td className={tdClass}>
                  {u.id !== actor.userId && u.status !== 'rejected' && (
                    <AccountDecision
                      userId={u.id}
                      userName={u.name}
                      positive={u.status === 'disabled' ? { label: 'Odblokuj', action: enableAction } : undefined}
                      negative={u.status === 'active' ? { label: 'Zablokuj', reasonLabel: 'Powód zablokowania', action: disableAction } : undefined}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
