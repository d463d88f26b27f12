import type { Metadata } from 'next';
import { PageHeader, tableClass, tdClass, thClass } from '@/components/ui/PageHeader';
import { listAccounts } from '@/lib/accounts/review';
import { requireActor } from '@/lib/auth/session';
import { guard } from '@/lib/page-guard';
import { disableAction, enableAction } from '../actions';
import { AccountCells } from '../AccountCells';
import { AccountDecision } from '../AccountDecision';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';

export const metadata: Metadata = { title: 'Użytkownicy' };

const STATUS = { active: 'aktywne', disabled: 'zablokowane', rejected: 'wniosek odrzucony', pending: 'oczekuje' } as const;

export default async function UsersPage() {
  const actor = await requireActor();
  const rows = await guard(listAccounts(actor, ['active', 'disabled', 'rejected']));
  return (
    <>
      <PageHeader title="Użytkownicy" lead="Konta osób pracujących w Twoim województwie." />
      <ResponsiveTable label="Użytkownicy województwa">
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
                <AccountCells u={u} />
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
      </ResponsiveTable>
    </>
  );
}
